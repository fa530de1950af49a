"""``rome diff DATE1 DATE2``: which states' standing changed between two days, and what follows."""

from __future__ import annotations

from typing import Any

import click

from romestatute import i18n
from romestatute.cli.output import (
    article,
    brief_option,
    check_brief,
    emit,
    english,
    event_word,
    json_option,
    source_label,
    write_brief,
)
from romestatute.i18n import N_
from romestatute.i18n import gettext as _

LABEL = {"kept_on_another_basis": N_("kept on another basis")}
#: The codes the text output says in the active language (the JSON keeps the codes).
WORDS = (N_("unchanged"), N_("opened"), N_("closed"), N_("gained"), N_("lost"),
         N_("preliminary examination opened"), N_("investigation opened"))


def group_duties(duties: list[dict[str, Any]]) -> dict[tuple[str, str, str], list[str]]:
    """The people whose duty changed the same way, together: (change, bases before, bases after) -> people."""
    out: dict[tuple[str, str, str], list[str]] = {}
    for d in duties:
        key = (d["change"], ", ".join(d["before"]["bases"]), ", ".join(d["after"]["bases"]))
        out.setdefault(key, []).append(d["person"])
    return out


def render_diff(d: dict[str, Any]) -> str:
    day = i18n.day  # ISO in English, as it always was; written out in French
    known = _(" (as known on %(day)s)") % {"day": day(d["as_of"])} if d["as_of"] else ""
    lines = [_("From %(start)s to %(end)s%(known)s: States Parties %(before)s -> %(after)s")
             % {"start": day(d["from"]["date"]), "end": day(d["to"]["date"]), "known": known,
                "before": d["from"]["count"], "after": d["to"]["count"]}, ""]
    if not d["changes"]:
        lines.append(_("No state's standing changed, and no treaty event fell between the two days."))
    for c in d["changes"]:
        b, a = _(c["before"]["status"].replace("_", " ")), _(c["after"]["status"].replace("_", " "))
        name = i18n.state_name(c["state"], c["name"])
        head = _("%(name)s (%(iso3)s): %(before)s -> %(after)s") % {"name": name, "iso3": c["state"], "before": b,
                                                                     "after": a} if c["changed"] else \
            _("%(name)s (%(iso3)s): %(status)s, no change") % {"name": name, "iso3": c["state"], "status": b}
        lines.append(head)
        for e in c["events"]:
            lines.append("  " + _("%(date)s  %(event)s: %(meaning)s [Art. %(article)s]") % {
                "date": e["date"], "event": event_word(e["event"]), "meaning": e["meaning"],
                "article": article(e["article"])}
                + (f"  <{source_label(e['source'])}>" if e["source"] and not e["derived"] else ""))
        j = c["jurisdiction"]
        if j:
            for role in ("territory", "nationality"):
                r = j[role]
                lines.append("  " + (_("as the territory (Art. %(article)s): %(before)s -> %(after)s (%(change)s)")
                                     if role == "territory" else
                                     _("as the nationality (Art. %(article)s): %(before)s -> %(after)s (%(change)s)"))
                             % {"article": r["article"], "before": _(r["before"]), "after": _(r["after"]),
                                "change": _(r["change"])})
            cont = j["continuation"]
            if cont:
                w = cont["conduct_while_party"]
                lines.append("  " + _("Art. 127(2): conduct while a party (%(start)s to %(end)s) asked after the "
                                      "withdrawal took effect on %(effective)s: territory %(territory)s, nationality "
                                      "%(nationality)s")
                             % {"start": day(w["from"]), "end": day(w["to"]), "effective": day(cont["effective"]),
                                "territory": _(w["territory"]), "nationality": _(w["nationality"])})
                for m in cont["matters_under_consideration"]:
                    lines.append("    " + _("already under consideration: %(name)s (%(what)s %(since)s)")
                                 % {"name": m["name"], "what": _(m["what"]), "since": day(m["since"])})
        for (change, before, after), people in group_duties(c["arrest_duties"]).items():
            lines.append("  " + _("duty to arrest: %(change)s (%(before)s -> %(after)s) for %(count)s: %(people)s")
                         % {"change": _(LABEL.get(change, change)), "before": bases(before) or _("no duty"),
                            "after": bases(after) or _("no duty"), "count": len(people), "people": ", ".join(people)})
        lines.append("")
    lines += [_("note: %(caveat)s") % {"caveat": c} for c in d["caveats"]]
    return "\n".join(lines).rstrip()


def bases(joined: str) -> str:
    """A duty's bases ("party, unsc_resolution"): the codes in English, their words in French."""
    if english() or not joined:
        return joined
    from romestatute.queries.obligation import BASIS_WORD

    return ", ".join(BASIS_WORD.get(b, b) for b in joined.split(", "))


@click.command("diff")
@click.argument("start", metavar="DATE1")
@click.argument("end", metavar="DATE2")
@click.option("--as-of", "as_of", metavar="DATE", help=N_("Answer with what was known on this day (acts dated after it "
              "are left out); default: the whole record."))
@json_option
@brief_option
def diff(start: str, end: str, as_of: str | None, as_json: bool, brief: str | None) -> None:
    """Every state whose standing differs between DATE1 and DATE2, the events between them with their sources,
    the jurisdiction each change opens or closes (as territory and as nationality, with Art. 127(2)'s
    continuation) and the public warrants whose duty to arrest it gains or loses."""
    from romestatute.queries.diff import diff as query

    check_brief(brief)
    result = query(start, end, as_of)
    write_brief("diff", result, brief)
    emit(result, as_json, render_diff)


COMMANDS = [diff]
