"""``rome status``, ``rome parties``, ``rome timeline``."""

from __future__ import annotations

import json
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
    format_option,
    json_option,
    output_format,
    source_label,
    status_word,
    table,
    write_brief,
    write_csv,
)
from romestatute.i18n import N_, ngettext, pgettext
from romestatute.i18n import gettext as _


def _render_status(s: dict[str, Any]) -> str:
    day = i18n.day  # ISO in English, as it always was; written out in French
    # a heading: English shows the bare name ("Philippines (PHL) on ..."), French its « Position des Philippines »
    of_state = s["name"] if i18n.language() == i18n.DEFAULT else i18n.state_name(s["state"], s["name"], form="de")
    head = _("%(of_state)s (%(iso3)s) on %(day)s: %(status)s") % {
        "of_state": of_state, "iso3": s["state"], "day": day(s["on"]),
        "status": status_word(s["status"])}
    lines = [head + (" " + _("since %(day)s") % {"day": day(s["since"])} if s["since"] else ""),
             f"  {s['meaning']}"]
    if s["withdrawal_pending"]:
        w = s["withdrawal_pending"]
        lines.append("  " + _("withdrawal pending: notified %(notified)s, takes effect %(effective)s (Art. 127(1))")
                     % {"notified": day(w["notified"]), "effective": day(w["effective"])}
                     + (_("; later: the notice was revoked on %(day)s and never took effect")
                        % {"day": day(w["revoked_later"])} if w.get("revoked_later") else ""))
    for wi in s.get("withdrawn_instruments") or []:
        lines.append("  " + _("deposited its instrument of %(instrument)s on %(deposited)s and withdrew it on "
                              "%(withdrawn)s, before it took effect") % {
            "instrument": _(wi["instrument"]) if wi["instrument"] else wi["instrument"],
            "deposited": day(wi["deposited"]), "withdrawn": day(wi["withdrawn"])}
            + (_(" (it would have on %(day)s)") % {"day": day(wi["would_have_taken_effect"])}
               if wi.get("would_have_taken_effect") else ""))
    scopes = {"territory": N_("on its territory only"), "nationals_and_territory": N_("on its territory and by its "
                                                                                      "nationals"),
              "unknown": N_("scope not known (its text was not found): its territory, and its nationals abroad "
                            "only on a reading")}
    for d in s["declarations_12_3"]:
        words = {"day": day(d["date"]), "start": day(d["covers_from"])}
        scope = scopes.get(d.get("scope") or "")
        lines.append("  " + (_("Art. 12(3) declaration of %(day)s: conduct from %(start)s to %(end)s")
                             % {**words, "end": day(d["covers_to"])} if d["covers_to"] else
                             _("Art. 12(3) declaration of %(day)s: conduct from %(start)s onwards") % words)
                     + (_("; %(scope)s") % {"scope": _(scope)} if scope else ""))
    for a in s["amendments"]:
        lines.append("  " + _("amendment in force: %(title)s (from %(day)s, Art. 121(5))") % {"title": a["title"],
                                                                                              "day": day(a["in_force"])})
    if s.get("events"):
        lines.append("")
        lines.append(table([_("date"), pgettext("treaty event", "event"), pgettext("treaty event", "effective"),
                            _("article"), _("source")],
                           [[e["date"], event_word(e["event"]), e["effective_date"] or "-", article(e["article"]),
                             source_label(e["source"])] for e in s["events"]]))
    for c in s.get("caveats", []):
        lines.append(_("note: %(text)s") % {"text": c})
    return "\n".join(lines)


@click.command()
@click.argument("state")
@click.option("--on", "on", metavar="DATE", help=N_("The day to answer for (YYYY-MM-DD); default today."))
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
            return (_("withdrawal notified %(notified)s for %(effective)s; later revoked on %(revoked)s, never took "
                      "effect") % {"notified": i18n.day(w["notified"]), "effective": i18n.day(w["effective"]),
                                   "revoked": i18n.day(w["revoked"])})
        return _("withdrawal effective %(effective)s") % {"effective": i18n.day(w["effective"])}

    rows = [[r["state"], i18n.state_name(r["state"], r["name"]), r["since"] or "", note(r["withdrawal_pending"])]
            for r in p["parties"]]
    if not english():  # in the order of the names shown (English keeps the order it always had)
        rows.sort(key=lambda r: i18n.sort_key(r[1]))
    out = (_("%(count)s States Parties on %(day)s") % {"count": p["count"], "day": i18n.day(p["on"])} + "\n\n"
           + table([_("state"), _("name"), _("party since"), _("note")], rows))
    return out + "".join("\n" + _("note: %(caveat)s") % {"caveat": c} for c in p["caveats"])


@click.command()
@click.option("--on", "on", metavar="DATE", help=N_("The day to answer for (YYYY-MM-DD); default today."))
@click.option("--as-of", "as_of", metavar="DATE", help=N_("The record as it stood on this day (default today): a "
              "withdrawal notice revoked by then is shown as revoked."))
