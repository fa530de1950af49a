"""``rome jurisdiction``: can the Court act on this conduct?"""

from __future__ import annotations

from typing import Any

import click

from romestatute.cli.output import brief_option, check_brief, emit, json_option, table, trace_lines, write_brief


def render_finding(f: dict[str, Any]) -> str:
    q = f["query"]
    where = ", ".join(q["territory"]) or "-"
    flag = f" | vessel flag {', '.join(q['vessel_flag'])}" if q["vessel_flag"] else ""
    who = ", ".join(q["nationality"]) or "-"
    what_if = f.get("what_if") or []
    hyp = " (hypothetical referral)" if "hypothetical referral" in what_if else ""
    extra = "".join([
        f" | elements {', '.join(q['elements'])}" if q.get("elements") else "",
        " | personnel of an authorised operation" if q.get("authorised_operation") else "",
        f" | age {q['age']}" if q.get("age") is not None else "",
        f" | what-if: {'; '.join(q['assume'])}" if q.get("assume") else "",
    ])
    route = f["route"].replace("_", " ") + (", hypothetical referral" if hyp else "")
    assumed = [w for w in what_if if w != "hypothetical referral"]
    lines = [f"Question: {', '.join(q['crimes'])} | territory {where}{flag} | nationality {who} | "
             f"{q['from']} to {q['to']} | as of {q['as_of']}" + (f" | trigger {q['trigger']}{hyp}" if q["trigger"] else "")
             + extra,
             f"Outcome ({route}): {f['outcome'].upper()}" + (" -- a what-if, on the assumption" + ("s" if len(assumed) > 1
                                                               else "") + " given" if what_if else ""), ""]
    if f["windows"]:
        lines.append("Windows where jurisdiction holds:")
        for w in f["windows"]:
            lines.append(f"  {w['from']} to {w['to'] or 'open'}: {', '.join(w['crimes'])}  [{'; '.join(w['basis'])}]")
        lines.append("")
    for d in f.get("deferrals") or []:
        lines.append(f"Art. 16 deferral in force on {d['on']}: {d['resolution']} ({d['from']} until {d['until']}, "
                     "exclusive)" + (" [what-if]" if d.get("hypothetical") else ""))
    if f.get("deferrals"):
        lines.append("")
    lines.append("Trace:")
    lines += trace_lines(f["reasons"])
    r = f["routes"]
    u = r["unsc_referral"]
    pm = r["proprio_motu"]["outcome"]
    lines += ["", "Routes:",
              f"  state referral: {r['state_referral']['outcome']}; proprio motu: "
              + (f"{pm}, with a Pre-Trial Chamber's authorisation (Art. 15(4))" if pm != "no" else "no"),
              f"  Security Council referral: {u['outcome']}" + (" (Art. 26)" if "Art. 26" in (u.get("in_law") or "") else
                                                                 " (hypothetical referral)" if u.get("hypothetical") else
                                                                 "" if u.get("act") in ("adopted", "vetoed") else " in law")
              + f"; needs {u['requires']}."]
    if "aggression" in q["crimes"] and r["state_referral"].get("conditions"):
        lines.append("  for aggression, on a state referral or proprio motu: Art. 15 bis(6)-(8) (the Council's "
                     "determination, or after six months the Pre-Trial Division's authorisation)")
    lines.append(f"  permanent members: {', '.join(u['permanent_members'])}"
                 + (f"; involved here: {', '.join(u['permanent_members_involved'])}" if u["permanent_members_involved"] else ""))
    for v in u["vetoed_referrals"]:
        if v.get("id") in u["relevant_vetoes"]:
            lines.append(f"  on record: draft {v.get('document')} of {v.get('date')} ({v.get('subject')}) vetoed by "
                         f"{', '.join(v.get('vetoed_by') or [])}")
    for c in f["caveats"]:
        lines.append(f"note: {c}")
    return "\n".join(lines)


@click.command()
@click.option("--crime", "crimes", multiple=True, required=True, metavar="CRIME",
              help="genocide, crimes_against_humanity, war_crimes, aggression, or a war crime added by amendment "
                   "as war_crimes:<key>, e.g. war_crimes:starvation_niac ('rome crimes' lists every key; repeatable).")
