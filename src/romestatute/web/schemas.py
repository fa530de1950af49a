"""Response models for the OpenAPI spec.

Handlers return the query dicts as they are (the one schema the CLI's ``--json``
prints), so these models document the shape without re-validating each response.
Every model allows extra keys: the query modules own the full schema.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    error: str = Field(description="One line, written for the person who asked.")
    field: str | None = Field(description="The request field at fault, if one is.")


class Source(_Open):
    url: str | None = None
    document: str | None = None
    confidence: str | None = None


class StatusOut(_Open):
    schema_: str = Field(alias="schema", examples=["romestatute.status/1"])
    state: str
    name: str
    on: str
    status: str = Field(description="party, ratified_not_in_force, signatory, signature_withdrawn, "
                                    "former_party or non_signatory")
    meaning: str
    party: bool
    since: str | None
    withdrawal_pending: dict[str, Any] | None
    declarations_12_3: list[dict[str, Any]]
    amendments: list[dict[str, Any]]
    events: list[dict[str, Any]] = []
    caveats: list[str] = []


class StatusesOut(_Open):
    schema_: str = Field(alias="schema", examples=["romestatute.statuses/1"])
    on: str
    count: int = Field(description="Number of States Parties on the day.")
    counts: dict[str, int]
    statuses: dict[str, str] = Field(description="ISO3 -> status")
    withdrawal_pending: dict[str, str] = Field(description="ISO3 -> day the withdrawal takes effect")
    caveats: list[str]


class PartiesOut(_Open):
    schema_: str = Field(alias="schema", examples=["romestatute.parties/1"])
    on: str
    count: int
    parties: list[dict[str, Any]]
    caveats: list[str]


class TimelineOut(_Open):
    schema_: str = Field(alias="schema", examples=["romestatute.timeline/1"])
    state: str
    name: str
    periods: list[dict[str, Any]]
    events: list[dict[str, Any]]


class Reason(_Open):
    article: str
    title: str | None = None
    holds: bool | None = None
    explanation: str | None = None
    facts: list[Any] = []


class JurisdictionOut(_Open):
    schema_: str = Field(alias="schema")
    query: dict[str, Any]
    outcome: str = Field(description="yes, no or partial")
    windows: list[dict[str, Any]]
    reasons: list[Reason]
    routes: dict[str, Any]
    caveats: list[str]


class DiffDay(_Open):
    date: str
    count: int = Field(description="States Parties on the day (as /api/parties).")


class DiffChange(_Open):
    state: str
    name: str
    changed: bool = Field(description="False: events between the days (e.g. a revoked notice) but no change of status.")
    before: dict[str, Any] = Field(description="{status, since, withdrawal_pending} on the first day.")
    after: dict[str, Any] = Field(description="The same on the second day.")
    events: list[dict[str, Any]]
    reasons: list[Reason]
    jurisdiction: dict[str, Any] | None = Field(description="As territory and as nationality, with Art. 127(2)'s "
                                                            "continuation; null when the status did not change.")
    arrest_duties: list[dict[str, Any]] = Field(description="Public warrants whose duty to arrest the change gains, "
                                                            "loses or keeps on another basis.")


class DiffOut(_Open):
    schema_: str = Field(alias="schema", examples=["romestatute.diff/1"])
    from_: DiffDay = Field(alias="from")
    to: DiffDay
    as_of: str | None
    changes: list[DiffChange]
    caveats: list[str]


class ReadingOut(_Open):
    schema_: str = Field(alias="schema", examples=["romestatute.reading/2"])
    date: dict[str, Any] = Field(description="The report's date: value, the text it was found in, and how.")
    today: str
    states: list[dict[str, Any]] = Field(description="Each state mentioned, with its status on the report's date "
                                                     "and today and the events behind it.")
    language: str | None = Field(default=None, description="The report's language (ISO 639-1), as detected.")
    people: list[dict[str, Any]] = Field(default_factory=list, description="Each person named in a public warrant or "
                                         "summons, with each warrant's status on the report's date (later changes "
                                         "marked as later).")
    acts: list[dict[str, Any]] = Field(description="Each treaty act mentioned, with the record and its legal effect.")
    claims: list[dict[str, Any]] = Field(default_factory=list, description="Claims checked against the record on the "
                                         "report's date (counts, statuses, firsts, announcements, acts the record "
                                         "contradicts), each with a verdict: right, wrong or loose.")
    corrections: list[dict[str, Any]] = Field(description="Where the report's wording and the record differ.")
    triggers: list[dict[str, Any]]
    questions: list[dict[str, Any]] = Field(description="Questions the report raises: kind 'jurisdiction' (query and "
                                            "finding) or 'obligation' (query and the answer of `rome obligation`).")
    empty: bool = Field(description="True when nothing in the text concerns the Statute.")
    caveats: list[str]


class ArticleOut(_Open):
    id: str
    number: str
    part: int
    title: str | None  # Art. 10 has no heading
    summary: str
    paragraphs: dict[str, str]
    href: str


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": ErrorOut} for c in codes}
