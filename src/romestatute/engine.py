"""The shared engine: the facts, the ledger and the name resolver, built once per process."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from romestatute import i18n
from romestatute.facts.load import DATA_ENV, facts
from romestatute.facts.records import Facts
from romestatute.ledger import Ledger
from romestatute.model.dates import parse_date
from romestatute.names import Names

T = TypeVar("T")


def once_per_data_folder(build: Callable[[], T]) -> Callable[[], T]:
    """Build a value once per data folder in use (``$ROMESTATUTE_DATA``); each call is one dict look-up."""
    built: dict[str | None, T] = {}

    @wraps(build)
    def get() -> T:
        key = os.environ.get(DATA_ENV)
        found = built.get(key)
        if found is None:
            found = built[key] = build()
        return found

    return get


@once_per_data_folder
def ledger() -> Ledger:
    """The ledger over the bundled facts (or ``$ROMESTATUTE_DATA``), refused if they are inconsistent."""
    from romestatute.ledger_check import require_consistent

    built = Ledger(facts())
    require_consistent(facts(), built)
    return built


@once_per_data_folder
def names() -> Names:
    """The name resolver for the states of the data folder in use."""
    return Names({iso3: s.name for iso3, s in facts().states.items()})


def resolve_state(given: str, *, field: str = "state") -> str:
    return names().resolve(given, field=field)


def as_of(value: str | dt.date | None, *, field: str = "on") -> dt.date:
    """The 'as of' date of a query: today when not given."""
    if value is None or value == "":
        return dt.date.today()
    return parse_date(value, field=field)


def horizon_caveats(day: dt.date, in_use: Facts | None = None) -> list[str]:
    """What an answer on ``day`` may miss; ``in_use``: the facts of the data folder in use, when the caller holds
    them already (``ledger().facts``), which spares a look-up of the environment."""
    return past_check(day, (in_use or facts()).checked_on)


def past_check(day: dt.date, checked: dt.date | None) -> list[str]:
    """The caveat of an answer on ``day`` past ``checked``, the data's check date (none when it is not, or unknown);
    for a caller that holds the date already (a kept bulk plan), without loading the facts."""
    if checked is None or day <= checked:
        return []
    return [i18n.gettext("The data were last checked on %(day)s; events after that day may be missing.")
            % {"day": i18n.day(checked)}]
