"""A finding as of a day relies on the record as it stood that day, for conduct after it too (a projection).

Burundi notified its withdrawal on 27 Oct 2016 (in effect 27 Oct 2017, Art. 127(1)); the Philippines on 17 Mar
2018 (in effect 17 Mar 2019). Asked as of the day before the notification, conduct after the withdrawal took
effect is projected on a State Party (nothing then said it would leave); asked as of the notification day, the
withdrawal is on record and applied.  A ratification after the as-of date was already not counted."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import romestatute as rs
from romestatute import engine

CASES = [  # state, conduct, as of, outcome
    ("BDI", "2018-01-15", "2016-10-26", "yes"),
    ("BDI", "2018-01-15", "2016-10-27", "no"),
    ("BDI", "2018-01-15", "2016-01-01", "yes"),
    ("BDI", "2017-10-26", "2016-11-01", "yes"),  # the last day before the withdrawal took effect
    ("BDI", "2017-10-27", "2016-11-01", "no"),
    ("PHL", "2019-06-01", "2018-03-16", "yes"),
    ("PHL", "2019-06-01", "2018-03-17", "no"),
    ("PHL", "2019-06-01", "2025-01-01", "no"),
]


@pytest.mark.parametrize(("state", "day", "as_of", "outcome"), CASES)
def test_a_withdrawal_notified_after_the_as_of_date_is_not_applied(rome, state: str, day: str, as_of: str,
                                                                   outcome: str) -> None:
    r = rome("jurisdiction", "--crime", "war_crimes", "--territory", state, "--from", day, "--to", day,
             "--as-of", as_of, "--json")
    assert r.json()["outcome"] == outcome, (state, day, as_of)


def test_the_bulk_annotation_projects_alike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pd = pytest.importorskip("pandas")
    pytest.importorskip("duckdb")
    from romestatute.bulk import annotate

    frame = pd.DataFrame({"country": [s for s, *_ in CASES], "date": [d for _, d, *_ in CASES]})
    for as_of in sorted({a for *_, a, _ in CASES}):
        got = annotate(frame, territory_col="country", date_col="date", crimes=["war_crimes"],
                       as_of=dt.date.fromisoformat(as_of), route="art12")
        for (state, day, case_as_of, outcome), answer in zip(CASES, got["icc_jurisdiction"], strict=True):
            if case_as_of == as_of:
                assert answer == outcome, (state, day, as_of)


def test_the_whole_record_when_nothing_is_later() -> None:
    led = engine.ledger()
    assert led.known_on(led.last_act) is led and led.known_on(dt.date(2100, 1, 1)) is led
    assert led.known_on(dt.date(2016, 10, 26)) is led.known_on(dt.date(2016, 10, 26))  # kept
    assert led.known_on(dt.date(2001, 1, 1)) is led  # before the sixtieth instrument: the record as before


@settings(max_examples=60, deadline=None)
@given(as_of=st.dates(dt.date(2002, 4, 11), dt.date(2026, 11, 1)), back=st.integers(0, 9000),
       state=st.sampled_from(["BDI", "PHL", "ZAF", "GMB", "VEN", "UKR", "PSE", "CIV", "USA", "HUN", "JPN", "ARM"]))
def test_up_to_the_as_of_date_the_known_record_gives_the_same_statuses(as_of: dt.date, back: int, state: str) -> None:
    led = engine.ledger()
    day = as_of - dt.timedelta(days=back)
    assert led.known_on(as_of).states[state].status_on(day) == led.states[state].status_on(day)


def test_python_api_agrees() -> None:
    f = rs.jurisdiction({"crimes": ["war_crimes"], "territory": ["BDI"], "from": "2018-01-15", "to": "2018-01-15",
                         "as_of": "2016-10-26"})
    assert f["outcome"] == "yes"


def test_the_last_act_is_where_the_known_record_stops_growing() -> None:
    facts = engine.ledger().facts
    last = facts.last_act()

    def acts(f: object) -> int:
        return sum(map(len, f.actions.values())) + sum(map(len, f.acceptances.values())) + sum(  # type: ignore[attr-defined]
            1 + (d.withdrawn is not None) for ds in f.declarations.values() for d in ds)  # type: ignore[attr-defined]

    dated = acts(facts) - sum(a.date is None for accs in facts.acceptances.values() for a in accs)
    assert acts(facts.known_on(last)) == dated
    assert acts(facts.known_on(last - dt.timedelta(days=1))) < dated
