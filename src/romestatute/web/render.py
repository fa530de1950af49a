"""Jinja2 templates (autoescaped) and the small helpers the pages share."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

from romestatute import __version__, i18n, ledger
from romestatute.facts.load import facts
from romestatute.i18n import N_
from romestatute.model.vocab import STATUS_MEANING
from romestatute.queries import docket
from romestatute.queries.statuses import STATUS_ORDER
from romestatute.read.acts import CORRECTION_CODE
from romestatute.read.claims import CLAIM_KIND
from romestatute.read.questions import TRIGGER_KIND
from romestatute.read.render import DUTY_BASIS, nationality, situation_name
from romestatute.web import articles, language

FIRST_DAY = dt.date(1998, 7, 17)

#: Each status's label, read in the active language (``STATUS_LABEL["party"]`` is "État partie" in French).
STATUS_LABEL = i18n.Translated({
    "party": N_("State Party"),
    "ratified_not_in_force": N_("Ratified, not yet in force"),
    "signatory": N_("Signatory"),
    "signature_withdrawn": N_("Signature withdrawn"),
    "former_party": N_("Former party"),
    "non_signatory": N_("Neither signed nor joined"),
})
#: Codes shown to people, in the page's language (the codes themselves stay in the markup and the JSON).
CRIME_LABEL = i18n.Translated({
    "genocide": N_("genocide"), "crimes_against_humanity": N_("crimes against humanity"),
    "war_crimes": N_("war crimes"), "aggression": N_("crime of aggression"),
    "offences_against_administration_of_justice": N_("offences against the administration of justice (Art. 70)"),
})
TRIGGER_LABEL = i18n.Translated({
    "state_referral": N_("referral by a State Party"), "unsc_referral": N_("referral by the Security Council"),
    "proprio_motu": N_("the Prosecutor's own initiative (proprio motu)"),
})
OUTCOME_LABEL = i18n.Translated({"yes": N_("yes"), "no": N_("no"), "partial": N_("partial")})
CONFIDENCE_LABEL = i18n.Translated({"high": N_("high confidence"), "medium": N_("medium confidence"),
                                    "low": N_("low confidence")})
WARRANT_KIND_LABEL = i18n.Translated({"arrest_warrant": N_("arrest warrant"), "summons": N_("summons to appear")})
WARRANT_STATUS_LABEL = docket.WARRANT_STATUS_LABEL
FINDING_LABEL = i18n.Translated({
    "non_compliance": N_("finding of non-compliance"), "no_finding": N_("no finding"),
    "no_referral": N_("non-compliance found, no referral"), "referral_deferred": N_("non-compliance found, referral postponed"),
    "informed_of_visit": N_("Security Council and Assembly informed of the visit"),
})
#: The reader's kinds of claim and of trigger (read/claims.py, read/questions.py), in the page's language.
LABELS_READ = {"claim_kind_label": CLAIM_KIND, "read_trigger_label": TRIGGER_KIND, "read_basis_label": DUTY_BASIS,
               "read_code_label": CORRECTION_CODE}
LABELS = {**LABELS_READ, "status_label": STATUS_LABEL, "crime_label": CRIME_LABEL, "trigger_label": TRIGGER_LABEL,
          "outcome_label": OUTCOME_LABEL, "confidence_label": CONFIDENCE_LABEL, "event_label": ledger.EVENT_LABEL,
          "warrant_kind_label": WARRANT_KIND_LABEL, "warrant_status_label": WARRANT_STATUS_LABEL,
          "finding_label": FINDING_LABEL}
STATUS_MEANINGS = i18n.Translated({s.value: m for s, m in STATUS_MEANING.items()})


def human_date(value: str | dt.date | None) -> str:
    """A day written out in the page's language ("17 July 1998", "17 juillet 1998")."""
    if not value:
        return ""
    return i18n.long_date(value)


def source_links(src: dict[str, Any] | None) -> list[dict[str, str]]:
    """A fact's source as link records (url, label, confidence)."""
    if not src:
        return []
    label = src.get("document") or src.get("url") or src.get("data") or "source"
    return [{"url": src.get("url") or "", "label": str(label), "confidence": str(src.get("confidence") or ""),
             "note": str(src.get("note") or "")}]


def query_string(query: dict[str, Any]) -> str:
    pairs: list[tuple[str, str]] = []
    for k, v in query.items():
        if v is None or v == "" or v == []:
            continue
        for item in v if isinstance(v, list | tuple) else [v]:
            pairs.append((k, str(item)))
    return urlencode(pairs)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("romestatute.web", "templates"),
                      autoescape=select_autoescape(["html", "svg"]), trim_blocks=True, lstrip_blocks=True,
                      extensions=["jinja2.ext.i18n"],
                      # no constant folding: a filter on a constant ('2016-09-01' | human_date) would be computed
                      # once, when the template is compiled, in the language of the first request that used it
                      optimized=False)
    # the callables read the active language at each call, so one environment serves every language
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
        i18n.gettext, i18n.ngettext, newstyle=True, pgettext=i18n.pgettext)
    env.globals.update(LABELS)  # read in the active language at each look-up (macros see only globals)
    env.globals.update(
        lang=i18n.language, link_lang=language.link_lang, languages=language.switch, state_name=i18n.state_name, number=i18n.number,
        engine_day=i18n.day,
        version=__version__, status_label=STATUS_LABEL, status_order=STATUS_ORDER,
        status_meaning=STATUS_MEANINGS, article_href=articles.href, part_number=articles.part_number, source_links=source_links,
        query_string=query_string, warrant_status_of=warrant_status_of, nationality=nationality,
        situation_name=situation_name,
    )
    env.filters["human_date"] = human_date
    return env


def warrant_status_of(code: str | None, warrant_id: str | None = None, labels: Any = None) -> str:
    """A warrant's status in the page's language, agreeing in French with the person (warrants.yaml's sourced civility:
    « acquittée » for a woman); ``labels`` a page's own words for the codes (default :data:`WARRANT_STATUS_LABEL`)."""
    from romestatute.queries.docket import status_label

    code = code or ""
    words = WARRANT_STATUS_LABEL if labels is None else labels
    return status_label(code, words.get(code) or code.replace("_", " "), warrant_id)


def render(template: str, **context: Any) -> str:
    context.setdefault("checked_on", facts().checked_on.isoformat())
    context.setdefault("today", dt.date.today().isoformat())
    # the labels and meanings in the page's language, as plain dicts (the map's script reads them as JSON)
    for key, labels in LABELS.items():
        context.setdefault(key, dict(labels.items()))
    context.setdefault("status_meaning", dict(STATUS_MEANINGS.items()))
    html = environment().get_template(template).render(**context)
    return language.keep_language(html, language.link_lang())
