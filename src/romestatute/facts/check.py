"""Checks on the facts alone, for ``rome data check``: every source, and the YAML files.

Row-level problems (a bad date, an unknown state, a row without a source) stop
loading in ``facts.load``; the checks here read rows without the law.  The
checks that need the calendar rules or the ledger (an act in an impossible
order, a stated date the rules contradict) live a layer up, in
``romestatute.ledger_check``, which runs these too.  Each problem names the file
and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from romestatute.facts.records import Facts, Source
from romestatute.facts.sources import source_problems
from romestatute.model.errors import DataError


@dataclass(frozen=True, slots=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def at(src: Source) -> str:
    """Where a fact is: ``file:line`` (or the file alone)."""
    return f"{src.file}:{src.line}" if src.line else src.file


def _sources(facts: Facts) -> Iterator[Source]:
    yield from (s.source for s in facts.states.values())
    for table in (facts.actions, facts.declarations, facts.acceptances):
        for rows in table.values():
            yield from (r.source for r in rows)
    yield from (a.source for a in facts.amendments.values())


def check_sources(facts: Facts) -> list[Problem]:
    """Every CSV row's and amendment's source (the YAML entries are checked in ``facts.docket``)."""
    return [Problem(at(s), message) for s in _sources(facts)
            for message in source_problems(s.url, s.document, s.confidence)]


def check_url_form(facts: Facts) -> list[Problem]:
    """Only the form of each source URL: cheap enough to run before every query."""
    return [Problem(at(s), f"source {s.url!r} is not a URL") for s in _sources(facts)
            if s.url and not s.url.startswith(("http://", "https://"))]


def check_yaml_files(base: Path, facts: Facts) -> list[Problem]:
    """The YAML fact files other modules read: they must parse, and every entry needs a source."""
    from romestatute.facts import docket

    problems: list[Problem] = []
    for check in docket.CHECKS:
        try:
            problems += [Problem(w, m) for w, m in check(base, facts)]
        except DataError as exc:
            problems.append(Problem(exc.file or "data", str(exc)))
    return problems
