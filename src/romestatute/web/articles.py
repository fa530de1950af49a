"""The article index as the explorer shows it: :mod:`romestatute.law.articles` (the one index every face reads,
from the data folder in use) as records, looked up by id or pinpoint.

Pinpoints are written as the engine writes them ("12(2)(a)", "8 bis(1)",
"127(1)"); ids as in the data ("art-12", "art-8-bis"); a pinpoint id such as
"art-12-2-a" resolves to its article with the paragraph "12(2)(a)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from romestatute import i18n
from romestatute.facts.load import data_dir
from romestatute.law import articles as law_articles

_PINPOINT = re.compile(r"^\s*(?:art\.?\s*)?(\d+)(\s*(?:bis|ter|quater))?((?:\([^)]*\))*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    number: str
    part: int
    title: str
    summary: str
    paragraphs: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, entry: dict[str, Any]) -> Article:
        """An article of the law's index (already in the active language)."""
        paras = tuple((str(k), str(v)) for k, v in (entry.get("paragraphs") or {}).items())
        return cls(entry["id"], str(entry["number"]), int(entry["part"]), entry["title"],
                   str(entry.get("summary", "")).strip(), paras)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "part": self.part, "title": self.title,
                "summary": self.summary, "paragraphs": dict(self.paragraphs),
                "href": f"/article/{self.id}"}


def index() -> dict[str, Any]:
    """The index in the active language: articles, Parts, and the official text's name and address."""
    source, source_url = law_articles.source()
    return {"articles": articles(), "parts": law_articles.parts(), "source": source or None,
            "source_url": source_url or None}


_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def part_number(number: int) -> str:
    """A Part's number as the Statute writes it in the active language: "2" in English, "II" in French."""
    if i18n.language() != "fr":
        return str(number)
    out, n = "", number
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def articles() -> dict[str, Article]:
    """Every article of the index, by id, in the active language."""
    return _records(i18n.language(), str(data_dir()))


@lru_cache(maxsize=4 * len(i18n.LANGUAGES))
def _records(lang: str, folder: str) -> dict[str, Article]:
    return {k: Article.of(a) for k, a in law_articles.index_in(lang, folder).items()}


def anchor(pinpoint: str) -> str:
    """An HTML id for a paragraph key: "12(2)(a)" -> "p-12-2-a"."""
    return "p-" + re.sub(r"[^0-9a-z]+", "-", pinpoint.lower()).strip("-")


def pinpoint_id(pinpoint: str) -> tuple[str, str | None] | None:
    """The article id and paragraph anchor for a pinpoint ("12(2)(a)" -> ("art-12", "p-12-2-a"))."""
    m = _PINPOINT.match(pinpoint or "")
    if not m:
        return None
    art = f"art-{m.group(1)}" + (f"-{m.group(2).strip().lower()}" if m.group(2) else "")
    if art not in articles():
        return None
    return art, anchor(pinpoint.strip()) if m.group(3) else None


def href(pinpoint: str | None) -> str | None:
    """The explorer's link for a pinpoint, or None if the article is not in the index."""
    found = pinpoint_id(pinpoint or "")
    if found is None:
        return None
    art, frag = found
    return f"/article/{art}" + (f"#{frag}" if frag else "")


def lookup(given: str) -> tuple[Article, str | None] | None:
    """An article by id ("art-12"), pinpoint id ("art-12-2-a") or pinpoint ("12(2)(a)")."""
    arts = articles()
    if given in arts:
        return arts[given], None
    if given.startswith("art-"):
        bits = given[4:].split("-")
        for n in range(len(bits), 0, -1):
            cand = "art-" + "-".join(bits[:n])
            if cand in arts:
                return arts[cand], "p-" + "-".join(bits) if n < len(bits) else None
        return None
    found = pinpoint_id(given)
    return (arts[found[0]], found[1]) if found else None
