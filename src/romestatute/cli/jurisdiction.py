"""``rome jurisdiction``: can the Court act on this conduct?"""

from __future__ import annotations

from typing import Any

import click

from romestatute import i18n
from romestatute.cli.output import (
    brief_option,
    check_brief,
    crime_names,
    emit,
    english,
    json_option,
    refuse_blank,
    states,
    table,
    trace_lines,
    write_brief,
)
from romestatute.i18n import N_
from romestatute.i18n import gettext as _


def render_finding(f: dict[str, Any]) -> str:
    q = f["query"]
    where = states(q["territory"]) or "-"
    flag = _(" | vessel flag %(flags)s") % {"flags": states(q["vessel_flag"])} if q["vessel_flag"] else ""
    who = states(q["nationality"]) or "-"
    what_if = f.get("what_if") or []
    hypothetical = _("hypothetical referral")
    hyp = " (" + hypothetical + ")" if hypothetical in what_if else ""
    extra = "".join([
        _(" | elements %(elements)s") % {"elements": ", ".join(q["elements"])} if q.get("elements") else "",
        _(" | personnel of an authorised operation") if q.get("authorised_operation") else "",
        _(" | age %(age)s") % {"age": q["age"]} if q.get("age") is not None else "",
        _(" | born %(born)s") % {"born": i18n.day(q["born"])} if q.get("born") else "",
        _(" | what-if: %(assumptions)s") % {"assumptions": "; ".join(q["assume"])} if q.get("assume") else "",
    ])
    route = _(ROUTE_WORDS.get(f["route"], f["route"])) if i18n.language() != i18n.DEFAULT else f["route"]
    route = route.replace("_", " ") + (", " + hypothetical if hyp else "")
    assumed = [w for w in what_if if w != hypothetical]
    words = {"crimes": crime_names(q["crimes"]), "where": where, "flag": flag, "who": who, "from": q["from"],
             "to": q["to"], "as_of": q["as_of"]}
    if i18n.language() != i18n.DEFAULT:  # days written out (English keeps the ISO dates it always printed)
        words.update({k: i18n.day(words[k]) for k in ("from", "to", "as_of") if words[k]})
    lines = [_("Question: %(crimes)s | territory %(where)s%(flag)s | nationality %(who)s | %(from)s to %(to)s | "
               "as of %(as_of)s") % words
             + (_(" | trigger %(trigger)s") % {"trigger": q["trigger"] if english() else _(ROUTE_WORDS[q["trigger"]])}
                + hyp if q["trigger"] else "") + extra,
             _("Outcome (%(route)s): %(outcome)s") % {"route": route, "outcome": _(f["outcome"]).upper()}
             + ((_(" -- a what-if, on the assumptions given") if len(assumed) > 1 else
                 _(" -- a what-if, on the assumption given")) if what_if else "")
             + (_(" -- lowered confidence: it rests on a reading the record cannot confirm (see the notes)")
                if f.get("confidence") == "lowered" else ""), ""]
    if f["windows"]:
        lines.append(_("Windows where jurisdiction holds:"))
        for w in f["windows"]:
            span = _("%(from)s to %(to)s") % {"from": i18n.day(w["from"]), "to": i18n.day(w["to"]) if w["to"] else _("open")}
            lines.append("  " + _("%(span)s: %(crimes)s  [%(basis)s]") % {"span": span, "crimes": crime_names(w["crimes"]),
                                                                            "basis": "; ".join(w["basis"])})
        lines.append("")
    for d in f.get("deferrals") or []:
        lines.append(_("Art. 16 deferral in force on %(on)s: %(resolution)s (%(from)s until %(until)s, exclusive)")
                     % {"on": i18n.day(d["on"]), "resolution": d["resolution"], "from": i18n.day(d["from"]),
                        "until": i18n.day(d["until"])}
                     + (_(" [what-if]") if d.get("hypothetical") else ""))
    if f.get("deferrals"):
        lines.append("")
    lines.append(_("Trace:"))
    lines += trace_lines(f["reasons"])
    r = f["routes"]
    u = r["unsc_referral"]
    pm = r["proprio_motu"]["outcome"]
    in_law = u.get("in_law") or ""
    lines += ["", _("Routes:"),
              "  " + (_("state referral: %(state)s; proprio motu: %(pm)s, with a Pre-Trial Chamber's authorisation "
                        "(Art. 15(4))") if pm != "no" else _("state referral: %(state)s; proprio motu: %(pm)s"))
              % {"state": _(r["state_referral"]["outcome"]), "pm": _(pm)},
              "  " + _("Security Council referral: %(outcome)s") % {"outcome": _(u["outcome"])}
              + (" (Art. 26)" if "Art. 26" in in_law or "art. 26" in in_law else
                 " (" + hypothetical + ")" if u.get("hypothetical") else
                 "" if u.get("act") in ("adopted", "vetoed", "not_yet_adopted") else _(" in law"))
              + _("; needs %(requires)s.") % {"requires": u["requires"]}]
    if r["state_referral"].get("explanation"):  # the referring state named may not refer (Art. 14(1)): under its route
        lines.insert(len(lines) - 1, "    " + r["state_referral"]["explanation"])
    if "aggression" in q["crimes"] and r["state_referral"].get("conditions"):
        lines.append("  " + _("for aggression, on a state referral or proprio motu: Art. 15 bis(6)-(8) (the Council's "
                              "determination, or after six months the Pre-Trial Division's authorisation)"))
    lines.append("  " + _("permanent members: %(states)s") % {"states": states(u["permanent_members"])}
                 + (_("; involved here: %(states)s") % {"states": states(u["permanent_members_involved"])}
                    if u["permanent_members_involved"] else ""))
    for v in u["vetoed_referrals"]:
        if v.get("id") in u["relevant_vetoes"]:
            lines.append("  " + _("on record: draft %(document)s of %(date)s (%(subject)s) vetoed by %(states)s")
                         % {"document": v.get("document"), "date": i18n.day(v.get("date")), "subject": v.get("subject"),
                            "states": states(v.get("vetoed_by") or [])})
    for c in f["caveats"]:
        lines.append(_("note: %(caveat)s") % {"caveat": c})
    return "\n".join(lines)


