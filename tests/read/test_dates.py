"""The report's own date (``read.dates``): the wrong picks seen on the gold corpus, written as tests first.

Each case is the shape of a real report's page (not its words): a date quoted in a long first line, a
weekday and a day with no year, a body that dates only the events it tells of, a two-digit dateline.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from romestatute.cli.main import cli, main
from romestatute.model.errors import QueryError
from romestatute.read import read
from romestatute.read.dates import find_date, relative_dates, weekday_hint

TODAY = "2026-12-01"
NOW = dt.date(2026, 12, 1)
LANGS = ["fr", "en", "es"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def _date(text: str) -> str | None:
    found = find_date(text, LANGS, NOW)
    return None if found is None else found.date.isoformat()


# -- a date in the first lines is a dateline only after a dateline's head --------------------------

def test_a_date_quoted_in_a_long_first_line_is_not_the_dateline() -> None:
    text = ("Le Burundi ne fait plus partie de la CPI\n"
            "Il y a un an jour pour jour, le 27 octobre 2016, le Burundi avait déposé sa notification de retrait "
            "auprès du secrétariat des Nations unies, et le retrait a pris effet comme le prévoient les textes "
            "qui régissent cette juridiction pénale internationale.")
    assert _date(text) is None


def test_a_place_and_an_agency_before_the_date_make_a_dateline() -> None:
    text = ("NEW YORK, United States of America, February 17, 2017 - The Secretary-General has received the "
            "notification of the Gambia rescinding its withdrawal from the Rome Statute, which it had deposited "
            "with him in November of the previous year.")
    assert _date(text) == "2017-02-17"


# -- a weekday and a day with no year ----------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2026, 10, 31)))
def test_a_weekday_without_a_year_takes_the_year_the_text_gives_that_day(day: dt.date) -> None:
    # the same day and month is dated in two years in the text; only one falls on the weekday named
    other = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day.replace(year=day.year - 4)
    text = (f"Le retrait a pris effet ce {WEEKDAYS_FR[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]}, "
            f"selon la Cour.\nLa Cour rappelle les faits.\n\nIl y a un an, le {other.day} {MONTHS_FR[other.month - 1]} "
            f"{other.year}, la notification avait été déposée, et le {day.day} {MONTHS_FR[day.month - 1]} "
            f"{day.year} elle a pris effet.")
    found = find_date(text, LANGS, NOW)
    assert found is not None and found.how == "weekday" and found.date == day


def test_a_publication_line_with_a_month_dates_a_weekday_without_a_year() -> None:
    text = "date 2017-10\n\nLes autorités saluent le retrait officiel, ce vendredi 27 octobre, de leur pays du Statut."
    found = find_date(text, LANGS, NOW)
    assert found is not None and found.date == dt.date(2017, 10, 27) and found.how == "weekday"


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2026, 10, 31)))
def test_bare_years_in_the_body_do_not_date_a_weekday(day: dt.date) -> None:
    # "vendredi 7 mars" in a report about an attack of 2003: a year the text names for something else
    text = (f"La Chambre a reconnu {WEEKDAYS_FR[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} l'accusé "
            f"coupable de crimes commis en {day.year} et en {day.year - 1}.")
    assert find_date(text, LANGS, NOW) is None
    hint = weekday_hint(text, LANGS, NOW)
    assert hint is not None and hint.date <= NOW and hint.date.weekday() == day.weekday()
    assert (hint.date.month, hint.date.day) == (day.month, day.day)


def test_no_year_reads_as_of_today_and_names_the_latest_agreeing_day() -> None:
    r = read("La Chambre a reconnu vendredi 7 mars le chef milicien coupable de crimes commis le 24 février 2003.",
             today=TODAY)
    assert r["date"]["how"] == "today" and r["date"]["value"] == TODAY
    assert any("read as of today" in c for c in r["caveats"])
    assert any("2025-03-07" in c and "--date" in c for c in r["caveats"])  # 7 March 2025 was a Friday


# -- dates in the body: events, unless the report gives one as its own day -------------------------

def test_range_dates_in_the_body_are_not_the_report_s_date() -> None:
    text = ("The Hague (AFP) - Judges have approved an investigation, court officials revealed Thursday.\n"
            "The judges authorised the prosecutor to investigate crimes committed since 26 April 2015 until "
            "26 October 2017.\nThe court retains jurisdiction up to and including 26 October, 2017.")
    assert _date(text) is None


def test_an_event_date_in_the_body_is_not_the_report_s_date() -> None:
    text = ("The United States has advised the Secretary-General that it does not intend to become a party, a "
            "spokesman said today.\nThe US maintains it has no obligations arising from its signature of the "
            "Statute on 31 December 2000.")
    r = read(text, today=TODAY)
    assert r["date"]["how"] == "today"


def test_a_body_date_on_the_weekday_of_the_news_is_the_report_s_date() -> None:
    text = ("Hungarian lawmakers voted Wednesday to repeal the law on leaving the court.\n"
            "The vote on May 27, 2026, keeps the country in the court.\nThe law of 2025 is repealed.")
    assert _date(text) == "2026-05-27"  # a Wednesday


def test_a_date_the_report_gives_as_its_own_day() -> None:
    assert _date("Trois mandats d'arrêt ont été émis ce jeudi 21 novembre 2024 par la Cour, qui rappelle les "
                 "faits commis depuis le 8 octobre 2023.") == "2024-11-21"
    assert _date("La Cour a confirmé que le retrait du Statut a pris effet aujourd'hui, vendredi 27 octobre 2017, "
                 "un an après la notification du 27 octobre 2016.") == "2017-10-27"


def test_a_wire_sign_off_dates_the_report() -> None:
    text = ("Pretoria - The president left the country on Monday despite a court order.\n"
            "The court had ordered that he stay until it decided.\n-0- PANA CU/SEG 15June2015")
    assert _date(text) == "2015-06-15"


# -- numeric datelines ---------------------------------------------------------------------------------

def test_a_two_digit_year_dateline_read_by_the_weekday_the_report_names() -> None:
    es = "Detenido el expresidente\n\nen Los Tiempos el 11-03-25 12:23\n\nLa oficina publicó hoy martes un comunicado."
    assert _date(es) == "2025-03-11"  # a Tuesday; 3 November 2025 was a Monday
    en = "Warrant for the president\n\n03.05.09 | News Team\n\nThe Court issued an arrest warrant Wednesday."
    assert _date(en) == "2009-03-05"  # the day after a Wednesday; 3 May 2009 was a Sunday
    plain = "Warrant for the president\n\n03.05.09 | News Team\n\nThe Court issued an arrest warrant."
    assert _date(plain) == "2009-05-03"  # nothing to tell them apart: day first, as written elsewhere


def test_a_two_digit_number_in_a_sentence_is_not_a_date() -> None:
    assert _date("The vote was 11-03-25 in the committee, and the plenary followed in the afternoon session, "
                 "with the opposition walking out before the final reading of the text that had been amended.") is None


def test_an_unambiguous_numeric_date_ignores_the_weekdays() -> None:
    assert _date("Published on 31/03/2005\nThe Council voted on Thursday.") == "2005-03-31"


# -- relative dates, once the report's day is known -----------------------------------------------------

def test_relative_dates_in_three_languages() -> None:
    report = dt.date(2023, 3, 18)  # a Saturday
    got = {f.text.lower(): f.date for f in relative_dates(
        "El TPI emitió ayer una orden. The court said on Friday that it acted; la Cour a parlé vendredi; "
        "el viernes se supo. Hier, la Cour; le 17 mars, la décision.", report)}
    assert got["ayer"] == got["hier"] == dt.date(2023, 3, 17)
    assert got["friday"] == got["vendredi"] == got["viernes"] == dt.date(2023, 3, 17)
    assert got["17 mars"] == dt.date(2023, 3, 17)


def test_a_day_and_month_without_a_year_takes_the_year_nearest_the_report() -> None:
    got = relative_dates("Le retrait prendra effet le 17 mars.", dt.date(2018, 12, 30))
    assert [f.date for f in got] == [dt.date(2019, 3, 17)]
    got = relative_dates("The court ruled on December 28.", dt.date(2019, 1, 3))
    assert [f.date for f in got] == [dt.date(2018, 12, 28)]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 6))
def test_a_weekday_alone_is_the_last_such_day_up_to_the_report(report: dt.date, weekday: int) -> None:
    for names in (WEEKDAYS_EN, WEEKDAYS_FR, WEEKDAYS_ES):
        [f] = relative_dates(f"It happened on {names[weekday]}.", report)
        assert f.date.weekday() == weekday and 0 <= (report - f.date).days <= 6


# -- --today: public, validated, the same reading every day ------------------------------------------------

UNDATED = "On Friday Burundi left the International Criminal Court, a spokesman said."


def test_today_makes_an_undated_reading_the_same_every_day(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(UNDATED, encoding="utf-8")
    out = CliRunner().invoke(cli, ["read", str(report), "--today", "2017-10-28", "--json"])
    assert out.exit_code == 0, out.output
    got = json.loads(out.output)
    assert got == read(UNDATED, today="2017-10-28") == read(UNDATED, today=dt.date(2017, 10, 28))
    assert got["date"]["value"] == got["today"] == "2017-10-28"


@pytest.mark.parametrize("bad", ["2017-02-30", "yesterday", "27/10/2017"])
def test_a_bad_today_is_one_line_and_exit_2(tmp_path: Path, bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text(UNDATED, encoding="utf-8")
    with pytest.raises(SystemExit) as ended:
        main(["read", str(report), "--today", bad])
    err = capsys.readouterr().err
    assert ended.value.code == 2
    assert err.startswith("rome: error: today:") and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_blank_today_is_the_real_today(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(UNDATED, encoding="utf-8")
    out = CliRunner().invoke(cli, ["read", str(report), "--today", "", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["today"] == dt.date.today().isoformat()


def test_the_python_api_refuses_a_bad_today_naming_it() -> None:
    with pytest.raises(QueryError) as err:
        read(UNDATED, today="2017-13-01")
    assert err.value.field == "today"


def test_today_is_in_the_help() -> None:
    out = CliRunner().invoke(cli, ["read", "--help"])
    assert "--today" in out.output


def test_the_reading_resolves_relative_dates_against_the_report_s_day() -> None:
    r = read("Published 28 October 2017\nBurundi left the court on Friday, a year after its notice of 27 October.",
             today=TODAY)
    got = {x["text"]: x["value"] for x in r["date"]["relative"]}
    assert got == {"Friday": "2017-10-27", "27 October": "2017-10-27"}
    assert all(x["how"] == "relative" and r["text"][x["start"]:].startswith(x["text"]) for x in r["date"]["relative"])


# -- written dates dateparser's search misreads -----------------------------------------------------------

def test_written_dates_in_three_languages_are_read_whole() -> None:
    assert _date("El fiscal abrió este jueves 4 de noviembre de 2021 una investigación sobre Venezuela.") == "2021-11-04"
    assert _date("Le 1er avril 2025, la Hongrie a confirmé son retrait.") == "2025-04-01"
    assert _date("By Jane Doe | March 11, 2025 | 5 min read\nDuterte arrested.") == "2025-03-11"  # not 11/05


def test_a_short_sentence_quoting_a_date_is_not_a_dateline() -> None:
    assert _date("Duterte arrested\nThe court said on 7 March 2025 that a warrant was issued under seal.\n"
                 "He was arrested on Tuesday.") is None


def test_a_publication_line_with_a_two_digit_year() -> None:
    found = find_date("Publié le 03/04/25\nLa Hongrie annonce son retrait.", LANGS, NOW)
    assert found is not None and found.how == "published" and found.date == dt.date(2025, 4, 3)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(1998, 7, 17), max_value=dt.date(2026, 11, 30)), st.integers(0, 2))
def test_a_written_dateline_is_read_back_in_each_language(day: dt.date, lang: int) -> None:
    written = [f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}", f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}",
               f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"][lang]
    text = f"THE HAGUE, {written} - The Court said its decision was final and would be published in full later."
    found = find_date(text, LANGS, NOW)
    assert found is not None and found.date == day and found.how == "dateline"


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2026, 11, 30)))
def test_an_ambiguous_numeric_dateline_takes_the_reading_on_the_weekday_said_today(day: dt.date) -> None:
    # written month first, against the day-first default: only the weekday the report names can tell
    try:
        other = dt.date(day.year, day.day, day.month)
    except ValueError:
        other = None
    assume(other is None or other.weekday() != day.weekday())
    text = (f"en Los Tiempos el {day.month:02d}-{day.day:02d}-{day.year % 100:02d} 12:23\n\n"
            f"La oficina publicó hoy {WEEKDAYS_ES[day.weekday()]} un comunicado.")
    found = find_date(text, LANGS, NOW)
    assert found is not None and found.date == day


def test_the_text_output_names_the_relative_days(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Published 28 October 2017\nBurundi left the court on Friday; on Friday the Court said so.",
                      encoding="utf-8")
    out = CliRunner().invoke(cli, ["read", str(report), "--today", TODAY])
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    assert '"Friday" = 2017-10-27' in said and said.count('"Friday" =') == 1
