"""Run the reader's case-insensitive cue patterns over a long text about twice as fast, with the same matches.

Python's ``re`` matches a pattern compiled with ``IGNORECASE`` by lowering each character of the text
as it goes (the pattern's letters are stored lowered).  Lowering the whole text once and matching it
with the same pattern, its letters lowered and the flag dropped, gives the same matches at the same
places at a fraction of the cost.  The lowered pattern is made the way ``re`` itself compiles
``IGNORECASE`` (its letters and character sets lowered, and the letters ``re`` counts as equal under
case folding, such as "s" and "ſ", kept as alternatives), so the two agree on every text whose lowering
keeps one character for one: every text but those with "İ" (lowered to two characters) or a capital
sigma (lowered by context); those are matched the ordinary way.

``finditer(rx, text)`` yields the (start, end) of each match, as ``rx.finditer(text)`` would find them;
``matches(rx, text)`` yields match objects whose groups read the text as given.

Several patterns over one text (the reader's cue words) are run in one pass: ``finditer_many``.  Each
pattern's lowered form tells the literal strings every one of its matches starts with ("withdr",
"pull", "quit"... for the withdrawal cue); one Aho-Corasick automaton (pyahocorasick) finds all of those
strings of all the patterns in one scan of the lowered text, and each pattern is then tried only where
one of its strings starts, left to right, each try after the end of its last match: the same matches as
``finditer``, which tries every place, since a match can start nowhere else.  Building the lowered
pattern uses ``re``'s own parser and compiler (``re._parser``, ``re._compiler``); if they change shape in a
later Python, the pattern is used as it is.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

import ahocorasick

T = TypeVar("T")
_cache: dict[re.Pattern[str], re.Pattern[str] | None] = {}
#: pattern -> the literal strings (in the lowered text) each of its matches starts with, None if not known
_heads: dict[re.Pattern[str], tuple[str, ...] | None] = {}
_local = threading.local()
#: a pattern's starting strings are followed this far (longer strings: fewer places to try)
HEAD_CHARS = 8
#: more starting strings than this: the pattern is scanned the ordinary way
MAX_HEADS = 400


def _lower(rx: re.Pattern[str]) -> tuple[re.Pattern[str] | None, tuple[str, ...] | None]:
    """``rx`` without IGNORECASE, for a lowered text, and the strings its matches start with (see
    ``heads``); (None, None) if it cannot be made (then ``rx`` is used)."""
    if not rx.flags & re.IGNORECASE or rx.flags & re.LOCALE or not rx.flags & re.UNICODE:
        return None, None
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
        from re._constants import (  # type: ignore[attr-defined]
            ANY,
            ASSERT,
            ASSERT_NOT,
            AT,
            AT_BOUNDARY,
            ATOMIC_GROUP,
            BRANCH,
            CATEGORY,
            IN,
            LITERAL,
            MAX_REPEAT,
            MIN_REPEAT,
            NEGATE,
            NOT_LITERAL,
            POSSESSIVE_REPEAT,
            RANGE,
            SUBPATTERN,
        )
    except ImportError:
        return None, None

    def lowered(code: int) -> list[int]:
        """The character codes ``re`` takes as equal to ``code`` once lowered."""
        low = chr(code).lower()
        if len(low) != 1:
            raise ValueError(code)
        return [ord(low), *_EXTRA_CASES.get(ord(low), ())]

    def charset(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        out: list[tuple[Any, Any]] = []
        for op, av in items:
            if op is LITERAL:
                out += [(LITERAL, c) for c in lowered(av)]
            elif op is RANGE:
                if av[1] - av[0] > 0x3000:
                    raise ValueError(av)
                out += [(LITERAL, c) for code in range(av[0], av[1] + 1) for c in lowered(code)]
            elif op is NEGATE or op is CATEGORY:
                out.append((op, av))
            else:
                raise ValueError(op)
        return out

    def walk(sub: Any) -> None:
        data = sub.data
        for i, (op, av) in enumerate(data):
            if op is LITERAL or op is NOT_LITERAL:
                codes = lowered(av)
                if len(codes) == 1:
                    data[i] = (op, codes[0])
                else:
                    data[i] = (IN, ([(NEGATE, None)] if op is NOT_LITERAL else []) + [(LITERAL, c) for c in codes])
            elif op is IN:
                data[i] = (IN, charset(av))
            elif op is BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is SUBPATTERN:
                if av[1] or av[2]:  # flags set or cleared inside the pattern
                    raise ValueError(op)
                walk(av[3])
            elif op is ASSERT or op is ASSERT_NOT:
                walk(av[1])
            elif op is ATOMIC_GROUP:
                walk(av)
            elif op is AT or op is ANY or op is CATEGORY:
                continue
            else:  # back-references and anything else: not rewritten
                raise ValueError(op)

    word = re.compile(r"\w")

    def word_start(data: list[tuple[Any, Any]], apply: bool) -> bool:
        """Whether ``data`` always starts with a word character (and, with ``apply``, put after its first
        letters the check that no word character comes before them, which then stands for the ``\\b``)."""
        if not data:
            return False
        op, av = data[0]
        if op is LITERAL and word.match(chr(av)):
            run = 1
            while run < len(data) and data[run][0] is LITERAL and word.match(chr(data[run][1])):
                run += 1
            if apply:
                data.insert(run, (ASSERT_NOT, (-1, _parser.parse(r"\w" * (run + 1), re.UNICODE))))
            return True
        if op is IN and all((o is LITERAL and word.match(chr(a))) or (o is CATEGORY and str(a) == "CATEGORY_WORD")
                            for o, a in av):
            if apply:
                data.insert(1, (ASSERT_NOT, (-1, _parser.parse(r"\w\w", re.UNICODE))))
            return True
        if op is BRANCH:
            return all(word_start(alt.data, apply) for alt in av[1])
        if op is SUBPATTERN and not av[1] and not av[2]:
            return word_start(av[3].data, apply)
        return False

    def no_groups(data: list[tuple[Any, Any]]) -> bool:
        return "SUBPATTERN" not in str(data) and "GROUPREF" not in str(data)

    def unfold_optional(data: list[tuple[Any, Any]]) -> None:
        """``(?:X)?Y`` at the start as ``XY|Y`` (the same tries in the same order), so that the letters a
        match may start with are known."""
        if data and data[0][0] is MAX_REPEAT and data[0][1][:2] == (0, 1) and no_groups(data[:1]):
            body, rest = data[0][1][2], data[1:]
            state = body.state
            data[:] = [(BRANCH, (None, [_parser.SubPattern(state, list(body.data) + list(rest)),
                                        _parser.SubPattern(state, list(rest))]))]

    def boundary_first(data: list[tuple[Any, Any]]) -> None:
        """``\\b`` then a word character, as a search can skip to: the letter first (``re`` then looks only
        where that letter or one of those letters is), the check for no word character before it after."""
        if data and data[0] == (AT, AT_BOUNDARY):
            rest = data[1:]
            unfold_optional(rest)
            if word_start(rest, False):
                data[1:] = rest
        elif len(data) == 1 and data[0][0] is BRANCH:
            for alt in data[0][1][1]:
                if alt.data and alt.data[0] == (AT, AT_BOUNDARY):
                    rest = alt.data[1:]
                    unfold_optional(rest)
                    if word_start(rest, False):
                        alt.data[1:] = rest
        if data and data[0] == (AT, AT_BOUNDARY) and word_start(data[1:], False):
            del data[0]
            word_start(data, True)
        elif len(data) == 1 and data[0][0] is BRANCH and all(
                alt.data and alt.data[0] == (AT, AT_BOUNDARY) and word_start(alt.data[1:], False)
                for alt in data[0][1][1]):
            for alt in data[0][1][1]:
                del alt.data[0]
                word_start(alt.data, True)

    class Unknown(Exception):
        """More starting strings than are worth looking for."""

    def heads(items: list[tuple[Any, Any]], need: int) -> set[str]:
        """Literal strings (of at most ``need`` characters) that every match of ``items`` starts with ("" for
        a match that may start with anything)."""
        if not items or need <= 0:
            return {""}
        (op, av), rest = items[0], items[1:]
        if op is LITERAL:
            return {chr(av) + h for h in heads(rest, need - 1)}
        if op is IN and all(o is LITERAL for o, _ in av) and len(av) <= 4:
            tails = heads(rest, need - 1)
            return {chr(a) + h for _, a in av for h in tails}
        if op is AT or op is ASSERT or op is ASSERT_NOT:  # takes no character
            return heads(rest, need)
        if op is SUBPATTERN:
            return heads(list(av[3].data) + rest, need)
        if op is BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= heads(list(alt.data) + rest, need)
                if len(out) > MAX_HEADS:
                    raise Unknown
            return out
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, high, body = av
            after = rest if high == 1 else [(ANY, None)]  # what follows one repetition (ANY: not known)
            once = heads(list(body.data) + after, need)
            return once | heads(rest, need) if low == 0 else once
        return {""}  # a class of characters, any character...: the known start ends here

    def starting_strings(tree: Any) -> tuple[str, ...] | None:
        """The shortest set of strings each match starts with, or None: each of at least two characters, or
        one letter outside ASCII ("à")."""
        try:
            found = heads(list(tree.data), HEAD_CHARS)
        except (Unknown, RecursionError, ValueError):
            return None
        if len(found) > MAX_HEADS or any(len(h) < 2 and (h.isascii() or not h.isalpha()) for h in found):
            return None  # a match may start with anything, or with one common character
        kept = sorted(found, key=len)
        return tuple(h for i, h in enumerate(kept) if not any(h.startswith(k) for k in kept[:i]))

    try:
        tree = _parser.parse(rx.pattern, rx.flags)
        if tree.state.flags & re.VERBOSE or tree.state.flags != rx.flags:
            return None, None
        walk(tree)
        boundary_first(tree.data)
        if len(tree.data) == 1 and tree.data[0][0] is BRANCH:  # "a|(?:b|c)" as "a|b|c": one set of first letters
            alts: list[Any] = []
            for alt in tree.data[0][1][1]:
                inner = alt.data[0] if len(alt.data) == 1 else None
                alts += inner[1][1] if inner is not None and inner[0] is BRANCH else [alt]
            tree.data[0] = (BRANCH, (None, alts))
        tree.state.flags &= ~re.IGNORECASE
        first = starting_strings(tree)
        return _compiler.compile(tree, 0), first
    except Exception:  # noqa: BLE001 - any surprise: match the ordinary way
        return None, None


def lowered_pattern(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    if rx not in _cache:
        _cache[rx], _heads[rx] = _lower(rx)
    return _cache[rx]


def heads(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal strings of the lowered text that every match of ``rx`` starts with (none a prefix of
    another, each of at least two characters or one letter outside ASCII), or None when they are not known
    or too many."""
    lowered_pattern(rx)
    return _heads[rx]


