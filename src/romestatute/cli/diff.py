"""``rome diff DATE1 DATE2``: which states' standing changed between two days, and what follows."""

from __future__ import annotations

from typing import Any

import click

from romestatute.cli.output import brief_option, check_brief, emit, json_option, source_label, write_brief

LABEL = {"kept_on_another_basis": "kept on another basis"}


def group_duties(duties: list[dict[str, Any]]) -> dict[tuple[str, str, str], list[str]]:
    """The people whose duty changed the same way, together: (change, bases before, bases after) -> people."""
    out: dict[tuple[str, str, str], list[str]] = {}
    for d in duties:
        key = (d["change"], ", ".join(d["before"]["bases"]), ", ".join(d["after"]["bases"]))
        out.setdefault(key, []).append(d["person"])
    return out


def render_diff(d: dict[str, Any]) -> str:
    known = f" (as known on {d['as_of']})" if d["as_of"] else ""
    lines = [f"From {d['from']['date']} to {d['to']['date']}{known}: States Parties {d['from']['count']} -> "
             f"{d['to']['count']}", ""]
    if not d["changes"]:
        lines.append("No state's standing changed, and no treaty event fell between the two days.")
    for c in d["changes"]:
        b, a = c["before"]["status"].replace("_", " "), c["after"]["status"].replace("_", " ")
        head = f"{c['name']} ({c['state']}): {b} -> {a}" if c["changed"] else f"{c['name']} ({c['state']}): {b}, no change"
        lines.append(head)
        for e in c["events"]:
            lines.append(f"  {e['date']}  {e['event']}: {e['meaning']} [Art. {e['article']}]"
                         + (f"  <{source_label(e['source'])}>" if e["source"] and not e["derived"] else ""))
        j = c["jurisdiction"]
        if j:
            for role in ("territory", "nationality"):
                r = j[role]
                lines.append(f"  as the {role} (Art. {r['article']}): {r['before']} -> {r['after']} ({r['change']})")
            cont = j["continuation"]
            if cont:
                w = cont["conduct_while_party"]
                lines.append(f"  Art. 127(2): conduct while a party ({w['from']} to {w['to']}) asked after the withdrawal "
                             f"took effect on {cont['effective']}: territory {w['territory']}, nationality {w['nationality']}")
                for m in cont["matters_under_consideration"]:
                    lines.append(f"    already under consideration: {m['name']} ({m['what']} {m['since']})")
        for (change, before, after), people in group_duties(c["arrest_duties"]).items():
            lines.append(f"  duty to arrest: {LABEL.get(change, change)} ({before or 'no duty'} -> {after or 'no duty'}) "
                         f"for {len(people)}: {', '.join(people)}")
        lines.append("")
    lines += [f"note: {c}" for c in d["caveats"]]
    return "\n".join(lines).rstrip()


@click.command("diff")
@click.argument("start", metavar="DATE1")
@click.argument("end", metavar="DATE2")
@click.option("--as-of", "as_of", metavar="DATE", help="Answer with what was known on this day (acts dated after it "
              "are left out); default: the whole record.")
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
