"""The rule registry: every rule is registered with the article it applies.

``@rule("12(2)(a)", "Territorial precondition")`` records the article, a short
title and, where the rule is our reading rather than the text, the reading and
the decision it follows.  ``rome articles`` and the tests read the registry to
show which articles are implemented and that each has cases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class RuleInfo:
    article: str
    title: str
    function: str
    module: str
    summary: str
    reading: str | None = None


RULES: list[RuleInfo] = []


def rule(article: str, title: str, *, reading: str | None = None) -> Callable[[F], F]:
    """Register a function as the rule applying ``article`` (as people cite it: "12(2)(a)")."""

    def register(fn: F) -> F:
        # the docstring's first paragraph, on one line
        summary = " ".join((fn.__doc__ or "").strip().split("\n\n")[0].split())
        RULES.append(RuleInfo(article, title, fn.__name__, fn.__module__, summary, reading))
        fn.article = article  # type: ignore[attr-defined]
        fn.title = title  # type: ignore[attr-defined]
        fn.reading = reading  # type: ignore[attr-defined]
        return fn

    return register


def article_id(article: str) -> str:
    """'12(2)(a)' -> 'art-12', '15 bis(5)' -> 'art-15-bis': the id of the article's page."""
    head = article.split("(")[0].strip()
    return "art-" + head.replace(" ", "-").lower()


def rules_for(article: str) -> list[RuleInfo]:
    return [r for r in RULES if r.article == article or r.article.startswith(article + "(")]
