"""The date rules of Arts. 121(5), 126 and 127: real cases, then properties over any date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute import engine
from romestatute.facts.records import DEPOSITS
from romestatute.law import calendar

D = dt.date
SIXTIETH = D(2002, 4, 11)  # the day of the 60th deposit (ten states deposited together at the UN)

days = st.dates(min_value=D(1998, 7, 17), max_value=D(2099, 12, 31))
PROPS = settings(deadline=None, max_examples=500)


# -- real cases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deposit", "in_force"),
    [
        (D(2003, 1, 31), D(2003, 5, 1)),  # Albania: the 60th day is 1 Apr, so the month after is May
        (D(2015, 1, 2), D(2015, 4, 1)),  # Palestine: the 60th day is 3 Mar
        (D(2023, 11, 14), D(2024, 2, 1)),  # Armenia
        (D(2024, 10, 25), D(2025, 1, 1)),  # Ukraine: the 60th day is 24 Dec
        (D(2004, 9, 21), D(2004, 12, 1)),  # Burundi
        (D(2011, 8, 30), D(2011, 11, 1)),  # the Philippines
    ],
)
def test_art_126_2_real_cases(deposit: dt.date, in_force: dt.date) -> None:
    assert calendar.entry_into_force_for_state(deposit, SIXTIETH) == in_force
    assert calendar.sixtieth_day_rule(deposit) == in_force


@pytest.mark.parametrize("deposit", [D(1998, 7, 17), D(1999, 2, 2), D(2000, 6, 9), D(2002, 4, 10), SIXTIETH])
def test_art_126_1_every_deposit_by_the_sixtieth_enters_into_force_on_1_july_2002(deposit: dt.date) -> None:
    assert calendar.entry_into_force_for_state(deposit, SIXTIETH) == D(2002, 7, 1)


def test_the_day_after_the_sixtieth_deposit_counts_on_its_own() -> None:
    assert calendar.entry_into_force_for_state(D(2002, 4, 12), SIXTIETH) == D(2002, 7, 1)  # 11 Jun -> 1 Jul
    assert calendar.entry_into_force_for_state(D(2002, 5, 2), SIXTIETH) == D(2002, 8, 1)  # 1 Jul -> 1 Aug
    assert calendar.entry_into_force_for_state(D(2002, 6, 28), SIXTIETH) == D(2002, 9, 1)  # the Gambia


def test_statute_entry_into_force_from_the_data() -> None:
    led = engine.ledger()
    assert (led.sixtieth_deposit, led.statute_in_force) == (SIXTIETH, D(2002, 7, 1))


def test_statute_entry_into_force_needs_sixty_instruments() -> None:
    with pytest.raises(ValueError):
        calendar.statute_entry_into_force([D(2000, 1, 1)] * 59)
    deposits = [D(2000, 1, 1)] * 59 + [D(2001, 3, 1), D(2001, 3, 2)]
    assert calendar.statute_entry_into_force(deposits) == (D(2001, 3, 1), D(2001, 5, 1))


@pytest.mark.parametrize(
    ("received", "effective"),
    [
        (D(2016, 10, 27), D(2017, 10, 27)),  # Burundi
        (D(2018, 3, 17), D(2019, 3, 17)),  # the Philippines
        (D(2025, 6, 2), D(2026, 6, 2)),  # Hungary (revoked before this day)
        (D(2016, 2, 29), D(2017, 3, 1)),  # a leap day rolls on to 1 March (our reading)
    ],
)
def test_art_127_1_withdrawal_one_year_after_receipt(received: dt.date, effective: dt.date) -> None:
    assert calendar.withdrawal_effective(received) == effective


def test_art_127_1_a_later_named_date_wins_an_earlier_one_does_not() -> None:
    assert calendar.withdrawal_effective(D(2016, 10, 27), D(2018, 1, 1)) == D(2018, 1, 1)
    assert calendar.withdrawal_effective(D(2016, 10, 27), D(2017, 1, 1)) == D(2017, 10, 27)


def test_art_121_5_amendment_one_year_after_acceptance() -> None:
    assert calendar.amendment_in_force_for_state(D(2012, 5, 8)) == D(2013, 5, 8)  # Liechtenstein, aggression
    assert calendar.amendment_in_force_for_state(D(2020, 2, 29)) == D(2021, 3, 1)


def test_art_121_4_seven_eighths() -> None:
    eight_parties = lambda day: 8  # noqa: E731
    deposits = [D(2020, 1, i) for i in range(1, 8)]  # the 7th of 8 parties accepts on 7 Jan 2020
    assert calendar.amendment_in_force_for_all(deposits, eight_parties) == D(2021, 1, 7)
    assert calendar.amendment_in_force_for_all(deposits[:6], eight_parties) is None


def test_every_stated_effective_date_in_the_data_agrees_with_the_rules() -> None:
    led = engine.ledger()
    checked = 0
    for acts in led.facts.actions.values():
        for a in acts:
            if a.stated_effective is None:
                continue
            if a.action in DEPOSITS:
                assert calendar.entry_into_force_for_state(a.date, SIXTIETH) == a.stated_effective, a
            elif a.action == "withdrawal_notification":
                assert calendar.withdrawal_effective(a.date, a.named_effective) == a.stated_effective, a
            checked += 1
    assert checked > 120  # 127 deposits that took effect plus the withdrawals


# -- properties -----------------------------------------------------------------------------------


@PROPS
@given(days)
def test_sixtieth_day_rule_is_a_first_of_month_61_to_92_days_on(deposit: dt.date) -> None:
    eif = calendar.sixtieth_day_rule(deposit)
    assert eif.day == 1
    assert 60 < (eif - deposit).days <= 92
    # and it is the first such day: the first of the month before is not after the 60th day
    previous_first = (eif - dt.timedelta(days=1)).replace(day=1)
    assert previous_first <= deposit + dt.timedelta(days=60)


@PROPS
@given(days)
def test_one_year_after(day: dt.date) -> None:
    later = calendar.one_year_after(day)
    assert later > day
    assert (later - day).days in (365, 366)
    assert later.year == day.year + 1
    if (day.month, day.day) == (2, 29):
        assert (later.month, later.day) == (3, 1)
    else:
        assert (later.month, later.day) == (day.month, day.day)


@PROPS
@given(days, st.one_of(st.none(), days))
def test_withdrawal_effective(received: dt.date, named: dt.date | None) -> None:
    effective = calendar.withdrawal_effective(received, named)
    earliest = calendar.one_year_after(received)
    assert effective >= earliest
    if named is not None and named > earliest:
        assert effective == named
    else:
        assert effective == earliest


@PROPS
@given(days, days, st.dates(min_value=D(1998, 7, 17), max_value=D(2010, 12, 31)))
def test_entry_into_force_is_monotone_in_the_deposit_date(a: dt.date, b: dt.date, sixtieth: dt.date) -> None:
    first, second = sorted((a, b))
    eif_first = calendar.entry_into_force_for_state(first, sixtieth)
    eif_second = calendar.entry_into_force_for_state(second, sixtieth)
    assert eif_first <= eif_second
    assert eif_first > first
    assert eif_first >= calendar.sixtieth_day_rule(sixtieth)  # no one is bound before the Statute is in force


@given(st.dates(dt.date(1998, 1, 1), dt.date(2100, 12, 31)))
def test_the_leap_day_reading_is_named_exactly_when_it_decides_a_date(day: dt.date) -> None:
    from romestatute.law.calendar import leap_day_reading

    reading = leap_day_reading(day)
    decided = calendar.one_year_after(day).day != day.day  # only 29 February moves to another day of the month
    assert (reading is not None) == decided
    assert (reading is not None) == ((day.month, day.day) == (2, 29))
