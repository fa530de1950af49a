"""``diff``: what changed between two days, and what follows from it for each state that changed.

For every state whose status differs between ``from`` and ``to`` (or that has a treaty event between
them, e.g. a withdrawal notice revoked before it took effect), the answer gives its status on each day,
the events between them with their sources, and the consequences, each computed by the engine itself:

* jurisdiction as the territory (Art. 12(2)(a)) and as the nationality (Art. 12(2)(b)) over conduct on
  each day, assessed on that day; for a state that left, Art. 127(2)'s continuation: conduct while it
  was a party, asked again after the withdrawal took effect, and the matters the Court already had
  under consideration before that day;
* the public warrants whose duty to arrest it gains, loses or keeps on another basis (Arts. 86, 89(1),
  127(2)), from ``queries.obligation`` on each day.

``as_of`` answers with what was known then: the ledger is rebuilt from the acts dated on or before it
(a notice revoked later still looks as if it will take effect).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from romestatute import engine, i18n
from romestatute.facts import docket
from romestatute.facts.load import facts
from romestatute.i18n import gettext as _
from romestatute.law import articles
from romestatute.law.calendar import INSTRUMENTS_FOR_ENTRY_INTO_FORCE
from romestatute.law.part09_cooperation import ENDED
from romestatute.law.registry import article_id
from romestatute.ledger import Event, Ledger, StateLedger
from romestatute.model.dates import ONE_DAY, iso
from romestatute.model.errors import N_, BadValue
from romestatute.model.vocab import Status
from romestatute.queries.jurisdiction import jurisdiction
from romestatute.queries.obligation import obligation
from romestatute.queries.trace import fact, status_words

SCHEMA = "romestatute.diff/1"

#: The crimes asked about in the jurisdiction consequences (aggression has its own regime, Art. 15 bis).
CRIMES = ("genocide", "crimes_against_humanity", "war_crimes")
#: Events that change a state's standing towards the Statute (amendment acceptances are not listed).
STATUS_EVENTS = frozenset({"signature", "signature_withdrawn", "ratification", "accession", "acceptance", "approval",
                           "succession", "entry_into_force", "instrument_withdrawn", "withdrawal_notification",
                           "withdrawal_effective", "withdrawal_revoked", "declaration_12_3"})
#: The articles whose reasons are kept from each engine answer (the rest is in the full finding).
JURISDICTION_ARTICLES = frozenset({"12(2)(a)", "12(2)(b)", "11(2)", "127(2)"})
DUTY_ARTICLES = frozenset({"86", "89(1)", "12(3)", "13(b)", "127(2)"})


def _day(value: str | dt.date, name: str) -> dt.date:
    if value is None or value == "":
        raise BadValue(N_("%(field)s: give a day, YYYY-MM-DD"), field=name, params={"field": name})
    return engine.as_of(value, field=name)


@lru_cache(maxsize=16)
def _known_ledger(day: dt.date, folder: str) -> Ledger:
    known = facts().known_on(day)
    deposits = sum(1 for acts in known.actions.values() for a in acts
                   if a.action in ("ratification", "accession", "acceptance", "approval"))
    if deposits < INSTRUMENTS_FOR_ENTRY_INTO_FORCE:
        raise BadValue(N_("as_of: on %(day)s fewer than %(count)s instruments were deposited and the Statute's entry "
                          "into force was not yet fixed (Art. 126(1)); give a later day"), field="as_of",
                       params={"day": day, "count": INSTRUMENTS_FOR_ENTRY_INTO_FORCE})
    return Ledger(known)


def ledger_known_on(as_of: dt.date | None) -> Ledger:
    """The ledger built from the acts known on ``as_of`` (the whole record when None)."""
    if as_of is None:
        return engine.ledger()
    return _known_ledger(as_of, facts().data_dir)


def _status(led: StateLedger, day: dt.date) -> dict[str, Any]:
    status, since = led.status_on(day)
    pending = led.pending_withdrawal(day)
    return {"status": status.value, "since": iso(since),
            "withdrawal_pending": None if pending is None else {"notified": pending.notified.isoformat(),
                                                                 "effective": pending.effective.isoformat()}}


def _reason(article: str, holds: bool | None, explanation: str, facts_: list[dict[str, Any]],
            reading: str | None = None) -> dict[str, Any]:
    return {"article": article, "article_id": article_id(article), "title": articles.title(article),
            "holds": holds, "explanation": explanation, "facts": facts_, **({"reading": reading} if reading else {})}


def _status_reason(led: StateLedger, before: dict[str, Any], after: dict[str, Any], events: list[Event]) -> dict[str, Any]:
    words = {"of_state": i18n.state_name(led.iso3, led.name, "de"), "before": status_words(Status(before["status"])),
             "after": status_words(Status(after["status"]))}
    used = [fact(e) for e in events]
    withdrawal = next((e for e in reversed(events) if e.event == "withdrawal_effective"), None)
    entry = next((e for e in reversed(events) if e.event in ("entry_into_force", "succession")), None)
    if before["status"] == after["status"]:
        revoked = [e for e in events if e.event == "withdrawal_revoked"]
        text = (_("%(of_state)s was %(before)s on both days: its notice of withdrawal was revoked before it took "
                  "effect, so it never took effect.") if revoked else
                _("%(of_state)s was %(before)s on both days; the events between the days did not change its status."))
        return _reason("127(1)" if revoked or any(e.event == "withdrawal_notification" for e in events) else "125",
                       None, i18n.sentence(text % words), used)
    if withdrawal is not None:
        return _reason("127(1)", True, i18n.sentence(_("%(of_state)s went from %(before)s to %(after)s: its withdrawal "
                                                       "took effect on %(day)s, one year after the notice (or on the "
                                                       "later day it named).")
                                                     % {**words, "day": i18n.day(withdrawal.date)}), used)
    if entry is not None:
        return _reason("126(2)", True, i18n.sentence(_("%(of_state)s went from %(before)s to %(after)s: the Statute "
                                                       "entered into force for it on %(day)s.")
                                                     % {**words, "day": i18n.day(entry.date)}), used)
    return _reason(events[-1].article if events else "125", True,
                   i18n.sentence(_("%(of_state)s went from %(before)s to %(after)s.") % words), used)


def _change(before: str, after: str) -> str:
    if before == after:
        return "unchanged"
    rank = {"no": 0, "partial": 1, "yes": 2}
    return "opened" if rank[after] > rank[before] else "closed"


def _ask(led: Ledger, role: str, iso3: str, start: dt.date, end: dt.date, as_of: dt.date) -> dict[str, Any]:
    q = {"crimes": list(CRIMES), role: [iso3], "from": start.isoformat(), "to": end.isoformat(),
         "as_of": as_of.isoformat()}
    return jurisdiction(q, ledger=led)


def _kept(finding: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in finding["reasons"] if r["article"] in JURISDICTION_ARTICLES]


def _considered(iso3: str, effective: dt.date) -> list[dict[str, Any]]:
    """Situations on the state's territory the Court had under consideration before ``effective`` (Art. 127(2))."""
    out = []
    for s in (docket.load("situations.yaml") or {}).get("situations") or []:
        if iso3 not in (s.get("territory") or []) + (s.get("nationality") or []):
            continue
        pe = (s.get("preliminary_examination") or {}).get("opened")
        inv = (s.get("trigger") or {}).get("investigation_opened")
        days = [(str(d), what) for d, what in ((pe, "preliminary examination opened"),
                                               (inv, "investigation opened")) if d]
        days = [(d, w) for d, w in days if dt.date.fromisoformat(d) < effective]
        if days:
            since, what = min(days)
            out.append({"situation": s["id"], "name": i18n.localise(s).get("name"), "since": since, "what": what,
                        "source": {"url": s.get("source"), "document": None, "confidence": s.get("confidence")}})
    return out


