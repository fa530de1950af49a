"""``rome situation``, ``rome situations``, ``rome warrants`` and ``rome obligation``: the Court's docket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click

from romestatute import i18n
from romestatute.cli.jurisdiction import render_finding
from romestatute.cli.output import (
    brief_option,
    check_brief,
    emit,
    english,
    json_option,
    table,
    trace_lines,
    write_brief,
)
from romestatute.i18n import N_, ngettext, pgettext
from romestatute.i18n import gettext as _

MARK = i18n.Translated({"agrees": N_("agrees"), "explained": N_("differs (explained)"),
                        "unexplained": N_("DIFFERS (unexplained)"), "no_record": N_("no Court record")})
#: A situation's kind, in a sentence and in the table's narrow column.
KIND = i18n.Translated({"investigation": N_("investigation"), "preliminary_examination": N_("preliminary examination")})
KIND_SHORT = i18n.Translated({"investigation": N_("investigation"), "preliminary_examination": N_("prelim. exam.")})


def _stage(stage: str) -> str:
    """The stage in the active language (French agrees it with the kind: "enquête achevée", "examen clos")."""
    from romestatute.queries.docket import stage_labels

    return stage_labels().get(stage) or stage.replace("_", " ")


def _outcome(code: str | None) -> str:
    return _(code) if code else "-"  # "yes", "no", "partial": the outcome's word in the active language


def render_situation(r: dict[str, Any]) -> str:
    cp = r["court_position"]
    lines = [_("%(name)s (%(id)s; %(kind)s, %(stage)s)") % {
                 "name": r["name"], "id": r["id"], "kind": KIND.get(r["kind"], r["kind"]), "stage": _stage(r["stage"])},
             _("Engine: %(engine)s   Court: %(court)s   -> %(comparison)s") % {
                 "engine": _outcome(r["engine_outcome"]), "court": _outcome(r["court_outcome"]),
                 "comparison": MARK[r["verdict"]]}]
    if cp.get("summary"):
        lines.append(_("Court's record: %(summary)s") % {"summary": cp["summary"]}
                     + (f" [{cp['decision']}]" if cp.get("decision") else ""))
    if r["disagreement"]:
        lines.append(_("Why they differ: %(explanation)s [%(decision)s]") % {
            "explanation": r["disagreement"]["explanation"], "decision": r["disagreement"].get("decision")})
    lines += [_("note: %(caveat)s") % {"caveat": n} for n in r["notes"]]
    if r["finding"]:
        lines += ["", render_finding(r["finding"])]
    return "\n".join(lines)


def render_situations(d: dict[str, Any]) -> str:
    rows = [[s["id"], KIND_SHORT.get(s["kind"], s["kind"]), _outcome(s["engine_outcome"]), _outcome(s["court_outcome"]),
             MARK[s["verdict"]]] for s in d["situations"]]
    return (table([_("situation"), _("kind"), _("engine"), _("court"), _("comparison")], rows) + "\n\n"
            + _("%(agreeing)s of %(compared)s compared situations agree (%(total)s in all; %(explained)s differences "
                "explained, %(unexplained)s unexplained, %(no_record)s without a Court record). 'rome situation ID' "
                "shows one with the engine's trace.") % {k: d[k] for k in ("agreeing", "compared", "total", "explained",
                                                                          "unexplained", "no_record")})


#: A warrant's kind and status as the text output names them (English shows the code with spaces).
KIND_WORDS = {"arrest_warrant": N_("arrest warrant"), "summons": N_("summons")}


def _word(code: str, words: Mapping[str, str]) -> str:
    return _(words[code]) if code in words else code.replace("_", " ")


def render_warrants(d: dict[str, Any]) -> str:
    from romestatute.queries.docket import WARRANT_STATUS_LABEL, status_label  # here: the module loads the engine

    rows = [[w["id"], w["person"], w.get("situation") or "", _word(w.get("kind", ""), KIND_WORDS),
             str(w.get("issued") or ""),
             status_label(w.get("status", ""), WARRANT_STATUS_LABEL.get(w.get("status", ""))
                          or w.get("status", "").replace("_", " "), w.get("id"))]
            for w in d["warrants"]]
    return (table([_("id"), pgettext("warrant", "person"), pgettext("warrant", "situation"), pgettext("warrant", "kind"),
                   pgettext("warrant", "issued"), pgettext("warrant", "status")], rows)
            + "\n\n" + ngettext("%(count)s shown.", "%(count)s shown.", d["count"]) % {"count": d["count"]})


def _bases(codes: list[str]) -> str:
    """A duty's bases: the codes in English (as they always were), their words in another language."""
    if english():
        return ", ".join(codes)
    from romestatute.queries.obligation import BASIS_WORD

    return ", ".join(BASIS_WORD.get(c, c) for c in codes)


