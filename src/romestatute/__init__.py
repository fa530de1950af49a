"""romestatute: the Rome Statute of the International Criminal Court as sourced facts plus rules.

The public API (every face, the CLI and the HTTP API, calls these)::

    >>> import romestatute as rs
    >>> rs.status("RUS", "2016-12-01")["status"]
    'signature_withdrawn'
"""

from __future__ import annotations

from typing import Any

__all__ = ["__version__", "annotate", "brief", "diff", "jurisdiction", "parties", "status", "timeline"]

__version__ = "0.1.0"


def status(state: str, on: Any = None) -> dict[str, Any]:
    """Where ``state`` stands towards the Statute on ``on`` (default today)."""
    from romestatute.queries.status import status as query

    return query(state, on)


def parties(on: Any = None) -> dict[str, Any]:
    """The States Parties on ``on`` and their count."""
    from romestatute.queries.parties import parties as query

    return query(on)


def timeline(state: str) -> dict[str, Any]:
    """Every event of ``state`` with its legal meaning and source."""
    from romestatute.queries.timeline import timeline as query

    return query(state)


def jurisdiction(query: Any) -> dict[str, Any]:
    """Can the Court act on the conduct described by ``query`` (a mapping; see ``rome jurisdiction --help``)?"""
    from romestatute.queries.jurisdiction import jurisdiction as run

    return run(query)


def diff(start: Any, end: Any, as_of: Any = None) -> dict[str, Any]:
    """Every state whose standing differs between two days, and what follows (as ``rome diff --json``)."""
    from romestatute.queries.diff import diff as query

    return query(start, end, as_of)


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
