"""The reader's fast matching finds exactly what the plain way finds: the cue patterns on the lowered text
(read.scan), the name tables tried by number of words (read.gazetteer), the place tables kept between runs
(read.places) and the collector held off during a long reading (read.collector)."""

from __future__ import annotations

import gc
import json
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute.read import claims, collector, lexicon, mentions, people, places, questions, scan
from romestatute.read.gazetteer import Gazetteer, find_many

PATTERNS = sorted({id(v): v for mod in (lexicon, claims, questions, mentions) for v in vars(mod).values()
                   if isinstance(v, re.Pattern) and v.flags & re.IGNORECASE}.values(), key=lambda p: p.pattern)
PATTERNS += [rx for _, rx, _ in lexicon.ACT_CUES] + [rx for _, rx in lexicon.TRIGGER_CUES + lexicon.CRIME_CUES]

#: Words the patterns are made of, and characters whose case forms are special for ``re``.
VOCABULARY = sorted({w for p in PATTERNS for w in re.findall(r"[A-Za-zÀ-ÿ’']{2,}", p.pattern)})
ODD = ["ſ", "K", "İ", "ı", "Σ", "ß", "ǅ", "É", "’", "-", "‐", "\n", "  ", ".", ",", "(3)", "12", "124", "U-turn"]


def _texts() -> st.SearchStrategy[str]:
    word = st.sampled_from(VOCABULARY).map(str.lower) | st.sampled_from(VOCABULARY).map(str.upper) | \
        st.sampled_from(VOCABULARY).map(str.title) | st.sampled_from(ODD) | st.text("abcSTé ", max_size=6)
    return st.lists(word, max_size=40).map(" ".join)


def _plain(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _scanned(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), tuple(m.group(i + 1) for i in range(rx.groups))) for m in scan.matches(rx, text)]


def _first(rx: re.Pattern[str], text: str, fast: bool) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    m = scan.search(rx, text) if fast else rx.search(text)
    return None if m is None else (m.span(), tuple(m.group(i + 1) for i in range(rx.groups)))


@settings(max_examples=150, deadline=None)
@given(_texts())
def test_scan_finds_what_finditer_finds(text: str) -> None:
    for rx in PATTERNS:
        assert _scanned(rx, text) == _plain(rx, text), rx.pattern
        assert list(scan.finditer(rx, text)) == [m.span() for m in rx.finditer(text)], rx.pattern
        assert _first(rx, text, True) == _first(rx, text, False), rx.pattern


@pytest.mark.parametrize("text", [
    "Russia WITHDREW its signature; the ICC's 124 States Parties. It is the first country to leave the Court.",
    "Le Burundi a annoncé son RETRAIT de la Cour pénale internationale, un crime contre l’humanité.",
    "The ſame move: Gambia's U-turn. İstanbul. ΣΟΦΙΑ withdrew",  # lowered otherwise: matched the plain way
    "war crimes, crimes of aggression, agression, genocide, a 12(3) declaration",
])
def test_scan_on_reports(text: str) -> None:
    for rx in PATTERNS:
        assert _scanned(rx, text) == _plain(rx, text), rx.pattern
        assert _first(rx, text, True) == _first(rx, text, False), rx.pattern


@settings(max_examples=150, deadline=None)
@given(_texts())
def test_one_pass_finds_what_each_pattern_finds(text: str) -> None:
    """All the patterns at once (one Aho-Corasick scan for their starting strings, then each pattern tried
    where one starts) find what each finds over the whole text."""
    assert scan.finditer_many(PATTERNS, text) == [[m.span() for m in rx.finditer(text)] for rx in PATTERNS]
    cues = mentions._cue_patterns()
    assert scan.finditer_many(cues, text) == [[m.span() for m in rx.finditer(text)] for rx in cues]


