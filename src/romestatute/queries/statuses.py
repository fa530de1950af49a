"""``statuses``: every state's status on a day in one small record (the map's data, ``rome statuses``).

``status`` narrows the record to states with the statuses named ("which states left the Court?":
``former_party``); the counts stay those of every state, so a narrowed answer still says how many
States Parties there were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from romestatute import engine
from romestatute.model.errors import N_, BadValue, quoted
from romestatute.model.vocab import Status

SCHEMA = "romestatute.statuses/1"

#: The statuses in the order the map's legend and the counts list them.
STATUS_ORDER = [s.value for s in (Status.PARTY, Status.RATIFIED_NOT_IN_FORCE, Status.SIGNATORY,
                                  Status.SIGNATURE_WITHDRAWN, Status.FORMER_PARTY, Status.NON_SIGNATORY)]


@lru_cache(maxsize=2048)
def _statuses(day: dt.date) -> dict[str, Any]:
    ledger = engine.ledger()
    states: dict[str, str] = {}
    pending: dict[str, str] = {}
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for iso3, led in ledger.states.items():
        status = led.status_on(day)[0].value
        states[iso3] = status
        counts[status] = counts.get(status, 0) + 1
        w = led.pending_withdrawal(day)
        if w is not None:
            pending[iso3] = w.effective.isoformat()
    return {"schema": SCHEMA, "on": day.isoformat(), "count": counts["party"], "counts": counts,
            "statuses": states, "withdrawal_pending": pending, "caveats": engine.horizon_caveats(day)}


def parse_statuses(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"former_party,signature_withdrawn"`` (or a list of such) -> the statuses, checked; ``None`` or no value for
    all. A blank value or part (``""``, ``"party,"``) is refused: a filter left empty never widens to every state."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        for part in str(item).split(","):
            key = part.strip().lower().replace("-", "_").replace(" ", "_")
            if not key:
                raise BadValue(N_("status: blank; give a status, e.g. former_party"), field="status", params={})
            if key not in STATUS_ORDER:
                raise BadValue(N_("status: %(value)s is not one of %(choices)s"), field="status",
                               params={"value": quoted(part.strip()), "choices": ", ".join(STATUS_ORDER)})
            if key not in out:
                out.append(key)
    return tuple(out)


def statuses(on: str | dt.date | None = None, status: str | Iterable[str] | None = None) -> dict[str, Any]:
    """Each state's status on ``on`` (default today) as one small record.

    Keys: ``on``, ``count`` (parties), ``counts`` (per status, of every state), ``statuses``
    (ISO3 -> status), ``withdrawal_pending`` (ISO3 -> day the withdrawal takes effect), ``caveats``.
    With ``status`` (names, or one comma-separated text), ``statuses`` and ``withdrawal_pending`` keep
    only the states that have one of those statuses on the day.
    """
    wanted = parse_statuses(status)
    day = engine.as_of(on)
    record = {**_statuses(day), "caveats": engine.horizon_caveats(day)}  # the caveats in the active language
    if not wanted:
        return record
    kept = {iso3: st for iso3, st in record["statuses"].items() if st in wanted}
    return {**record, "statuses": kept,
            "withdrawal_pending": {k: v for k, v in record["withdrawal_pending"].items() if k in kept}}