@click.option("--territory", multiple=True, metavar="STATE", help="Where any element of the conduct occurred (repeatable).")
@click.option("--vessel-flag", "vessel_flag", multiple=True, metavar="STATE", help="Flag of a vessel or aircraft aboard which it occurred.")
@click.option("--nationality", multiple=True, metavar="STATE", help="Nationality of the accused (repeatable).")
@click.option("--from", "start", required=True, metavar="DATE", help="First day of the conduct.")
@click.option("--to", "end", metavar="DATE", help="Last day of the conduct (default: the first day).")
@click.option("--age", type=int, metavar="YEARS", help="Age of the accused at the time.")
@click.option("--trigger", type=click.Choice(["state_referral", "unsc_referral", "proprio_motu"]),
              help="How the Court's jurisdiction is set in motion (Art. 13): a State Party's referral, a Security "
                   "Council referral, or the Prosecutor on her or his own motion (default: every route is shown).")
@click.option("--referred-by", "referred_by", metavar="STATE",
              help="The state that referred the situation (with --trigger state_referral; Art. 14).")
@click.option("--resolution", metavar="ID", help="Security Council resolution, e.g. 1593.")
@click.option("--trigger-date", "trigger_date", metavar="DATE",
              help="The day of the referral or of the Prosecutor's request (default: the --as-of day).")
@click.option("--aggressor", metavar="STATE", help="For aggression: the state whose act of aggression it is (Art. 15 bis(5)).")
@click.option("--victim", metavar="STATE", help="For aggression: the state against which the act was committed.")
@click.option("--assume", multiple=True, metavar="STATE:EVENT:DATE[..DATE]",
              help="A hypothetical event for this query only, e.g. SYR:declaration_12_3:2011-03-15 (..DATE: the last "
                   "day a declaration covers, or the later day a withdrawal notice names), or an Art. 16 request "
                   "UNSC:deferral:DATE[..DATE].")
@click.option("--authorised-operation", "authorised_operation", is_flag=True,
              help="The accused served in an operation the Security Council or the African Union established or "
                   "authorised (the carve-outs of Res. 1593 and 1970, para. 6; Art. 16 requests).")
@click.option("--element", "elements", multiple=True, metavar="ACT:STATE",
              help="An element of a crime took place on another state's territory, e.g. deportation:BGD "
                   "(PTC I 2018, PTC III 2019) (repeatable).")
@click.option("--as-of", "as_of", metavar="DATE", help="Assess as of this day (default today).")
@json_option
@brief_option
def jurisdiction(crimes: tuple[str, ...], territory: tuple[str, ...], vessel_flag: tuple[str, ...],
                 nationality: tuple[str, ...], start: str, end: str | None, age: int | None, trigger: str | None,
                 referred_by: str | None, resolution: str | None, trigger_date: str | None, aggressor: str | None,
                 victim: str | None, assume: tuple[str, ...], authorised_operation: bool, elements: tuple[str, ...],
                 as_of: str | None, as_json: bool, brief: str | None) -> None:
    """Can the Court exercise jurisdiction over this conduct? Outcome, windows, routes and trace."""
    from romestatute.queries.jurisdiction import jurisdiction as query

    raw = {"crimes": list(crimes), "territory": list(territory), "vessel_flag": list(vessel_flag),
           "nationality": list(nationality), "from": start, "to": end, "age": age, "trigger": trigger,
           "referred_by": referred_by, "resolution": resolution, "trigger_date": trigger_date,
           "aggressor": aggressor, "victim": victim, "assume": list(assume), "as_of": as_of,
           "authorised_operation": authorised_operation, "elements": list(elements)}
    check_brief(brief)
    result = query(raw)
    write_brief("jurisdiction", result, brief)
    emit(result, as_json, render_finding)


def render_crimes(r: dict[str, Any]) -> str:
    rows = [[c["key"], c["article"], c["summary"] if c["core"] else
             f"{c['summary']} [{c['amendment']['resolution']}, {c['amendment']['adopted']}]"] for c in r["crimes"]]
    return table(["crime", "article", "what it covers"], rows) + f"\n\nnote: {r['note']}"


@click.command()
@json_option
def crimes(as_json: bool) -> None:
    """The crime keys 'rome jurisdiction --crime' takes: Art. 5's four and the war crimes added by amendment."""
    from romestatute.queries.crimes import crimes as query

    emit(query(), as_json, render_crimes)


COMMANDS = [jurisdiction, crimes]
