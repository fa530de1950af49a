"""``timeline``: a state's whole history, each event with its legal meaning."""

from __future__ import annotations

from typing import Any

from romestatute import engine
from romestatute.ledger import Ledger
from romestatute.model.dates import iso

SCHEMA = "romestatute.timeline/1"


def timeline(state: str, *, ledger: Ledger | None = None) -> dict[str, Any]:
    ledger = ledger or engine.ledger()
    iso3 = engine.resolve_state(state)
    led = ledger.state(iso3)
    events = []
    for e in led.events:
        row = e.to_json()
        row["status_after"] = led.status_on(e.date)[0].value
        events.append(row)
    return {
        "schema": SCHEMA,
        "state": iso3,
        "name": led.name,
        "regional_group": ledger.facts.states[iso3].regional_group or None,
        "periods": [{"from": iv.start.isoformat(), "to": iso(iv.last_day), "status": s.value}
                    for iv, s in led.intervals()],
        "events": events,
    }
