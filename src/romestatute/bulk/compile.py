"""The ledger and the Art. 11/12/12(3)/124/127 rules compiled to interval tables.

One row per state and stretch of days on which every day-level rule gives the
same answer for that state.  Intervals are **half-open**: a row covers the days
``valid_from <= day < valid_to``.  ``valid_to`` is ``9999-12-31`` for the last,
open-ended row; the first row of each state starts on ``0001-01-01``, so every
date of every state falls in exactly one row.

Columns (``rome export intervals``):

==========================  =====================================================================
``state``                   ISO 3166 alpha-3 code
``valid_from``/``valid_to`` the half-open stretch of days (conduct dates) the row covers
``status``                  the ledger's status on those days (``party``, ``former_party``, ...)
``accepts``                 the state supplies an Art. 12(2) basis for conduct on those days: the
                            Statute is in force (Art. 11(1)) and the state is a State Party
                            whose party period began by the as-of date (Arts. 11(2), 12(1), 127(2))
                            or has a valid Art. 12(3) declaration, lodged by the as-of date,
                            covering those days
``basis``                   how it accepts: ``party``, ``declaration_12_3``, or empty
``accepts_nationals``       the same, as the state of nationality (Art. 12(2)(b)): false where the only
                            acceptance is an Art. 12(3) declaration made for the state's territory alone
``wc_excluded_territory``   an Art. 124 declaration excludes war crimes on its territory
``wc_excluded_nationals``   an Art. 124 declaration excludes war crimes by its nationals
``amendments``              ``;``-separated keys of the Art. 121(5) amendments accepted and in
                            force for the state on those days
``aggression_bound``        a State Party with the aggression amendment in force, after activation
``aggression_opt_out``      an Art. 15 bis(4) declaration has taken effect
``unsc_referral``           ``;``-separated Security Council referrals (Art. 13(b)) adopted by the
                            as-of date whose territory includes the state and whose conduct window
                            covers those days, e.g. ``S/RES/1593(2005)``; empty for none
``unsc_barred_territory``   ``;``-separated crimes the Court cannot reach on a Council referral for
                            conduct on the state's territory on those days (the scalar engine's
                            Council route asked with this state as the territory: before 1 July
                            2002, aggression before its activation, and whatever Arts. 121(5) and
                            124 bar on that route in the reading ``law.part02_jurisdiction`` applies)
``unsc_barred_nationals``   the same for conduct by the state's nationals
``as_of``                   the as-of date the table was compiled for
``basis_nationals``         how it accepts as the state of nationality: ``party``, ``declaration_12_3``,
                            ``declaration_12_3_scope_unknown`` (a declaration whose text was not found, read
                            as reaching the state's nationals abroad: the scalar engine's ``via``, with its
                            lowered confidence), or empty
==========================  =====================================================================

Joining events (territorial state only, core crimes, no Art. 124 question) in any SQL engine::

    SELECT e.*, i.accepts AND e.event_date >= DATE '2002-07-01' AS icc_jurisdiction,
           i.status AS territory_status
    FROM events e
    LEFT JOIN intervals i
      ON i.state = e.iso3 AND e.event_date >= i.valid_from AND e.event_date < i.valid_to;

``accepts`` already includes the Art. 11(1) condition, so the date test is only there for
readers; ``docs/bulk.md`` gives the full query with nationality and war crimes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from romestatute import engine
from romestatute.bulk.plan import default_as_of
from romestatute.law import part02_jurisdiction as law
from romestatute.ledger import Ledger
from romestatute.model.vocab import Status

#: The first and the open end of the compiled time line (half-open rows, so ``OPEN_END`` is never covered).
FIRST_DAY = dt.date(1, 1, 1)
OPEN_END = dt.date(9999, 12, 31)

COLUMNS = ("state", "valid_from", "valid_to", "status", "accepts", "basis", "accepts_nationals",
           "wc_excluded_territory", "wc_excluded_nationals", "amendments", "aggression_bound", "aggression_opt_out", "unsc_referral",
           "unsc_barred_territory", "unsc_barred_nationals", "as_of", "basis_nationals")


@dataclass(frozen=True, slots=True)
class Segment:
    """One state's constant stretch: everything the Art. 12 rules need about it on those days."""

    state: str
    valid_from: dt.date
    valid_to: dt.date
    status: str
    accepts: bool
    basis: str | None
    wc_excluded_territory: bool
    wc_excluded_nationals: bool
    amendments: tuple[str, ...]
    aggression_bound: bool
    aggression_opt_out: bool
    unsc_referral: tuple[str, ...] = ()
    unsc_barred_territory: tuple[str, ...] = ()
    unsc_barred_nationals: tuple[str, ...] = ()
    #: Art. 12(2)(b) and 12(3): the state accepts as the state of nationality (a declaration made for its territory
    #: alone does not reach its nationals abroad)
    accepts_nationals: bool = False
    #: how it accepts as the state of nationality (``law.acceptance`` asked for that role): ``party``,
    #: ``declaration_12_3``, ``declaration_12_3_scope_unknown`` or None
    basis_nationals: str | None = None

    def row(self, as_of: dt.date) -> dict[str, Any]:
        return {"state": self.state, "valid_from": self.valid_from, "valid_to": self.valid_to,
                "status": self.status, "accepts": self.accepts, "basis": self.basis or "",
                "accepts_nationals": self.accepts_nationals,
                "wc_excluded_territory": self.wc_excluded_territory,
                "wc_excluded_nationals": self.wc_excluded_nationals,
                "amendments": ";".join(self.amendments), "aggression_bound": self.aggression_bound,
                "aggression_opt_out": self.aggression_opt_out, "unsc_referral": ";".join(self.unsc_referral),
                "unsc_barred_territory": ";".join(self.unsc_barred_territory),
                "unsc_barred_nationals": ";".join(self.unsc_barred_nationals), "as_of": as_of,
                "basis_nationals": self.basis_nationals or ""}


