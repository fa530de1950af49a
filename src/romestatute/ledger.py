"""The ledger: facts plus the calendar rules give each state's status as dated intervals.

For every state the ledger keeps the points where its status changes, so a
status on any day is one binary search.  It also keeps, per state, the events
behind those changes with the rule that dated them, the withdrawals (pending,
effective or revoked), the declarations and the amendments it accepted.

What-ifs: ``Ledger.with_events`` returns a new ledger with hypothetical actions
or declarations overlaid on the record (only the states they touch are rebuilt).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from romestatute import i18n
from romestatute.facts.records import DEPOSITS, Acceptance, Declaration, Facts, Source, TreatyAction
from romestatute.i18n import N_, Said
from romestatute.law import calendar
from romestatute.model.dates import Interval
from romestatute.model.vocab import Status

ADOPTION = dt.date(1998, 7, 17)  # the day the Statute was adopted and opened for signature
WHAT_IFS_KEPT = 64  # what-if ledgers kept per ledger (``Ledger.with_events``)


#: Each event's kind in words, in the active language (the pages' labels and the reader's record lines).
EVENT_LABEL = i18n.Translated({
    "signature": N_("signature"), "signature_withdrawn": N_("signature withdrawn"),
    "ratification": N_("ratification"), "accession": N_("accession"), "acceptance": N_("acceptance"),
    "approval": N_("approval"), "succession": N_("succession"), "entry_into_force": N_("entry into force"),
    "instrument_withdrawn": N_("instrument withdrawn"), "withdrawal_notification": N_("withdrawal notification"),
    "withdrawal_effective": N_("withdrawal takes effect"), "withdrawal_revoked": N_("withdrawal revoked"),
    "declaration_12_3": N_("declaration under Art. 12(3)"), "declaration_124": N_("declaration under Art. 124"),
    "declaration_15bis4": N_("declaration under Art. 15 bis(4)"), "amendment_accepted": N_("amendment accepted"),
})



@dataclass(frozen=True, slots=True)
class Event:
    """One event in a state's history, dated by its fact and, where a rule applies, its effect."""

    event: str
    date: dt.date
    effective_date: dt.date | None
    meaning: str
    article: str
    source: Source | None
    derived: bool = False  # an effect computed by a rule, not an act recorded in the data
    #: the meaning kept as a sentence to say in the language active when it is shown (the ledger is shared)
    said: Said | None = field(default=None, compare=False, repr=False)
    #: this event as a fact of a trace, per language (built once: the ledger outlives the answers that cite it)
    as_fact: dict[str, dict[str, object]] = field(default_factory=dict, compare=False, repr=False)

    def text(self) -> str:
        """The meaning in the active language (``meaning`` is the English, kept for the shared record)."""
        if self.said is None or i18n.language() == i18n.DEFAULT:
            return self.meaning
        return i18n.say(self.said)

    def to_json(self) -> dict[str, object]:
        return {
            "event": self.event,
            "date": self.date.isoformat(),
            "effective_date": None if self.effective_date is None else self.effective_date.isoformat(),
            "meaning": self.text(),
            "article": self.article,
            "derived": self.derived,
            "hypothetical": self.source is not None and self.source.confidence == "hypothetical",
            "source": None if self.source is None else self.source.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """An Art. 127 notice: when it was received, when it takes effect, whether it was revoked."""

    notified: dt.date
    effective: dt.date
    revoked: dt.date | None
    source: Source

    def pending_on(self, day: dt.date) -> bool:
        return self.notified <= day < self.effective and (self.revoked is None or day < self.revoked)

    def took_effect_by(self, day: dt.date) -> bool:
        return self.revoked is None and self.effective <= day


@dataclass(frozen=True, slots=True)
class AmendmentInForce:
    key: str
    accepted: dt.date
    in_force: dt.date
    source: Source


@dataclass
class StateLedger:
    """One state's history: status change points, events, withdrawals, declarations, amendments."""

    iso3: str
    name: str
    starts: list[dt.date] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    amendments: list[AmendmentInForce] = field(default_factory=list)
    # (len(starts) when built, the intervals): rebuilt if the history grew since (only while building)
    _intervals: tuple[int, tuple[tuple[Interval, Status], ...]] | None = field(
        default=None, init=False, repr=False, compare=False)
    # built on first use by the queries (a state's history is complete by then): see ``change_points``, ``party_spans``
    _points: frozenset[dt.date] | None = field(default=None, init=False, repr=False, compare=False)
    _party: tuple[Interval, ...] | None = field(default=None, init=False, repr=False, compare=False)
    _by_kind: dict[str, tuple[Declaration, ...]] | None = field(default=None, init=False, repr=False, compare=False)
    _accepting: tuple[tuple[dt.date, dt.date, dt.date | None, Declaration], ...] | None = field(
        default=None, init=False, repr=False, compare=False)

    def status_on(self, day: dt.date) -> tuple[Status, dt.date | None]:
        """The status on ``day`` and the day it began (None: always, since before adoption)."""
        i = bisect_right(self.starts, day) - 1
        if i < 0:
            return Status.NON_SIGNATORY, None
        return self.statuses[i], self.starts[i]

    def intervals(self) -> tuple[tuple[Interval, Status], ...]:
        """The whole history as consecutive half-open intervals from the adoption day on (built once)."""
        if self._intervals is None or self._intervals[0] != len(self.starts):
            self._intervals = (len(self.starts), self._build_intervals())
        return self._intervals[1]

    def _build_intervals(self) -> tuple[tuple[Interval, Status], ...]:
        out: list[tuple[Interval, Status]] = []
        points = [(ADOPTION, Status.NON_SIGNATORY)] if not self.starts or self.starts[0] > ADOPTION else []
        points += list(zip(self.starts, self.statuses, strict=True))
        for i, (start, status) in enumerate(points):
            end = points[i + 1][0] if i + 1 < len(points) else None
            out.append((Interval(start, end), status))
        return tuple(out)

    def party_spans(self) -> tuple[Interval, ...]:
        """The intervals of the history during which the state was a party (built once)."""
        if self._party is None or self._intervals is None or self._intervals[0] != len(self.starts):
            self._party = tuple(iv for iv, s in self.intervals() if s == Status.PARTY)
        return self._party

    def declarations_of_kind(self, kind: str) -> tuple[Declaration, ...]:
        """The declarations of ``kind`` (``12_3``, ``124``, ``15bis4``), in order of effect (grouped once)."""
        if self._by_kind is None:
            by_kind: dict[str, list[Declaration]] = {}
            for d in self.declarations:
                by_kind.setdefault(d.kind, []).append(d)
            self._by_kind = {k: tuple(v) for k, v in by_kind.items()}
        return self._by_kind.get(kind, ())

    def accepting_declarations(self) -> tuple[tuple[dt.date, dt.date, dt.date | None, Declaration], ...]:
        """(day lodged, first day covered, first day not covered, declaration) for each valid Art. 12(3) declaration
        with a period: what ``law.declaration_covering`` reads on every day it is asked about (built once)."""
        if self._accepting is None:
            self._accepting = tuple((d.effective, d.covers.start, d.covers.end, d) for d in self.declarations_of_kind("12_3")
                                    if d.valid and d.covers is not None)
        return self._accepting

    def change_points(self) -> frozenset[dt.date]:
        """Every day on which something about this state changes: status, declarations, amendments (built once)."""
        if self._points is None:
            self._points = frozenset(self._change_points())
        return self._points

    def _change_points(self) -> set[dt.date]:
        points = set(self.starts)
        points.update(a.in_force for a in self.amendments)
        for d in self.declarations:
            points.add(d.effective)
            if d.covers is not None:
                points.add(d.covers.start)
                if d.covers.end:
                    points.add(d.covers.end)
            if d.withdrawn:
                points.add(d.withdrawn)
        return points

    def periods(self, status: Status) -> list[Interval]:
        return [iv for iv, s in self.intervals() if s == status]

    def pending_withdrawal(self, day: dt.date) -> Withdrawal | None:
        return next((w for w in self.withdrawals if w.pending_on(day)), None)

    def amendments_in_force(self, day: dt.date) -> list[AmendmentInForce]:
        status, _ = self.status_on(day)
        if status != Status.PARTY:
            return []
        return [a for a in self.amendments if a.in_force <= day]

    def unconfirmed(self, day: dt.date) -> list[Event]:
        """Its events dated by ``day`` whose source is of low confidence (``rome status``, a finding's caveat)."""
        return [e for e in self.events if e.date <= day and e.source is not None and e.source.confidence == "low"]

    def declarations_on(self, day: dt.date, kind: str) -> list[Declaration]:
        """Declarations of ``kind`` lodged by ``day`` and not withdrawn by then."""
        return [d for d in self.declarations
                if d.kind == kind and d.effective <= day and (d.withdrawn is None or day < d.withdrawn)]


def _event(event: str, date: dt.date, effective: dt.date | None, sentence: Said, article: str,
           source: Source | None, derived: bool = False) -> Event:
    """An event whose meaning is kept as a sentence: English in ``meaning``, said in any language by ``text()``."""
    return Event(event, date, effective, i18n.english(sentence), article, source, derived, sentence)


#: What depositing each kind of instrument means (the date is the Statute's entry into force for the state).
DEPOSIT_MEANING = {
    "ratification": N_("deposited its instrument of ratification; the Statute enters into force for it on %(day)s"),
    "acceptance": N_("deposited its instrument of acceptance; the Statute enters into force for it on %(day)s"),
    "approval": N_("deposited its instrument of approval; the Statute enters into force for it on %(day)s"),
    "accession": N_("deposited its instrument of accession; the Statute enters into force for it on %(day)s"),
}
#: The same instrument withdrawn before the Statute entered into force for the state.
DEPOSIT_PULLED = {
    "ratification": N_("deposited an instrument of ratification, later withdrawn before the Statute entered into "
                       "force for it"),
    "acceptance": N_("deposited an instrument of acceptance, later withdrawn before the Statute entered into force "
                     "for it"),
    "approval": N_("deposited an instrument of approval, later withdrawn before the Statute entered into force for "
                   "it"),
    "accession": N_("deposited an instrument of accession, later withdrawn before the Statute entered into force "
                    "for it"),
}


class Ledger:
    """Every state's status over time, computed from the facts by the calendar rules."""

    def __init__(self, facts: Facts, extra: Iterable[TreatyAction | Declaration | Acceptance] = ()) -> None:
        self.facts = facts
        self.extra: tuple[TreatyAction | Declaration | Acceptance, ...] = tuple(extra)
        deposits = [a.date for acts in facts.actions.values() for a in acts if a.action in DEPOSITS]
        self.sixtieth_deposit, self.statute_in_force = calendar.statute_entry_into_force(deposits)
        self.states: dict[str, StateLedger] = {}
        for iso3 in facts.states:
            self.states[iso3] = self._build(iso3)

    # -- construction -------------------------------------------------------------------------

    def _records(self, iso3: str) -> tuple[list[TreatyAction], list[Declaration], list[Acceptance]]:
        actions = list(self.facts.actions_of(iso3))
        declarations = list(self.facts.declarations_of(iso3))
        acceptances = list(self.facts.acceptances_of(iso3))
        for e in self.extra:
            if e.state != iso3:
                continue
            if isinstance(e, TreatyAction):
                actions.append(e)
            elif isinstance(e, Declaration):
                declarations.append(e)
            else:
                acceptances.append(e)
        actions.sort(key=lambda a: a.date)
        return actions, declarations, acceptances

    def _build(self, iso3: str) -> StateLedger:
        actions, declarations, acceptances = self._records(iso3)
        led = StateLedger(iso3, self.facts.states[iso3].name)
        led.declarations = sorted(declarations, key=lambda d: d.effective)
        # transitions: (day, order, kind); order breaks ties so a day's acts apply in legal sequence
        moves: list[tuple[dt.date, int, str]] = []
        events: list[Event] = []
        instrument_withdrawals = [a for a in actions if a.action == "instrument_withdrawn"]
        revocations = [a for a in actions if a.action == "withdrawal_revoked"]
        for a in actions:
            if a.action == "signature":
                moves.append((a.date, 0, "sign"))
                events.append(_event("signature", a.date, a.date, i18n.said(N_("signed the Statute")), "125(1)",
                                     a.source))
            elif a.action == "signature_withdrawn":
                moves.append((a.date, 1, "unsign"))
                events.append(_event("signature_withdrawn", a.date, a.date, i18n.said(N_(
                    "told the depositary it does not intend to become a party, so it has no obligations arising "
                    "from its signature")), "18 VCLT", a.source))
            elif a.action in DEPOSITS:
                eif = calendar.entry_into_force_for_state(a.date, self.sixtieth_deposit)
                pulled = next((w for w in instrument_withdrawals if a.date <= w.date < eif), None)
                moves.append((a.date, 2, "deposit"))
                article = "126(1)" if eif == self.statute_in_force and a.date <= self.sixtieth_deposit else "126(2)"
                events.append(_event(a.action, a.date, None if pulled else eif,
                                     i18n.said(DEPOSIT_MEANING[a.action], day=eif) if not pulled else
                                     i18n.said(DEPOSIT_PULLED[a.action]), article, a.source))
                if pulled is None:
                    moves.append((eif, 3, "in_force"))
                    events.append(_event("entry_into_force", eif, eif, i18n.said(N_(
                        "the Statute entered into force for it: it became a State Party")),
                        article, a.source, derived=True))
            elif a.action == "succession":
                start = a.covers_from or a.date
                moves.append((start, 3, "in_force"))
                events.append(_event("succession", a.date, start, i18n.said(N_(
                    "declared it succeeded to the Statute; a party from %(day)s, the date of succession"), day=start),
                    "126", a.source))
            elif a.action == "instrument_withdrawn":
                moves.append((a.date, 4, "unposit"))
                events.append(_event("instrument_withdrawn", a.date, a.date, i18n.said(N_(
                    "withdrew its instrument before the Statute entered into force for it, so it never became a "
                    "party")), "126(2)", a.source))
            elif a.action == "withdrawal_notification":
                effective = calendar.withdrawal_effective(a.date, a.named_effective)
                revoked = next((r.date for r in revocations if a.date <= r.date < effective), None)
                led.withdrawals.append(Withdrawal(a.date, effective, revoked, a.source))
                named: Said | str = ""
                if a.named_effective is not None:
                    named = (i18n.said(N_(", the later date its notice names")) if a.named_effective == effective
                             else i18n.said(N_(" (its notice names %(day)s, earlier than the year Art. 127(1) "
                                               "requires)"), day=a.named_effective))
                if revoked is None:
                    moves.append((effective, 5, "withdrawn"))
                    meaning = i18n.said(N_("notified its withdrawal, which takes effect on %(day)s%(named)s"),
                                        day=effective, named=named)
                else:
                    meaning = i18n.said(N_("notified its withdrawal, due to take effect on %(day)s%(named)s; revoked "
                                           "on %(revoked)s, so it never took effect"),
                                        day=effective, named=named, revoked=revoked)
                events.append(_event("withdrawal_notification", a.date, None if revoked else effective,
                                     meaning, "127(1)", a.source))
                if revoked is None:
                    events.append(_event("withdrawal_effective", effective, effective, i18n.said(N_(
                        "its withdrawal took effect: it is no longer a party")), "127(1)", a.source, derived=True))
            elif a.action == "withdrawal_revoked":
                events.append(_event("withdrawal_revoked", a.date, a.date, i18n.said(N_(
                    "revoked its notice of withdrawal before it took effect; it stays a party")), "127(1)", a.source))
        for d in led.declarations:
            events.append(_declaration_event(d))
        for acc in acceptances:
            if acc.date is None:
                continue
            amendment = self.facts.amendments.get(acc.amendment)
            rule = amendment.rule if amendment else "121(5)"
            in_force = calendar.amendment_in_force_for_state(acc.date) if rule != "121(4)" else None
            if in_force is not None:
                led.amendments.append(AmendmentInForce(acc.amendment, acc.date, in_force, acc.source))
            title: object = i18n.Texts(amendment.title, amendment.title_fr) if amendment else acc.amendment
            events.append(_event(
                "amendment_accepted", acc.date, in_force,
                i18n.said(N_("accepted the amendment '%(title)s'; in force for it from %(day)s"), title=title,
                          day=in_force) if in_force else
                i18n.said(N_("accepted the amendment '%(title)s'; it enters into force only for all parties "
                             "together, once seven-eighths accept"), title=title),
                "121(5)" if rule != "121(4)" else "121(4)", acc.source))
        led.events = sorted(events, key=lambda e: (e.date, e.derived))
        self._apply(led, sorted(moves))
        return led

    @staticmethod
    def _apply(led: StateLedger, moves: list[tuple[dt.date, int, str]]) -> None:
        status = Status.NON_SIGNATORY
        signed = unsigned = False
        before_deposit = status
        for day, _, kind in moves:
            new = status
            if kind == "sign":
                signed = True
                if status == Status.NON_SIGNATORY:
                    new = Status.SIGNATORY
            elif kind == "unsign":
                unsigned = True
                if status == Status.SIGNATORY:
                    new = Status.SIGNATURE_WITHDRAWN
            elif kind == "deposit":
                before_deposit = status
                new = Status.RATIFIED_NOT_IN_FORCE
            elif kind == "in_force":
                new = Status.PARTY
            elif kind == "unposit":
                new = before_deposit if before_deposit != Status.RATIFIED_NOT_IN_FORCE else (
                    Status.SIGNATURE_WITHDRAWN if unsigned else Status.SIGNATORY if signed else Status.NON_SIGNATORY)
            elif kind == "withdrawn":
                new = Status.FORMER_PARTY
            if new != status:
                if led.starts and led.starts[-1] == day:
                    led.statuses[-1] = new
                else:
                    led.starts.append(day)
                    led.statuses.append(new)
                status = new

    # -- queries --------------------------------------------------------------------------------

    def state(self, iso3: str) -> StateLedger:
        return self.states[iso3]

    def status_on(self, iso3: str, day: dt.date) -> Status:
        return self.states[iso3].status_on(day)[0]

    def is_party(self, iso3: str, day: dt.date) -> bool:
        return self.states[iso3].status_on(day)[0] == Status.PARTY

    def parties_on(self, day: dt.date) -> list[str]:
        return [iso3 for iso3, led in self.states.items() if led.status_on(day)[0] == Status.PARTY]

    def count_parties(self, day: dt.date) -> int:
        return sum(1 for led in self.states.values() if led.status_on(day)[0] == Status.PARTY)

    @cached_property
    def last_act(self) -> dt.date:
        """The day of the latest act on record (``Facts.last_act``): a ledger known on that day or later is this one."""
        return self.facts.last_act()

    def known_on(self, day: dt.date) -> Ledger:
        """The ledger as it stood on ``day``: built from the acts on record by then (``Facts.known_on``).

        A finding "as of" a day may rely on nothing later, for conduct after that day too (a projection): a
        withdrawal notified after it is not applied (Art. 127(1) runs from the notification), as a deposit after
        it is not counted.  On days up to ``day`` the two ledgers give the same statuses (an act takes effect on or
        after its own date).  This ledger itself when nothing on record is later than ``day``, or when ``day`` is
        before the Statute's entry into force was fixed (the sixtieth instrument, Art. 126(1)), where the whole
        record is kept as before.  The last few asked are kept."""
        if day >= self.last_act or self.sixtieth_deposit is None or day < self.sixtieth_deposit:
            return self
        known: dict[dt.date, Ledger] = self.__dict__.setdefault("_known", {})
        found = known.get(day)
        if found is None:
            if len(known) >= WHAT_IFS_KEPT:
                known.clear()
            found = known[day] = Ledger(self.facts.known_on(day), self.extra)
        return found

    def with_events(self, extra: Iterable[TreatyAction | Declaration | Acceptance]) -> Ledger:
        """A ledger with hypothetical events overlaid; only the states they touch are rebuilt."""
        extra = tuple(extra)
        if not extra:
            return self
        # the same what-ifs give the same ledger: the last few asked are kept (a what-if is often asked again)
        known: dict[tuple[TreatyAction | Declaration | Acceptance, ...], Ledger] | None = \
            self.__dict__.setdefault("_what_ifs", {})
        try:
            found = known.get(extra)  # type: ignore[union-attr]
        except TypeError:  # a record that cannot be a key (not one of ours): built every time
            known = found = None
        if found is not None:
            return found
        clone = object.__new__(Ledger)
        clone.facts = self.facts
        clone.extra = self.extra + extra
        clone.sixtieth_deposit, clone.statute_in_force = self.sixtieth_deposit, self.statute_in_force
        clone.states = dict(self.states)
        for iso3 in {e.state for e in extra}:
            clone.states[iso3] = clone._build(iso3)
        if known is not None:
            if len(known) >= WHAT_IFS_KEPT:
                known.clear()
            known[extra] = clone
        return clone


def _declaration_event(d: Declaration) -> Event:
    if d.kind == "12_3":
        if d.covers is None:
            scope = i18n.said(N_("for a period the declaration does not fix"))
        elif d.scope == "territory":  # made for crimes on the declarant's territory (no basis for its nationals)
            scope = (i18n.said(N_("for conduct on its territory from %(day)s onwards"), day=d.covers.start)
                     if d.covers.end is None else
                     i18n.said(N_("for conduct on its territory from %(start)s to %(end)s"), start=d.covers.start,
                               end=d.covers.last_day))
        elif d.scope == "unknown":  # its text was not found: its territory surely, its nationals abroad not known
            scope = (i18n.said(N_("for conduct from %(day)s onwards (its text was not found: whether it reaches the "
                                  "state's nationals outside its territory is not known)"), day=d.covers.start)
                     if d.covers.end is None else
                     i18n.said(N_("for conduct from %(start)s to %(end)s (its text was not found: whether it reaches "
                                  "the state's nationals outside its territory is not known)"), start=d.covers.start,
                               end=d.covers.last_day))
        elif d.covers.end is None:
            scope = i18n.said(N_("for conduct from %(day)s onwards"), day=d.covers.start)
        else:
            scope = i18n.said(N_("for conduct from %(start)s to %(end)s"), start=d.covers.start,
                              end=d.covers.last_day)
        if not d.valid:  # Art. 12(3) speaks of a declaration by a State: this one accepted nothing
            why = (i18n.said(N_("it was lodged by persons who were not the government"))
                   if d.declarant == "not_the_government"
                   else i18n.said(N_("the declarant's standing as a State was not settled then")))
            return _event("declaration_12_3", d.date, None, i18n.said(N_(
                "a declaration accepting the Court's jurisdiction %(scope)s was lodged, but it accepted no "
                "jurisdiction: %(why)s"), scope=scope, why=why), "12(3)", d.source)
        # it counts from the day the Registrar received it (Rule 44), which the bullet shows as its date
        if d.effective != d.date:
            sentence = i18n.said(N_("lodged with the Registrar a declaration (dated %(day)s) accepting the Court's "
                                    "jurisdiction %(scope)s"), day=d.date, scope=scope)
        else:
            sentence = i18n.said(N_("lodged with the Registrar a declaration accepting the Court's jurisdiction "
                                    "%(scope)s"), scope=scope)
        return _event("declaration_12_3", d.effective, d.effective, sentence, "12(3)", d.source)
    if d.kind == "124":
        tail: Said | str = i18n.said(N_("; withdrawn on %(day)s"), day=d.withdrawn) if d.withdrawn else ""
        if d.scope == "nationals":
            sentence = i18n.said(N_("declared that for seven years it does not accept jurisdiction over war crimes "
                                    "by its nationals%(tail)s"), tail=tail)
        else:
            sentence = i18n.said(N_("declared that for seven years it does not accept jurisdiction over war crimes "
                                    "by its nationals or on its territory%(tail)s"), tail=tail)
        return _event("declaration_124", d.date, d.effective, sentence, "124", d.source)
    return _event("declaration_15bis4", d.date, d.effective, i18n.said(N_(
        "declared that it does not accept the Court's jurisdiction over aggression")), "15 bis(4)", d.source)


def hypothetical(record: TreatyAction | Declaration) -> TreatyAction | Declaration:
    """Mark a record as a what-if, so every answer that uses it says so."""
    src = Source(url="", document="hypothetical (given with the query)", confidence="hypothetical")
    return replace(record, source=src)
