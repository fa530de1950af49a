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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import merge
from itertools import accumulate
from typing import Any, Generic, TypeVar

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
        if by_length is None:
            return find_many([self], text)[0] if self.normalize in _LOWERABLE else self._find_from_first_words(text)
        return self.find_by_words(text, by_length=by_length)

    def _first_words(self) -> Any:
        """An automaton of the lowered first words of the names (word -> its length - 1), or None."""
        if self._first_auto is None:
            try:
                import ahocorasick
            except ImportError:  # pragma: no cover - a core dependency; without it the text's words are listed
                self._first_auto = False
                return None
            auto = ahocorasick.Automaton()
            for word in {w.lower() for w in self.first}:
                auto.add_word(word, len(word) - 1)
            if len(auto):
                auto.make_automaton()
            self._first_auto = auto if len(auto) else False
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
        low = text.lower()
        if auto is None or len(low) != len(text) or not _one_to_one(text):
            return self.find_by_words(text)
        first, norm, lengths = self.first, self.word_normalize, self.lengths
        n_chars = len(text)
        starts: list[tuple[int, int]] = []
        for end, back in auto.iter(low):
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
            caps = e0 - s > 3 and word.isupper()  # "BRUSSELS, Nov 17": a dateline in capitals
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

    def find_by_words(self, text: str, *, by_length: bool | None = None) -> list[tuple[T, str, int, int]]:
        """``find`` from the text's list of words (see the module docstring)."""
        if not self.table:
            return []
        words = _words(text)
        if by_length is None:
            by_length = words.one_to_one
        starts, ends = words.starts, words.ends
        word_normalize, lengths = self.word_normalize, self.lengths
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
                value = self._lookup(span, caps)
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
        self.one_to_one = _one_to_one(text)

    def by_spelling(self) -> dict[str, list[int]]:
        if self._by_spelling is None:
            groups: dict[str, list[int]] = {}
            for i, word in enumerate(self.words):
                groups.setdefault(word, []).append(i)
            self._by_spelling = groups
        return self._by_spelling


_local = threading.local()


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
    """One automaton of the lowered names of ``tables`` (name -> (its length - 1, the tables that have it)),
    or None without pyahocorasick."""
    key = tuple(map(id, tables))
    if key in _automata:
        return _automata[key][1]
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a core dependency; without it each table is read on its own
        return None
    owners: dict[str, set[int]] = {}
    for i, g in enumerate(tables):
        for name in g.table:
            for low in {name.lower(), name.upper().lower()}:
                if len(low) == len(name):  # otherwise in no text read this way (see find_many)
                    owners.setdefault(low, set()).add(i)
    auto = ahocorasick.Automaton()
    for low, ids in owners.items():
        auto.add_word(low, (len(low) - 1, tuple(sorted(ids))))
    if owners:
        auto.make_automaton()
    if len(_automata) >= 16:
        _automata.clear()
    _automata[key] = (tables, auto if owners else None)  # the tables kept alive: their ids stay theirs
    return _automata[key][1]


def find_many(tables: Sequence[Gazetteer[T]], text: str) -> list[list[tuple[T, str, int, int]]]:
    """``[g.find(text) for g in tables]``, in one scan of the text for the tables whose names are matched as
    written or lowered (see the module docstring)."""
    tables = tuple(tables)
    one = [i for i, g in enumerate(tables) if g.normalize in _LOWERABLE and g.table]
    low = text.lower()
    auto = _automaton(tuple(tables[i] for i in one)) if one and len(low) == len(text) else None
    if auto is None:
        return [g.find_by_words(text) for g in tables]
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
        table, normalize, capital_start = g.table, g.normalize, g.capital_start
        hits = out[i]
        taken_to = -1
        for s, neg_e in sorted(found[k]):  # at each start the longest first
            if s < taken_to:
                continue
            if capital_start and not text[s].isupper():
                continue
            e = -neg_e
            span = text[s:e]
            value = table.get(normalize(span))
            if value is None and span.isupper():
                first = WORD.match(text, s)
                if first is not None and first.end() - s > 3 and first.group(0).isupper():  # "BRUSSELS, Nov 17"
                    value = table.get(normalize(span.title()))
            if value is not None:
                hits.append((value, span, s, e))
                taken_to = e
    for i, g in enumerate(tables):
        if i not in one:
            out[i] = g.find(text)
    return out
