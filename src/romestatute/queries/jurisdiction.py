"""``jurisdiction``: can the Court act on this conduct?  Outcome, windows, routes and the trace.

The period of conduct is cut at every day where some fact changes (a state
joins or leaves, a declaration starts or ends, an amendment enters into force,
aggression is activated).  On each piece the day-level rules of
``law.part02_jurisdiction`` are constant, so they are asked once per piece.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from romestatute import engine, i18n
from romestatute.i18n import gettext as _
from romestatute.law import part02_jurisdiction as law
from romestatute.law.part02_jurisdiction import Basis, Context, CouncilAct
from romestatute.ledger import EVENT_LABEL, Ledger
from romestatute.model.dates import Interval
from romestatute.model.vocab import Outcome, Trigger
from romestatute.queries.conduct import JurisdictionQuery, parse_query
from romestatute.queries.trace import Trace

SCHEMA = "romestatute.finding/1"


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the period on which every rule gives the same answer."""

    span: Interval
    crimes: tuple[str, ...]  # crimes for which jurisdiction holds on this piece
    bases: tuple[Basis, ...]


def _cut_points(ctx: Context, referral: dict[str, Any] | None) -> list[dt.date]:
    """The days in the period where some fact changes, in order (the period's first day among them)."""
    period = ctx.query.period
    start, end = period.start, period.end
    points = _state_points(ctx)
    cuts = list(points[bisect_left(points, start):len(points) if end is None else bisect_left(points, end)])
    if referral:
        extra: set[dt.date] = set()
        for key, shift in (("conduct_from", 0), ("conduct_to", 1)):
            day = law._date(referral.get(key))
            if day:
                extra.add(day + dt.timedelta(days=shift))
        extra = {p for p in extra if start <= p and (end is None or p < end)}
        if extra - set(cuts):
            cuts = sorted(extra.union(cuts))
    return cuts


def _state_points(ctx: Context) -> tuple[dt.date, ...]:
    """Days where a fact about a state in the query changes, in order; computed once per finding (both routes
    use it)."""
    cached = ctx.__dict__.get("_state_points")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    q = ctx.query
    points = {q.period.start, ctx.ledger.statute_in_force}
    if q.born is not None:  # Art. 26: the eighteenth birthday
        points.add(law.eighteenth_birthday(q.born))
    if ctx.aggression is not None and ctx.aggression.activation_date:
        points.add(ctx.aggression.activation_date)
    states = set(ctx.states)
    states.update(s for s in (law.aggressor(ctx), law.victim(ctx)) if s)
    for iso3 in states:
        points.update(ctx.ledger.state(iso3).change_points())
    for crime in q.crimes:  # an amendment's crime exists for the Court from its first entry into force (Art. 22(1))
        amendment = ctx.amendment_121_5(crime)
        if amendment is not None and (first := ctx.first_in_force(amendment.key)):
            points.add(first)
    ctx.__dict__["_state_points"] = ordered = tuple(sorted(points))
    return ordered


def _pieces(ctx: Context, evaluate: Any) -> list[Piece]:
    q = ctx.query
    cuts = _cut_points(ctx, getattr(evaluate, "referral", None))
    # (start, crimes, bases) of each run of cuts where the rules agree; the Pieces are made once at the end
    runs: list[tuple[dt.date, tuple[str, ...], tuple[Basis, ...]]] = []
    for start in cuts:
        crimes: list[str] = []
        bases: list[Basis] = []
        for crime in q.crimes:
            got = evaluate(ctx, crime, start)
            if got is not None:
                crimes.append(crime)
                bases += [b for b in got if b not in bases]
        if runs and runs[-1][1] == tuple(crimes) and runs[-1][2] == tuple(bases):
            continue
        runs.append((start, tuple(crimes), tuple(bases)))
    if not runs:
        return []
    ends = [r[0] for r in runs[1:]] + [q.period.end]
    return [Piece(Interval(start, end), crimes_, bases_) for (start, crimes_, bases_), end in zip(runs, ends, strict=True)]


