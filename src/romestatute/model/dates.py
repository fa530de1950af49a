"""Dates and half-open intervals.

Every period in romestatute is half-open, ``[start, end)``: ``end`` is the
first day *not* covered, and ``end=None`` means open-ended.  Data files that
state an inclusive last day (a declaration "covering until 22 February 2014")
are converted once, when loaded.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from romestatute.model.errors import N_, BadDate, quoted

date = _dt.date
ONE_DAY = _dt.timedelta(days=1)

#: Queries accept dates in this range; anything else is a typing error, not a question.
EARLIEST = _dt.date(1900, 1, 1)
LATEST = _dt.date(2100, 12, 31)


#: Text already parsed to a date in range (never 'today', never an error): every question repeats a few dates.
_PARSED: dict[str, _dt.date] = {}
_PARSED_MAX = 4096


def parse_date(value: str | _dt.date, *, field: str = "date") -> _dt.date:
    """Parse an ISO date (YYYY-MM-DD) given by a user, within the supported range."""
    if type(value) is not str:
        return _parse_date(value, field)
    hit = _PARSED.get(value)
    if hit is None:
        hit = _parse_date(value, field)
        if value.strip().lower() != "today":
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.clear()
            _PARSED[value] = hit
    return hit


def _parse_date(value: str | _dt.date, field: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        parsed = value
    else:
        text = str(value).strip()
        if text.lower() == "today":
            return today()
        try:
            if len(text) != 10:
                raise ValueError
            parsed = _dt.date.fromisoformat(text)
        except ValueError:
            raise BadDate(N_("%(field)s: %(value)s is not a date in the form YYYY-MM-DD"), field=field,
                          params={"field": field, "value": quoted(value)}) from None
    if not EARLIEST <= parsed <= LATEST:
        raise BadDate(N_("%(field)s: %(day)s is outside the supported range %(first)s to %(last)s"), field=field,
                      params={"field": field, "day": parsed, "first": EARLIEST, "last": LATEST})
    return parsed


def today() -> _dt.date:
    """The current date (a function so tests and the explorer agree on one source)."""
    return _dt.date.today()


def iso(d: _dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open period ``[start, end)``; ``end=None`` is open-ended."""

    start: _dt.date
    end: _dt.date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"interval ends before it starts: {self.start} > {self.end}")

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, _dt.date):
            return False
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def empty(self) -> bool:
        return self.end is not None and self.end <= self.start

    def intersect(self, other: Interval) -> Interval | None:
        start = self.start if self.start >= other.start else other.start
        a, b = self.end, other.end
        end = b if a is None else a if b is None or a <= b else b  # the earlier end; None only if both are open
        if end is not None and end <= start:
            return None
        return Interval(start, end)

    @property
    def days(self) -> int:
        """The number of days covered (only for a closed interval)."""
        if self.end is None:
            raise ValueError("an open-ended interval has no length")
        return (self.end - self.start).days

    @property
    def last_day(self) -> _dt.date | None:
        """The last day covered (inclusive), for people: ``end - 1 day``."""
        return None if self.end is None else self.end - ONE_DAY

    def to_json(self) -> dict[str, str | None]:
        """People read inclusive dates: ``from`` is the first day, ``to`` the last (null: open)."""
        return {"from": self.start.isoformat(), "to": iso(self.last_day)}


def merge(intervals: list[Interval]) -> list[Interval]:
    """Union of intervals as a sorted list of disjoint, non-touching intervals."""
    out: list[Interval] = []
    for iv in sorted(intervals, key=lambda i: i.start):
        if out and (out[-1].end is None or iv.start <= out[-1].end):
            last = out[-1]
            end = None if last.end is None or iv.end is None else max(last.end, iv.end)
            out[-1] = Interval(last.start, end)
        else:
            out.append(iv)
    return out
