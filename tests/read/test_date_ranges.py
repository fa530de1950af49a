"""Dates in a line, on both of ``dates_in_line``'s paths: the fast one (every year in the line is in a date read whole
with its month name, so dateparser is not asked) and dateparser's search (some year is left over).

* A date dateparser finds but whose words cannot be found again in the line is placed nowhere, never at a
  wrong place ("on Thursday Aug 18, 2011" was put on the "on" of "conference", as the date text
  "onference in Abidjan, Co").
* A range of days ("from December 4 to 14, 2017", "du 4 au 14 décembre 2017", "del 4 al 14 de diciembre de
  2017") is read as one date, its first day, with the whole range as its text, the same on both paths.

A line is sent down dateparser's path by adding a sentence with a bare year ("It was founded in 1999."), which
no date covers; dateparser finds no full date in it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute.read import read
from romestatute.read.dates import YEAR, dates_in_line, find_date, relative_dates
from romestatute.read.extract import dates_in

LANGS = ["en", "fr", "es"]
SLOW = " It was founded in 1999."  # a bare year no date covers: dateparser is asked
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
ABIDJAN = ("ABIDJAN, Aug. 18, 2011 (Xinhua) -- File photo taken on Feb. 21, 2011 shows former president of Cote "
           "d'Ivoire Laurent Gbagbo attending a conference in Abidjan, Cote d'Ivoire. Gbagbo and his wife were "
           "charged with economic crimes, media reports quoted the public prosecutor as saying on Thursday Aug. 18, "
           "2011.")


def both(line: str, day_first: bool = True) -> tuple[list[tuple[str, int, dt.date]], list[tuple[str, int, dt.date]]]:
    """What each path reads in ``line`` (the slow one with a sentence added after it)."""
    return dates_in_line(line, 0, day_first, LANGS), dates_in_line(line + SLOW, 0, day_first, LANGS)


def placed(line: str, found: list[tuple[str, int, dt.date]], offset: int = 0) -> bool:
    return all(line[pos - offset:pos - offset + len(said)] == said and YEAR.search(said) for said, pos, _ in found)


# -- a date whose words cannot be found again -------------------------------------------------------------------

def test_a_date_dateparser_cannot_place_is_placed_nowhere_not_on_a_word() -> None:
    for day_first in (True, False):
        fast, slow = both(ABIDJAN, day_first)
        assert [s for s, _, _ in slow] == [s for s, _, _ in fast] == ["Aug. 18, 2011", "Feb. 21, 2011", "Aug. 18, 2011"]
        assert placed(ABIDJAN + SLOW, slow) and not any("onference" in s for s, _, _ in slow)


def test_a_date_dateparser_finds_with_its_words_spaced_otherwise_is_found_again() -> None:
    line = "The talks, held on  Thursday  18 August 2011 , ended in 1999 terms."  # the spaces dateparser drops
    found = dates_in_line(line, 100, True, LANGS)
    assert placed(line, found, 100) and [d for _, _, d in found] == [dt.date(2011, 8, 18)]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2026, 12, 31)), st.sampled_from(LANGS),
       st.sampled_from(["on ", "le ", "el ", "", "on Thursday ", "conference in Abidjan, on "]),
       st.sampled_from(["  ", " ", ". "]))
def test_every_date_read_is_where_its_text_is(day: dt.date, lang: str, before: str, gap: str) -> None:
    month = MONTHS[lang][day.month - 1]
    written = {"en": f"{month}{gap}{day.day}, {day.year}", "fr": f"{day.day}{gap.replace('.', '')}{month} {day.year}",
               "es": f"{day.day} de {month} de {day.year}"}[lang]
    line = f"A conference in Abidjan, Cote d'Ivoire {before}{written} ended; talks began in 1999."
    found = dates_in_line(line, 7, lang != "en", LANGS)
    assert placed(line, found, 7)
    assert day in [d for _, _, d in found]


# -- a range of days --------------------------------------------------------------------------------------------

def test_a_range_of_days_is_its_first_day_on_both_paths() -> None:
    for line, said, day in [
        ("The session was held from December 4 to 14, 2017, in New York.", "December 4 to 14, 2017",
         dt.date(2017, 12, 4)),
        ("The session was held from December 4–14, 2017, in New York.", "December 4–14, 2017", dt.date(2017, 12, 4)),
        ("It took place from 4-14 December 2017 in New York.", "4-14 December 2017", dt.date(2017, 12, 4)),
        ("L'Assemblée s'est réunie du 4 au 14 décembre 2017 à New York.", "4 au 14 décembre 2017",
         dt.date(2017, 12, 4)),
        ("La Asamblea se reunió del 4 al 14 de diciembre de 2017 en Nueva York.", "4 al 14 de diciembre de 2017",
         dt.date(2017, 12, 4)),
    ]:
        for day_first in (True, False):
            fast, slow = both(line, day_first)
            assert fast == slow == [(said, line.index(said), day)], (line, day_first)


def test_a_range_across_months_and_years_starts_on_its_first_day() -> None:
    assert dates_in_line("from 28 November to 4 December 2017", 0, True, LANGS)[0][2] == dt.date(2017, 11, 28)
    assert dates_in_line("du 28 décembre au 3 janvier 2018", 0, True, LANGS)[0][2] == dt.date(2017, 12, 28)
    assert dates_in_line("November 28 to December 4, 2017", 0, False, LANGS)[0][2] == dt.date(2017, 11, 28)


def test_two_days_that_are_no_range_are_not_read_as_one() -> None:
    # the second day before the first, or a number that is not a day: each full date read alone, as before
    assert [d for _, _, d in dates_in_line("from 14 to 4 December 2017", 0, True, LANGS)] == [dt.date(2017, 12, 4)]
    assert [d for _, _, d in dates_in_line("Articles 40 to 14 December 2017", 0, True, LANGS)] == \
        [dt.date(2017, 12, 14)]


def test_the_english_reader_of_act_dates_reads_a_range_the_same() -> None:
    [f] = dates_in("It ratified between 4 to 14 December 2017, the ministry said.")
    assert f.date == dt.date(2017, 12, 4) and f.text == "4 to 14 December 2017"
    [f] = dates_in("It ratified during the session, December 4-14, 2017, the ministry said.")
    assert f.date == dt.date(2017, 12, 4) and f.text == "December 4-14, 2017"


def test_a_range_in_the_body_is_not_the_report_s_date() -> None:
    text = ("Overview of the session\nThe session took place from 4-14 December 2017 in New York.\n"
            "States adopted three amendments.\nThe session closed 4-14 December 2017")
    assert find_date(text, LANGS, dt.date(2026, 12, 1)) is None
    r = read("Crime of aggression activated\nThe Assembly met du 4 au 14 décembre 2017 à New York.",
             today="2026-12-01")
    assert r["date"]["how"] == "today"


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(1998, 1, 1), max_value=dt.date(2026, 12, 31)), st.integers(1, 20),
       st.sampled_from(LANGS), st.integers(0, 2), st.booleans())
def test_both_paths_agree_on_a_range_and_read_its_first_day(start: dt.date, length: int, lang: str, form: int,
                                                            day_first: bool) -> None:
    end = start + dt.timedelta(days=length)
    m1, m2 = MONTHS[lang][start.month - 1], MONTHS[lang][end.month - 1]
    same = start.month == end.month and start.year == end.year
    if start.year != end.year:
        return  # a range across years writes both years: two full dates, read each alone
    first = "" if same else f" {'de ' if lang == 'es' else ''}{m1}"
    if lang == "en":
        said = [f"{m1} {start.day} to {'' if same else m2 + ' '}{end.day}, {end.year}",
                f"{start.day}{first} to {end.day} {m2} {end.year}",
                f"{m1} {start.day}–{'' if same else m2 + ' '}{end.day}, {end.year}"][form]
        line = f"The meeting was held from {said} in New York, the statement said."
    elif lang == "fr":
        said = [f"{start.day}{first} au {end.day} {m2} {end.year}", f"{start.day}{first} - {end.day} {m2} {end.year}",
                f"{start.day}{'er' if start.day == 1 else ''}{first} au {end.day} {m2} {end.year}"][form]
        line = f"La réunion s'est tenue du {said} à New York, selon le communiqué."
    else:
        said = [f"{start.day}{first} al {end.day} de {m2} de {end.year}",
                f"{start.day}{first} - {end.day} de {m2} de {end.year}",
                f"{start.day}{first} hasta el {end.day} de {m2} de {end.year}"][form]
        line = f"La reunión se celebró del {said} en Nueva York, según el comunicado."
    fast, slow = both(line, day_first)
    assert fast == slow == [(said, line.index(said), start)]


def test_the_first_day_of_a_range_is_no_day_without_a_year() -> None:
    text = "The Assembly met from December 4 to 14, 2017. The report came out on December 26."
    assert [f.text for f in relative_dates(text, dt.date(2017, 12, 26))] == ["December 26"]