@pytest.mark.parametrize("text", [
    "Russia WITHDREW its signature; the ICC's 124 States Parties. It is the first country to leave the Court.",
    "Le Burundi a annoncé son RETRAIT de la Cour pénale internationale, un crime contre l’humanité, à le faire.",
    "The ſame move: Gambia's U-turn. İstanbul. ΣΟΦΙΑ withdrew",  # lowered otherwise: each pattern the plain way
    "war crimes, crimes of aggression, agression, genocide, a 12(3) declaration, the\nsame step, to do so",
    "withdrawwithdrawal signsignature the the same same",  # starting strings that overlap and repeat
])
def test_one_pass_on_reports(text: str) -> None:
    assert scan.finditer_many(PATTERNS, text) == [[m.span() for m in rx.finditer(text)] for rx in PATTERNS]


def test_starting_strings() -> None:
    """What a match may start with, read from the pattern: shortest strings only, lowered, with the letters
    ``re`` takes as equal under case folding ("ſ" for "s")."""
    assert scan.heads(re.compile(r"\bveto(?:es|ed)?\b", re.IGNORECASE)) == ("veto",)
    assert set(scan.heads(re.compile(r"\b(?:sign|signature|Quit)", re.IGNORECASE)) or ()) == \
        {"sign", "ſign", "sıgn", "ſıgn", "quit", "quıt"}
    assert scan.heads(re.compile(r"\w+ment", re.IGNORECASE)) is None  # may start anywhere
    assert scan.heads(re.compile(r"\b(?:a|bc)", re.IGNORECASE)) is None  # one common letter: not worth it
    assert scan.heads(re.compile(r"\b(?:à|bc)", re.IGNORECASE)) == ("à", "bc")


@settings(max_examples=150, deadline=None)
@given(_texts(), st.integers(0, 120), st.integers(0, 60))
def test_a_part_with_no_starting_string_has_no_match(text: str, start: int, length: int) -> None:
    """``scan_many``'s places of a pattern's starting strings: a part of the text with none of them has no
    match (how find_cues skips the negation and announcement checks before most act words)."""
    end = min(len(text), start + length)
    matches, places = scan.scan_many(mentions._cue_patterns(), text, PATTERNS)
    assert matches == scan.finditer_many(mentions._cue_patterns(), text)
    for rx, where in zip(PATTERNS, places, strict=True):
        if not scan.any_between(where, start, end):
            assert rx.search(text[start:end]) is None, rx.pattern


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="re's internals are checked on the Pythons we run")
def test_every_cue_pattern_has_starting_strings() -> None:
    """Otherwise the pattern is scanned on its own (the answers stay right; the speed does not)."""
    assert [rx.pattern for rx in mentions._cue_patterns() if scan.heads(rx) is None] == []


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="re's internals are checked on the Pythons we run")
def test_scan_lowers_every_cue_pattern() -> None:
    """Otherwise a pattern silently falls back to the slow way (the answers stay right; the speed does not)."""
    assert [rx.pattern for rx in PATTERNS if scan.lowered_pattern(rx) is None] == []


def _gazetteers() -> list[Gazetteer[object]]:
    tables: list[Gazetteer[object]] = [places.table(k) for k in ("capital", "city", "region")]  # type: ignore[misc]
    tables += [places.table("foreign", "fr"), people._index()[0]]  # type: ignore[list-item]
    tables += [mentions._gazetteer(k) for k in ("metonyms", "demonyms", "demonyms_fr", "places")]  # type: ignore[misc]
    return tables


NAMES = sorted({n for g in _gazetteers() for n in g.names})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(NAMES) | st.sampled_from(NAMES).map(str.upper) | st.sampled_from(ODD)
                | st.sampled_from(["the", "and", "in", "-", "al", "South", "New", "Saint"]), max_size=30).map(" ".join))
def test_gazetteer_finds_what_every_span_finds(text: str) -> None:
    for g in _gazetteers():
        assert g.find(text) == g.find_by_words(text)


_JOINED = st.lists(st.tuples(st.sampled_from(NAMES) | st.sampled_from(NAMES).map(str.upper)
                             | st.sampled_from(NAMES).map(str.lower) | st.sampled_from(ODD)
                             | st.sampled_from(["the", "in", "al", "South", "New", "Anti", "x", "1", "_"]),
                             st.sampled_from([" ", "-", "‐", "", ", ", "'s ", "\n", "_"])),
                   max_size=30).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=150, deadline=None)
