"""The Court's docket: situations re-derived by the jurisdiction engine, and the public warrants.

``situation`` builds a jurisdiction question from a situation's facts alone
(territory, flags, nationality, period of conduct, crimes, trigger) and asks
the engine.  Only here, after the engine has answered, is the Court's
recorded position (``court_position``) read, to set the two side by side.  A
disagreement is either fixed in the rules or explained in the data
(``disagreement: {explanation, decision}``).

The as-of date of each question is the date the Court (or the Prosecutor)
took the position recorded: ``court_position.date`` where the data give it;
else the Pre-Trial Chamber's authorisation (proprio motu); else the referral
(state or Security Council); else the opening of the investigation; else the
close, then the opening, of the preliminary examination; else the day the
data were checked.  An open-ended period of conduct runs to the day the data
were checked.  Where only the month or year of the first conduct is known
(``conduct_from_approx``), the question starts on its first day, and the
finding is checked to be the same from its last day: if it is not, the answer
depends on a day nobody recorded and the comparison says so.
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from romestatute import engine, i18n
from romestatute.facts import docket
from romestatute.i18n import N_, pgettext
from romestatute.i18n import gettext as _
from romestatute.model.errors import BadValue, NotFound, quoted
from romestatute.queries.jurisdiction import jurisdiction

SCHEMA = "romestatute.situation/1"
STATUSES = ("at_large", "in_custody", "appeared", "deceased", "withdrawn", "convicted", "acquitted",
            "proceedings_terminated")
#: A warrant's status in words, in the active language (the explorer's pages and the command line's text; the JSON
#: keeps the code). The words do not agree with the person: a French form agreeing with a recorded gender would
#: be chosen here, from the warrant's data, where one is given.
WARRANT_STATUS_LABEL = i18n.Translated({
    "at_large": N_("at large"), "in_custody": N_("in custody"), "convicted": N_("convicted"),
    "acquitted": N_("acquitted"), "deceased": N_("deceased"), "appeared": N_("appeared"),
    "proceedings_terminated": N_("proceedings terminated"), "withdrawn": N_("withdrawn"),
})


def stage_labels() -> dict[str, str]:
    """Each stage of a situation in the active language (French agrees it with the kind: "enquête achevée",
    "examen clos")."""
    return {"open": pgettext("situation stage", "open"), "closed": pgettext("situation stage", "closed"),
            "concluded": pgettext("situation stage", "concluded"),
            "investigation_concluded": pgettext("situation stage", "investigation concluded")}


def _doc(name: str) -> dict[str, Any]:
    return docket.load(name) or {}


def all_situations() -> list[dict[str, Any]]:
    return list(_doc("situations.yaml").get("situations") or [])


def local_name(s: dict[str, Any], lang: str | None = None) -> str:
    """The situation's name in ``lang`` (default: the active language): the Court's French name from the
    situation's ``fr`` block in French, else its English ``name``."""
    lang = lang or i18n.language()
    if lang != i18n.DEFAULT:
        return str((s.get(lang) or {}).get("name") or s["name"])
    return str(s["name"])


def local_situation(s: dict[str, Any], lang: str | None = None) -> dict[str, Any]:
    """A situation as shown in ``lang`` (default: the active language): the same keys, every ``fr`` block left out
    (the situation's own and those of its decisions, referrals and declarations), each field such a block gives in
    ``lang`` in place of the English (a nested one, ``fr: {court_position: {summary: ...}}``, field by field)."""
    lang = lang or i18n.language()
    return _localised(s, lang)


def _localised(value: Any, lang: str) -> Any:
    if isinstance(value, list):
        return [_localised(v, lang) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _localised(v, lang) for k, v in value.items() if k not in i18n.LANGUAGES}
    if lang != i18n.DEFAULT:
        _overlay(out, value.get(lang))
    return out


def _overlay(out: dict[str, Any], given: Any) -> None:
    for k, v in (given.items() if isinstance(given, dict) else ()):
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            _overlay(out[k], v)  # out[k] is a fresh copy (``_localised``)
        elif v:
            out[k] = v


def names(lang: str | None = None) -> dict[str, str]:
    """Every situation's id and name in ``lang`` (default: the active language)."""
    return {s["id"]: local_name(s, lang) for s in all_situations()}


