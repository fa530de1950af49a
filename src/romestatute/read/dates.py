"""The report's own date, with dateparser (English, French and Spanish month and day names).

The order of evidence, strongest first:

1. the page's publication metadata (``extract.meta_date``);
2. a line that says so: "Published ...", "Posted ...", "Publié le ...", "Publicado ...", then "Updated ..."
   / "Mis à jour ..." lines (the first publication beats an update);
3. the dateline: a date opening one of the first lines ("Vendredi 27 octobre 2017", "THE HAGUE,
   17 Nov 2016 -") or a short line that is a date;
4. the first full date anywhere else in the first part of the text, then in the whole text.

Photo captions ("Photo: ...", "(AFP)", "Reuters/...") are passed over for steps 3 and 4.  Text glued
to a year ("October 21, 2016South Africa") is split before parsing.  Only full dates (day, month and
year) count: with no year the report is read as of today, with a caveat.  Numeric dates (11/12/2017)
are read day first unless the text writes its dates month first ("November 12, 2017").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

#: Labels that announce the publication date, in the order they are trusted.
PUBLISHED = re.compile(r"^\W*(?:first\s+)?(?:published|posted|publi[ée]e?|publicado|fecha|date|dated|released|"
                       r"issued|press\s+release)\b", re.IGNORECASE)
UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|mis\s+à\s+jour|actualizado|modifi[ée])\b", re.IGNORECASE)
CAPTION = re.compile(r"^\W*(?:photo|image|picture|file\s+photo|caption|crédit|credit|légende)\b|"
                     r"\b(?:AFP|Reuters|AP|Getty|EPA|Anadolu)\s*(?:/|via)", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
GLUED = re.compile(r"(?<=(?<!\d)(?:19|20)\d\d)(?=[A-Za-zÀ-ÿ/|])")
MONTH_FIRST = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+"
                         r"(?:19|20)\d\d")
ABBREVIATION_DOT = re.compile(r"(?<=\b[A-Za-zéûÉ]{3})\.(?=\s*\d)|(?<=\b[A-Za-zéûÉ]{4})\.(?=\s*\d)")
NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
            "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
#: "ce vendredi 27 octobre", "Friday, October 27": a weekday with a day and a month but no year.
WEEKDAY_DATE = re.compile(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b,?\s+(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+"
                          r"(?:de\s+)?(?P<m1>[^\W\d]{3,10})\.?|(?P<m2>[^\W\d]{3,10})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
                          r"(?![\w,]*\s*(?:19|20)\d\d)", re.IGNORECASE)
TOP_LINES = 12
TOP_CHARS = 3000
LANGUAGES = ["en", "fr", "es"]


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    text: str
    start: int | None  # position in the text (None: from page metadata)
    how: str  # "metadata", "published", "updated", "dateline", "text"

    def to_json(self) -> dict[str, object]:
        return {"value": self.date.isoformat(), "text": self.text, "start": self.start, "how": self.how}


def _settings(day_first: bool) -> dict[str, Any]:
    return {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY" if day_first else "MDY", "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["absolute-time", "custom-formats"]}


def _numeric(line: str, offset: int, day_first: bool) -> list[tuple[str, int, dt.date]]:
    out = []
    for m in NUMERIC.finditer(line):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d, mo = (a, b) if day_first else (b, a)
        try:
            out.append((m.group(0), offset + m.start(), dt.date(y, mo, d)))
        except ValueError:
            continue
    return out


def dates_in_line(line: str, offset: int, day_first: bool, languages: list[str]) -> list[tuple[str, int, dt.date]]:
    """Full dates in one line: (as written, position in the text, date), in order."""
    if not YEAR.search(line):
        return []
    from dateparser.search import search_dates

    fixed = ABBREVIATION_DOT.sub(" ", GLUED.sub(" ", line))  # "Nov. 17" -> "Nov  17"; positions found again below
    found = _numeric(line, offset, day_first)
    try:
        hits = search_dates(fixed, languages=languages, settings=_settings(day_first)) or []
    except (ValueError, OverflowError):  # dateparser refuses some odd strings
        hits = []
    cursor = 0
    for said, when in hits:
        if not YEAR.search(said) or NUMERIC.search(said):
            continue
        pos = fixed.find(said.strip(), cursor)
        if pos < 0:
            pos = line.find(said.split()[0], cursor)
        cursor = max(cursor, pos + 1)
        if when.year < 1950:
            continue
        found.append((line[max(pos, 0):max(pos, 0) + len(said.strip())] if pos >= 0 else said.strip(),
                      offset + max(pos, 0), when.date()))
    return sorted(found, key=lambda t: t[1])


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _weekday_date(top: str, langs: list[str], today: dt.date | None) -> FoundDate | None:
    """A weekday, day and month near the top with no year: the year (among those the text names, else the
    latest up to today) in which that day falls on that weekday."""
    import dateparser

    years = sorted({int(y) for y in YEAR.findall(top)}, reverse=True)
    for m in WEEKDAY_DATE.finditer(top):
        day, month = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
        wanted = WEEKDAYS[m.group("wd").lower()]
        last = (today or dt.date.today()).year
        for year in years + [y for y in range(last, last - 12, -1) if y not in years]:
            when = dateparser.parse(f"{day} {month} {year}", languages=langs,
                                    settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})
            if when is None:
                break  # not a month name
            if when.weekday() == wanted and (today is None or when.date() <= today):
                return FoundDate(when.date(), m.group(0), m.start(), "weekday")
    return None


def find_date(text: str, languages: list[str] | None = None, today: dt.date | None = None) -> FoundDate | None:
    """The report's own date from its text (see the module's order of evidence), or None."""
    langs = languages or LANGUAGES
    day_first = not MONTH_FIRST.search(text[:TOP_CHARS * 4])
    lines = [(p, ln) for p, ln in _lines(text) if ln.strip()]
    top = [(p, ln) for p, ln in lines if p < TOP_CHARS]
    for label, how in ((PUBLISHED, "published"), (UPDATED, "updated")):
        for p, ln in lines:
            if p > TOP_CHARS * 4:
                break
            if label.search(ln):
                hits = dates_in_line(ln[:300], p, day_first, langs)
                if hits:
                    said, pos, day = hits[0]
                    return FoundDate(day, said, pos, how)
    for p, ln in top[:TOP_LINES]:
        if CAPTION.search(ln):
            continue
        hits = dates_in_line(ln[:300], p, day_first, langs)
        if hits and (hits[0][1] - p < 40 or len(ln.strip()) < 80):
            said, pos, day = hits[0]
            return FoundDate(day, said, pos, "dateline")
    inferred = _weekday_date(text[:TOP_CHARS], langs, today)
    if inferred is not None:
        return inferred
    for group in (top, lines):
        for p, ln in group:
            if CAPTION.search(ln):
                continue
            hits = dates_in_line(ln[:2000], p, day_first, langs)
            if hits:
                said, pos, day = hits[0]
                return FoundDate(day, said, pos, "text")
    return None