def render_obligation(r: dict[str, Any]) -> str:
    words = {"on": i18n.day(r["on"]), "the_state": i18n.state_name(r["state"], r["state_name"], form="le"),
             "iso3": r["state"], "person": r["person"], "bases": _bases(r["bases"])}
    # the state is the subject: French makes the verb agree with a plural name (« les Pays-Bas DOIVENT arrêter »)
    head = (i18n.by_number(r["state"], r["state_name"],
                           N_("On %(on)s, %(the_state)s (%(iso3)s) MUST arrest and surrender %(person)s"),
                           N_("On %(on)s, %(the_state)s (%(iso3)s) are obliged to arrest and surrender %(person)s"))
            if r["obliged"] else
            i18n.by_number(r["state"], r["state_name"],
                           N_("On %(on)s, %(the_state)s (%(iso3)s) need not arrest and surrender %(person)s"),
                           N_("On %(on)s, %(the_state)s (%(iso3)s) are not obliged to arrest and surrender %(person)s"))
            ) % words
    lines = [head + (_(" (basis: %(bases)s).") % words if r["bases"] else "."), "", _("Trace:")]
    lines += trace_lines(r["reasons"])
    for v in r["visits"]:
        lines.append((_("later visit on record: %(day)s - %(note)s") if v.get("later") else
                      _("visit on record: %(day)s - %(note)s")) % {"day": i18n.day(v["date"]), "note": v.get("note", "")})
    lines += [_("note: %(caveat)s") % {"caveat": c} for c in r["caveats"]]
    return "\n".join(lines)


def render_map(d: dict[str, Any]) -> str:
    rows = [[s["state"], i18n.state_name(s["state"], s["name"]), _bases(s["bases"])] for s in d["states"]]
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
              help=N_("at_large, in_custody, appeared, deceased, withdrawn, convicted, acquitted, proceedings_terminated "
                   "(repeatable)."))
@click.option("--situation", metavar="SITUATION", help=N_("A situation id or name, e.g. darfur."))
@json_option
def warrants(status: tuple[str, ...], situation: str | None, as_json: bool) -> None:
    """Public warrants of arrest and summonses to appear."""
    from romestatute.queries.docket import warrants as query

    emit(query(list(status), situation), as_json, render_warrants)


@click.command()
@click.option("--person", required=True, metavar="NAME", help=N_('A person named in a warrant, e.g. "Putin" or "al-Bashir".'))
@click.option("--state", metavar="STATE", help=N_("The state asked (name or ISO code)."))
@click.option("--on", metavar="DATE", help=N_("The day (default today)."))
@click.option("--map", "as_map", is_flag=True, help=N_("List every state obliged on that day instead."))
@json_option
@brief_option
def obligation(person: str, state: str | None, on: str | None, as_map: bool, as_json: bool, brief: str | None) -> None:
    """Must STATE arrest and surrender the person NAME on this day? With the trace (Part 9, Arts. 27, 98, 127)."""
    from romestatute.model.errors import BadValue
    from romestatute.queries import obligation as q

    check_brief(brief)
    if as_map:
        result = q.obligation_map(person, on)
        write_brief("obligation", result, brief)
        emit(result, as_json, render_map)
        return
    if not state:
        raise BadValue(_("state: give --state STATE, or --map for every state"), field="state")
    result = q.obligation(person, state, on)
    write_brief("obligation", result, brief)
    emit(result, as_json, render_obligation)


COMMANDS = [situation, situations, warrants, obligation]
