"""The article index (data/articles.yaml): titles and plain-language summaries in our words.

Each article carries its English heading, summary and paragraph notes, and under ``fr`` the same in
French (the official French heading; the summary and notes our own words, never the Statute's text).
Everything here answers in the active language (:mod:`romestatute.i18n`); keys never change.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from romestatute import i18n
from romestatute.facts import docket
from romestatute.facts.load import data_dir
from romestatute.law.registry import article_id

# Every cache below is keyed by the language and the data folder in use ($ROMESTATUTE_DATA), so a copy of
# the data read by the engine is read by every face (the CLI, the API and the explorer's pages) alike.


def _index(lang: str) -> dict[str, dict[str, Any]]:
    return index_in(lang, str(data_dir()))


@lru_cache(maxsize=4 * len(i18n.LANGUAGES))
def index_in(lang: str, folder: str) -> dict[str, dict[str, Any]]:
    """The articles by id, in ``lang``, from the data folder ``folder``."""
    doc = docket.load_from(folder, "articles.yaml") or {}
    return {a["id"]: i18n.localise(a, lang) for a in doc.get("articles", [])}


def parts(lang: str | None = None) -> dict[int, str]:
    """Each Part's number and name, in ``lang`` (default: the active language)."""
    return _parts(lang or i18n.language(), str(data_dir()))


@lru_cache(maxsize=4 * len(i18n.LANGUAGES))
def _parts(lang: str, folder: str) -> dict[int, str]:
    doc = docket.load_from(folder, "articles.yaml") or {}
    return {int(p["number"]): i18n.localise(p, lang)["name"] for p in doc.get("parts", [])}


def source() -> tuple[str, str]:
    """The official text the index summarises: its name and address (``source`` and ``source_url``)."""
    doc = docket.load("articles.yaml") or {}
    return str(doc.get("source") or ""), str(doc.get("source_url") or "")


def articles() -> list[dict[str, Any]]:
    return list(_index(i18n.language()).values())


def article(ident: str) -> dict[str, Any] | None:
    """An article by id ('art-12') or citation ('12(2)(a)')."""
    idx = _index(i18n.language())
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
