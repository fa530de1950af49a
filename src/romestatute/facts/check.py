"""Checks on the facts alone, for ``rome data check``: every source, and the YAML files.

Row-level problems (a bad date, an unknown state, a row without a source) stop
loading in ``facts.load``; the checks here read rows without the law.  The
checks that need the calendar rules or the ledger (an act in an impossible
order, a stated date the rules contradict) live a layer up, in
``romestatute.ledger_check``, which runs these too.  Each problem names the file
and line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from romestatute.facts.records import Facts, Source
from romestatute.facts.sources import source_problems, sourced_problems
from romestatute.model.errors import DataError


@dataclass(frozen=True, slots=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def at(src: Source) -> str:
    """Where a fact is: ``file:line`` (or the file alone)."""
    return f"{src.file}:{src.line}" if src.line else src.file


def _sources(facts: Facts) -> Iterator[Source]:
    yield from (s.source for s in facts.states.values())
    for table in (facts.actions, facts.declarations, facts.acceptances):
        for rows in table.values():
            yield from (r.source for r in rows)
    yield from (a.source for a in facts.amendments.values())


def check_sources(facts: Facts) -> list[Problem]:
    """Every CSV row's and amendment's source (the YAML entries are checked in ``facts.docket``)."""
    return [Problem(at(s), message) for s in _sources(facts)
            for message in source_problems(s.url, s.document, s.confidence)]


def check_url_form(facts: Facts) -> list[Problem]:
    """Only the form of each source URL: cheap enough to run before every query."""
    return [Problem(at(s), f"source {s.url!r} is not a URL") for s in _sources(facts)
            if s.url and not s.url.startswith(("http://", "https://"))]


def check_yaml_files(base: Path, facts: Facts) -> list[Problem]:
    """The YAML fact files other modules read: they must parse, and every entry needs a source."""
    from romestatute.facts import docket

    problems: list[Problem] = []
    for check in docket.CHECKS:
        try:
            problems += [Problem(w, m) for w, m in check(base, facts)]
        except DataError as exc:
            problems.append(Problem(exc.file or "data", str(exc)))
    return problems


#: The article each grammatical kind of French name takes, and the prepositions of place that go with it.
_FRENCH_AGREEMENT: dict[str, tuple[set[tuple[str, str]], set[str]]] = {
    "le": ({("m", "s")}, {"au", "dans le"}),
    "la": ({("f", "s")}, {"en", "à la", "dans la"}),
    "l’": ({("m", "s"), ("f", "s")}, {"en", "à l’", "dans l’"}),
    "les": ({("m", "p"), ("f", "p")}, {"aux", "dans les"}),
    "": ({("m", "s"), ("f", "s")}, {"à", "en"}),
}


def check_french_names(base: Path, facts: Facts) -> list[Problem]:
    """``states_fr.csv``: every state's French name with its article, gender, number and preposition of place.
    One row per state of ``states.csv``; the name the one pycountry and CLDR give (so a change there is seen), or, where
    ours is written otherwise (an override: "Guinée équatoriale"), theirs in ``library``; the article, elision and preposition agreeing; a source and a confidence on every row."""
    from romestatute import i18n

    table = i18n._french_table()

    def check(where: str, row: dict[str, str]) -> list[Problem]:
        problems = []
        shown = table.get(row["iso3"], ("", ()))[0]
        library = row.get("library") or ""
        if not library and row["name"] != shown:
            problems.append(Problem(where, f"name {row['name']!r} is not the French name shown ({shown!r}): "
                                           "the article and gender are for another name"))
        if library and library != shown:
            problems.append(Problem(where, f"library name {library!r} is not the one pycountry/CLDR give "
                                           f"({shown!r}): the override {row['name']!r} is for another name"))
        if library and library == row["name"]:
            problems.append(Problem(where, f"library name {library!r} is the name itself: leave it empty"))
        article = row["article"]
        if article not in _FRENCH_AGREEMENT:
            return [*problems, Problem(where, f"article {article!r} is not one of le, la, l’, les or empty")]
        kinds, places = _FRENCH_AGREEMENT[article]
        if (row["gender"], row["number"]) not in kinds:
            problems.append(Problem(where, f"article {article!r} does not agree with gender {row['gender']!r} "
                                           f"and number {row['number']!r}"))
        if row["in"] not in places:
            problems.append(Problem(where, f"preposition of place {row['in']!r} does not go with article "
                                           f"{article!r} (one of {', '.join(sorted(places))})"))
        if article in ("le", "la") and i18n.elides(row["name"]) and not row["name"].startswith("H"):
            problems.append(Problem(where, f"{article} before a vowel: the article elides (l’)"))
        if article == "l’" and not i18n.elides(row["name"]):
            problems.append(Problem(where, "l’ before a consonant"))
        return problems

    return _rows_per_state(base, i18n.FRENCH_NAMES_FILE, facts, check)


def _rows_per_state(base: Path, name: str, facts: Facts,
                    check: Callable[[str, dict[str, str]], list[Problem]]) -> list[Problem]:
    """A data file of one row per state of ``states.csv`` (``states_fr.csv``, ``states_en.csv``): the file there,
    every row whole, of a known state and its only row, with a source and a confidence; ``check`` gives the file's
    own problems with a whole row (``where``: the file and line)."""
    import csv

    from romestatute.facts.records import CONFIDENCES

    path = base / name
    if not path.exists():
        return [Problem(name, "data file is missing")]
    problems: list[Problem] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            where = f"{name}:{reader.line_num}"
            if None in row or any(v is None for v in row.values()):
                problems.append(Problem(where, "row has the wrong number of columns"))
                continue
            iso3 = row.get("iso3") or ""
            if iso3 not in facts.states:
                problems.append(Problem(where, f"{iso3!r} is not a state of states.csv"))
            if iso3 in seen:
                problems.append(Problem(where, f"{iso3} has a second row"))
            seen.add(iso3)
            problems += check(where, row)
            problems += [Problem(where, m) for m in sourced_problems(row["source"], "", row["confidence"], CONFIDENCES)]
    problems += [Problem(name, f"no row for {iso3}") for iso3 in sorted(set(facts.states) - seen)]
    return problems


#: What ISO 3166-1's English short names write after the name, or inside a bracket, where English puts "the" before it:
#: "Philippines (the)", "Congo (the Democratic Republic of the)", "Tanzania, the United Republic of".
_ISO_THE = ("(the", ", the ")


def check_english_names(base: Path, facts: Facts) -> list[Problem]:
    """``states_en.csv``: the article English puts before each state's name in a sentence ("the Philippines"). One row
    per state of ``states.csv``, its name the one there (the article is for that name); the article "the" or empty; a
    row quoting ISO 3166-1's English short name in its note has the article exactly where that name marks one in
    brackets; a source and a confidence on every row."""
    from romestatute import i18n

    def check(where: str, row: dict[str, str]) -> list[Problem]:
        problems = []
        state = facts.states.get(row["iso3"])
        if state is not None and row["name"] != state.name:
            problems.append(Problem(where, f"name {row['name']!r} is not the one states.csv gives "
                                           f"({state.name!r}): the article is for another name"))
        if row["article"] not in ("the", ""):
            problems.append(Problem(where, f"article {row['article']!r} is not 'the' or empty"))
        quoted = row["note"].partition("English short name: “")[2].partition("”")[0]
        if quoted and (row["article"] == "the") != any(mark in quoted for mark in _ISO_THE):
            problems.append(Problem(where, f"article {row['article']!r} does not follow the ISO name quoted "
                                           f"({quoted!r})"))
        return problems

    return _rows_per_state(base, i18n.ENGLISH_NAMES_FILE, facts, check)