@dataclass(frozen=True, slots=True)
class Referral:
    """A Security Council referral on record (Art. 13(b)): its symbol, territory and conduct window."""

    symbol: str  # as in icc_basis: "S/RES/1593(2005)"
    territory: frozenset[str]
    start: dt.date  # first day of conduct covered
    stop: dt.date  # first day no longer covered (half-open)
    record: dict[str, Any]  # the unsc.yaml entry

    def covers(self, iso3: str, day: dt.date) -> bool:
        return iso3 in self.territory and self.start <= day < self.stop


def referrals(as_of: dt.date | None = None, *, ledger: Ledger | None = None) -> list[Referral]:
    """The Council referrals adopted by ``as_of`` (unsc.yaml ``referrals``; vetoed drafts are not among them)."""
    ledger = ledger or engine.ledger()
    as_of = as_of or default_as_of()
    ctx = law.Context(ledger, SimpleNamespace(as_of=as_of))  # type: ignore[arg-type]
    out = []
    for r in ctx.unsc.get("referrals") or []:
        adopted = law._date(r.get("date"))
        if adopted is None or adopted > as_of or not r.get("territory"):
            continue
        start = law._date(r.get("conduct_from")) or FIRST_DAY
        end = law._date(r.get("conduct_to"))
        stop = end + dt.timedelta(days=1) if end else OPEN_END
        out.append(Referral(str(r.get("resolution") or r.get("document") or r.get("id")).replace(" ", ""),
                            frozenset(r["territory"]), start, stop, dict(r)))
    return out


def _cuts(ledger: Ledger, iso3: str, activation: dt.date | None, council: list[Referral],
          extra: frozenset[dt.date] = frozenset()) -> list[dt.date]:
    points = {FIRST_DAY, ledger.statute_in_force, *ledger.state(iso3).change_points(), *extra}
    if activation:
        points.add(activation)
    for r in council:
        if iso3 in r.territory:
            points.update((r.start, r.stop))
    return sorted(p for p in points if p < OPEN_END)


class _CouncilBars:
    """Which crimes the scalar engine's Council route bars for one state, as territory or as nationality.

    The referral's own scope (territory, conduct window) is left to ``Referral.covers``; what is
    asked here is what else stops the Court on that route on a day (Art. 11(1), aggression's
    activation, Arts. 121(5) and 124 as ``law.part02_jurisdiction`` reads them on that route).
    Each role is asked with the state alone, so an event's bars are the union of its two states'.
    """

    def __init__(self, ledger: Ledger, as_of: dt.date, crimes: tuple[str, ...], council: list[Referral]) -> None:
        from dataclasses import replace

        from romestatute.queries.conduct import parse_query
        from romestatute.queries.jurisdiction import CouncilDay

        self.crimes = crimes
        self.ledger = ledger
        self.evaluate = CouncilDay({**council[0].record, "territory": [], "conduct_from": None, "conduct_to": None})
        self.base = parse_query({"crimes": ["genocide"], "territory": "FRA", "from": as_of.isoformat(),
                                 "as_of": as_of.isoformat()})
        self.replace = replace

    def contexts(self, iso3: str) -> tuple[law.Context, law.Context]:
        q = self.base
        return (law.Context(self.ledger, self.replace(q, territory=(iso3,), nationality=())),
                law.Context(self.ledger, self.replace(q, territory=(), nationality=(iso3,))))

    def barred(self, ctx: law.Context, day: dt.date) -> tuple[str, ...]:
        return tuple(c for c in self.crimes if self.evaluate(ctx, c, day) is None)


