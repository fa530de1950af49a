"""The article index (``data/articles.yaml``): our own plain-language summaries, looked up by id or pinpoint.

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
from romestatute.facts.load import read_yaml

_PINPOINT = re.compile(r"^\s*(?:art\.?\s*)?(\d+)(\s*(?:bis|ter|quater))?((?:\([^)]*\))*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    number: str
    part: int
    title: str
    summary: str
    paragraphs: tuple[tuple[str, str], ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "part": self.part, "title": self.title,
                "summary": self.summary, "paragraphs": dict(self.paragraphs),
                "href": f"/article/{self.id}"}


def index() -> dict[str, Any]:
    """The index in the active language: articles, Parts, and the official text's name and address."""
    return _index(i18n.language())


@lru_cache(maxsize=len(i18n.LANGUAGES))
def _index(lang: str) -> dict[str, Any]:
    doc = read_yaml("articles.yaml") or {}
    arts = {}
    for entry in doc.get("articles", []):
        a = i18n.localise(entry, lang)
        paras = tuple((str(k), str(v)) for k, v in (a.get("paragraphs") or {}).items())
        arts[a["id"]] = Article(a["id"], str(a["number"]), int(a["part"]), a["title"],
                                str(a.get("summary", "")).strip(), paras)
    parts = {int(p["number"]): i18n.localise(p, lang)["name"] for p in doc.get("parts", [])}
    return {"articles": arts, "parts": parts, "source": doc.get("source"), "source_url": doc.get("source_url")}


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
    return index()["articles"]  # type: ignore[no-any-return]


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