@given(_JOINED)
def test_one_scan_of_the_tables_finds_what_each_finds(text: str) -> None:
    """All the name tables at once (one Aho-Corasick scan of the lowered text) find what each table finds
    from the text's words, names glued to hyphens, underscores and one another included."""
    tables = _gazetteers()
    assert find_many(tables, text) == [g.find_by_words(text) for g in tables]
    assert [g.find(text) for g in tables] == [g.find_by_words(text) for g in tables]


def test_gazetteer_on_a_report_finds_what_every_span_finds() -> None:
    text = ("BRUSSELS, Nov 17. Vladimir Putin flew to Ulan Bator; Omar al-Bashir to Amman and Cox's Bazar. "
            "Le président sud-africain, la Gambie et l'Afrique du Sud. Anti-Moscow protests in the Gaza Strip.")
    for g in _gazetteers():
        assert g.find(text) == g.find_by_words(text)
    assert find_many(_gazetteers(), text) == [g.find_by_words(text) for g in _gazetteers()]
    assert [w for _, w, _, _ in places.table("capital").find(text)] == ["BRUSSELS", "Amman"]  # a dateline in capitals


def test_place_tables_kept_between_runs(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fresh = places._geo_from_geonames()
    monkeypatch.setenv(places.CACHE_ENV, str(tmp_path))
    places._geo.cache_clear()
    try:
        assert places._geo() == fresh
        (kept,) = tmp_path.glob("places-*.json")
        assert json.loads(kept.read_text(encoding="utf-8"))["capitals"] == fresh[0]
        places._geo.cache_clear()
        kept.write_text(json.dumps({"capitals": {"Atlantis": "ATL"}, "cities": {}}), encoding="utf-8")
        assert places._geo() == ({"Atlantis": "ATL"}, {})  # read from the file, not computed again
        places._geo.cache_clear()
        kept.write_text("{not json", encoding="utf-8")
        assert places._geo() == fresh  # a damaged file: computed again
        for other in ([1, 2], {"capitals": ["Paris"], "cities": {}}, {"cities": {}}):
            kept.write_text(json.dumps(other), encoding="utf-8")
            places._geo.cache_clear()
            assert places._geo() == fresh  # a file of another shape: computed again, and written anew
            assert json.loads(kept.read_text(encoding="utf-8"))["capitals"] == fresh[0]
        monkeypatch.setenv(places.CACHE_ENV, "")
        places._geo.cache_clear()
        assert places._geo() == fresh and places._cache_file() is None
    finally:
        places._geo.cache_clear()


def test_collector_back_as_it_was_after_a_long_reading() -> None:
    from romestatute.read import read

    long_text = "Russia left the ICC. " * (collector.LONG // 20 + 1)
    was = gc.isenabled()
    try:
        gc.enable()
        read(long_text, today="2026-01-01")
        assert gc.isenabled()
        gc.disable()
        read(long_text, today="2026-01-01")
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_collector_paused_only_for_long_texts() -> None:
    was = gc.isenabled()
    gc.enable()
    try:
        with collector.paused(collector.LONG - 1):
            assert gc.isenabled()
        with collector.paused(collector.LONG):
            assert not gc.isenabled()
            with collector.paused(collector.LONG):
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_texts_kept_per_thread() -> None:
    """The words and the lowered text of the last report are kept per thread: two readings at once (the web
    server reads two) never see each other's."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Vladimir Putin flew to Ulan Bator. Russia LEFT the ICC in {year}; Gambia's U-turn. " * 40
             + "Omar al-Bashir visited Amman." * (year % 3) for year in range(2000, 2012)]

    def find(text: str) -> tuple[object, ...]:
        spans = mentions.sentences(text)
        return (tuple(m.to_json().items() for m in mentions.find_states(text, spans)),
                tuple(m.to_json().items() for m in mentions.find_cues(text, spans)),
                tuple(people.find_people(text)))

    alone = [find(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            assert list(pool.map(find, texts)) == alone