def local_warrant(w: dict[str, Any], lang: str | None = None) -> dict[str, Any]:
    """A warrant as answered in ``lang`` (default: the active language): the same keys, the ``fr`` block and the
    person's ``civility`` (data the labels read, with its own source) left out, its role in French from that block when
    French is active."""
    out = i18n.localise(w, lang)
    out.pop("civility", None)
    return out


def is_woman(warrant_id: str | None) -> bool:
    """Whether warrants.yaml styles the person of warrant ``warrant_id`` "Ms" (its ``civility``, sourced; never guessed
    from a name): a French label then agrees with her ("acquittée")."""
    return bool(warrant_id) and warrant_id in _women(str(docket.data_dir()))


@lru_cache(maxsize=4)
def _women(folder: str) -> frozenset[str]:
    return frozenset(str(w.get("id")) for w in _doc("warrants.yaml").get("warrants") or []
                     if isinstance(w.get("civility"), dict) and w["civility"].get("title") == "Ms")


def status_label(code: str, label: str, warrant_id: str | None = None) -> str:
    """A warrant's status as a face shows it: ``label`` (the face's own word for ``code``, in the active language) or,
    where French agrees the word with the person and the warrant's person is a woman, its feminine ("détenue",
    "décédée", "déclarée coupable", "acquittée"). English is ``label`` whoever the person."""
    if i18n.language() == i18n.DEFAULT or not is_woman(warrant_id):
        return label
    feminine = {"in_custody": i18n.pgettext("said of a woman", "in custody"),
                "deceased": i18n.pgettext("said of a woman", "deceased"),
                "convicted": i18n.pgettext("said of a woman", "convicted"),
                "acquitted": i18n.pgettext("said of a woman", "acquitted")}
    return feminine.get(code, label)


def _names_of(s: dict[str, Any]) -> list[str]:
    """The keys a situation is found by: its id, its English name and its names in the other languages."""
    return [_key(s["id"]), _key(s["name"])] + [_key(local_name(s, lang)) for lang in i18n.LANGUAGES
                                                 if lang != i18n.DEFAULT]


def _key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def find_situation(name: str) -> dict[str, Any]:
    """A situation by id ('car-i'), by name ('Situation in Uganda') or by a word of its name ('Darfur')."""
    sits = all_situations()
    key = _key(name or "")
    if not key:
        raise BadValue(N_("situation: give a situation id or name, e.g. darfur"), field="situation", params={})
    for s in sits:
        if key in _names_of(s):
            return s
    hits = [s for s in sits if any(key in k for k in _names_of(s))]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise BadValue(N_("situation: %(value)s matches several: %(ids)s"), field="situation",
                       params={"value": quoted(name), "ids": ", ".join(s["id"] for s in hits)})
    raise unknown_situation(name, sits, field="situation")


def unknown_situation(name: str, sits: list[dict[str, Any]], *, field: str) -> NotFound:
    """The error for a situation that is not on record, with the closest ids (or a pointer to the list)."""
    close = difflib.get_close_matches(name.strip().lower(), [s["id"] for s in sits], n=4, cutoff=0.4)
    if close:
        return NotFound(N_("%(field)s: unknown situation %(name)s; did you mean %(close)s?"), field=field,
                        params={"field": field, "name": quoted(name), "close": ", ".join(close)})
    return NotFound(N_("%(field)s: unknown situation %(name)s"), field=field, see="situations",
                    params={"field": field, "name": quoted(name)})


def situation_by_id(sid: str, *, field: str = "id") -> dict[str, Any]:
    """The situation whose id is exactly ``sid`` (``darfur``, ``car-ii``); NotFound otherwise."""
    sits = all_situations()
    for s in sits:
        if s["id"] == sid:
            return s
    raise unknown_situation(sid, sits, field=field)


def search_situations(text: str) -> list[str]:
    """The ids of the situations whose id or name holds ``text`` (case and accents ignored), or all."""
    key = _key(text or "")
    return [s["id"] for s in all_situations() if not key or any(key in k for k in _names_of(s))]


# -- the question put to the engine ---------------------------------------------------------------