def art12_day(ctx: Context, crime: str, day: dt.date) -> list[Basis] | None:
    """Jurisdiction on ``day`` for ``crime`` on a state referral or the Prosecutor's motion."""
    if not law.after_entry_into_force(ctx, day) or not law.old_enough_on(ctx, day):
        return None
    if crime == "aggression":
        if not law.aggression_activated(ctx, day):
            return None
        ok, _ = law.aggression_state_route(ctx, day)
        return [law.basis("15 bis", law.aggressor(ctx), "party")] if ok else None
    bases = law.territorial(ctx, day, crime) + law.national(ctx, day)
    if crime.startswith("war_crimes"):  # Art. 124: the declarant's own acceptance is withheld, no one else's
        withheld = law.war_crimes_opt_out(ctx, day)
        if withheld:
            bases = [b for b in bases if b.state not in withheld]
    bases, barring = law.amendment_scope(ctx, crime, day, bases)
    if barring:
        return None
    return bases or None


_COUNCIL_AGGRESSION = Basis("15 ter", None, "unsc_referral")


class CouncilDay:
    """Jurisdiction on a day on a Security Council referral (the referral fixes the scope)."""

    def __init__(self, act: CouncilAct | dict[str, Any] | None) -> None:
        if not isinstance(act, CouncilAct):  # a referral record (the bulk compiler passes one), or none
            act = CouncilAct("none") if act is None else CouncilAct("adopted", act)
        self.act = act
        self.referral = act.referral
        self.refers_nothing = act.kind in ("vetoed", "not_a_referral", "not_yet_adopted")

    def __call__(self, ctx: Context, crime: str, day: dt.date) -> list[Basis] | None:
        if self.refers_nothing:
            return None  # a vetoed draft, or an act that refers nothing, seizes the Court of nothing
        if not law.after_entry_into_force(ctx, day) or not law.old_enough_on(ctx, day):
            return None  # Art. 26 binds the Council route too
        if self.referral is not None and ctx.query.authorised_operation \
                and law.referral_carve_out(ctx, self.referral, day):
            return None  # the referral itself leaves these persons to their own state (its para. 6)
        basis = law.council_scope(ctx, day, self.referral)  # outside the referred situation: no crime at all
        if basis is None:
            return None
        if crime == "aggression":
            return [_COUNCIL_AGGRESSION] if law.aggression_council_route(ctx, day) else None
        if not law.amendment_crime_existed(ctx, crime, day):
            return None  # conduct before the amendment's crime was in force for anyone (Arts. 22(1), 24(1))
        # Art. 124 does not bar this route (law.opt_out_bars_council_route); Art. 121(5) does
        _, barring = law.amendment_scope(ctx, crime, day, [])
        return None if barring else [basis]


def _coverage(pieces: list[Piece], q: JurisdictionQuery) -> Outcome:
    total = q.period.days
    full = partial = 0
    for crime in q.crimes:
        days = sum(p.span.days for p in pieces if crime in p.crimes)
        full += int(days == total)
        partial += int(days > 0)
    if full == len(q.crimes):
        return Outcome.YES
    return Outcome.PARTIAL if partial else Outcome.NO


def _windows(pieces: list[Piece]) -> list[dict[str, Any]]:
    out = []
    for p in pieces:
        if p.crimes:
            bases = [b.to_json() for b in p.bases]  # each label said once, in the answer's language
            out.append({**p.span.to_json(), "crimes": list(p.crimes), "basis": [b["label"] for b in bases],
                        "bases": bases})
    return out


def _territory_split(ctx: Context, pieces: list[Piece]) -> list[str]:
    """Territories never supplying a basis while no nationality basis covers the conduct."""
    q = ctx.query
    places = q.territory + q.vessel_flag
    if len(places) < 2:
        return []
    used = {b.state for p in pieces for b in p.bases}
    national = any(b.article == "12(2)(b)" for p in pieces for b in p.bases)
    if national or not used:
        return []
    if q.elements and {e.crime for e in q.elements} >= set(q.crimes) and {e.territory for e in q.elements} & used:
        return []  # an element of each crime on an accepting state's territory suffices (PTC I 2018, PTC III 2019)
    return [t for t in places if t not in used]


def _scope_unknown(ctx: Context, pieces: list[Piece]) -> list[str]:
    """The states whose declaration of unknown scope alone carries some window of the outcome (Art. 12(2)(b) on a
    reading): a window with another basis (a territorial one, a party's) does not rest on it."""
    out: list[str] = []
    for p in pieces:
        if p.crimes and p.bases and all(b.via == law.VIA_SCOPE_UNKNOWN for b in p.bases):
            out += [b.state for b in p.bases if b.state and b.state not in out]
    return out


