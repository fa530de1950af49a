"""Find the names of a table in a text in one pass, in time linear in the text.

A name starts at the start of a word and ends at the end of one (never inside "Gbagbo" or after a
hyphen); among the names that start at the same place the longest wins.  No alternation of thousands
of names is run over the text, and no word is looked at twice:

* the text's words are listed once (and grouped by spelling) for all the tables run over it;
* a table keeps the first word of each of its names, so only the words spelt like one are tried;
* a table keeps how many words its names have (1, 2, 3...), so from a word only the spans of those
  lengths are looked up in the table's dict, longest first.

Counting words is exact when the normalisation maps one character to one (lower or title case of
ASCII and of almost every letter): a text with a character whose case forms are longer ("İ", "ß",
"ŉ") is read the long way, trying every span up to the longest name.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from heapq import merge
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")
WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SPLIT = re.compile(r"([^\W_]+)", re.UNICODE)


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
    #: first word -> how many words the names starting with it have, most first
    lengths: dict[str, tuple[int, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.table = {self.normalize(k): v for k, v in self.names.items()}
        self.first = {self.word_normalize(m.group(0)) for k in self.names if (m := WORD.search(k))}
        self.max_chars = max((len(k) for k in self.names), default=0) + 4
        lengths: dict[str, set[int]] = {}
        for k in self.names:
            if m := WORD.search(k):
                lengths.setdefault(self.word_normalize(m.group(0)), set()).add(len(WORD.findall(self.normalize(k))))
        self.lengths = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}

    def _starts(self, words: _Words) -> list[int]:
        """The indexes of the words a name of this table may start with, in order."""
        first, norm = self.first, self.word_normalize
        groups = []
        for word, where in words.by_spelling().items():
            if self.capital_start and not word[0].isupper():
                continue
            # "BRUSSELS, Nov 17": a dateline in capitals
            if norm(word) in first or (len(word) > 3 and word.isupper() and norm(word.title()) in first):
                groups.append(where)
        return groups[0] if len(groups) == 1 else list(merge(*groups))

    def find(self, text: str, *, by_length: bool | None = None) -> list[tuple[T, str, int, int]]:
        """(value, name as written, start, end) for every name, left to right, without overlaps.

        ``by_length`` (tests): False tries every span up to the longest name, True only the spans with as
        many words as a name; by default the second where it is exact (see the module docstring)."""
        if not self.table:
            return []
        words = _words(text)
        if by_length is None:
            by_length = words.one_to_one
        starts, ends = words.starts, words.ends
        table, normalize, word_normalize, lengths = self.table, self.normalize, self.word_normalize, self.lengths
        out: list[tuple[T, str, int, int]] = []
        taken_to = -1
        n_words = len(starts)
        n_chars = len(text)
        for i in self._starts(words):
            s, e0 = starts[i], ends[i]
            if s < taken_to or (s > 0 and text[s - 1] in "-‐"):  # taken, or inside a hyphenated word
                continue
            word = text[s:e0]
            caps = e0 - s > 3 and word.isupper()  # "BRUSSELS, Nov 17": a dateline in capitals
            limit = s + self.max_chars
            if by_length:
                counts = lengths.get(word_normalize(word), ())
                if caps:
                    counts = tuple(sorted({*counts, *lengths.get(word_normalize(word.title()), ())}, reverse=True))
                tries: Iterable[int] = [i + n - 1 for n in counts]
            else:
                tries = range(min(bisect.bisect_right(ends, limit), n_words) - 1, i - 1, -1)
            for j in tries:
                if j >= n_words or ends[j] > limit:
                    continue
                e = ends[j]
                if e + 1 < n_chars and text[e] in "-‐" and text[e + 1].isalnum():
                    continue  # the name would end inside a hyphenated word
                span = text[s:e]
                value = table.get(normalize(span))
                if value is None and caps and span.isupper():
                    value = table.get(normalize(span.title()))
                if value is not None:
                    out.append((value, span, s, e))
                    taken_to = e
                    break
        return out


class _Words:
    """The words of one text: where each starts and ends, and (made once, when first asked) the places
    of each spelling."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT.split(text)  # separator, word, separator, word, ..., separator
        offsets = list(accumulate(map(len, parts), initial=0))
        self.words: list[str] = parts[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self._by_spelling: dict[str, list[int]] | None = None
        self.one_to_one = text.isascii() or all(
            len(c.lower()) == 1 and len(c.title()) == 1 and len(c.upper()) == 1 for c in set(text))

    def by_spelling(self) -> dict[str, list[int]]:
        if self._by_spelling is None:
            groups: dict[str, list[int]] = {}
            for i, word in enumerate(self.words):
                groups.setdefault(word, []).append(i)
            self._by_spelling = groups
        return self._by_spelling


_local = threading.local()


def _words(text: str) -> _Words:
    """The words of a text, computed once for the several tables run over the same text (the text last
    asked about in this thread)."""
    last = getattr(_local, "last", None)
    if last is not None and last.text is text:
        return last  # type: ignore[no-any-return]
    found = _Words(text)
    _local.last = found
    return found