@format_option("table", "json", "csv")
@json_option
def parties(on: str | None, as_of: str | None, fmt: str | None, as_json: bool) -> None:
    """The States Parties on a day, and their count."""
    from romestatute.queries.parties import parties as query

    fmt = output_format(fmt, as_json)
    result = query(on, as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        write_csv(["state", "name", "since", "regional_group", "withdrawal_effective", "withdrawal_revoked"],
                  [[r["state"], r["name"], r["since"], r["regional_group"] or "",
                    (r["withdrawal_pending"] or {}).get("effective") or "",
                    (r["withdrawal_pending"] or {}).get("revoked") or ""]
                   for r in result["parties"]])
    else:
        click.echo(_render_parties(result))


def _statuses_rows(result: dict[str, Any]) -> list[list[str]]:
    from romestatute import engine

    names = engine.names().states
    pending = result["withdrawal_pending"]
    return [[iso3, names[iso3], st, pending.get(iso3, "")]
            for iso3, st in sorted(result["statuses"].items(), key=lambda kv: names[kv[0]])]


def _render_statuses(result: dict[str, Any], wanted: tuple[str, ...]) -> str:
    rows = _statuses_rows(result)
    if not english():  # the states' names, their order and the statuses in the active language
        rows = sorted(([iso3, i18n.state_name(iso3, name), status_word(st), pending]
                       for iso3, name, st, pending in rows), key=lambda r: i18n.sort_key(r[1]))
        statuses = _(" or ").join(_("“%(status)s”") % {"status": status_word(w)} for w in wanted)
        counts = _("; ").join(_("%(status)s: %(count)s") % {"status": status_word(k), "count": v}
                              for k, v in result["counts"].items() if v)
    else:
        statuses = _(" or ").join(wanted)
        counts = ", ".join(f"{k} {v}" for k, v in result["counts"].items() if v)
    words = {"count": len(rows), "statuses": statuses, "day": i18n.day(result["on"]), "counts": counts}
    head = (ngettext("%(count)s state with status %(statuses)s on %(day)s",
                     "%(count)s states with status %(statuses)s on %(day)s", len(rows)) if wanted
            else _("%(count)s states on %(day)s")) % words
    out = head + _(" (all states: %(counts)s)") % words + "\n\n" + table(
        [_("state"), _("name"), _("status"), _("withdrawal effective")], [[*r[:3], r[3] or ""] for r in rows])
    return out + "".join("\n" + _("note: %(caveat)s") % {"caveat": c} for c in result["caveats"])


@click.command()
@click.option("--on", "on", metavar="DATE", help=N_("The day to answer for (YYYY-MM-DD); default today."))
@click.option("--status", "status", multiple=True, metavar="STATUS[,STATUS...]",
              help=N_("Only states with these statuses (repeatable or comma-separated): party, ratified_not_in_force, "
                   "signatory, signature_withdrawn, former_party, non_signatory. E.g. --status former_party for the "
                   "states that left the Court."))
@format_option("table", "json", "csv")
@json_option
def statuses(on: str | None, status: tuple[str, ...], fmt: str | None, as_json: bool) -> None:
    """Every state's status on a day (the explorer's map as a list; the same answer as /api/statuses)."""
    from romestatute.queries.statuses import parse_statuses
    from romestatute.queries.statuses import statuses as query

    fmt = output_format(fmt, as_json)
    wanted = parse_statuses(status)
    result = query(on, wanted)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        write_csv(["state", "name", "status", "withdrawal_effective"], _statuses_rows(result))
    else:
        click.echo(_render_statuses(result, wanted))


def _render_timeline(t: dict[str, Any]) -> str:
    lines = [f"{i18n.state_name(t['state'], t['name'])} ({t['state']})", ""]
    lines.append(table([_("from"), _("to"), _("status")],
                       [[p["from"], p["to"] or "", status_word(p["status"])] for p in t["periods"]]))
    lines.append("")
    for e in t["events"]:
        lines.append(_("%(date)s  %(event)s%(mark)s: %(meaning)s [Art. %(article)s]") % {
            "date": e["date"], "event": event_word(e["event"]), "mark": _(" (computed)") if e["derived"] else "",
            "meaning": e["meaning"], "article": article(e["article"])})
        if e["source"] and not e["derived"]:
            lines.append(_("            source: %(source)s") % {"source": source_label(e["source"])})
    return "\n".join(lines)


@click.command()
@click.argument("state")
@json_option
def timeline(state: str, as_json: bool) -> None:
    """Every event and status change of STATE, each with its legal meaning."""
    from romestatute.queries.timeline import timeline as query

    emit(query(state), as_json, _render_timeline)


COMMANDS = [status, statuses, parties, timeline]