def _jurisdiction(led: Ledger, state: StateLedger, d1: dt.date, d2: dt.date) -> dict[str, Any]:
    out: dict[str, Any] = {"crimes": list(CRIMES)}
    for role, article in (("territory", "12(2)(a)"), ("nationality", "12(2)(b)")):
        first = _ask(led, role, state.iso3, d1, d1, d1)
        second = _ask(led, role, state.iso3, d2, d2, d2)
        out[role] = {"article": article, "before": first["outcome"], "after": second["outcome"],
                     "change": _change(first["outcome"], second["outcome"]), "reasons": _kept(second)}
    out["continuation"] = None
    left = [w for w in state.withdrawals if d1 < w.effective <= d2 and w.revoked is None]
    if left:
        w = left[-1]
        spans = [iv for iv, s in state.intervals() if s == Status.PARTY and iv.end == w.effective]
        start = max(spans[0].start, led.statute_in_force) if spans else w.notified
        last = w.effective - ONE_DAY
        cont: dict[str, Any] = {"article": "127(2)", "effective": w.effective.isoformat(),
                                "conduct_while_party": {"from": start.isoformat(), "to": last.isoformat()}}
        for role in ("territory", "nationality"):
            finding = _ask(led, role, state.iso3, start, last, d2)
            cont["conduct_while_party"][role] = finding["outcome"]
            cont["conduct_while_party"].setdefault("reasons", [])
            cont["conduct_while_party"]["reasons"] += [r for r in _kept(finding)
                                                       if r not in cont["conduct_while_party"]["reasons"]]
        cont["matters_under_consideration"] = _considered(state.iso3, w.effective)
        out["continuation"] = cont
    return out


def _people() -> list[tuple[str, list[dict[str, Any]]]]:
    people: dict[str, list[dict[str, Any]]] = {}
    for w in (docket.load("warrants.yaml") or {}).get("warrants") or []:
        if w.get("kind") == "arrest_warrant":
            people.setdefault(w["person"], []).append(w)
    return sorted(people.items())


def _duty(r: dict[str, Any]) -> dict[str, Any]:
    return {"obliged": r["obliged"], "bases": r["bases"]}


