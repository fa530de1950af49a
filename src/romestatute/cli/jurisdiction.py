"""``rome jurisdiction``: can the Court act on this conduct?"""

from __future__ import annotations

from typing import Any

import click

from romestatute.cli.output import brief_option, check_brief, emit, json_option, trace_lines, write_brief


def render_finding(f: dict[str, Any]) -> str:
    q = f["query"]
    where = ", ".join(q["territory"] + q["vessel_flag"]) or "-"
    who = ", ".join(q["nationality"]) or "-"
    lines = [f"Question: {', '.join(q['crimes'])} | territory {where} | nationality {who} | "
             f"{q['from']} to {q['to']} | as of {q['as_of']}" + (f" | trigger {q['trigger']}" if q["trigger"] else ""),
             f"Outcome ({f['route'].replace('_', ' ')}): {f['outcome'].upper()}", ""]
    if f["windows"]:
        lines.append("Windows where jurisdiction holds:")
        for w in f["windows"]:
            lines.append(f"  {w['from']} to {w['to'] or 'open'}: {', '.join(w['crimes'])}  [{'; '.join(w['basis'])}]")
        lines.append("")
    lines.append("Trace:")
    lines += trace_lines(f["reasons"])
    u = f["routes"]["unsc_referral"]
    lines += ["", "Routes:",
              f"  state referral: {f['routes']['state_referral']['outcome']}; proprio motu: "
              f"{f['routes']['proprio_motu']['outcome']} (needs Pre-Trial Chamber authorisation)",
              f"  Security Council referral: {u['outcome']} in law; needs {u['requires']}.",
              f"  permanent members: {', '.join(u['permanent_members'])}"
              + (f"; involved here: {', '.join(u['permanent_members_involved'])}" if u["permanent_members_involved"] else "")]
    for v in u["vetoed_referrals"]:
        if v.get("id") in u["relevant_vetoes"]:
            lines.append(f"  on record: draft {v.get('document')} of {v.get('date')} ({v.get('subject')}) vetoed by "
                         f"{', '.join(v.get('vetoed_by') or [])}")
    for c in f["caveats"]:
        lines.append(f"note: {c}")
    return "\n".join(lines)


@click.command()
@click.option("--crime", "crimes", multiple=True, required=True, metavar="CRIME",
              help="genocide, crimes_against_humanity, war_crimes, war_crimes:<key>, aggression (repeatable).")
@click.option("--territory", multiple=True, metavar="STATE", help="Where any element of the conduct occurred (repeatable).")
@click.option("--vessel-flag", "vessel_flag", multiple=True, metavar="STATE", help="Flag of a vessel or aircraft aboard which it occurred.")
@click.option("--nationality", multiple=True, metavar="STATE", help="Nationality of the accused (repeatable).")
@click.option("--from", "start", required=True, metavar="DATE", help="First day of the conduct.")
@click.option("--to", "end", metavar="DATE", help="Last day of the conduct (default: the first day).")
@click.option("--age", type=int, metavar="YEARS", help="Age of the accused at the time.")
@click.option("--trigger", type=click.Choice(["state_referral", "unsc_referral", "proprio_motu"]))
@click.option("--referred-by", "referred_by", metavar="STATE")
@click.option("--resolution", metavar="ID", help="Security Council resolution, e.g. 1593.")
@click.option("--trigger-date", "trigger_date", metavar="DATE")
@click.option("--aggressor", metavar="STATE")
@click.option("--victim", metavar="STATE")
@click.option("--assume", multiple=True, metavar="STATE:EVENT:DATE[..DATE]",
              help="A hypothetical event for this query only, e.g. SYR:declaration_12_3:2011-03-15 (..DATE: the last "
                   "day a declaration covers, or the later day a withdrawal notice names).")
@click.option("--as-of", "as_of", metavar="DATE", help="Assess as of this day (default today).")
@json_option
@brief_option
def jurisdiction(crimes: tuple[str, ...], territory: tuple[str, ...], vessel_flag: tuple[str, ...],
                 nationality: tuple[str, ...], start: str, end: str | None, age: int | None, trigger: str | None,
                 referred_by: str | None, resolution: str | None, trigger_date: str | None, aggressor: str | None,
                 victim: str | None, assume: tuple[str, ...], as_of: str | None, as_json: bool,
                 brief: str | None) -> None:
    """Can the Court exercise jurisdiction over this conduct? Outcome, windows, routes and trace."""
    from romestatute.queries.jurisdiction import jurisdiction as query

    raw = {"crimes": list(crimes), "territory": list(territory), "vessel_flag": list(vessel_flag),
           "nationality": list(nationality), "from": start, "to": end, "age": age, "trigger": trigger,
           "referred_by": referred_by, "resolution": resolution, "trigger_date": trigger_date,
           "aggressor": aggressor, "victim": victim, "assume": list(assume), "as_of": as_of}
    check_brief(brief)
    result = query(raw)
    write_brief("jurisdiction", result, brief)
    emit(result, as_json, render_finding)


COMMANDS = [jurisdiction]
