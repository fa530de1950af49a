"""The bulk path gives exactly the scalar engine's answer, row for row (DESIGN principle 4)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("duckdb")
pd = pytest.importorskip("pandas")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from romestatute.bulk.annotate import annotate  # noqa: E402
from romestatute.bulk.compile import default_as_of  # noqa: E402
from romestatute.queries.jurisdiction import jurisdiction  # noqa: E402

AS_OF = default_as_of()
#: Days where something changes for a state often asked about: withdrawals, entry into force, declarations.
BOUNDARIES = [dt.date(2002, 7, 1), dt.date(2017, 10, 27), dt.date(2019, 3, 17), dt.date(2025, 1, 1),
              dt.date(2014, 6, 13), dt.date(2015, 4, 1), dt.date(2013, 11, 21), dt.date(2009, 11, 1),
              dt.date(2002, 11, 1), dt.date(2018, 7, 17), dt.date(2004, 12, 1), dt.date(2011, 3, 1)]
STATES = ["BDI", "PHL", "UKR", "PSE", "COL", "FRA", "RUS", "USA", "SYR", "AFG", "GBR", "CIV", "VEN", "HUN",
          "ISR", "MMR", "BGD", "LIE", "DEU", "GEO", "SDN", "MLI", "JPN", "UGA", "EGY", "SEN", "TJK"]
CRIME_SETS = [[], ["war_crimes"], ["genocide", "war_crimes"], ["war_crimes:starvation_niac"],
              ["crimes_against_humanity", "aggression"], ["aggression"], ["war_crimes:poison_niac", "genocide"]]

near = st.builds(lambda b, d: b + dt.timedelta(days=d), st.sampled_from(BOUNDARIES), st.integers(-3, 3))
anywhere = st.dates(dt.date(1998, 1, 1), dt.date(2033, 12, 31))
event = st.tuples(st.sampled_from(STATES), st.one_of(near, anywhere),
                  st.one_of(st.none(), st.sampled_from(STATES)))


def scalar(territory: str, day: dt.date, nationality: str | None, crimes: list[str]) -> tuple[str, set[str]]:
    q = {"crimes": crimes or ["genocide"], "territory": territory, "from": day.isoformat(),
         "to": day.isoformat(), "as_of": AS_OF.isoformat()}
    if nationality:
        q["nationality"] = nationality
    r = jurisdiction(q)
    bases = {f"{b['article']}:{b['state']}({b['via']})" for w in r["windows"] for b in w["bases"]}
    return r["outcome"], bases


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(event, min_size=1, max_size=12), crimes=st.sampled_from(CRIME_SETS))
def test_bulk_equals_scalar(events: list[tuple[str, dt.date, str | None]], crimes: list[str]) -> None:
    frame = pd.DataFrame({"t": [e[0] for e in events], "d": [e[1] for e in events],
                          "n": [e[2] for e in events]})
    got = annotate(frame, territory_col="t", date_col="d", nationality_col="n", crimes=crimes or None)
    for (t, d, n), outcome, basis in zip(events, got["icc_jurisdiction"], got["icc_basis"], strict=True):
        want, want_bases = scalar(t, d, n, crimes)
        assert outcome == want, (t, d, n, crimes)
        assert set(basis.split(";") if isinstance(basis, str) and basis else []) == want_bases, (t, d, n, crimes)


@pytest.mark.parametrize("territory,day,want", [
    ("BDI", "2017-10-26", "yes"), ("BDI", "2017-10-27", "no"), ("PHL", "2019-03-16", "yes"),
    ("PHL", "2019-03-17", "no"), ("UKR", "2013-11-20", "no"), ("UKR", "2013-11-21", "yes"),
    ("PSE", "2014-06-12", "no"), ("PSE", "2014-06-13", "yes"), ("GBR", "2002-06-30", "no"),
    ("GBR", "2002-07-01", "yes"),
])
def test_boundaries(territory: str, day: str, want: str) -> None:
    frame = pd.DataFrame({"t": [territory], "d": [day]})
    got = annotate(frame, territory_col="t", date_col="d")
    assert got["icc_jurisdiction"].tolist() == [want]
    assert scalar(territory, dt.date.fromisoformat(day), None, [])[0] == want
