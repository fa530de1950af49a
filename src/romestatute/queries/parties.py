"""``parties``: the States Parties on a day, and their count."""

from __future__ import annotations

import datetime as dt
from typing import Any

from romestatute import engine
from romestatute.ledger import Ledger
from romestatute.model.dates import iso

SCHEMA = "romestatute.parties/1"


def parties(on: str | dt.date | None = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    ledger = ledger or engine.ledger()
    day = engine.as_of(on)
    rows = []
    for iso3 in sorted(ledger.parties_on(day), key=lambda s: ledger.state(s).name):
        led = ledger.state(iso3)
        _, since = led.status_on(day)
        pending = led.pending_withdrawal(day)
        rows.append({
            "state": iso3,
            "name": led.name,
            "since": iso(since),
            "regional_group": ledger.facts.states[iso3].regional_group or None,
            "withdrawal_pending": None if pending is None else {
                "notified": pending.notified.isoformat(), "effective": pending.effective.isoformat()},
        })
    return {"schema": SCHEMA, "on": day.isoformat(), "count": len(rows), "parties": rows,
            "caveats": engine.horizon_caveats(day)}


def party_counts(days: list[dt.date], *, ledger: Ledger | None = None) -> list[dict[str, Any]]:
    """The count of parties on each day (for charts)."""
    ledger = ledger or engine.ledger()
    return [{"on": d.isoformat(), "count": ledger.count_parties(d)} for d in days]
