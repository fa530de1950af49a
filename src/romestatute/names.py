"""State names and codes as people type them, resolved to ISO 3166 alpha-3.

The names, ISO2 codes, demonym-friendly regular expressions and Gleditsch-Ward
codes come from the maintained ``country_converter`` package (its bundled
``country_data.tsv``), read with the ``csv`` module so that resolving a name
does not import pandas.  Only states in the bundled ``states.csv`` resolve.  French names
(:func:`romestatute.i18n.french_names`) are accepted too.
"""

from __future__ import annotations

import csv
import difflib
import importlib.util
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from romestatute import i18n
from romestatute.i18n import french_names
from romestatute.model.errors import UnknownState, quoted

#: Notes on names that were resolved but could mean another state too ("Congo"), for the face to show.
_NOTES: ContextVar[list[str] | None] = ContextVar("romestatute_name_notes", default=None)


@contextmanager
def collect_notes() -> Iterator[list[str]]:
    """Within the block, every ambiguous name resolved adds one note to the list yielded (each note once)."""
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


@dataclass(frozen=True, slots=True)
class NameEntry:
    iso3: str
    iso2: str
    short: str
    official: str
    regex: str
    gw: str  # Gleditsch-Ward code, may be empty


def _fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Côte d’Ivoire' -> "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1)
def coco_table() -> tuple[NameEntry, ...]:
    """The country table shipped with country_converter."""
    # the package's directory without importing it (its __init__ imports pandas: ~0.3-0.5 s)
    spec = importlib.util.find_spec("country_converter")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if folders:
        path: Any = Path(folders[0]) / "country_data.tsv"
    else:
        from importlib import resources

        path = resources.files("country_converter") / "country_data.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return tuple(
        NameEntry(r["ISO3"], r["ISO2"], r["name_short"], r["name_official"], r["regex"], (r.get("GWcode") or "").strip())
        for r in rows
        if r.get("ISO3")
    )


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)`` -> ``a``, ``b(c|d)``)."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def searchable(pattern: str) -> str:
    """``pattern`` without a leading ``.*`` on its top-level alternatives.

    For ``re.search`` the two find a match in the same texts, but ``.*italy`` retries ``.*`` from every
    position, a cost that grows with the square of the text's length (13 s for 20,000 characters).
    """
    return "|".join(b[2:] if b.startswith(".*") and b[2:3] not in ("*", "+", "?", "{") else b
                    for b in _branches(pattern))