def _segment(ctx: law.Context, iso3: str, start: dt.date, end: dt.date, activation: dt.date | None,
             council: list[Referral], bars: _CouncilBars | None, roles: Any) -> Segment:
    ledger = ctx.ledger
    led = ledger.state(iso3)
    status, _ = led.status_on(start)
    in_reach = law.after_entry_into_force(ctx, start)
    via = law.acceptance(ctx, iso3, start) if in_reach else None
    via_nationals = law.acceptance(ctx, iso3, start, law.NATIONALITY) if in_reach else None
    opt_territory = opt_nationals = False
    for d in led.declarations:  # Art. 124, as law.war_crimes_opt_out reads it
        if d.kind == "124" and d.covers is not None and start in d.covers and (d.withdrawn is None or start < d.withdrawn):
            opt_nationals = True
            opt_territory = opt_territory or d.scope != "nationals"
    in_force = tuple(sorted({a.key for a in led.amendments if a.in_force <= start}))
    bound = (status == Status.PARTY and "aggression_2010" in in_force and activation is not None
             and start >= activation and law.after_entry_into_force(ctx, start))
    opt_out_15bis4 = any(d.kind == "15bis4" and d.effective <= start for d in led.declarations)
    referred = tuple(r.symbol for r in council if r.covers(iso3, start))
    barred_t: tuple[str, ...] = ()
    barred_n: tuple[str, ...] = ()
    if bars is not None:
        barred_t, barred_n = bars.barred(roles[0], start), bars.barred(roles[1], start)
    return Segment(iso3, start, end, str(status), via is not None, via, opt_territory, opt_nationals,
                   in_force, bound, opt_out_15bis4, referred, barred_t, barred_n,
                   accepts_nationals=via_nationals is not None, basis_nationals=via_nationals)


def segments(as_of: dt.date | None = None, *, ledger: Ledger | None = None,
             crimes: tuple[str, ...] | None = None) -> list[Segment]:
    """Every state's time line cut into constant stretches, merged where nothing changes.

    ``crimes`` limits the Council-route bars (``unsc_barred_*``) to those crimes (default: every
    crime the data know); with no referral on record they are left empty.
    """
    as_of = as_of or default_as_of()
    ledger = (ledger or engine.ledger()).known_on(as_of)  # events after as_of: what was on record then
    ctx = law.Context(ledger, SimpleNamespace(as_of=as_of))  # type: ignore[arg-type]
    activation = ctx.aggression.activation_date if ctx.aggression is not None else None
    council = referrals(as_of, ledger=ledger)
    if crimes is None:
        from romestatute.queries.conduct import crime_keys

        crimes = tuple(sorted(crime_keys()))
    bars = _CouncilBars(ledger, as_of, crimes, council) if council else None
    # on the Council route an amendment's crime exists only from its first entry into force (law.amendment_crime_existed)
    firsts = frozenset(d for a in ledger.facts.amendments.values() if a.rule == "121(5)" and set(a.crimes) & set(crimes)
                       and (d := ctx.first_in_force(a.key)) is not None) if council else frozenset()
    out: list[Segment] = []
    for iso3 in sorted(ledger.states):
        cuts = _cuts(ledger, iso3, activation, council, firsts)
        roles = bars.contexts(iso3) if bars is not None else None
        mine: list[Segment] = []
        for i, start in enumerate(cuts):
            end = cuts[i + 1] if i + 1 < len(cuts) else OPEN_END
            seg = _segment(ctx, iso3, start, end, activation, council, bars, roles)
            prev = mine[-1] if mine else None
            if prev is not None and _same(prev, seg):
                mine[-1] = Segment(**{**_fields(prev), "valid_to": end})
            else:
                mine.append(seg)
        out += mine
    return out


def _fields(seg: Segment) -> dict[str, Any]:
    return {name: getattr(seg, name) for name in Segment.__slots__}


_SAME = tuple(n for n in Segment.__slots__ if n not in ("valid_from", "valid_to"))


def _same(a: Segment, b: Segment) -> bool:
    return all(getattr(a, k) == getattr(b, k) for k in _SAME)


def interval_rows(as_of: dt.date | None = None, *, ledger: Ledger | None = None) -> list[dict[str, Any]]:
    """The interval table as plain rows (the columns of ``COLUMNS``)."""
    as_of = as_of or default_as_of()
    return [s.row(as_of) for s in segments(as_of, ledger=ledger)]


def interval_table(as_of: dt.date | None = None, *, ledger: Ledger | None = None) -> Any:
    """The interval table as a ``pyarrow.Table`` (dates as ``date32``)."""
    import pyarrow as pa

    rows = interval_rows(as_of, ledger=ledger)
    schema = pa.schema([("state", pa.string()), ("valid_from", pa.date32()), ("valid_to", pa.date32()),
                        ("status", pa.string()), ("accepts", pa.bool_()), ("basis", pa.string()),
                        ("accepts_nationals", pa.bool_()),
                        ("wc_excluded_territory", pa.bool_()), ("wc_excluded_nationals", pa.bool_()),
                        ("amendments", pa.string()), ("aggression_bound", pa.bool_()),
                        ("aggression_opt_out", pa.bool_()), ("unsc_referral", pa.string()),
                        ("unsc_barred_territory", pa.string()), ("unsc_barred_nationals", pa.string()),
                        ("as_of", pa.date32()), ("basis_nationals", pa.string())])
    return pa.Table.from_pylist(rows, schema=schema)


def amendment_of(crime: str, ledger: Ledger | None = None) -> str | None:
    """The key of the Art. 121(5) amendment that added ``crime`` (None for crimes of the 1998 text)."""
    ledger = ledger or engine.ledger()
    ctx = law.Context(ledger, SimpleNamespace(as_of=default_as_of()))  # type: ignore[arg-type]
    amendment = ctx.amendment_121_5(crime)
    if amendment is None:
        return None
    return str(amendment.key)
