"""The report's own date, with dateparser (English, French and Spanish month and day names).

The order of evidence, strongest first:

1. the page's publication metadata (``extract.meta_date``);
2. a line that says so: "Published ...", "Posted ...", "Publié le ...", "Publicado ...", then "Updated ..."
   / "Mis à jour ..." lines (the first publication beats an update);
3. the dateline: a date opening one of the first lines ("Vendredi 27 octobre 2017", "THE HAGUE,
   17 Nov 2016 -", "03.05.09 | FL News Team") or a short line that is a date; a date further into a long
   line counts only after a dateline's head (a place, an agency, a byline), never after a sentence's
   words ("Il y a un an jour pour jour, le 27 octobre 2016" is a date quoted in the body);
4. a date the report gives as its own day: "ce jeudi 21 novembre 2024", "aujourd'hui, vendredi 27
   octobre 2017", "Today, 4 February 2021";
5. a weekday with a day and a month but no year ("ce vendredi 27 octobre"), when the text itself dates
   that day (the same day and month with a year, on that weekday) or a publication line gives its month
   ("date 2017-10");
6. a date in the body on the weekday the report names for its news ("voted Wednesday" ... "the vote on
   May 27, 2026"), or a wire's sign-off line at the end ("-0- PANA CU/SEG 15June2015").  Dates in a
   range ("since 26 April 2015", "until 26 October 2017") and other dates quoted in the body are events
   the report tells of, not its date.

Dates written with a month name ("4 de noviembre de 2021", "1er avril 2025", "March 11, 2025") are read
whole, the month checked against Babel's names, before dateparser's search, which reads the other forms
(ISO stamps, times) but can take part of one ("de noviembre de 2021 una" as 1 November).  Photo captions
("Photo: ...", "(AFP)", "Reuters/...") are passed over.  Text glued to a year ("October 21,
2016South Africa") is split before parsing.  Only full dates (day, month and year) count: with no year the
report is read as of today, with a caveat (and ``weekday_hint`` names the latest year in which a weekday
and a day agree, for the user to confirm with ``--date``).  Numeric dates (11/12/2017, and 03.05.09 or
11-03-25 in a dateline) are read day first unless the text writes its dates month first ("November 12,
2017"); when both readings are possible and the text names the weekday of its news ("hoy martes",
"issued ... Wednesday"), the reading that falls on or just after that weekday is taken.

``relative_dates`` resolves what a report dates relative to its own day ("yesterday", "Friday",
"vendredi", "el viernes", "le 17 mars") once that day is known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Labels that announce the publication date, in the order they are trusted.
PUBLISHED = re.compile(r"^\W*(?:first\s+)?(?:published|posted|publi[ée]e?|publicado|fecha|date|dated|released|"
                       r"issued|press\s+release)\b", re.IGNORECASE)
UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|mis\s+à\s+jour|actualizado|modifi[ée])\b", re.IGNORECASE)
CAPTION = re.compile(r"^\W*(?:photo|image|picture|file\s+photo|caption|crédit|credit|légende)\b|"
                     r"\b(?:AFP|Reuters|AP|Getty|EPA|Anadolu)\s*(?:/|via)", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
#: Every place a year could be read (overlapping, no word boundaries): where dateparser's search could find one.
ANY_YEAR = re.compile(r"(?=(?:19[5-9]\d|20\d\d))")
GLUED = re.compile(r"(?<=(?<!\d)(?:19|20)\d\d)(?=[A-Za-zÀ-ÿ/|])")
MONTH_FIRST = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+"
                         r"(?:19|20)\d\d")
ABBREVIATION_DOT = re.compile(r"(?<=\b[A-Za-zéûÉ]{3})\.(?=\s*\d)|(?<=\b[A-Za-zéûÉ]{4})\.(?=\s*\d)")
NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")
#: "03.05.09", "11-03-25": a two-digit year, read only in a dateline.
NUMERIC_SHORT = re.compile(r"(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d\d)(?![\d/.:-])")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
            "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
#: Words for the report's own day and the day before.
TODAY_WORDS = {"today": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0,
               "yesterday": 1, "hier": 1, "ayer": 1}
#: "ce vendredi 27 octobre", "Friday, October 27": a weekday with a day and a month but no year.
WEEKDAY_DATE = re.compile(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b,?\s+(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+"
                          r"(?:de\s+)?(?P<m1>[^\W\d]{3,10})\.?|(?P<m2>[^\W\d]{3,10})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
                          r"(?![\w,]*\s*(?:19|20)\d\d)", re.IGNORECASE)
#: A day and a month with no year ("le 17 mars", "October 27", "27 de octubre"); the month is checked in ``_months``.
DAY_MONTH = re.compile(r"(?<![\w/.-])(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?P<m1>[^\W\d]{3,10})\.?|"
                       r"(?P<m2>[^\W\d]{3,10})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:h]))"
                       r"(?![\w,]*\s*(?:de\s+)?(?:19|20)\d\d)")
#: A date written with a month name (checked in ``_months``): "4 de noviembre de 2021", "March 11, 2025".
WRITTEN = re.compile(r"(?<![\w/.-])(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th|º|°)?\s*(?:de\s+|of\s+)?(?P<m1>[^\W\d_]{3,10})\.?,?"
                     r"\s*(?:de\s+|del\s+)?(?P<y1>(?:19[5-9]|20\d)\d)|(?P<m2>[^\W\d_]{3,10})\.?\s*(?P<d2>\d{1,2})"
                     r"(?:st|nd|rd|th)?,?\s*(?P<y2>(?:19[5-9]|20\d)\d))(?!\d)")
#: A range of days with one year ("December 4 to 14, 2017", "4-14 December 2017", "du 4 au 14 décembre 2017", "del 4
#: al 14 de diciembre de 2017", "28 November to 4 December 2017"): read as one date, its first day (``_ranges``).
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|till|until|au|à|al|a|hasta(?:\s+el)?)\s+)"
RANGE = re.compile(r"(?<![\w/.-])(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th|º|°)?(?:\s+(?:de\s+|of\s+)?(?P<m1>[^\W\d_]{3,10})\.?)?"
                   + _RANGE_TO + r"(?P<d2>\d{1,2})(?:st|nd|rd|th|º|°)?\s+(?:de\s+|of\s+)?(?P<m2>[^\W\d_]{3,10})\.?,?"
                   r"\s*(?:de\s+|del\s+)?(?P<y1>(?:19[5-9]|20\d)\d)|(?P<m3>[^\W\d_]{3,10})\.?\s+(?P<d3>\d{1,2})"
                   r"(?:st|nd|rd|th)?" + _RANGE_TO + r"(?:(?P<m4>[^\W\d_]{3,10})\.?\s+)?(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?"
                   r"\s*(?P<y2>(?:19[5-9]|20\d)\d))(?!\d)", re.IGNORECASE)
#: A weekday, "today" or "yesterday" on its own (not the head of a written date): "voted Wednesday", "hoy martes".
RELATIVE_WORD = re.compile(r"(?<![\w'’])(?P<w>" + "|".join(list(WEEKDAYS) + [re.escape(w) for w in TODAY_WORDS])
                           + r")(?![\w'’])", re.IGNORECASE)
#: What follows a weekday that heads a written date ("Friday, 27 October", "vendredi 27", "Friday the 27th").
DATE_AFTER = re.compile(r",?\s*(?:the\s+|le\s+|el\s+|de\s+)?(?:\d|(?:jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|jui|jul|"
                        r"aug|ao[uû]|sep|oct|nov|dec|d[ée]c|ene|abr|ago|dic)[a-zéû]*\.?\s+\d)", re.IGNORECASE)
#: The report's own day, said before a date: "ce jeudi 21 novembre 2024", "aujourd'hui, vendredi 27 octobre 2017".
DEICTIC_BEFORE = re.compile(r"(?:\b(?:ce|cette|this|today|aujourd['’]hui|hoy|este|esta)\b[\s,:(]*"
                            r"(?:(?:" + "|".join(WEEKDAYS) + r")\b[\s,]*)?(?:le\s+|el\s+|the\s+)?)$", re.IGNORECASE)
#: A date in a range is an event's bound, not the report's day: "since 26 April 2015", "jusqu'au 27 octobre".
RANGE_BEFORE = re.compile(r"\b(?:since|until|till|through|from|to|including|between|depuis|jusqu['’]\s*(?:au|à)|"
                          r"partir\s+du|desde|hasta|entre)\s*(?:the\s+|le\s+|el\s+)?$", re.IGNORECASE)
#: A dateline's head before its date: capitalised words (a place, an agency, a byline) and punctuation.
HEAD_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
HEAD_SMALL = {"of", "de", "du", "des", "la", "le", "les", "the", "by", "par", "and", "et", "y", "del", "am", "à", "on"}
ISO_MONTH = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])")
TOP_LINES = 12
TOP_CHARS = 3000
SIGN_OFF_LINES = 3
LANGUAGES = ["en", "fr", "es"]


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    text: str
    start: int | None  # position in the text (None: from page metadata)
    how: str  # "metadata", "published", "updated", "dateline", "weekday", "text"

    def to_json(self) -> dict[str, object]:
        return {"value": self.date.isoformat(), "text": self.text, "start": self.start, "how": self.how}


def _settings(day_first: bool) -> dict[str, Any]:
    return {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY" if day_first else "MDY", "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["absolute-time", "custom-formats"]}


def weekday_of(word: str) -> int | None:
    """The weekday a matched day name stands for, or None.  The patterns match without regard to case, and
    some capitals lower to two characters ("İ" to "i" and a combining dot), so the word is looked up with
    the dot dropped rather than trusted to lower onto a key."""
    return WEEKDAYS.get(word.lower().replace("\u0307", ""))


def named_days(text: str) -> list[tuple[int, bool]]:
    """The weekdays a report names for its news, on their own (not heading a written date): (weekday, exact),
    exact when said as the report's own day ("hoy martes", "today, Tuesday"); "today"/"yesterday" alone name
    no weekday."""
    out = []
    for m in RELATIVE_WORD.finditer(text[:TOP_CHARS * 4]):
        weekday = weekday_of(m.group("w"))
        if weekday is None or DATE_AFTER.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 20):m.start()].lower()
        exact = bool(re.search(r"\b(?:hoy|today|aujourd['’]hui|ce|este|esta)\W*$", before))
        out.append((weekday, exact))
    return out


def _pick_reading(readings: list[dt.date], days: list[tuple[int, bool]]) -> dt.date:
    """Of a numeric date's possible readings (the default order first), the one that falls on a weekday the
    report names for its news, or soonest after one; the default when the text names none or they tie."""
    if len(readings) < 2 or not days or readings[0] == readings[1]:
        return readings[0]

    def gap(day: dt.date) -> int:
        return min((day.weekday() - w) % 7 if not exact else (0 if day.weekday() == w else 7) for w, exact in days)

    return min(readings, key=gap)  # min keeps the first (the default order) on a tie


def _numeric(line: str, offset: int, day_first: bool, short: bool = False,
             days: list[tuple[int, bool]] | None = None, today: dt.date | None = None) -> list[tuple[str, int, dt.date]]:
    out = []
    pattern = NUMERIC_SHORT if short else NUMERIC
    for m in pattern.finditer(line):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if short:
            last = (today or dt.date.today()).year
            y = 2000 + y if 2000 + y <= last else 1900 + y
            if y < 1950:
                continue
        orders = [(a, b), (b, a)] if day_first else [(b, a), (a, b)]
        readings = []
        for d, mo in orders:
            try:
                readings.append(dt.date(y, mo, d))
            except ValueError:
                continue
        if readings:
            out.append((m.group(0), offset + m.start(), _pick_reading(readings, days or [])))
    return out


def dates_in_line(line: str, offset: int, day_first: bool, languages: list[str],
                  days: list[tuple[int, bool]] | None = None) -> list[tuple[str, int, dt.date]]:
    """Full dates in one line: (as written, position in the text, date), in order.  A range of days is one date,
    its first day, with the whole range as its text; a date dateparser finds but whose words cannot be found again
    in the line is left out (never placed on some other word)."""
    if not YEAR.search(line):
        return []
    # "Nov. 17" -> "Nov  17", "2016South" -> "2016 South", "|" -> ","; the same length, so positions hold
    fixed = ABBREVIATION_DOT.sub(" ", GLUED.sub(" ", line)).replace("|", ",")
    found = ranges(line, offset)
    spans = [(pos, pos + len(said)) for said, pos, _ in found]
    found += [f for f in _numeric(line, offset, day_first, days=days) + _written(line, offset)
              if not any(a <= f[1] < b for a, b in spans)]  # the last day of a range is not a date of its own
    taken = [(pos - offset, pos - offset + len(said)) for said, pos, _ in found]
    if len(fixed) == len(line) and not any(all(not (a <= m.start() and m.start() + 4 <= b) for a, b in taken)
                                           for m in ANY_YEAR.finditer(fixed)):
        return sorted(found, key=lambda t: t[1])  # every year is in a date read whole: dateparser has nothing to add
    from dateparser.search import search_dates

    try:
        hits = search_dates(fixed, languages=languages, settings=_settings(day_first)) or []
    except (ValueError, OverflowError):  # dateparser refuses some odd strings
        hits = []
    cursor = 0
    for said, when in hits:
        if not YEAR.search(said) or NUMERIC.search(said):
            continue
        where = _found_again(fixed, said, cursor)
        if where is None:
            continue  # not in the line as dateparser gives it: placed nowhere rather than on some other word
        pos, end = where
        cursor = max(cursor, pos + 1)
        if when.year < 1950 or any(a < end and pos < b for a, b in taken):
            continue  # a date already read whole (dateparser's search can take "de noviembre de 2021 una" alone)
        found.append((line[pos:end], offset + pos, when.date()))
    return sorted(found, key=lambda t: t[1])


def _found_again(fixed: str, said: str, cursor: int) -> tuple[int, int] | None:
    """Where dateparser's ``said`` is in the line: its words in order, whole words, with any spaces or punctuation
    between them (dateparser gives "on Thursday Aug 18, 2011" for "on Thursday Aug.  18, 2011"); None if not there."""
    words = re.findall(r"\w+", said)
    if not words:
        return None
    pattern = re.compile(r"(?<!\w)" + r"\W*".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    m = pattern.search(fixed, cursor)
    return None if m is None else (m.start(), m.end())


def ranges(line: str, offset: int) -> list[tuple[str, int, dt.date]]:
    """Ranges of days with one year ("December 4 to 14, 2017", "du 4 au 14 décembre 2017", "28 November to 4
    December 2017"): (the range as written, its position, its first day).  Not a range: a first day after the last
    in the same month, a day or a month that is none."""
    out = []
    for m in RANGE.finditer(line):
        if m.group("d1"):
            d1, d2, name1, name2, year = m.group("d1"), m.group("d2"), m.group("m1"), m.group("m2"), m.group("y1")
        else:
            d1, d2, name1, name2, year = m.group("d3"), m.group("d4"), m.group("m3"), m.group("m4"), m.group("y2")
            name1, name2 = name1, name2 or name1
        month2 = _month_number(name2)
        month1 = _month_number(name1) if name1 else month2
        if month1 is None or month2 is None:
            continue
        first_year = int(year) - (1 if month1 > month2 else 0)  # "28 December to 3 January 2018"
        try:
            first, last = dt.date(first_year, month1, int(d1)), dt.date(int(year), month2, int(d2))
        except ValueError:
            continue
        if first >= last:
            continue
        out.append((m.group(0), offset + m.start(), first))
    return out


def is_range(said: str) -> bool:
    """Whether a date's text is a range of days (never the report's own date)."""
    return RANGE.fullmatch(said) is not None


def _written(line: str, offset: int) -> list[tuple[str, int, dt.date]]:
    """Dates written out with a month name: "4 de noviembre de 2021", "1er avril 2025", "March 11, 2025",
    "15June2015" (the month checked against Babel's names; dateparser's search misreads some of these)."""
    out = []
    for m in WRITTEN.finditer(line):
        day, name, year = ((m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1")
                           else (m.group("d2"), m.group("m2"), m.group("y2")))
        month = _month_number(name)
        if month is None:
            continue
        try:
            out.append((m.group(0), offset + m.start(), dt.date(int(year), month, int(day))))
        except ValueError:
            continue
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _is_head(prefix: str) -> bool:
    """Whether the words before a date in a line are a dateline's head (a place, an agency, a byline)."""
    if len(prefix) > 60:
        return False
    if DEICTIC_BEFORE.search(prefix):
        return True
    return all(w[0].isupper() or w.lower() in HEAD_SMALL for w in HEAD_WORD.findall(prefix))


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names and abbreviations in the languages read (from Babel's CLDR data), lower case, no dot."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=lang).items():
                out[name.lower().rstrip(".")] = number
    out.update({"sept": 9, "sep": 9})  # "Sept. 21", "sep 21": common abbreviations CLDR spells otherwise
    return out


def _month_number(name: str, langs: list[str] | None = None) -> int | None:
    return _months().get(name.lower().rstrip("."))


def _month_hint(lines: list[tuple[int, str]]) -> tuple[int, int] | None:
    """A publication line that gives only a month and a year ("date 2017-10"): (year, month)."""
    for p, ln in lines:
        if p > TOP_CHARS:
            break
        if PUBLISHED.search(ln) and (m := ISO_MONTH.search(ln[:80])):
            return int(m.group(1)), int(m.group(2))
    return None


def _weekday_dates(text: str, langs: list[str]) -> list[tuple[re.Match[str], int, int, int]]:
    """Weekdays with a day and a month but no year near the top: (match, weekday, day, month)."""
    out = []
    for m in WEEKDAY_DATE.finditer(text[:TOP_CHARS]):
        day, month = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
        number = _month_number(month, langs)
        weekday = weekday_of(m.group("wd"))
        if number is not None and weekday is not None and 1 <= int(day) <= 31:
            out.append((m, weekday, int(day), number))
    return out


def _weekday_date(text: str, langs: list[str], known: list[dt.date], hint: tuple[int, int] | None,
                  today: dt.date | None) -> FoundDate | None:
    """A weekday, day and month with no year, dated by the text itself: the year of a full date the text gives
    for the same day and month on that weekday, else the year of a publication line's month."""
    for m, wanted, day, month in _weekday_dates(text, langs):
        years = [d.year for d in known if (d.month, d.day) == (month, day)]
        if hint is not None and hint[1] == month:
            years.append(hint[0])
        for year in sorted(set(years), reverse=True):
            try:
                when = dt.date(year, month, day)
            except ValueError:
                continue
            if when.weekday() == wanted and (today is None or when <= today):
                return FoundDate(when, m.group(0), m.start(), "weekday")
    return None


def weekday_hint(text: str, languages: list[str] | None = None, today: dt.date | None = None) -> FoundDate | None:
    """For a report with no full date: the latest day up to today on which its "weekday, day month" falls (a
    guess for the user to confirm with ``--date``, never taken as the report's date), or None."""
    last = today or dt.date.today()
    for m, wanted, day, month in _weekday_dates(text, languages or LANGUAGES):
        for year in range(last.year, last.year - 30, -1):
            try:
                when = dt.date(year, month, day)
            except ValueError:
                continue
            if when.weekday() == wanted and when <= last:
                return FoundDate(when, m.group(0), m.start(), "weekday")
    return None


def _all_dates(lines: list[tuple[int, str]], day_first: bool, langs: list[str],
               days: list[tuple[int, bool]]) -> list[tuple[str, int, dt.date]]:
    out = []
    for p, ln in lines:
        if CAPTION.search(ln):
            continue
        out += dates_in_line(ln[:2000], p, day_first, langs, days)
    return out


def _own(found: list[tuple[str, int, dt.date]]) -> list[tuple[str, int, dt.date]]:
    """The dates that could be the report's own day: a range of days is the span of an event, not a day."""
    return [f for f in found if not is_range(f[0])]


def find_date(text: str, languages: list[str] | None = None, today: dt.date | None = None) -> FoundDate | None:
    """The report's own date from its text (see the module's order of evidence), or None."""
    langs = languages or LANGUAGES
    day_first = not MONTH_FIRST.search(text[:TOP_CHARS * 4])
    days = named_days(text)
    lines = [(p, ln) for p, ln in _lines(text) if ln.strip()]
    top = [(p, ln) for p, ln in lines if p < TOP_CHARS]
    for label, how in ((PUBLISHED, "published"), (UPDATED, "updated")):
        for p, ln in lines:
            if p > TOP_CHARS * 4:
                break
            if label.search(ln):
                hits = (_own(dates_in_line(ln[:300], p, day_first, langs, days))
                        or _numeric(ln[:300], p, day_first, short=True, days=days, today=today))
                if hits:
                    said, pos, day = hits[0]
                    return FoundDate(day, said, pos, how)
    for p, ln in top[:TOP_LINES]:
        if CAPTION.search(ln):
            continue
        short = len(ln.strip()) < 80
        hits = _own(dates_in_line(ln[:300], p, day_first, langs, days))
        if short and not hits:
            hits = _numeric(ln, p, day_first, short=True, days=days, today=today)
        for said, pos, day in hits[:1]:
            rest = text[pos + len(said):p + len(ln)].strip()
            if _is_head(text[p:pos]) or (short and len(rest) <= 25 and not RANGE_BEFORE.search(text[p:pos])):
                return FoundDate(day, said, pos, "dateline")
    known = _own(_all_dates([(p, ln) for p, ln in lines if p < TOP_CHARS * 4], day_first, langs, days))
    for said, pos, day in known:
        if DEICTIC_BEFORE.search(text[max(0, pos - 40):pos]):
            return FoundDate(day, said, pos, "text")
    inferred = _weekday_date(text, langs, [d for _, _, d in known], _month_hint(lines), today)
    if inferred is not None:
        return inferred
    weekdays = {w for w, _ in days}
    for said, pos, day in known:
        if day.weekday() in weekdays and not RANGE_BEFORE.search(text[max(0, pos - 30):pos]):
            return FoundDate(day, said, pos, "text")
    for p, ln in lines[-SIGN_OFF_LINES:]:
        if len(ln.strip()) < 60 and not CAPTION.search(ln):
            for said, pos, day in _own(dates_in_line(ln, p, day_first, langs, days))[-1:]:
                if not RANGE_BEFORE.search(text[p:pos]):
                    return FoundDate(day, said, pos, "text")
    return None


def relative_dates(text: str, report: dt.date, languages: list[str] | None = None) -> list[FoundDate]:
    """What the report dates relative to its own day, resolved: "today"/"yesterday" (and "aujourd'hui", "hier",
    "hoy", "ayer"), a weekday on its own ("Friday", "vendredi", "el viernes": the last such day up to the
    report's), and a day and month with no year ("le 17 mars", "October 27": the year that puts it nearest the
    report's day), in the first part of the text.  Each is a FoundDate with ``how`` "relative"."""
    out = []
    text = text[:TOP_CHARS * 4]
    for m in RELATIVE_WORD.finditer(text):
        word = m.group("w").lower()
        if word in TODAY_WORDS:
            out.append(FoundDate(report - dt.timedelta(days=TODAY_WORDS[word]), m.group(0), m.start(), "relative"))
        elif (weekday := weekday_of(word)) is not None and not DATE_AFTER.match(text, m.end()):
            back = (report.weekday() - weekday) % 7
            out.append(FoundDate(report - dt.timedelta(days=back), m.group(0), m.start(), "relative"))
    in_ranges = [(pos, pos + len(said)) for said, pos, _ in ranges(text, 0)]  # "December 4 to 14, 2017" has its year
    for m in DAY_MONTH.finditer(text):
        if any(a <= m.start() < b for a, b in in_ranges):
            continue
        day, name = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
        month = _month_number(name)
        if month is None:
            continue
        candidates = []
        for year in (report.year - 1, report.year, report.year + 1):
            try:
                candidates.append(dt.date(year, month, int(day)))
            except ValueError:
                continue
        if candidates:
            nearest = min(candidates, key=lambda d: abs((d - report).days))
            out.append(FoundDate(nearest, m.group(0).rstrip("."), m.start(), "relative"))
    return sorted(out, key=lambda f: f.start or 0)
