"""The shared engine: the facts, the ledger and the name resolver, built once per process."""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache

from romestatute.facts.load import DATA_ENV, data_dir, facts
from romestatute.ledger import Ledger
from romestatute.model.dates import parse_date
from romestatute.names import Names


@lru_cache(maxsize=4)
def _ledger(base: str) -> Ledger:
    return Ledger(facts())


_CURRENT: dict[str | None, Ledger] = {}


def ledger() -> Ledger:
    """The ledger over the bundled facts (or ``$ROMESTATUTE_DATA``), built once per data folder."""
    key = os.environ.get(DATA_ENV)
    found = _CURRENT.get(key)
    if found is None:
        found = _CURRENT[key] = _ledger(str(data_dir()))
    return found


@lru_cache(maxsize=4)
def _names(base: str) -> Names:
    return Names({iso3: s.name for iso3, s in facts().states.items()})


_NAMES: dict[str | None, Names] = {}


def names() -> Names:
    """The name resolver for the data folder in use, built once per folder (one look-up per call)."""
    key = os.environ.get(DATA_ENV)
    found = _NAMES.get(key)
    if found is None:
        found = _NAMES[key] = _names(str(data_dir()))
    return found


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
