"""``rome situation``, ``rome situations``, ``rome warrants`` and ``rome obligation``: the Court's docket."""

from __future__ import annotations

from typing import Any

import click

from romestatute import i18n
from romestatute.cli.jurisdiction import render_finding
from romestatute.cli.output import brief_option, check_brief, emit, json_option, table, trace_lines, write_brief
from romestatute.i18n import N_, ngettext, pgettext
from romestatute.i18n import gettext as _

MARK = {"agrees": "agrees", "explained": "differs (explained)", "unexplained": "DIFFERS (unexplained)",
        "no_record": "no Court record"}


def render_situation(r: dict[str, Any]) -> str:
    cp = r["court_position"]
    lines = [f"{r['name']} ({r['id']}; {r['kind'].replace('_', ' ')}, {r['stage'].replace('_', ' ')})",
             f"Engine: {r['engine_outcome'] or '-'}   Court: {r['court_outcome'] or '-'}   -> {MARK[r['verdict']]}"]
    if cp.get("summary"):
        lines.append(f"Court's record: {cp['summary']}" + (f" [{cp['decision']}]" if cp.get("decision") else ""))
    if r["disagreement"]:
        lines.append(f"Why they differ: {r['disagreement']['explanation']} [{r['disagreement'].get('decision')}]")
    lines += [f"note: {n}" for n in r["notes"]]
    if r["finding"]:
        lines += ["", render_finding(r["finding"])]
    return "\n".join(lines)


def render_situations(d: dict[str, Any]) -> str:
    rows = [[s["id"], s["kind"].replace("preliminary_examination", "prelim. exam."), s["engine_outcome"] or "-",
             s["court_outcome"] or "-", MARK[s["verdict"]]] for s in d["situations"]]
    return (table(["situation", "kind", "engine", "court", "comparison"], rows)
            + f"\n\n{d['agreeing']} of {d['compared']} compared situations agree ({d['total']} in all; "
              f"{d['explained']} differences explained, {d['unexplained']} unexplained, {d['no_record']} without a "
              "Court record). 'rome situation ID' shows one with the engine's trace.")


#: A warrant's kind and status as the text output names them (English shows the code with spaces).
KIND_WORDS = {"arrest_warrant": N_("arrest warrant"), "summons": N_("summons")}
STATUS_WORDS = {"at_large": N_("at large"), "in_custody": N_("in custody"), "appeared": N_("appeared"),
                "deceased": N_("deceased"), "withdrawn": N_("withdrawn"), "convicted": N_("convicted"),
                "acquitted": N_("acquitted"), "proceedings_terminated": N_("proceedings terminated")}


def _word(code: str, words: dict[str, str]) -> str:
    return _(words[code]) if code in words else code.replace("_", " ")


def render_warrants(d: dict[str, Any]) -> str:
    rows = [[w["id"], w["person"], w.get("situation") or "", _word(w.get("kind", ""), KIND_WORDS),
             str(w.get("issued") or ""), _word(w.get("status", ""), STATUS_WORDS)] for w in d["warrants"]]
    return (table([_("id"), pgettext("warrant", "person"), pgettext("warrant", "situation"), pgettext("warrant", "kind"),
                   pgettext("warrant", "issued"), pgettext("warrant", "status")], rows)
            + "\n\n" + ngettext("%(count)s shown.", "%(count)s shown.", d["count"]) % {"count": d["count"]})


def render_obligation(r: dict[str, Any]) -> str:
    words = {"on": i18n.day(r["on"]), "name": i18n.state_name(r["state"], r["state_name"]), "iso3": r["state"],
             "person": r["person"], "bases": ", ".join(r["bases"])}
    head = (_("On %(on)s, %(name)s (%(iso3)s) MUST arrest and surrender %(person)s") if r["obliged"] else
            _("On %(on)s, %(name)s (%(iso3)s) need not arrest and surrender %(person)s")) % words
    lines = [head + (_(" (basis: %(bases)s).") % words if r["bases"] else "."), "", _("Trace:")]
    lines += trace_lines(r["reasons"])
    for v in r["visits"]:
        lines.append((_("later visit on record: %(day)s - %(note)s") if v.get("later") else
                      _("visit on record: %(day)s - %(note)s")) % {"day": i18n.day(v["date"]), "note": v.get("note", "")})
    lines += [_("note: %(caveat)s") % {"caveat": c} for c in r["caveats"]]
    return "\n".join(lines)


def render_map(d: dict[str, Any]) -> str:
    rows = [[s["state"], i18n.state_name(s["state"], s["name"]), ", ".join(s["bases"])] for s in d["states"]]
    return (table([_("state"), _("name"), pgettext("duty to arrest", "basis")], rows) + "\n\n"
            + ngettext("%(count)s states obliged to arrest %(person)s on %(on)s.",
                       "%(count)s states obliged to arrest %(person)s on %(on)s.", d["count"])
            % {"count": d["count"], "person": d["person"], "on": i18n.day(d["on"])})


@click.command()
@click.argument("name")
@json_option
def situation(name: str, as_json: bool) -> None:
    """Re-derive one situation with the engine and set it beside the Court's record."""
    from romestatute.queries.docket import situation as query

    emit(query(name), as_json, render_situation)


@click.command()
@json_option
def situations(as_json: bool) -> None:
    """Every situation: the engine's finding beside the Court's, agree or disagree."""
    from romestatute.queries.docket import situations as query

    emit(query(), as_json, render_situations)


@click.command()
@click.option("--status", "status", multiple=True, metavar="STATUS",
              help="at_large, in_custody, appeared, deceased, withdrawn, convicted, acquitted, proceedings_terminated "
                   "(repeatable).")
@click.option("--situation", metavar="SITUATION", help="A situation id or name, e.g. darfur.")
@json_option
def warrants(status: tuple[str, ...], situation: str | None, as_json: bool) -> None:
    """Public warrants of arrest and summonses to appear."""
    from romestatute.queries.docket import warrants as query

    emit(query(list(status), situation), as_json, render_warrants)


@click.command()
@click.option("--person", required=True, metavar="NAME", help='A person named in a warrant, e.g. "Putin" or "al-Bashir".')
@click.option("--state", metavar="STATE", help="The state asked (name or ISO code).")
@click.option("--on", metavar="DATE", help="The day (default today).")
@click.option("--map", "as_map", is_flag=True, help="List every state obliged on that day instead.")
@json_option
@brief_option
def obligation(person: str, state: str | None, on: str | None, as_map: bool, as_json: bool, brief: str | None) -> None:
    """Must STATE arrest and surrender PERSON on this day? With the trace (Part 9, Arts. 27, 98, 127)."""
    from romestatute.model.errors import BadValue
    from romestatute.queries import obligation as q

    check_brief(brief)
    if as_map:
        result = q.obligation_map(person, on)
        write_brief("obligation", result, brief)
        emit(result, as_json, render_map)
        return
    if not state:
        raise BadValue("state: give --state STATE, or --map for every state", field="state")
    result = q.obligation(person, state, on)
    write_brief("obligation", result, brief)
    emit(result, as_json, render_obligation)


COMMANDS = [situation, situations, warrants, obligation]
