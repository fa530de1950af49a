"""romestatute: the Rome Statute of the International Criminal Court as sourced facts plus rules.

The public API (every face, the CLI and the HTTP API, calls the same queries)::

    >>> import romestatute as rs
    >>> rs.status("RUS", "2016-12-01")["status"]
    'signature_withdrawn'
    >>> rs.jurisdiction(crimes=["war_crimes"], territory=["UKR"], nationality=["RUS"],
    ...                 from_="2014-02-20", to="2025-06-30", as_of="2025-06-30")["outcome"]
    'yes'

Each answer is a plain dict typed by a TypedDict of :mod:`romestatute.model.answers` (an editor completes
its keys) and names its schema in ``schema``; :func:`schema` returns the published JSON Schema of each.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from romestatute.model.answers import (
        DiffAnswer,
        Finding,
        ObligationAnswer,
        ObligationMapAnswer,
        PartiesAnswer,
        Reading,
        SituationAnswer,
        SituationsAnswer,
        StatusAnswer,
        StatusesAnswer,
        TimelineAnswer,
        WarrantsAnswer,
    )

__all__ = ["__version__", "annotate", "brief", "diff", "jurisdiction", "obligation", "obligation_map", "parties",
           "read", "schema", "situation", "situations", "status", "statuses", "timeline", "warrants"]

__version__ = "0.1.0"

Day = str | dt.date | None
Names = str | Sequence[str] | None


def status(state: str, on: Day = None) -> StatusAnswer:
    """Where ``state`` (ISO3, ISO2 or a name) stands towards the Statute on ``on`` (default today)."""
    from romestatute.queries.status import status as query

    return cast("StatusAnswer", query(state, on))


def statuses(on: Day = None, status: Names = None) -> StatusesAnswer:
    """Every state's status on ``on`` in one record, with the count per status and pending withdrawals;
    ``status`` (``"former_party"``, a list, or names separated by commas) keeps only those states."""
    from romestatute.queries.statuses import statuses as query

    return cast("StatusesAnswer", copy.deepcopy(query(on, status)))  # a copy: the record is shared


def parties(on: Day = None) -> PartiesAnswer:
    """The States Parties on ``on`` and their count."""
    from romestatute.queries.parties import parties as query

    return cast("PartiesAnswer", query(on))


def timeline(state: str) -> TimelineAnswer:
    """Every event of ``state`` with its legal meaning and source, and its status period by period."""
    from romestatute.queries.timeline import timeline as query

    return cast("TimelineAnswer", query(state))


def jurisdiction(query: Mapping[str, Any] | None = None, /, *, crimes: Names = None, territory: Names = None,
                 vessel_flag: Names = None, nationality: Names = None, from_: Day = None, to: Day = None,
                 age: int | None = None, born: Day = None, trigger: str | None = None,
                 referred_by: str | None = None, resolution: str | None = None, trigger_date: Day = None,
                 aggressor: str | None = None, victim: str | None = None, assume: Names = None, as_of: Day = None,
                 authorised_operation: bool | None = None, elements: Names = None) -> Finding:
    """Can the Court act on the conduct described? Outcome, windows, routes and the trace.

    Give the question as keywords (``from_`` is the first day of the conduct, ``to`` the last) or as a
    mapping with the keys of ``/api/jurisdiction`` (``"from"``, ``"to"``, ...); ``born`` (the accused's date of
    birth, instead of ``age``) as ``rome jurisdiction --born`` and ``/api/jurisdiction?born=``; keywords given with a
    mapping replace its keys (a what-if: ``rs.jurisdiction(base, assume=["SYR:declaration_12_3:2011-03-15"])``).
    """
    from romestatute.queries.jurisdiction import jurisdiction as run

    given = {"crimes": crimes, "territory": territory, "vessel_flag": vessel_flag, "nationality": nationality,
             "from": from_, "to": to, "age": age, "born": born, "trigger": trigger, "referred_by": referred_by,
             "resolution": resolution, "trigger_date": trigger_date, "aggressor": aggressor, "victim": victim,
             "assume": assume, "as_of": as_of, "authorised_operation": authorised_operation, "elements": elements}
    merged = dict(query or {})
    merged.update({k: v for k, v in given.items() if v is not None})
    return cast("Finding", run(merged))


def obligation(person: str, state: str, on: Day = None) -> ObligationAnswer:
    """Must ``state`` arrest and surrender ``person`` (named in a public warrant) on ``on``? With the trace."""
    from romestatute.queries.obligation import obligation as query

    return cast("ObligationAnswer", query(person, state, on))


def obligation_map(person: str, on: Day = None) -> ObligationMapAnswer:
    """Every state obliged to arrest and surrender ``person`` on ``on``, with the basis of each duty."""
    from romestatute.queries.obligation import obligation_map as query

    return cast("ObligationMapAnswer", query(person, on))


def situations() -> SituationsAnswer:
    """Every situation before the Court, re-derived by the engine and set beside the Court's record."""
    from romestatute.queries.docket import situations as query

    return cast("SituationsAnswer", query())


