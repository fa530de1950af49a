"""``rome status``, ``rome parties``, ``rome timeline``."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from romestatute.cli.output import brief_option, check_brief, emit, json_option, source_label, table, write_brief


def _render_status(s: dict[str, Any]) -> str:
    lines = [f"{s['name']} ({s['state']}) on {s['on']}: {s['status']}"
             + (f" since {s['since']}" if s["since"] else ""),
             f"  {s['meaning']}"]
    if s["withdrawal_pending"]:
        w = s["withdrawal_pending"]
        lines.append(f"  withdrawal pending: notified {w['notified']}, takes effect {w['effective']} (Art. 127(1))"
                     + (f"; later: the notice was revoked on {w['revoked_later']} and never took effect"
                        if w.get("revoked_later") else ""))
    for wi in s.get("withdrawn_instruments") or []:
        lines.append(f"  deposited its instrument of {wi['instrument']} on {wi['deposited']} and withdrew it on "
                     f"{wi['withdrawn']}, before it took effect" + (f" (it would have on {wi['would_have_taken_effect']})"
                                                                   if wi.get("would_have_taken_effect") else ""))
    for d in s["declarations_12_3"]:
        to = d["covers_to"] or "open-ended"
        lines.append(f"  Art. 12(3) declaration of {d['date']}: conduct from {d['covers_from']} to {to}")
    for a in s["amendments"]:
        lines.append(f"  amendment in force: {a['title']} (from {a['in_force']}, Art. 121(5))")
    if s.get("events"):
        lines.append("")
        lines.append(table(["date", "event", "effective", "article", "source"],
                           [[e["date"], e["event"], e["effective_date"] or "-", e["article"],
                             source_label(e["source"])] for e in s["events"]]))
    for c in s.get("caveats", []):
        lines.append(f"note: {c}")
    return "\n".join(lines)


@click.command()
@click.argument("state")
@click.option("--on", "on", metavar="DATE", help="The day to answer for (YYYY-MM-DD); default today.")
@json_option
@brief_option
def status(state: str, on: str | None, as_json: bool, brief: str | None) -> None:
    """Where STATE stands towards the Statute on a day, and the events behind it.

    STATE may be an ISO3 or ISO2 code or an English name ("Russia", "Ivory Coast", "DRC").
    """
    from romestatute.queries.status import status as query

    check_brief(brief)
    result = query(state, on)
    write_brief("status", result, brief)
    emit(result, as_json, _render_status)


def _render_parties(p: dict[str, Any]) -> str:
    def note(w: dict[str, Any] | None) -> str:
        if not w:
            return ""
        if w.get("revoked"):
            return (f"withdrawal notified {w['notified']} for {w['effective']}; later revoked on {w['revoked']}, "
                    "never took effect")
        return f"withdrawal effective {w['effective']}"

    rows = [[r["state"], r["name"], r["since"] or "", note(r["withdrawal_pending"])] for r in p["parties"]]
    out = f"{p['count']} States Parties on {p['on']}\n\n" + table(["state", "name", "party since", "note"], rows)
    return out + "".join(f"\nnote: {c}" for c in p["caveats"])


@click.command()
@click.option("--on", "on", metavar="DATE", help="The day to answer for (YYYY-MM-DD); default today.")
@click.option("--as-of", "as_of", metavar="DATE", help="The record as it stood on this day (default today): a "
              "withdrawal notice revoked by then is shown as revoked.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@json_option
def parties(on: str | None, as_of: str | None, fmt: str, as_json: bool) -> None:
    """The States Parties on a day, and their count."""
    from romestatute.queries.parties import parties as query

    result = query(on, as_of=as_of)
    if as_json or fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["state", "name", "since", "regional_group", "withdrawal_effective", "withdrawal_revoked"])
        for r in result["parties"]:
            wp = r["withdrawal_pending"] or {}
            w.writerow([r["state"], r["name"], r["since"], r["regional_group"] or "",
                        wp.get("effective") or "", wp.get("revoked") or ""])
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(_render_parties(result))


def _render_timeline(t: dict[str, Any]) -> str:
    lines = [f"{t['name']} ({t['state']})", ""]
    lines.append(table(["from", "to", "status"], [[p["from"], p["to"] or "", p["status"]] for p in t["periods"]]))
    lines.append("")
    for e in t["events"]:
        mark = " (computed)" if e["derived"] else ""
        lines.append(f"{e['date']}  {e['event']}{mark}: {e['meaning']} [Art. {e['article']}]")
        if e["source"] and not e["derived"]:
            lines.append(f"            source: {source_label(e['source'])}")
    return "\n".join(lines)


@click.command()
@click.argument("state")
@json_option
def timeline(state: str, as_json: bool) -> None:
    """Every event and status change of STATE, each with its legal meaning."""
    from romestatute.queries.timeline import timeline as query

    emit(query(state), as_json, _render_timeline)


COMMANDS = [status, parties, timeline]