#: The route a finding answers for, as the text output names it in French (English shows the code).
ROUTE_WORDS = {"art12_preconditions": N_("Art. 12 preconditions"), "state_referral": N_("referral by a State Party"),
               "unsc_referral": N_("referral by the Security Council"),
               "proprio_motu": N_("the Prosecutor's own initiative (proprio motu)")}


@click.command()
@click.option("--crime", "crimes", multiple=True, required=True, metavar="CRIME",
              help=N_("genocide, crimes_against_humanity, war_crimes, aggression, or a war crime added by amendment "
                   "as war_crimes:<key>, e.g. war_crimes:starvation_niac ('rome crimes' lists every key; repeatable)."))
@click.option("--territory", multiple=True, metavar="STATE", help=N_("Where any element of the conduct occurred (repeatable)."))
@click.option("--vessel-flag", "vessel_flag", multiple=True, metavar="STATE", help=N_("Flag of a vessel or aircraft aboard which it occurred."))
@click.option("--nationality", multiple=True, metavar="STATE", help=N_("Nationality of the accused (repeatable)."))
@click.option("--from", "start", required=True, metavar="DATE", help=N_("First day of the conduct."))
@click.option("--to", "end", metavar="DATE", help=N_("Last day of the conduct (default: the first day)."))
@click.option("--age", type=int, metavar="YEARS", help=N_("Age of the accused at the time."))
@click.option("--born", metavar="DATE", help=N_("Date of birth of the accused, instead of --age: only conduct from "
                                              "the eighteenth birthday counts (Art. 26)."))
@click.option("--trigger", type=click.Choice(["state_referral", "unsc_referral", "proprio_motu"]),
              help=N_("How the Court's jurisdiction is set in motion (Art. 13): a State Party's referral, a Security "
                   "Council referral, or the Prosecutor on her or his own motion (default: every route is shown)."))