#: Events that say only what a state signed: they change no acceptance (Art. 12), so their confidence does not
#: touch a finding.
_NO_ACCEPTANCE = frozenset({"signature", "signature_withdrawn"})


def _low_confidence(ctx: Context) -> list[tuple[str, Any]]:
    """(state, event) for each event of low confidence behind the status of a state in the question on some day of
    the period: dated on or before its last day (or the as-of date), and one that changes an acceptance."""
    q = ctx.query
    last = min(q.period.last_day or q.as_of, q.as_of)
    states = dict.fromkeys(ctx.states + tuple(e.territory for e in q.elements))
    seen: set[tuple[str, str, dt.date]] = set()
    out = []
    for iso3 in states:
        for e in ctx.ledger.state(iso3).unconfirmed(last):
            if e.event not in _NO_ACCEPTANCE and (iso3, e.event, e.date) not in seen:
                seen.add((iso3, e.event, e.date))
                out.append((iso3, e))
    return out


def _low_confidence_caveat(ctx: Context, low: list[tuple[str, Any]]) -> str:
    led = ctx.ledger
    if i18n.language() == i18n.DEFAULT:  # the codes and ISO days `rome status` shows in English
        said = ", ".join(f"{i18n.state_name(s, led.state(s).name, 'name')}: {e.event} {e.date.isoformat()}"
                         for s, e in low)
    else:
        said = ", ".join(_("%(state)s: %(event)s of %(day)s") % {
            "state": i18n.state_name(s, led.state(s).name, "name"), "event": EVENT_LABEL.get(e.event, e.event),
            "day": i18n.day(e.date)} for s, e in low)
    return _("Unconfirmed fact: the status of a state in this question rests in part on a source of low confidence "
             "(%(events)s). The record keeps the event, but it is not confirmed; the answer for the days it decides "
             "would change if it did not happen.") % {"events": said}


