"""Art. 26 with a date of birth, as a property: on a State Party's territory, conduct on a day is within
jurisdiction exactly when the accused had turned eighteen by that day (the birthday itself included)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import romestatute as rs
from romestatute.law.part02_jurisdiction import eighteenth_birthday

births = st.dates(dt.date(1980, 1, 1), dt.date(2010, 12, 31))


@given(born=births)
def test_the_eighteenth_birthday_is_eighteen_years_on_and_never_early(born: dt.date) -> None:
    day = eighteenth_birthday(born)
    assert day.year == born.year + 18
    if (born.month, born.day) == (2, 29) and not calendar.isleap(day.year):
        assert (day.month, day.day) == (3, 1)  # eighteen full years have run only then
    else:
        assert (day.month, day.day) == (born.month, born.day)


@settings(max_examples=40, deadline=None)
@given(born=births, offset=st.integers(-3, 3))
def test_conduct_counts_from_the_birthday_itself_on_a_party_s_territory(born: dt.date, offset: int) -> None:
    birthday = eighteenth_birthday(born)
    day = birthday + dt.timedelta(days=offset)
    if day < dt.date(2002, 7, 1) or day > dt.date(2026, 1, 1) or born > day:
        return
    f = rs.jurisdiction({"crimes": ["crimes_against_humanity"], "territory": ["FRA"], "from": day.isoformat(),
                         "born": born.isoformat(), "as_of": "2026-06-01"})
    assert f["outcome"] == ("yes" if day >= birthday else "no"), (born, day)