def assessed_on(s: dict[str, Any], checked_on: str) -> tuple[str, str]:
    """The as-of date for a situation and what it is (see the module docstring for the order)."""
    t = s.get("trigger") or {}
    pe = s.get("preliminary_examination") or {}
    options = [
        ((s.get("court_position") or {}).get("date"), _("date of the Court's recorded position")),
        (t.get("ptc_authorisation") if t.get("kind") == "proprio_motu" else None,
         _("Pre-Trial Chamber authorisation")),
        (t.get("referral_date"), _("referral")),
        (t.get("investigation_opened"), _("opening of the investigation")),
        (pe.get("closed"), _("close of the preliminary examination")),
        (pe.get("opened"), _("opening of the preliminary examination")),
    ]
    for day, what in options:
        if day:
            return str(day), what
    return checked_on, _("day the data were checked (no decision date recorded)")


def _approx_span(text: str) -> tuple[dt.date, dt.date]:
    """'2012-01' -> (2012-01-01, 2012-01-31); '2014' -> (2014-01-01, 2014-12-31)."""
    parts = [int(p) for p in str(text).split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    last = calendar.monthrange(parts[0], parts[1])[1]
    return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)


def engine_question(s: dict[str, Any], checked_on: str) -> tuple[dict[str, Any] | None, list[str]]:
    """The jurisdiction question built from the situation's facts, with notes on the choices made."""
    notes: list[str] = []
    t = s.get("trigger") or {}
    start = s.get("conduct_from")
    if not start and s.get("conduct_from_approx"):
        first, _last = _approx_span(s["conduct_from_approx"])
        start = first.isoformat()
        notes.append(_("Only '%(approx)s' is known for the first conduct; the question starts on %(day)s.")
                     % {"approx": s["conduct_from_approx"], "day": i18n.day(start)})
    if not start:
        return None, [_("No start of the conduct is recorded, so no question can be put to the engine.")]
    as_of, what = assessed_on(s, checked_on)
    closed = s.get("stage") == "closed"
    end = s.get("conduct_to") or (min(as_of, checked_on) if closed else checked_on)
    if not s.get("conduct_to"):
        notes.append((_("The period is open-ended; it is taken to run to %(day)s, when the examination was closed.")
                      if closed else
                      _("The period is open-ended; it is taken to run to %(day)s, the day the data were checked."))
                     % {"day": i18n.day(end)})
    if end < start:
        end = start
    notes.append(_("Assessed as of %(day)s (%(what)s).") % {"day": i18n.day(as_of), "what": what})
    q: dict[str, Any] = {"crimes": s.get("crimes") or [], "territory": s.get("territory") or [],
                         "vessel_flag": s.get("vessel_flag") or [], "nationality": s.get("nationality") or [],
                         "from": start, "to": end, "as_of": as_of}
    kind = t.get("kind")
    if kind in ("state_referral", "unsc_referral", "proprio_motu"):
        q["trigger"] = kind
        q["trigger_date"] = t.get("referral_date") or t.get("ptc_authorisation") or None
        referred = t.get("referred_by") or []
        if kind == "state_referral" and referred:
            q["referred_by"] = referred[0]
            if len(referred) > 1:
                notes.append(_("Referred by %(count)s states; the engine checks the first, %(state)s.")
                             % {"count": len(referred), "state": referred[0]})
        if kind == "unsc_referral":
            q["resolution"] = t.get("resolution")
    return q, notes


def _day_sensitive(s: dict[str, Any], q: dict[str, Any], outcome: str) -> str | None:
    """If the first day is only approximate, whether the finding changes across the possible days."""
    if s.get("conduct_from") or not s.get("conduct_from_approx"):
        return None
    _first, last = _approx_span(s["conduct_from_approx"])
    other = jurisdiction({**q, "from": last.isoformat()})["outcome"]
    if other != outcome:
        return (_("The finding depends on the unrecorded first day: %(first)s from the first day of '%(approx)s', "
                  "%(last)s from its last.")
                % {"first": _(outcome), "approx": s["conduct_from_approx"], "last": _(other)})
    return None


