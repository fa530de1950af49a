"""``parties``: the States Parties on a day, and their count."""

from __future__ import annotations

import datetime as dt
from typing import Any

from romestatute import engine
from romestatute.ledger import Ledger
from romestatute.model.dates import iso

SCHEMA = "romestatute.parties/1"


def pending_json(pending: Any, as_of: dt.date) -> dict[str, Any]:
    """A withdrawal notice pending on a day; a revocation known by ``as_of`` is shown, a later one is not."""
    revoked = pending.revoked if pending.revoked is not None and pending.revoked <= as_of else None
    return {"notified": pending.notified.isoformat(), "effective": pending.effective.isoformat(),
            "revoked": iso(revoked), "took_effect": revoked is None and pending.effective <= as_of}


def parties(on: str | dt.date | None = None, *, as_of: str | dt.date | None = None,
            ledger: Ledger | None = None) -> dict[str, Any]:
    """The States Parties on ``on``, with pending withdrawals as the record stood on ``as_of`` (default today)."""
    ledger = ledger or engine.ledger()
    day = engine.as_of(on)
    known = engine.as_of(as_of)
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
            "withdrawal_pending": None if pending is None else pending_json(pending, known),
        })
    return {"schema": SCHEMA, "on": day.isoformat(), "as_of": known.isoformat(), "count": len(rows), "parties": rows,
            "caveats": engine.horizon_caveats(day)}


def party_counts(days: list[dt.date], *, ledger: Ledger | None = None) -> list[dict[str, Any]]:
    """The count of parties on each day (for charts)."""
    ledger = ledger or engine.ledger()
    return [{"on": d.isoformat(), "count": ledger.count_parties(d)} for d in days]
