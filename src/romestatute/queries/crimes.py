"""``crimes``: the crime keys a jurisdiction question takes, with the article and the amendment behind each.

Art. 5 lists four crimes; amendments adopted under Art. 121(5) add war crimes that reach only the
states that accepted them, each named ``war_crimes:<key>``. The keys come from the amendments file,
so a new amendment's crimes appear here without a code change.
"""

from __future__ import annotations

from typing import Any

from romestatute import engine, i18n
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.model.vocab import CORE_CRIMES
from romestatute.queries.conduct import crime_list

SCHEMA = "romestatute.crimes/1"

#: Art. 5's crimes: the article defining each and a summary in our words (said in the active language).
CORE: dict[str, tuple[str, str]] = {
    "genocide": ("6", N_("Acts meant to destroy, in whole or in part, a national, ethnic, racial or religious group.")),
    "crimes_against_humanity": ("7", N_("Acts such as murder, deportation or persecution committed as part of a "
                                        "widespread or systematic attack on civilians.")),
    "war_crimes": ("8", N_("Serious violations of the laws of armed conflict, international or not, as listed in "
                           "the Statute as adopted.")),
    "aggression": ("8 bis", N_("Planning or leading, from a position of control, a state's use of armed force that "
                               "manifestly violates the UN Charter; tried only from the activation of jurisdiction "
                               "and under Arts. 15 bis and 15 ter.")),
}


def crimes() -> dict[str, Any]:
    """Every crime key with its article, what it covers and, for an amendment's crime, the amendment."""
    amendments = engine.ledger().facts.amendments
    by_crime = {c: a for a in amendments.values() for c in a.crimes}
    rows = []
    for key in crime_list():
        a = by_crime.get(key)
        row: dict[str, Any] = {"key": key, "core": key in CORE_CRIMES}
        if key in CORE:
            row["article"], row["summary"] = CORE[key][0], _(CORE[key][1])
        else:
            # an amendment lists its articles in the order of its crimes where it adds one article per crime
            article = (a.articles[a.crimes.index(key)] if a is not None and len(a.articles) == len(a.crimes)
                       else ", ".join(a.articles) if a is not None else "")
            title = i18n.Texts(a.title, a.title_fr).in_language(i18n.language()) if a is not None else ""
            row["article"] = article
            row["summary"] = (_("%(title)s; this key: in an international armed conflict") % {"title": title}
                              if key.endswith("_iac") else
                              _("%(title)s; this key: in a non-international armed conflict") % {"title": title}
                              if key.endswith("_niac") else title)
        row["amendment"] = None if a is None else {
            "key": a.key, "title": a.title, "resolution": a.resolution, "adopted": a.adopted.isoformat(),
            "entry_into_force": a.rule, "source": a.source.to_json()}
        rows.append(row)
    return {"schema": SCHEMA, "crimes": rows,
            "note": _("Crimes added by amendment reach only conduct on the territory or by nationals of states bound "
                      "by the amendment (Art. 121(5)), unless the Security Council refers the situation.")}