def jurisdiction(query: Mapping[str, Any] | JurisdictionQuery, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """Whether the Court can exercise jurisdiction over the conduct described, with the full trace."""
    q = query if isinstance(query, JurisdictionQuery) else parse_query(query)
    base = ledger or engine.ledger()
    last = q.period.last_day
    projected = last is not None and last > q.as_of  # conduct after the as-of date
    if projected:
        base = base.known_on(q.as_of)  # the record as it stood on the as-of date (Art. 127(1))
    led = base.with_events(q.assume)
    ctx = Context(led, q)
    # the Council route in law is always shown; a named resolution only counts when the question takes that route
    act = law.council_act(ctx, q.resolution if q.trigger == Trigger.UNSC_REFERRAL else None)
    referral = act.referral
    trace = Trace(ctx)

    art12 = _pieces(ctx, art12_day)
    council = _pieces(ctx, CouncilDay(act))
    too_young = not law.old_enough(ctx)
    if too_young:  # Art. 26 bars every route: no window on any of them
        art12, council = [], []
    art12_outcome = _coverage(art12, q)
    council_outcome = _coverage(council, q)
    split = _territory_split(ctx, art12)
    if split and art12_outcome == Outcome.YES:
        art12_outcome = Outcome.PARTIAL

    trace.crimes()
    trace.temporal()
    trace.preconditions(art12)
    trace.special_regimes(art12)
    caveats: list[str] = []
    if split:
        caveats.append(_("Jurisdiction attaches to conduct with an element on the territory of %(used)s; conduct "
                         "wholly within %(split)s would be outside it (Art. 12(2)(a)). Where an element of a crime "
                         "crossed into an accepting state (e.g. a deportation), say so (elements, e.g. "
                         "deportation:BGD): the Court then reaches the whole crime (PTC I 2018, PTC III 2019).")
                       % {"used": i18n.listing(sorted({b.state for p in art12 for b in p.bases if b.state})),
                          "split": i18n.listing(split)})
    routes = trace.routes(art12_outcome, council_outcome, council, act)

    what_if = [_("assumed: %(event)s") % {"event": a} for a in q.assume_text]
    if q.resolution and q.trigger != Trigger.UNSC_REFERRAL:
        caveats.append(_("Resolution %(resolution)s counts only on the Security Council route (Art. 13(b)): ask with "
                         "the trigger unsc_referral to apply it; this finding does not use it.")
                       % {"resolution": repr(q.resolution)})
    if projected:
        caveats.append(_("Conduct from %(day)s is after the as-of date (%(as_of)s): for that part the finding is a "
                         "projection; a ratification, declaration or withdrawal after the as-of date may change it "
                         "(Arts. 11(2), 12(3), 127).")
                       % {"day": i18n.day(max(q.period.start, q.as_of + dt.timedelta(days=1))),
                          "as_of": i18n.day(q.as_of)})
    if q.trigger is None:
        outcome, pieces = art12_outcome, art12
    elif q.trigger == Trigger.UNSC_REFERRAL:
        outcome, pieces = council_outcome, council
        trace.council_act(act, council_outcome)
        if act.hypothetical:
            what_if.insert(0, _("hypothetical referral"))
        if act.kind == "vetoed":
            caveats.append(_("Draft %(document)s was vetoed, so it referred nothing (UN Charter Art. 27(3)).")
                           % {"document": act.record.get("document")})  # type: ignore[union-attr]
        elif act.kind == "not_yet_adopted":
            caveats.append(_("%(resolution)s was adopted on %(adopted)s, after the trigger date (%(day)s): on that day "
                             "there was no referral to set the Court in motion (Art. 13(b)).")
                           % {"resolution": act.record.get("resolution"),  # type: ignore[union-attr]
                              "adopted": i18n.day(act.record.get("date")),  # type: ignore[union-attr]
                              "day": i18n.day(q.trigger_date)})
        elif q.resolution and act.kind == "unknown" and not act.later:
            caveats.append(_("Resolution %(resolution)s is not an adopted referral in the record: the finding "
                             "answers for a hypothetical referral.") % {"resolution": repr(q.resolution)})
        elif act.hypothetical and not act.later:
            caveats.append(_("No resolution was named: the finding answers for a hypothetical referral covering "
                             "the conduct asked about."))
        caveats += act.notes
        trace.carve_out(referral)
        trace.council_readings()
    else:
        outcome, pieces = art12_outcome, art12
        if q.trigger == Trigger.STATE_REFERRAL and not trace.referral_by_party():
            outcome, pieces = Outcome.NO, []  # Arts. 13(a), 14(1): no valid trigger, so no window either
            # the route asked for agrees with the outcome; what another State Party's referral would give stays beside it
            routes["state_referral"] = trace.refused_referral(routes["state_referral"], art12_outcome)
        if q.trigger == Trigger.PROPRIO_MOTU:
            trace.proprio_motu()
        if "aggression" in q.crimes:
            trace.aggression_filter()
    deferrals = trace.deferrals()
    trace.age()
    if too_young:
        outcome, pieces = Outcome.NO, []
    lowered = _scope_unknown(ctx, pieces)
    if lowered:
        caveats.append(_("Lowered confidence: the outcome rests in part on reading the Art. 12(3) declaration of "
                         "%(states)s, whose text was not found, as reaching that state's nationals outside its "
                         "territory (Art. 12(2)(b)); if it was made for conduct on its territory alone, the answer "
                         "for those days would be no.")
                       % {"states": i18n.listing(i18n.state_name(s, ctx.ledger.state(s).name, "de") for s in lowered)})
    low = _low_confidence(ctx)
    if low:
        caveats.append(_low_confidence_caveat(ctx, low))
    caveats += trace.caveats
    caveats.append(_("Admissibility (Art. 17: complementarity, gravity) and the interests of justice (Art. 53) "
                     "are outside this finding: it answers only whether the Court has jurisdiction."))
    caveats += engine.horizon_caveats(q.as_of, base.facts if ledger is None else None)
    if what_if:
        caveats.insert(0, _("What-if: %(assumptions)s. The outcome holds only on that assumption.")
                       % {"assumptions": "; ".join(what_if)})
    return {
        "schema": SCHEMA,
        "query": q.to_json(),
        "outcome": outcome.value,
        "route": q.trigger.value if q.trigger else "art12_preconditions",
        "hypothetical": bool(what_if),
        "confidence": "lowered" if lowered else "as_sourced",
        "what_if": what_if,
        "windows": _windows(pieces),
        "reasons": trace.reasons,
        "routes": routes,
        "deferrals": deferrals,
        "caveats": caveats,
    }
