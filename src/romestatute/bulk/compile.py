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
``wc_excluded_territory``   an Art. 124 declaration excludes war crimes on its territory
``wc_excluded_nationals``   an Art. 124 declaration excludes war crimes by its nationals
``amendments``              ``;``-separated keys of the Art. 121(5) amendments accepted and in
                            force for the state on those days
``aggression_bound``        a State Party with the aggression amendment in force, after activation
``aggression_opt_out``      an Art. 15 bis(4) declaration has taken effect
``as_of``                   the as-of date the table was compiled for
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
from romestatute.facts.load import facts
from romestatute.law import part02_jurisdiction as law
from romestatute.ledger import Ledger
from romestatute.model.vocab import Status

#: The first and the open end of the compiled time line (half-open rows, so ``OPEN_END`` is never covered).
FIRST_DAY = dt.date(1, 1, 1)
OPEN_END = dt.date(9999, 12, 31)

COLUMNS = ("state", "valid_from", "valid_to", "status", "accepts", "basis", "wc_excluded_territory",
           "wc_excluded_nationals", "amendments", "aggression_bound", "aggression_opt_out", "as_of")


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

    def row(self, as_of: dt.date) -> dict[str, Any]:
        return {"state": self.state, "valid_from": self.valid_from, "valid_to": self.valid_to,
                "status": self.status, "accepts": self.accepts, "basis": self.basis or "",
                "wc_excluded_territory": self.wc_excluded_territory,
                "wc_excluded_nationals": self.wc_excluded_nationals,
                "amendments": ";".join(self.amendments), "aggression_bound": self.aggression_bound,
                "aggression_opt_out": self.aggression_opt_out, "as_of": as_of}


def default_as_of() -> dt.date:
    """The as-of date bulk runs use unless told: the day the data were last checked (reproducible)."""
    return facts().checked_on


def _cuts(ledger: Ledger, iso3: str, activation: dt.date | None) -> list[dt.date]:
    points = {FIRST_DAY, ledger.statute_in_force, *ledger.state(iso3).change_points()}
    if activation:
        points.add(activation)
    return sorted(p for p in points if p < OPEN_END)


def _segment(ctx: law.Context, iso3: str, start: dt.date, end: dt.date, activation: dt.date | None) -> Segment:
    ledger = ctx.ledger
    led = ledger.state(iso3)
    status, _ = led.status_on(start)
    via = law.acceptance(ctx, iso3, start) if law.after_entry_into_force(ctx, start) else None
    opt_territory = opt_nationals = False
    for d in led.declarations:  # Art. 124, as law.war_crimes_opt_out reads it
        if d.kind == "124" and d.covers is not None and start in d.covers and (d.withdrawn is None or start < d.withdrawn):
            opt_nationals = True
            opt_territory = opt_territory or d.scope != "nationals"
    in_force = tuple(sorted({a.key for a in led.amendments if a.in_force <= start}))
    bound = (status == Status.PARTY and "aggression_2010" in in_force and activation is not None
             and start >= activation and law.after_entry_into_force(ctx, start))
    opt_out_15bis4 = any(d.kind == "15bis4" and d.effective <= start for d in led.declarations)
    return Segment(iso3, start, end, str(status), via is not None, via, opt_territory, opt_nationals,
                   in_force, bound, opt_out_15bis4)


def segments(as_of: dt.date | None = None, *, ledger: Ledger | None = None) -> list[Segment]:
    """Every state's time line cut into constant stretches, merged where nothing changes."""
    ledger = ledger or engine.ledger()
    as_of = as_of or default_as_of()
    ctx = law.Context(ledger, SimpleNamespace(as_of=as_of))  # type: ignore[arg-type]
    activation = ctx.aggression.activation_date if ctx.aggression is not None else None
    out: list[Segment] = []
    for iso3 in sorted(ledger.states):
        cuts = _cuts(ledger, iso3, activation)
        mine: list[Segment] = []
        for i, start in enumerate(cuts):
            end = cuts[i + 1] if i + 1 < len(cuts) else OPEN_END
            seg = _segment(ctx, iso3, start, end, activation)
            prev = mine[-1] if mine else None
            if prev is not None and _same(prev, seg):
                mine[-1] = Segment(**{**_fields(prev), "valid_to": end})
            else:
                mine.append(seg)
        out += mine
    return out


def _fields(seg: Segment) -> dict[str, Any]:
    return {name: getattr(seg, name) for name in Segment.__slots__}


def _same(a: Segment, b: Segment) -> bool:
    fa, fb = _fields(a), _fields(b)
    return all(fa[k] == fb[k] for k in fa if k not in ("valid_from", "valid_to"))


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
                        ("wc_excluded_territory", pa.bool_()), ("wc_excluded_nationals", pa.bool_()),
                        ("amendments", pa.string()), ("aggression_bound", pa.bool_()),
                        ("aggression_opt_out", pa.bool_()), ("as_of", pa.date32())])
    return pa.Table.from_pylist(rows, schema=schema)


def amendment_of(crime: str, ledger: Ledger | None = None) -> str | None:
    """The key of the Art. 121(5) amendment that added ``crime`` (None for crimes of the 1998 text)."""
    ledger = ledger or engine.ledger()
    ctx = law.Context(ledger, SimpleNamespace(as_of=default_as_of()))  # type: ignore[arg-type]
    amendment = ctx.amendment_for(crime)
    if amendment is None or amendment.rule != "121(5)":
        return None
    return str(amendment.key)