def rederive(s: dict[str, Any], checked_on: str | None = None, *, localise: bool = True) -> dict[str, Any]:
    """Run the engine on the situation's facts, then (only then) set it beside the Court's recorded position.
    ``localise=False``: ``s`` is already as shown (``local_situation``), or only the findings are wanted (the
    texts stay the data's English)."""
    checked = checked_on or str(_doc("situations.yaml").get("checked_on") or dt.date.today().isoformat())
    if localise:
        s = local_situation(s)
    q, notes = engine_question(s, checked)
    finding = jurisdiction(q) if q else None
    outcome = finding["outcome"] if finding else None
    if finding and q:
        sensitive = _day_sensitive(s, q, outcome or "")
        if sensitive:
            notes.append(sensitive)
    court = s.get("court_position") or {}
    court_outcome = court.get("outcome")
    agrees = None if court_outcome is None or outcome is None else outcome == court_outcome
    gap = s.get("disagreement") or None
    if agrees is None:
        verdict = "no_record"
    elif agrees:
        verdict = "agrees"
    else:
        verdict = "explained" if gap and gap.get("explanation") else "unexplained"
    return {
        "schema": SCHEMA,
        "id": s["id"],
        "name": s["name"],
        "kind": s.get("kind"),
        "stage": s.get("stage"),
        "engine_outcome": outcome,
        "court_outcome": court_outcome,
        "agrees": agrees,
        "verdict": verdict,
        "disagreement": gap if agrees is False else None,
        "question": q,
        "notes": notes,
        "court_position": court,
        "decisions": s.get("decisions") or [],
        "source": {"url": s.get("source"), "confidence": s.get("confidence")},
        "finding": finding,
    }


def situation(name: str) -> dict[str, Any]:
    """One situation re-derived by the engine, beside the Court's recorded position."""
    return rederive(find_situation(name))


def situations() -> dict[str, Any]:
    """Every situation re-derived, with the agreement figures (a fresh copy: callers may change it), the
    names and the explained disagreements in the active language."""
    out = copy.deepcopy(_situations())
    said = {s["id"]: local_situation(s) for s in all_situations()}
    for row in out["situations"]:
        local = said.get(row["id"]) or {}
        row["name"] = local.get("name", row["name"])
        if row["disagreement"]:
            row["disagreement"] = local.get("disagreement") or row["disagreement"]
    return out


@engine.once_per_data_folder
def _situations() -> dict[str, Any]:
    # 31 engine runs (~6 ms); the answer depends only on the data folder (each situation is assessed as of
    # a date its data give, or the file's checked_on), so it is derived once per folder; its names and
    # disagreements are said in the active language by ``situations``, on every call.
    rows = [rederive(s, localise=False) for s in all_situations()]
    brief = [{k: r[k] for k in ("id", "name", "kind", "stage", "engine_outcome", "court_outcome", "agrees",
                                "verdict", "disagreement")} for r in rows]
    compared = [r for r in rows if r["agrees"] is not None]
    return {
        "schema": "romestatute.situations/1",
        "total": len(rows),
        "compared": len(compared),
        "agreeing": sum(1 for r in compared if r["agrees"]),
        "explained": sum(1 for r in rows if r["verdict"] == "explained"),
        "unexplained": sum(1 for r in rows if r["verdict"] == "unexplained"),
        "no_record": sum(1 for r in rows if r["verdict"] == "no_record"),
        "situations": brief,
    }


# -- warrants --------------------------------------------------------------------------------------------

def warrants(status: list[str] | None = None, situation: str | None = None) -> dict[str, Any]:
    """The public warrants and summonses, optionally filtered by status and situation."""
    wanted = [s.strip().lower().replace("-", "_").replace(" ", "_") for s in status or []]
    for s in wanted:
        if not s:  # a filter left empty never widens to every warrant
            raise BadValue(N_("status: blank; give a status, e.g. at_large"), field="status", params={})
        if s not in STATUSES:
            raise BadValue(N_("status: %(value)s is not one of %(choices)s"), field="status",
                           params={"value": quoted(s), "choices": ", ".join(STATUSES)})
    sid = find_situation(situation)["id"] if situation is not None else None
    rows = [local_warrant(w) for w in _doc("warrants.yaml").get("warrants") or []
            if (not wanted or w.get("status") in wanted) and (sid is None or w.get("situation") == sid)]
    return {"schema": "romestatute.warrants/1", "filters": {"status": wanted, "situation": sid},
            "checked_on": _doc("warrants.yaml").get("checked_on"), "count": len(rows), "warrants": rows}