@click.option("--referred-by", "referred_by", metavar="STATE",
              help=N_("The state that referred the situation (with --trigger state_referral; Art. 14)."))
@click.option("--resolution", metavar="ID", help=N_("Security Council resolution, e.g. 1593."))
@click.option("--trigger-date", "trigger_date", metavar="DATE",
              help=N_("The day of the referral or of the Prosecutor's request (default: the --as-of day)."))
@click.option("--aggressor", metavar="STATE", help=N_("For aggression: the state whose act of aggression it is (Art. 15 bis(5))."))
@click.option("--victim", metavar="STATE", help=N_("For aggression: the state against which the act was committed."))
@click.option("--assume", multiple=True, metavar="STATE:EVENT:DATE[..DATE]",
              help=N_("A hypothetical event for this query only, e.g. SYR:declaration_12_3:2011-03-15 (..DATE: the last "
                   "day a declaration covers, or the later day a withdrawal notice names), or an Art. 16 request "
                   "UNSC:deferral:DATE[..DATE]."))
@click.option("--authorised-operation", "authorised_operation", is_flag=True,
              help=N_("The accused served in an operation the Security Council or the African Union established or "
                   "authorised (the carve-outs of Res. 1593 and 1970, para. 6; Art. 16 requests)."))
@click.option("--element", "elements", multiple=True, metavar="ACT:STATE",
              help=N_("An element of a crime took place on another state's territory, e.g. deportation:BGD "
                   "(PTC I 2018, PTC III 2019) (repeatable)."))
@click.option("--as-of", "as_of", metavar="DATE", help=N_("Assess as of this day (default today)."))
@json_option
@brief_option
def jurisdiction(crimes: tuple[str, ...], territory: tuple[str, ...], vessel_flag: tuple[str, ...],
                 nationality: tuple[str, ...], start: str, end: str | None, age: int | None, born: str | None,
                 trigger: str | None,
                 referred_by: str | None, resolution: str | None, trigger_date: str | None, aggressor: str | None,
                 victim: str | None, assume: tuple[str, ...], authorised_operation: bool, elements: tuple[str, ...],
                 as_of: str | None, as_json: bool, brief: str | None) -> None:
    """Can the Court exercise jurisdiction over this conduct? Outcome, windows, routes and trace."""
    from romestatute.queries.jurisdiction import jurisdiction as query

    refuse_blank(territory=territory, vessel_flag=vessel_flag, nationality=nationality,
                 referred_by=referred_by, resolution=resolution, aggressor=aggressor, victim=victim, assume=assume,
                 elements=elements)
    raw = {"crimes": list(crimes), "territory": list(territory), "vessel_flag": list(vessel_flag),
           "nationality": list(nationality), "from": start, "to": end, "age": age, "born": born,
           "trigger": trigger,
           "referred_by": referred_by, "resolution": resolution, "trigger_date": trigger_date,
           "aggressor": aggressor, "victim": victim, "assume": list(assume), "as_of": as_of,
           "authorised_operation": authorised_operation, "elements": list(elements)}
    check_brief(brief)
    result = query(raw)
    write_brief("jurisdiction", result, brief)
    emit(result, as_json, render_finding)


def render_crimes(r: dict[str, Any]) -> str:
    rows = [[c["key"], c["article"], c["summary"] if c["core"] else
             f"{c['summary']} [{c['amendment']['resolution']}, {i18n.day(c['amendment']['adopted'])}]"]
            for c in r["crimes"]]
    return (table([_("crime"), _("article"), _("what it covers")], rows) + "\n\n"
            + _("note: %(caveat)s") % {"caveat": r["note"]})


@click.command()
@json_option
def crimes(as_json: bool) -> None:
    """The crime keys 'rome jurisdiction --crime' takes: Art. 5's four and the war crimes added by amendment."""
    from romestatute.queries.crimes import crimes as query

    emit(query(), as_json, render_crimes)


COMMANDS = [jurisdiction, crimes]
