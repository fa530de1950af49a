"""Find the names of a table in a text in one pass, in time linear in the text.

A name starts at the start of a word and ends at the end of one (never inside "Gbagbo" or after a
hyphen); among the names that start at the same place the longest wins.  No alternation of thousands
of names is run over the text, and no word is looked at twice:

* a table keeps the first word of each of its names, so only the words spelt like one are tried;
* a table keeps how many words its names have (1, 2, 3...), so from a word only the spans of those
  lengths are looked up in the table's dict, longest first.

Counting words is exact when the normalisation maps one character to one (lower or title case of
ASCII and of almost every letter): a text with a character whose case forms are longer ("İ", "ß",
"ŉ") is read the long way (``find_by_words``), from the list of its words, trying every span up to the
longest name.

Several tables over one text (``find_many``: the reader's metonyms, places, capitals, cities, regions,
foreign names and demonyms) are read in ONE scan when their names are matched as written or lowered:
an Aho-Corasick automaton (pyahocorasick) of all their names, lowered, finds every place a name of any
table may stand in the lowered text; each such place is then held to the same rules as above (word
starts and ends, hyphens, a capital first letter, the dateline in capitals, the longest name at a start,
no overlap within a table), so each table gets exactly what ``find`` gives.  A table with a normalisation of its own (people's names,
"al-Bashir" = "Al Bashir") finds the words its names may start with by the same kind of scan, with an
automaton of those first words, instead of listing every word of the text.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any, Generic, TypeVar

from romestatute.read import scan

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
    #: the first words as an automaton, made when first needed (False: none can be made)
    _first_auto: Any = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.table = {self.normalize(k): v for k, v in self.names.items()}
        self.first = {self.word_normalize(m.group(0)) for k in self.names if (m := WORD.search(k))}
        self.max_chars = max((len(k) for k in self.names), default=0) + 4
        lengths: dict[str, set[int]] = {}
        for k in self.names:
            if m := WORD.search(k):
                lengths.setdefault(self.word_normalize(m.group(0)), set()).add(len(WORD.findall(self.normalize(k))))
        self.lengths = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}

    def find(self, text: str) -> list[tuple[T, str, int, int]]:
        """(value, name as written, start, end) for every name, left to right, without overlaps."""
        return find_many([self], text)[0] if self.normalize in _LOWERABLE else self._find_from_first_words(text)

    def _first_words(self) -> Any:
        """An automaton of the lowered first words of the names (``scan.automaton``), or None."""
        if self._first_auto is None:
            self._first_auto = scan.automaton(dict.fromkeys(w.lower() for w in self.first)) or False
        return self._first_auto or None

    def _lookup(self, span: str, caps: bool) -> T | None:
        """The value of the name ``span`` reads as, or None; a dateline in capitals ("BRUSSELS") is also tried
        in title case."""
        value = self.table.get(self.normalize(span))
        if value is None and caps and span.isupper():
            value = self.table.get(self.normalize(span.title()))
        return value

    def _find_from_first_words(self, text: str) -> list[tuple[T, str, int, int]]:
        """``find`` for a table with its own normalisation (people's names: "al-Bashir" = "Al Bashir"): the
        words a name may start with found in one scan of the lowered text (instead of listing every word of
        the text), then the same tries as ``find_by_words`` by number of words."""
        auto = self._first_words() if self.table else None
        low = scan.lowered_text(text)
        if auto is None or low is None or not _one_to_one(text):
            return self.find_by_words(text)
        first, norm, lengths = self.first, self.word_normalize, self.lengths
        n_chars = len(text)
        starts: list[tuple[int, int]] = []
        for end, (back, _) in auto.iter(low):
            s, e0 = end - back, end + 1
            if (s > 0 and text[s - 1].isalnum()) or (e0 < n_chars and text[e0].isalnum()):
                continue  # not a whole word
            starts.append((s, e0))
        starts.sort()
        out: list[tuple[T, str, int, int]] = []
        taken_to = -1
        known: dict[str, T | None] = {}  # span -> its value: a name recurs in a report, normalised once
        for s, e0 in starts:
            if s < taken_to or (s > 0 and text[s - 1] in "-‐"):  # taken, or inside a hyphenated word
                continue
            word = text[s:e0]
            if self.capital_start and not word[0].isupper():
                continue
            caps = _dateline(word)
            if not (norm(word) in first or (caps and norm(word.title()) in first)):
                continue
            counts = lengths.get(norm(word), ())
            if caps:
                counts = tuple(sorted({*counts, *lengths.get(norm(word.title()), ())}, reverse=True))
            limit = s + self.max_chars
            for n in counts:
                m = _n_words(n).match(text, s)
                if m is None or m.end() > limit:
                    continue
                e = m.end()
                if e + 1 < n_chars and text[e] in "-‐" and text[e + 1].isalnum():
                    continue  # the name would end inside a hyphenated word
                span = text[s:e]
                value = known[span] if span in known else known.setdefault(span, self._lookup(span, caps))
                if value is not None:
                    out.append((value, span, s, e))
                    taken_to = e
                    break
        return out

    def find_by_words(self, text: str) -> list[tuple[T, str, int, int]]:
        """``find`` the long way, for a text whose characters' case forms are not all of one character: from
        the text's list of words, every span up to the longest name tried (see the module docstring)."""
        if not self.table:
            return []
        words = _words(text)
        starts, ends = words.starts, words.ends
        first, norm = self.first, self.word_normalize
        out: list[tuple[T, str, int, int]] = []
        taken_to = -1
        n_words = len(starts)
        n_chars = len(text)
        for i, word in enumerate(words.words):
            if self.capital_start and not word[0].isupper():
                continue
            caps = _dateline(word)
            if not (norm(word) in first or (caps and norm(word.title()) in first)):
                continue
            s = starts[i]
            if s < taken_to or (s > 0 and text[s - 1] in "-‐"):  # taken, or inside a hyphenated word
                continue
            limit = s + self.max_chars
            for j in range(min(bisect.bisect_right(ends, limit), n_words) - 1, i - 1, -1):
                e = ends[j]
                if e + 1 < n_chars and text[e] in "-‐" and text[e + 1].isalnum():
                    continue  # the name would end inside a hyphenated word
                span = text[s:e]
                value = self._lookup(span, caps)
                if value is not None:
                    out.append((value, span, s, e))
                    taken_to = e
                    break
        return out


class _Words:
    """The words of one text: each, and where it starts and ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT.split(text)  # separator, word, separator, word, ..., separator
        offsets = list(accumulate(map(len, parts), initial=0))
        self.words: list[str] = parts[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]


_local = threading.local()


def _dateline(word: str) -> bool:
    """Whether a name's first word is a dateline's in capitals ("BRUSSELS, Nov 17"): the name is also tried in
    title case."""
    return len(word) > 3 and word.isupper()


def _one_to_one(text: str) -> bool:
    """Whether every character of the text has lower, title and upper forms of one character."""
    return text.isascii() or all(len(c.lower()) == 1 and len(c.title()) == 1 and len(c.upper()) == 1 for c in set(text))


@lru_cache(maxsize=16)
def _n_words(n: int) -> re.Pattern[str]:
    """``n`` words from where it is matched (a word: letters and digits; between words: anything else)."""
    return re.compile(rf"[^\W_]+(?:[\W_]+[^\W_]+){{{n - 1}}}")


def _words(text: str) -> _Words:
    """The words of a text, computed once for the several tables run over the same text (the text last
    asked about in this thread)."""
    last = getattr(_local, "last", None)
    if last is not None and last.text is text:
        return last  # type: ignore[no-any-return]
    found = _Words(text)
    _local.last = found
    return found


#: Normalisations ``find_many`` reads in one scan: the name as written, or lowered.
_LOWERABLE: tuple[Callable[[str], str], ...] = (_same, str.lower)
_automata: dict[tuple[int, ...], tuple[tuple[Gazetteer[Any], ...], Any]] = {}


def _automaton(tables: tuple[Gazetteer[Any], ...]) -> Any:
    """One automaton of the lowered names of ``tables`` (``scan.automaton``: name -> the tables that have it),
    or None."""
    key = tuple(map(id, tables))
    if key in _automata:
        return _automata[key][1]
    owners: dict[str, set[int]] = {}
    for i, g in enumerate(tables):
        for name in g.table:
            for low in {name.lower(), name.upper().lower()}:
                if len(low) == len(name):  # otherwise in no text read this way (see find_many)
                    owners.setdefault(low, set()).add(i)
    if len(_automata) >= 16:
        _automata.clear()
    _automata[key] = (tables, scan.automaton({low: tuple(sorted(ids)) for low, ids in owners.items()}))
    return _automata[key][1]  # the tables kept alive with it: their ids stay theirs


def find_many(tables: Sequence[Gazetteer[T]], text: str) -> list[list[tuple[T, str, int, int]]]:
    """``[g.find(text) for g in tables]``, in one scan of the text for the tables whose names are matched as
    written or lowered (see the module docstring)."""
    tables = tuple(tables)
    one = [i for i, g in enumerate(tables) if g.normalize in _LOWERABLE and g.table]
    low = scan.lowered_text(text)
    auto = _automaton(tuple(tables[i] for i in one)) if one and low is not None else None
    if auto is None:
        return [g.find_by_words(text) if g.normalize in _LOWERABLE else g.find(text) for g in tables]
    found: list[list[tuple[int, int]]] = [[] for _ in one]  # (start, -end) of every place a name may stand
    n = len(text)
    for end, (back, ids) in auto.iter(low):
        s, e = end - back, end + 1
        # a name starts at a word start (not after a hyphen) and ends at a word end (not inside a hyphenated word)
        if not text[s].isalnum() or not text[end].isalnum():
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-‐"):
            continue
        if e < n and (text[e].isalnum() or (text[e] in "-‐" and e + 1 < n and text[e + 1].isalnum())):
            continue
        for k in ids:
            found[k].append((s, -e))
    out: list[list[tuple[T, str, int, int]]] = [[] for _ in tables]
    for k, i in enumerate(one):
        g = tables[i]
        capital_start, lookup = g.capital_start, g._lookup
        hits = out[i]
        taken_to = -1
        for s, neg_e in sorted(found[k]):  # at each start the longest first
            if s < taken_to:
                continue
            if capital_start and not text[s].isupper():
                continue
            e = -neg_e
            span = text[s:e]
            caps = span.isupper() and (first := WORD.match(text, s)) is not None and _dateline(first.group(0))
            value = lookup(span, caps)
            if value is not None:
                hits.append((value, span, s, e))
                taken_to = e
    for i, g in enumerate(tables):
        if i not in one:
            out[i] = g.find(text)
    return out
