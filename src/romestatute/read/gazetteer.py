"""Find the names of a table in a text in one pass, in time linear in the text.

A name starts at the start of a word and ends at the end of one (never inside "Gbagbo" or after a
hyphen); among the names that start at the same place the longest wins.  Each word start is tried
against the spans that end at the next few word ends (at most ``max_chars`` on), looked up in a dict:
no alternation of thousands of names is run over the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _same(s: str) -> str:
    return s


@dataclass
class Gazetteer(Generic[T]):
    """``names`` -> value; ``normalize`` maps a span of text to the table's form of a name."""

    names: dict[str, T]
    normalize: Callable[[str], str] = _same
    capital_start: bool = True  # a name starts with a capital letter
    #: how one word is normalised (must agree with ``normalize`` on a single word; cheaper)
    word_normalize: Callable[[str], str] = _same
    table: dict[str, T] = field(init=False)
    first: set[str] = field(init=False)  # the first word of every name: other word starts are skipped at once
    max_chars: int = field(init=False)

    def __post_init__(self) -> None:
        self.table = {self.normalize(k): v for k, v in self.names.items()}
        self.first = {self.word_normalize(m.group(0)) for k in self.names if (m := WORD.search(k))}
        self.max_chars = max((len(k) for k in self.names), default=0) + 4

    def find(self, text: str) -> list[tuple[T, str, int, int]]:
        """(value, name as written, start, end) for every name, left to right, without overlaps."""
        if not self.table:
            return []
        words, ends, capitals = _words(text)
        out: list[tuple[T, str, int, int]] = []
        taken_to = -1
        first, norm = self.first, self.word_normalize
        for i in (capitals if self.capital_start else range(len(words))):
            s, e0 = words[i]
            if s < taken_to:
                continue
            caps = text[s:e0].isupper() and e0 - s > 3  # "BRUSSELS, Nov 17": a dateline in capitals
            if norm(text[s:e0]) not in first and not (caps and norm(text[s:e0].title()) in first):
                continue
            if s > 0 and text[s - 1] in "-‐":
                continue  # inside a hyphenated word
            j_max = bisect.bisect_right(ends, s + self.max_chars)
            for j in range(min(j_max, len(words)) - 1, i - 1, -1):
                e = ends[j]
                if e < len(text) and text[e] in "-‐" and e + 1 < len(text) and text[e + 1].isalnum():
                    continue  # the name would end inside a hyphenated word
                span = text[s:e]
                value = self.table.get(self.normalize(span))
                if value is None and caps and span.isupper():
                    value = self.table.get(self.normalize(span.title()))
                if value is not None:
                    out.append((value, span, s, e))
                    taken_to = e
                    break
        return out


_last: list[tuple[str, tuple[list[tuple[int, int]], list[int], list[int]]]] = []


def _words(text: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """The words of a text, their ends and the indexes of those with a capital, computed once for the
    several tables run over the same text."""
    if _last and _last[0][0] is text:
        return _last[0][1]
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    found = (words, [e for _, e in words], [i for i, (s, _) in enumerate(words) if text[s].isupper()])
    _last[:] = [(text, found)]
    return found