def situation(name: str) -> SituationAnswer:
    """One situation (by id such as ``darfur``, by name, or by a word of its name), with the engine's finding."""
    from romestatute.queries.docket import situation as query

    return cast("SituationAnswer", query(name))


def warrants(status: Names = None, situation: str | None = None) -> WarrantsAnswer:
    """The public warrants and summonses, optionally filtered by status (``at_large``, ...) and situation."""
    from romestatute.queries.docket import warrants as query

    wanted = [status] if isinstance(status, str) else list(status or [])
    return cast("WarrantsAnswer", query(wanted or None, situation))


def read(text: str, date: Day = None) -> Reading:
    """Read a news report (plain text or HTML) on its own date: what it mentions and what that means in law."""
    from romestatute.read import read as run

    return cast("Reading", run(text, date))


def schema(name: str) -> dict[str, Any]:
    """The published JSON Schema of an answer: ``schema("romestatute.finding/1")`` or ``schema("finding")``
    (the latest version)."""
    from romestatute.model.answers import ANSWERS, file_name

    if name not in ANSWERS:
        versions = sorted((k for k in ANSWERS if k.removeprefix("romestatute.").split("/")[0] == name),
                          key=lambda k: int(k.rsplit("/", 1)[1]))
        if not versions:
            from romestatute.model.errors import BadValue

            raise BadValue(f"schema: unknown schema {name!r}; one of {', '.join(ANSWERS)}", field="schema")
        name = versions[-1]
    from importlib import resources  # here: every command imports this package, few read a schema

    text = resources.files("romestatute").joinpath("schemas", file_name(name)).read_text(encoding="utf-8")
    return cast("dict[str, Any]", json.loads(text))


def diff(start: str | dt.date, end: str | dt.date, as_of: Day = None) -> DiffAnswer:
    """Every state whose standing differs between two days, and what follows (as ``rome diff --json``)."""
    from romestatute.queries.diff import diff as query

    return cast("DiffAnswer", query(start, end, as_of))


def brief(kind: str, answer: dict[str, Any], fmt: str = "md") -> str:
    """``answer`` (the dictionary a ``kind`` query returned: status, jurisdiction, obligation, read, diff) as a
    brief to cite, in Markdown (``md``) or self-contained HTML (``html``)."""
    from romestatute.briefs import brief as render

    return render(kind, answer, fmt)


def annotate(frame: Any, **options: Any) -> Any:
    """Add ICC jurisdiction columns to a pandas or polars DataFrame (needs the ``bulk`` extra).

    ``territory_col`` and ``date_col`` are required; see ``romestatute.bulk.annotate``.
    """
    from romestatute.bulk.annotate import annotate as run

    return run(frame, **options)
