"""Typed records for the facts in ``romestatute/data``.

Each record keeps where it came from (file and line) and its source, so any
answer can show the fact it rests on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from romestatute.model.dates import Interval

#: Treaty actions on the Statute itself (treaty_actions.csv, column ``action``).
DEPOSITS = frozenset({"ratification", "acceptance", "approval", "accession"})
ACTIONS = DEPOSITS | {
    "signature",
    "succession",
    "signature_withdrawn",
    "instrument_withdrawn",
    "withdrawal_notification",
    "withdrawal_revoked",
}
#: Declarations (declarations.csv, column ``kind``).
DECLARATION_KINDS = frozenset({"12_3", "124", "15bis4"})
DECLARANTS = frozenset({"state", "not_the_government", "statehood_unsettled"})
#: What a declaration covers: Art. 124 (nationals, or nationals and territory); an Art. 12(3) declaration made for
#: conduct on the declarant's territory only (territory), one whose text was not found (unknown: its territory surely,
#: its nationals abroad not known), else both preconditions of Art. 12(2).
DECLARATION_SCOPES = frozenset({"nationals", "nationals_and_territory", "territory", "unknown"})
CONFIDENCES = frozenset({"high", "medium", "low", "hypothetical"})


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a URL or document symbol, and how sure we are."""

    url: str
    document: str = ""
    confidence: str = "high"
    file: str = ""
    line: int | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"url": self.url or None, "document": self.document or None,
                               "confidence": self.confidence}
        if self.file:
            out["data"] = f"{self.file}:{self.line}" if self.line else self.file
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class State:
    iso3: str
    name: str
    un_member: bool
    regional_group: str
    source: Source


@dataclass(frozen=True, slots=True)
class TreatyAction:
    """A dated act by a state on the Statute (signature, deposit, withdrawal...)."""

    state: str
    action: str
    date: dt.date
    source: Source
    covers_from: dt.date | None = None  # succession: the date of succession
    stated_effective: dt.date | None = None  # as the sources state it; only checked, never used
    named_effective: dt.date | None = None  # withdrawal: a later date the notice itself names (Art. 127(1))
    note: str = ""

    @property
    def hypothetical(self) -> bool:
        return self.source.confidence == "hypothetical"


@dataclass(frozen=True, slots=True)
class Declaration:
    """A declaration under Art. 12(3), Art. 124 or Art. 15 bis(4)."""

    state: str
    kind: str
    date: dt.date
    source: Source
    lodged: dt.date | None = None
    covers: Interval | None = None  # half-open period of conduct the declaration concerns
    withdrawn: dt.date | None = None
    note: str = ""
    #: who made it: ``state``; ``not_the_government`` (lodged by others, e.g. Egypt 2013);
    #: ``statehood_unsettled`` (the declarant's standing as a State was not settled then, e.g. Palestine 2009)
    declarant: str = "state"
    #: Art. 124: ``nationals`` (crimes by its nationals) or ``nationals_and_territory``; Art. 12(3): ``territory``
    #: (the declarant's territory alone), ``unknown`` (its text was not found) or ``nationals_and_territory``
    scope: str = "nationals_and_territory"

    @property
    def valid(self) -> bool:
        """Only a declaration made by a State on its own behalf can accept jurisdiction (Art. 12(3))."""
        return self.declarant == "state"

    @property
    def effective(self) -> dt.date:
        """The day the declaration is with the Court (lodged, else its own date)."""
        return self.lodged or self.date

    @property
    def hypothetical(self) -> bool:
        return self.source.confidence == "hypothetical"


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A state's deposit of an instrument accepting an amendment."""

    state: str
    amendment: str
    date: dt.date | None
    source: Source
    stated_effective: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Amendment:
    """An amendment to the Statute as adopted (the catalogue in amendments.yaml)."""

    key: str
    title: str
    resolution: str
    adopted: dt.date
    articles: tuple[str, ...]
    crimes: tuple[str, ...]
    rule: str  # "121(5)", "121(4)" or "15bis"
    source: Source
    activation_date: dt.date | None = None
    activation_resolution: str = ""
    title_fr: str = ""  # our French for the title (the entry's ``fr`` block); empty where none


@dataclass
class Facts:
    """Every loaded fact, indexed by state."""

    states: dict[str, State]
    actions: dict[str, list[TreatyAction]]
    declarations: dict[str, list[Declaration]]
    acceptances: dict[str, list[Acceptance]]
    amendments: dict[str, Amendment]
    checked_on: dt.date
    data_dir: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def actions_of(self, iso3: str) -> list[TreatyAction]:
        return self.actions.get(iso3, [])

    def declarations_of(self, iso3: str) -> list[Declaration]:
        return self.declarations.get(iso3, [])

    def acceptances_of(self, iso3: str) -> list[Acceptance]:
        return self.acceptances.get(iso3, [])

    def last_act(self) -> dt.date:
        """The day of the latest act on record (a deposit, notification, declaration lodged or withdrawn, dated
        amendment acceptance): ``known_on`` that day or later keeps every act, by the same criteria."""
        days = [a.date for acts in self.actions.values() for a in acts]
        days += [d.effective for ds in self.declarations.values() for d in ds]
        days += [d.withdrawn for ds in self.declarations.values() for d in ds if d.withdrawn is not None]
        days += [a.date for accs in self.acceptances.values() for a in accs if a.date is not None]
        return max(days, default=dt.date.min)

    def known_on(self, day: dt.date) -> Facts:
        """The facts as they stood on ``day``: only the acts dated on or before it (what was known then).

        A declaration counts from the day it was lodged; an amendment acceptance without a date is kept
        out. The catalogue of states and amendments is kept whole.
        """
        return Facts(
            states=self.states,
            actions={k: [a for a in v if a.date <= day] for k, v in self.actions.items()},
            declarations={k: [d if d.withdrawn is None or d.withdrawn <= day else replace(d, withdrawn=None)
                              for d in v if d.effective <= day] for k, v in self.declarations.items()},
            acceptances={k: [a for a in v if a.date is not None and a.date <= day]
                         for k, v in self.acceptances.items()},
            amendments=self.amendments, checked_on=min(self.checked_on, day), data_dir=self.data_dir,
            extra=self.extra,
        )