def _in_force(warrants: list[dict[str, Any]], day: dt.date) -> tuple[str, ...]:
    """The ids of the person's arrest warrants in force on ``day`` (Art. 58(4)), whatever the state."""
    out = []
    for w in warrants:
        issued = w.get("issued")
        ended = w.get("status_date") if w.get("status") in ENDED else None
        if issued and dt.date.fromisoformat(str(issued)) <= day and not (
                ended and dt.date.fromisoformat(str(ended)) <= day):
            out.append(w["id"])
    return tuple(out)


def _arrest_duties(led: Ledger, iso3: str, d1: dt.date, d2: dt.date) -> tuple[list[dict[str, Any]], int]:
    """The duties the state's change gains, loses or keeps on another basis; and how many people were left out
    because their warrants themselves changed between the days (issued, or ended), so the days do not compare."""
    out, skipped = [], 0
    for person, warrants in _people():
        first, second = _in_force(warrants, d1), _in_force(warrants, d2)
        if not first and not second:
            continue
        if first != second:
            skipped += 1
            continue
        before = obligation(person, iso3, d1, ledger=led)
        after = obligation(person, iso3, d2, ledger=led)
        if _duty(before) == _duty(after):
            continue
        change = ("gained" if after["obliged"] and not before["obliged"] else
                  "lost" if before["obliged"] and not after["obliged"] else "kept_on_another_basis")
        out.append({"person": person, "warrants": list(second), "before": _duty(before), "after": _duty(after),
                    "change": change, "reasons": [r for r in after["reasons"] if r["article"] in DUTY_ARTICLES]})
    return out, skipped


@dataclass(frozen=True, slots=True)
class Listed:
    """A state listed in a diff: its status on each day and the treaty events between them."""

    state: str
    changed: bool
    before: dict[str, Any]
    after: dict[str, Any]
    events: tuple[Event, ...]


def listing(led: Ledger, d1: dt.date, d2: dt.date) -> list[Listed]:
    """The states whose status differs between the days, or with a treaty event after ``d1`` up to ``d2``."""
    out = []
    for iso3, state in sorted(led.states.items(), key=lambda kv: kv[1].name):
        before, after = _status(state, d1), _status(state, d2)
        events = tuple(e for e in state.events if d1 < e.date <= d2 and e.event in STATUS_EVENTS)
        changed = before["status"] != after["status"]
        if changed or events:
            out.append(Listed(iso3, changed, before, after, events))
    return out


def diff(start: str | dt.date, end: str | dt.date, as_of: str | dt.date | None = None) -> dict[str, Any]:
    """Every state whose standing differs between two days, with the consequences (see the module docstring)."""
    d1, d2 = _day(start, "from"), _day(end, "to")
    if d2 < d1:
        raise BadValue(N_("to: %(end)s is before from %(start)s"), field="to", params={"end": d2, "start": d1})
    known = None if as_of is None or as_of == "" else engine.as_of(as_of, field="as_of")
    led = ledger_known_on(known)
    changes = []
    skipped = 0
    for item in listing(led, d1, d2):
        state = led.state(item.state)
        duties, left_out = _arrest_duties(led, item.state, d1, d2) if item.changed else ([], 0)
        skipped = max(skipped, left_out)
        changes.append({
            "state": item.state, "name": state.name, "changed": item.changed, "before": item.before,
            "after": item.after, "events": [e.to_json() for e in item.events],
            "reasons": [_status_reason(state, item.before, item.after, list(item.events))],
            "jurisdiction": _jurisdiction(led, state, d1, d2) if item.changed else None,
            "arrest_duties": duties,
        })
    caveats = []
    if known is not None:
        caveats.append(_("As known on %(day)s: only acts dated on or before that day are used; later notices, "
                         "revocations and deposits are left out.") % {"day": i18n.day(known)})
    caveats += engine.horizon_caveats(max(d2, known or d2))
    caveats.append(_("Jurisdiction is asked for genocide, crimes against humanity and war crimes over conduct on each "
                     "day; aggression has its own regime (Art. 15 bis) and is not compared here."))
    if skipped:
        caveats.append(_("The duty to arrest is compared only for warrants in force on both days: %(count)s people's "
                         "warrants were issued or ended between them, so their duties changed for that reason and "
                         "are not listed.") % {"count": skipped})
    low = sorted({i18n.state_name(item.state, led.state(item.state).name) for item in listing(led, d1, d2)
                  for e in item.events if e.source is not None and e.source.confidence == "low"},
                 key=None if i18n.language() == i18n.DEFAULT else i18n.sort_key)
    if low:
        caveats.append(_("Some of these changes rest on sources of low confidence: %(states)s.")
                       % {"states": ", ".join(low)})
    return {
        "schema": SCHEMA,
        "from": {"date": d1.isoformat(), "count": led.count_parties(d1)},
        "to": {"date": d2.isoformat(), "count": led.count_parties(d2)},
        "as_of": None if known is None else known.isoformat(),
        "changes": changes,
        "caveats": caveats,
    }
