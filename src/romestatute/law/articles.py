"""The article index (data/articles.yaml): titles and plain-language summaries in our words."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from romestatute.facts import docket
from romestatute.law.registry import article_id


@lru_cache(maxsize=1)
def _index() -> dict[str, dict[str, Any]]:
    doc = docket.load("articles.yaml") or {}
    return {a["id"]: a for a in doc.get("articles", [])}


def articles() -> list[dict[str, Any]]:
    return list(_index().values())


def article(ident: str) -> dict[str, Any] | None:
    """An article by id ('art-12') or citation ('12(2)(a)')."""
    idx = _index()
    return idx.get(ident) or idx.get(article_id(ident))


def title(citation: str) -> str:
    """The heading of the article a citation points into ('12(2)(a)' -> 'Preconditions to ...')."""
    a = article(citation)
    return (a or {}).get("title") or ""


def pinpoint(citation: str) -> str:
    """Our one-line summary of the exact paragraph cited, else of the article."""
    a = article(citation) or {}
    paragraphs = a.get("paragraphs") or {}
    return paragraphs.get(citation) or a.get("summary") or ""
