"""The shape of every answer: one definition for the Python API's types, the web API's spec and the
published JSON Schemas (``romestatute/schemas/*.json``, written by ``scripts/schemas.py``).

Each answer names its schema in its ``schema`` key (``romestatute.finding/1``); a change of meaning in
a declared key is a new version. The types are strict for the keys declared here and open to keys added
later (every object allows additional properties), so that a new key is not a breaking change.

Only ``typing`` is needed at run time; pydantic (the ``web`` extra) reads these to write the schemas.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired

from typing_extensions import TypedDict

StatusName = Literal["party", "ratified_not_in_force", "signatory", "signature_withdrawn", "former_party",
                     "non_signatory"]
OutcomeName = Literal["yes", "no", "partial"]
TriggerName = Literal["state_referral", "unsc_referral", "proprio_motu"]


# -- shared parts ----------------------------------------------------------------------------------

class Source(TypedDict):
    """Where a fact comes from: a document, a page address, and how sure the record is."""

    url: str | None
    document: str | None
    confidence: str | None
    data: NotRequired[str]
    note: NotRequired[str]


class Event(TypedDict):
    """A dated event of a state's record, with its legal meaning and source."""

    event: str
    date: str
    meaning: str
    source: Source | None


class Error(TypedDict):
    """Every 4xx or 5xx answer of the web API."""

    error: str
    field: str | None


# -- status, statuses, parties, timeline ------------------------------------------------------------

class WithdrawalPending(TypedDict):
    notified: str
    effective: str


class StatusAnswer(TypedDict):
    """Where a state stands towards the Statute on a day (``rome status --json``, ``/api/status/{state}``)."""

    schema: Literal["romestatute.status/1"]
    state: str
    name: str
    on: str
    status: StatusName
    meaning: str
    party: bool
    since: str | None
    withdrawal_pending: WithdrawalPending | None
    declarations_12_3: list[dict[str, Any]]
    other_declarations: list[dict[str, Any]]
    amendments: list[dict[str, Any]]
    events: list[Event]
    caveats: list[str]


class StatusesAnswer(TypedDict):
    """Every state's status on a day in one record (``/api/statuses``, the map)."""

    schema: Literal["romestatute.statuses/1"]
    on: str
    count: int
    counts: dict[str, int]
    statuses: dict[str, StatusName]
    withdrawal_pending: dict[str, str]
    caveats: list[str]


class Party(TypedDict):
    state: str
    name: str
    since: str | None
    regional_group: str | None
    withdrawal_pending: WithdrawalPending | None


class PartiesAnswer(TypedDict):
    """The States Parties on a day and their count (``rome parties --json``, ``/api/parties``)."""

    schema: Literal["romestatute.parties/1"]
    on: str
    count: int
    parties: list[Party]
    caveats: list[str]


Period = TypedDict("Period", {"from": str, "to": str | None, "status": StatusName})


class TimelineAnswer(TypedDict):
    """A state's whole history (``rome timeline --json``, ``/api/timeline/{state}``)."""

    schema: Literal["romestatute.timeline/1"]
    state: str
    name: str
    periods: list[Period]
    events: list[Event]


# -- jurisdiction ---------------------------------------------------------------------------------

class Reason(TypedDict):
    """One step of a trace: the article applied, whether it holds, why, and the facts used."""

    article: str
    title: str | None
    holds: bool | None
    explanation: str
    facts: list[dict[str, Any]]
    reading: NotRequired[str]


Window = TypedDict("Window", {"from": str, "to": str | None, "crimes": list[str]})

Question = TypedDict("Question", {
    "crimes": list[str], "territory": list[str], "vessel_flag": list[str], "nationality": list[str],
    "from": str, "to": str | None, "age": int | None, "born": str | None, "trigger": TriggerName | None,
    "referred_by": str | None,
    "resolution": str | None, "trigger_date": str | None, "aggressor": str | None, "victim": str | None,
    "assume": list[str], "as_of": str,
})


class Finding(TypedDict):
    """Whether the Court can act on the conduct described (``rome jurisdiction --json``, ``/api/jurisdiction``)."""

    schema: Literal["romestatute.finding/1"]
    query: Question
    outcome: OutcomeName
    route: str
    windows: list[Window]
    reasons: list[Reason]
    routes: dict[str, dict[str, Any]]
    caveats: list[str]
    #: ``as_sourced``: the outcome rests on the facts as recorded (each with its own source's confidence, in the
    #: trace); ``lowered``: part of it rests on a reading of a fact the record leaves open (an Art. 12(3) declaration
    #: whose scope is not known), named in ``caveats`` and in the trace.
    confidence: NotRequired[Literal["as_sourced", "lowered"]]


# -- the docket -----------------------------------------------------------------------------------

class SituationBrief(TypedDict):
    id: str
    name: str
    kind: str | None
    stage: str | None
    engine_outcome: OutcomeName | None
    court_outcome: OutcomeName | None
    agrees: bool | None
    verdict: Literal["agrees", "explained", "unexplained", "no_record"]
    disagreement: dict[str, Any] | None


class SituationAnswer(SituationBrief):
    """One situation re-derived by the engine beside the Court's record (``/api/situations/{id}``)."""

    schema: Literal["romestatute.situation/1"]
    question: dict[str, Any] | None
    notes: list[str]
    court_position: dict[str, Any]
    decisions: list[dict[str, Any]]
    source: dict[str, Any]
    finding: Finding | None