class Names:
    """Resolve user-given state names against the states romestatute knows."""

    def __init__(self, states: dict[str, str]) -> None:
        self.states = states  # iso3 -> our English short name

    @cached_property
    def _exact(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for e in coco_table():
            if e.iso3 in self.states:
                for n in (e.short, e.official):
                    if n:
                        table.setdefault(_fold(n), e.iso3)
        for iso3, name in self.states.items():
            table[_fold(name)] = iso3
        for iso3 in self.states:  # French names (pycountry's and Babel's): "Afrique du Sud", "Fédération de Russie"
            for n in french_names(iso3):
                table.setdefault(_fold(n), iso3)
        return table

    def exact(self, text: str) -> str | None:
        """The ISO3 code of the state whose name ``text`` is exactly, folded as the name table is (case, accents,
        ’ as '; spaces collapsed), or None: "Côte d’Ivoire", "BÉNIN", "Türkiye" and "cote d'ivoire" all hit."""
        return self._exact.get(_fold(text))

    @cached_property
    def _iso2(self) -> dict[str, str]:
        return {e.iso2.upper(): e.iso3 for e in coco_table() if e.iso3 in self.states and e.iso2}

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """(iso3, compiled regex) for the states we know, as country_converter writes them."""
        out = []
        for e in coco_table():
            if e.iso3 in self.states and e.regex:
                out.append((e.iso3, re.compile(searchable(e.regex), re.IGNORECASE)))
        return out

    def warm(self) -> None:
        """Build now the tables the first value that is not a code needs (names, French names, patterns): ``rome
        annotate`` does it while DuckDB opens the input, rather than before its first rows can be written."""
        self._exact  # noqa: B018 - the cached properties, built
        self.patterns  # noqa: B018

    def matches(self, given: str) -> list[str]:
        """The ISO3 codes ``given`` (ISO3, ISO2 or a name) may mean: none, one, or several (ambiguous)."""
        text = given.strip()
        if not text:
            return []
        upper = text.upper()
        if len(text) == 3 and upper in self.states:
            return [upper]
        if len(text) == 2 and upper in self._iso2:
            return [self._iso2[upper]]
        folded = _fold(text)
        if folded in self._exact:
            return [self._exact[folded]]
        if len(folded) > 3 * self._longest:  # not a name: the patterns would find words of several in it
            return []
        return sorted({iso3 for iso3, rx in self.patterns if rx.search(folded) or rx.search(text)})

    def find(self, given: str) -> str | None:
        """The one state ``given`` names, or None; no suggestions (bulk runs meet many unmatched values)."""
        hits = self.matches(given)
        return hits[0] if len(hits) == 1 else None

    def resolve(self, given: str, *, field: str = "state") -> str:
        """The ISO3 code of ``given`` (ISO3, ISO2 or a name), or UnknownState with suggestions."""
        hits = self.matches(given)
        if len(hits) == 1:
            bucket = _NOTES.get()
            if bucket is not None:
                note = self.ambiguity_note(given, hits[0], field=field)
                if note and note not in bucket:
                    bucket.append(note)
            return hits[0]
        if len(hits) > 1:
            raise UnknownState(given, [f"{self.states[h]} ({h})" for h in hits], field=field)
        raise UnknownState(given, self.suggest(given) if given.strip() else [], field=field)

    @cached_property
    def _name_words(self) -> dict[str, frozenset[str]]:
        """The words of each state's usual names (ours and country_converter's short one, not the official one:
        "Northern Ireland" in the United Kingdom's official name does not make "Ireland" ambiguous)."""
        names: dict[str, list[str]] = {iso3: [name] for iso3, name in self.states.items()}
        for e in coco_table():
            if e.iso3 in self.states and e.short:
                names[e.iso3].append(e.short)
        return {iso3: frozenset(w for n in ns for w in re.findall(r"[a-z']+", _fold(n))) for iso3, ns in names.items()}

    def others(self, given: str, taken: str) -> list[str]:
        """The other states a one-word name could mean: those with a name word it begins ("Congo": the DRC;
        "Niger": Nigeria; "Korea": North Korea). Codes and names of several words are taken as exact."""
        folded = _fold(given)
        if len(folded) < 4 or not folded.isalpha():
            return []
        return sorted(iso3 for iso3, words in self._name_words.items()
                      if iso3 != taken and any(w.startswith(folded) for w in words))

    def ambiguity_note(self, given: str, taken: str, *, field: str = "state") -> str | None:
        """One line saying which state ``given`` was taken as and which others it could mean, or None."""
        others = self.others(given, taken)
        if not others:
            return None
        if i18n.language() != i18n.DEFAULT:  # the states by their names in that language (CLDR's official ones are English)
            def named(iso3: str) -> str:
                return i18n.state_name(iso3, self.states[iso3], form="le") + f" ({iso3})"

            return i18n.gettext("%(field)s: %(given)s taken as %(taken)s; it could also mean %(others)s. Give the ISO3 "
                                "code to choose.") % {"field": field, "given": quoted(given), "taken": named(taken),
                                                      "others": ", ".join(named(o) for o in others)}
        official = {e.iso3: e.official for e in coco_table()}

        def label(iso3: str) -> str:
            name, long = self.states[iso3], official.get(iso3) or ""
            return f"{name} ({iso3}, {long})" if long and _fold(long) != _fold(name) else f"{name} ({iso3})"

        return (f"{field}: {quoted(given)} taken as {label(taken)}; it could also mean "
                f"{', '.join(label(o) for o in others)}. Give the ISO3 code to choose.")

    @cached_property
    def _longest(self) -> int:
        return max(map(len, self._exact))

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """Up to ``n`` known names close to ``text`` (difflib ratio at least 0.5), best first."""
        folded = _fold(text)
        # a ratio is 2*matches/(len(a)+len(b)): past 3x the longest name no name can reach 0.5,
        # so longer text is not compared at all (the comparison's cost grows with its length)
        if len(folded) > 3 * self._longest:
            return []
        # our names plus country_converter's short and official ones, so "Rusia" finds "Russia"
        choices = self._exact
        out: list[str] = []
        for c in difflib.get_close_matches(folded, list(choices), n=n * 3, cutoff=0.5):
            label = f"{self.states[choices[c]]} ({choices[c]})"
            if label not in out:
                out.append(label)
        return out[:n]

    def name(self, iso3: str) -> str:
        return self.states[iso3]