def lowered_text(text: str) -> str | None:
    """The text lowered one character for one, or None when that is not how ``re`` lowers it (kept for the
    text last asked about in this thread: the several patterns run over one report lower it once)."""
    last = getattr(_local, "last", None)
    if last is not None and last[0] is text:
        return last[1]  # type: ignore[no-any-return]
    low: str | None = text.lower()
    if len(low) != len(text) or "Σ" in text:  # type: ignore[arg-type]
        low = None
    _local.last = (text, low)
    return low


def finditer(rx: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every match of ``rx`` in ``text``, as ``rx.finditer(text)`` finds them."""
    fast = lowered_pattern(rx)
    low = lowered_text(text) if fast is not None else None
    if fast is None or low is None:
        return (m.span() for m in rx.finditer(text))
    return (m.span() for m in fast.finditer(low))


class Found:
    """A match found in the lowered text, read in the text as given."""

    __slots__ = ("_m", "string")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self._m = m
        self.string = text

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    def group(self, group: int | str = 0) -> str | Any:  # as re.Match.group (None for a group that did not match)
        s, e = self._m.span(group)
        return None if s < 0 else self.string[s:e]

    def __getitem__(self, group: int | str) -> str | Any:
        return self.group(group)

    def groupdict(self) -> dict[str, str | None]:
        return {k: self.group(k) for k in self._m.re.groupindex}


def matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str] | Found]:
    """Every match of ``rx`` in ``text`` (``rx.finditer(text)``), groups read in ``text``."""
    fast = lowered_pattern(rx)
    low = lowered_text(text) if fast is not None else None
    if fast is None or low is None:
        return rx.finditer(text)
    return (Found(m, text) for m in fast.finditer(low))


def search(rx: re.Pattern[str], text: str) -> re.Match[str] | Found | None:
    """The first match of ``rx`` in ``text`` (``rx.search(text)``), groups read in ``text``."""
    fast = lowered_pattern(rx)
    low = lowered_text(text) if fast is not None else None
    if fast is None or low is None:
        return rx.search(text)
    m = fast.search(low)
    return None if m is None else Found(m, text)


def automaton(words: Mapping[str, T]) -> Any:
    """An Aho-Corasick automaton (pyahocorasick) of ``words``: each word -> (its length - 1, its value), so that
    ``iter`` gives where a word starts as ``end - back``; None when there are no words."""
    if not words:
        return None
    auto = ahocorasick.Automaton()
    for word, value in words.items():
        auto.add_word(word, (len(word) - 1, value))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=16)
def _automaton(rxs: tuple[re.Pattern[str], ...]) -> Any:
    """An automaton of the starting strings of ``rxs`` (each string -> the indexes of the patterns it starts),
    or None when no pattern has starting strings."""
    owners: dict[str, list[int]] = {}
    for i, rx in enumerate(rxs):
        for h in heads(rx) or ():
            owners.setdefault(h, []).append(i)
    return automaton({h: tuple(ids) for h, ids in owners.items()})


def finditer_many(rxs: Sequence[re.Pattern[str]], text: str) -> list[list[tuple[int, int]]]:
    """For each pattern of ``rxs``, the (start, end) of its matches in ``text`` (``list(finditer(rx, text))``),
    in one scan of the text for the starting strings of all of them (see the module docstring)."""
    return scan_many(rxs, text)[0]


def scan_many(rxs: Sequence[re.Pattern[str]], text: str, places_of: Sequence[re.Pattern[str]] = ()
              ) -> tuple[list[list[tuple[int, int]]], list[list[int] | None]]:
    """``finditer_many(rxs, text)``, and in the same scan, for each pattern of ``places_of``, the places (sorted)
    where one of its starting strings begins in the text: a match of it in any part of the text starts at one
    of them, so a part with none needs no search (None: not known, every place may)."""
    rxs, places_of = tuple(rxs), tuple(places_of)
    every = rxs + places_of
    low = lowered_text(text)
    fast = [lowered_pattern(rx) for rx in every]
    auto = _automaton(every) if low is not None else None
    if auto is None or low is None:
        return [list(finditer(rx, text)) for rx in rxs], [None for _ in places_of]
    places: list[list[int]] = [[] for _ in every]
    for end, (back, ids) in auto.iter(low):
        for i in ids:
            places[i].append(end - back)
    out: list[list[tuple[int, int]]] = []
    for i, rx in enumerate(rxs):
        pattern = fast[i]
        if pattern is None or heads(rx) is None:
            out.append(list(finditer(rx, text)))
            continue
        match, after = pattern.match, 0
        found: list[tuple[int, int]] = []
        for at in sorted(places[i]):  # reported by where each string ends; no two strings of one pattern start at one place
            if at >= after and (m := match(low, at)) is not None:
                after = m.end()
                found.append((at, after))
        out.append(found)
    starts: list[list[int] | None] = [sorted(places[len(rxs) + k]) if heads(rx) is not None else None
                                      for k, rx in enumerate(places_of)]
    return out, starts


def any_between(places: list[int] | None, start: int, end: int) -> bool:
    """Whether a place of ``scan_many``'s ``places_of`` lies in [start, end) (True when they are not known)."""
    if places is None:
        return True
    i = bisect.bisect_left(places, start)
    return i < len(places) and places[i] < end
