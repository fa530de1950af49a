"""The jurisdiction question as the law layer reads it: the conduct, the trigger and any what-ifs.

``queries.conduct`` parses and checks what a user gives (CLI flags, HTTP
parameters, a JSON body) into this type; the day-level rules of
``law.part02_jurisdiction`` read it.  It lives here, below both, so the law
never imports from the queries layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from romestatute.facts.records import Declaration, TreatyAction
from romestatute.i18n import N_
from romestatute.model.dates import Interval
from romestatute.model.vocab import Trigger


@dataclass(frozen=True, slots=True)
class Element:
    """An element of a crime that took place on another state's territory (e.g. a deportation's crossing)."""

    act: str  # what the user named: 'deportation' or a crime key
    crime: str  # the crime it belongs to: 'crimes_against_humanity'
    territory: str  # ISO3 of the state where that element occurred

    def text(self) -> str:
        return f"{self.act}:{self.territory}"


@dataclass(frozen=True, slots=True)
class AssumedDeferral:
    """A hypothetical Art. 16 request given with the query (``UNSC:deferral:FROM[..TO]``)."""

    period_from: dt.date
    period_to: dt.date  # first day not covered (half-open, as in unsc.yaml)
    text: str

    def record(self) -> dict[str, Any]:
        """The shape of a ``deferrals`` row of unsc.yaml, marked hypothetical."""
        return {"id": "assumed-deferral", "resolution": "a hypothetical Art. 16 request",
                "document": None, "date": self.period_from, "period_from": self.period_from,
                "period_to": self.period_to, "applies_to_nationals_of": None,
                "scope": N_("Hypothetical request given with the query: no investigation or prosecution may begin "
                            "or continue for twelve months (Art. 16)."),
                "source": None, "confidence": "hypothetical"}


@dataclass(frozen=True)
class JurisdictionQuery:
    crimes: tuple[str, ...]
    territory: tuple[str, ...]
    vessel_flag: tuple[str, ...]
    nationality: tuple[str, ...]
    period: Interval
    as_of: dt.date
    age: int | None = None
    #: the accused's date of birth (Art. 26, day by day: jurisdiction from the eighteenth birthday)
    born: dt.date | None = None
    trigger: Trigger | None = None
    referred_by: str | None = None
    resolution: str | None = None
    trigger_date: dt.date | None = None
    aggressor: str | None = None
    victim: str | None = None
    assume: tuple[TreatyAction | Declaration, ...] = field(default_factory=tuple)
    assume_text: tuple[str, ...] = field(default_factory=tuple)
    #: the accused served in an operation the Security Council or the African Union established or authorised
    authorised_operation: bool = False
    elements: tuple[Element, ...] = field(default_factory=tuple)
    assumed_deferrals: tuple[AssumedDeferral, ...] = field(default_factory=tuple)

    @classmethod
    def checked(cls, **values: Any) -> JurisdictionQuery:
        """The query from values ``queries.conduct.parse_query`` has already checked, every field given.

        The same object the constructor makes, without its eighteen frozen-dataclass ``__setattr__`` calls (a
        cost on every question asked)."""
        missing = _FIELDS.difference(values)
        if missing or len(values) != len(_FIELDS):
            raise TypeError(f"JurisdictionQuery.checked needs every field: missing {sorted(missing)}")
        query = object.__new__(cls)
        query.__dict__.update(values)
        return query

    def to_json(self) -> dict[str, Any]:
        last = self.period.last_day
        return {
            "crimes": list(self.crimes),
            "territory": list(self.territory),
            "vessel_flag": list(self.vessel_flag),
            "nationality": list(self.nationality),
            "from": self.period.start.isoformat(),
            "to": None if last is None else last.isoformat(),
            "age": self.age,
            "born": None if self.born is None else self.born.isoformat(),
            "trigger": None if self.trigger is None else self.trigger.value,
            "referred_by": self.referred_by,
            "resolution": self.resolution,
            "trigger_date": None if self.trigger_date is None else self.trigger_date.isoformat(),
            "aggressor": self.aggressor,
            "victim": self.victim,
            "assume": list(self.assume_text),
            "as_of": self.as_of.isoformat(),
            "authorised_operation": self.authorised_operation,
            "elements": [e.text() for e in self.elements],
        }


_FIELDS = frozenset(f.name for f in fields(JurisdictionQuery))