class SituationsAnswer(TypedDict):
    """Every situation re-derived, with the agreement figures (``rome situations --json``, ``/api/situations``)."""

    schema: Literal["romestatute.situations/1"]
    total: int
    compared: int
    agreeing: int
    explained: int
    unexplained: int
    no_record: int
    situations: list[SituationBrief]


class Warrant(TypedDict):
    id: str
    person: str
    situation: str
    kind: str
    crimes: list[str]
    status: str


class WarrantsAnswer(TypedDict):
    """The public warrants and summonses, optionally filtered (``rome warrants --json``, ``/api/warrants``)."""

    schema: Literal["romestatute.warrants/1"]
    filters: dict[str, Any]
    checked_on: str | None
    count: int
    warrants: list[Warrant]


class ObligationAnswer(TypedDict):
    """Whether a state must arrest and surrender a person on a day (``/api/obligation``)."""

    schema: Literal["romestatute.obligation/1"]
    person: str
    state: str
    state_name: str
    on: str
    obliged: bool
    bases: list[str]
    warrants: list[dict[str, Any]]
    reasons: list[Reason]
    visits: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    caveats: list[str]


class ObligedState(TypedDict):
    state: str
    name: str
    bases: list[str]


class ObligationMapAnswer(TypedDict):
    """Every state obliged to arrest and surrender a person on a day (``/api/obligation/map``)."""

    schema: Literal["romestatute.obligation_map/1"]
    person: str
    on: str
    count: int
    states: list[ObligedState]


# -- what changed between two days ----------------------------------------------------------------

class DayCount(TypedDict):
    date: str
    count: int


class Change(TypedDict):
    """A state whose standing differs between the two days (or with events between them)."""

    state: str
    name: str
    changed: bool  # False: events between the days (e.g. a revoked notice) but no change of status
    before: dict[str, Any]  # {status, since, withdrawal_pending} on the first day
    after: dict[str, Any]  # the same on the second day
    events: list[Event]
    reasons: list[Reason]
    jurisdiction: dict[str, Any] | None  # as territory and as nationality, with Art. 127(2); null: no change
    arrest_duties: list[dict[str, Any]]  # warrants whose duty to arrest the change gains, loses or keeps


DiffAnswer = TypedDict("DiffAnswer", {
    "schema": Literal["romestatute.diff/1"], "from": DayCount, "to": DayCount, "as_of": str | None,
    "changes": list[Change], "caveats": list[str],
})
DiffAnswer.__doc__ = "Every state whose standing differs between two days (``rome diff --json``, ``/api/diff``)."


# -- reading a report -----------------------------------------------------------------------------

class Reading(TypedDict):
    """What a news report means in law on its own date (``rome read --json``, ``POST /api/read``)."""

    schema: Literal["romestatute.reading/2"]
    date: dict[str, Any]  # the report's date: value, the text it was found in, and how
    today: str
    language: str | None  # the report's language (ISO 639-1), as detected
    states: list[dict[str, Any]]  # each state mentioned, its status on the report's date and today
    people: list[dict[str, Any]]  # each person named in a public warrant, each warrant's status then
    acts: list[dict[str, Any]]  # each treaty act mentioned, with the record and its legal effect
    claims: list[dict[str, Any]]  # claims checked against the record: right, wrong or loose
    corrections: list[dict[str, Any]]  # where the report's wording and the record differ
    triggers: list[dict[str, Any]]
    questions: list[dict[str, Any]]  # kind 'jurisdiction' (query and finding) or 'obligation'
    empty: bool  # True when nothing in the text concerns the Statute
    caveats: list[str]


# -- the command line's other records ---------------------------------------------------------------

class ArticlesAnswer(TypedDict):
    """Articles of the index with the rules that cite them (``rome articles --json``)."""

    schema: Literal["romestatute.articles/1"]
    articles: list[dict[str, Any]]


#: Every versioned answer, by its schema id.
ANSWERS: dict[str, type] = {
    "romestatute.diff/1": DiffAnswer,
    "romestatute.status/1": StatusAnswer,
    "romestatute.statuses/1": StatusesAnswer,
    "romestatute.parties/1": PartiesAnswer,
    "romestatute.timeline/1": TimelineAnswer,
    "romestatute.finding/1": Finding,
    "romestatute.situation/1": SituationAnswer,
    "romestatute.situations/1": SituationsAnswer,
    "romestatute.warrants/1": WarrantsAnswer,
    "romestatute.obligation/1": ObligationAnswer,
    "romestatute.obligation_map/1": ObligationMapAnswer,
    "romestatute.reading/2": Reading,
    "romestatute.articles/1": ArticlesAnswer,
}

# every object is open to keys added later (pydantic reads this; no import of pydantic here)
for _name, _value in list(globals().items()):
    if isinstance(_value, type) and issubclass(_value, dict) and hasattr(_value, "__required_keys__"):
        _value.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]


def file_name(schema_id: str) -> str:
    """The published file of a schema: ``romestatute.finding/1`` -> ``finding-1.json``."""
    name, _, version = schema_id.removeprefix("romestatute.").partition("/")
    return f"{name}-{version}.json"
