"""``statuses``: every state's status on a day in one small record (the map, ``/api/statuses``)."""

from __future__ import annotations

import copy
import datetime as dt
from functools import lru_cache
from typing import Any

from romestatute import engine
from romestatute.ledger import Ledger
from romestatute.model.vocab import Status

SCHEMA = "romestatute.statuses/1"


@lru_cache(maxsize=2048)
def shared(ledger: Ledger, day: dt.date) -> dict[str, Any]:
    """The record for ``day``, built once and shared: callers must not change it (see :func:`statuses`)."""
    states: dict[str, str] = {}
    pending: dict[str, str] = {}
    counts = dict.fromkeys((s.value for s in Status), 0)
    for iso3, led in ledger.states.items():
        status = led.status_on(day)[0].value
        states[iso3] = status
        counts[status] = counts.get(status, 0) + 1
        w = led.pending_withdrawal(day)
        if w is not None:
            pending[iso3] = w.effective.isoformat()
    return {"schema": SCHEMA, "on": day.isoformat(), "count": counts[Status.PARTY.value], "counts": counts,
            "statuses": states, "withdrawal_pending": pending, "caveats": engine.horizon_caveats(day)}


def statuses(on: str | dt.date | None = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """Each state's status on ``on`` (default today): ``count`` (parties), ``counts`` (per status),
    ``statuses`` (ISO3 -> status), ``withdrawal_pending`` (ISO3 -> the day it takes effect), ``caveats``.

    A fresh copy: the caller may change it.
    """
    return copy.deepcopy(shared(ledger or engine.ledger(), engine.as_of(on)))
