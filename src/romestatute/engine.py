"""The shared engine: the facts, the ledger and the name resolver, built once per process."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from romestatute.facts.load import data_dir, facts
from romestatute.ledger import Ledger
from romestatute.model.dates import parse_date
from romestatute.names import Names


@lru_cache(maxsize=4)
def _ledger(base: str) -> Ledger:
    return Ledger(facts())


def ledger() -> Ledger:
    """The ledger over the bundled facts (or ``$ROMESTATUTE_DATA``)."""
    return _ledger(str(data_dir()))


@lru_cache(maxsize=4)
def _names(base: str) -> Names:
    return Names({iso3: s.name for iso3, s in facts().states.items()})


def names() -> Names:
    return _names(str(data_dir()))


def resolve_state(given: str, *, field: str = "state") -> str:
    return names().resolve(given, field=field)


def as_of(value: str | dt.date | None, *, field: str = "on") -> dt.date:
    """The 'as of' date of a query: today when not given."""
    if value is None or value == "":
        return dt.date.today()
    return parse_date(value, field=field)


def horizon_caveats(day: dt.date) -> list[str]:
    checked = facts().checked_on
    if day > checked:
        return [f"The data were last checked on {checked.isoformat()}; events after that day may be missing."]
    return []
