"""Properties of every finding, over random states, periods and crimes (hypothesis).

1. Windows lie inside the queried period, never before 1 July 2002, sorted and disjoint.
2. The outcome agrees with the windows: ``no`` iff there are none; ``yes`` iff they cover every day for
   every crime (a several-territories finding may be ``partial`` despite full cover, and says so).
3. Monotonicity: a hypothetical Art. 12(3) declaration by the territorial state covering the whole
   period never takes a day away, so a ``yes`` stays ``yes``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from romestatute import engine
from romestatute.queries.jurisdiction import jurisdiction

ONE = dt.timedelta(days=1)
EIF = dt.date(2002, 7, 1)
# states whose histories exercise the rules: founding and later parties, withdrawals, declarations,
# Art. 124 and 15 bis(4) declarations, amendment acceptances, non-parties, referral situations
INTERESTING = ["UKR", "PSE", "CIV", "BDI", "PHL", "FRA", "COL", "SYR", "RUS", "USA", "GBR", "COD", "KEN", "DEU",
               "LIE", "NLD", "MMR", "BGD", "EGY", "VEN", "AFG", "UGA", "COM", "SDN", "LBY", "GEO", "ISR", "HUN"]
CRIMES = ["genocide", "crimes_against_humanity", "war_crimes", "aggression", "war_crimes:starvation_niac",
          "war_crimes:poison_niac"]

states = st.one_of(st.sampled_from(INTERESTING), st.sampled_from(sorted(engine.ledger().states)))
days = st.dates(min_value=dt.date(1999, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def queries(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(days)
    length = draw(st.one_of(st.integers(0, 40), st.integers(0, 9000)))
    end = min(start + dt.timedelta(days=length), dt.date(2035, 12, 31))
    territory = draw(st.lists(states, min_size=1, max_size=2, unique=True))
    nationality = draw(st.lists(states, max_size=2, unique=True))
    crimes = draw(st.lists(st.sampled_from(CRIMES), min_size=1, max_size=3, unique=True))
    q: dict[str, Any] = {"crimes": crimes, "territory": territory, "nationality": nationality,
                         "from": start.isoformat(), "to": end.isoformat(), "as_of": draw(days).isoformat()}
    if draw(st.booleans()):
        q["vessel_flag"] = [draw(states)]
    if "aggression" in crimes and draw(st.booleans()):
        q["aggressor"], q["victim"] = draw(states), draw(states)
    trigger = draw(st.sampled_from([None, None, "proprio_motu", "state_referral", "unsc_referral"]))
    if trigger:
        q["trigger"] = trigger
        q["trigger_date"] = draw(days).isoformat()
    if trigger == "state_referral":
        q["referred_by"] = draw(states)
    if trigger == "unsc_referral" and draw(st.booleans()):
        q["resolution"] = draw(st.sampled_from(["1593", "1970"]))
    if draw(st.integers(0, 9)) == 0:
        q["age"] = draw(st.integers(10, 70))
    return q


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def covered(f: dict[str, Any], crime: str) -> set[dt.date]:
    out: set[dt.date] = set()
    for w in f["windows"]:
        if crime in w["crimes"]:
            day = _d(w["from"])
            while day <= _d(w["to"]):
                out.add(day)
                day += ONE
    return out


def period_days(q: dict[str, Any]) -> int:
    return (_d(q["to"]) - _d(q["from"])).days + 1


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(queries())
def test_windows_inside_period_after_2002_sorted_disjoint(q: dict[str, Any]) -> None:
    f = jurisdiction(q)
    start, end = _d(q["from"]), _d(q["to"])
    previous_end = None
    for w in f["windows"]:
        lo, hi = _d(w["from"]), _d(w["to"])
        assert start <= lo <= hi <= end
        assert lo >= EIF
        assert w["crimes"] and set(w["crimes"]) <= set(q["crimes"])
        assert w["bases"] and len(w["basis"]) == len(w["bases"])
        if previous_end is not None:
            assert lo > previous_end
        previous_end = hi


@SETTINGS
@given(queries())
def test_outcome_agrees_with_windows(q: dict[str, Any]) -> None:
    f = jurisdiction(q)
    assert f["outcome"] in {"yes", "no", "partial"}
    assert (f["outcome"] == "no") == (f["windows"] == [])
    full = all(len(covered(f, c)) == period_days(q) for c in f["query"]["crimes"])
    if f["outcome"] == "yes":
        assert full
    elif full:  # full cover but not yes: only the several-territories reading may do that
        assert f["outcome"] == "partial"
        assert any("wholly within" in c for c in f["caveats"])
    if q.get("age") is not None and q["age"] < 18:
        assert f["outcome"] == "no"


@SETTINGS
@given(queries())
def test_a_territorial_declaration_for_the_whole_period_only_adds(q: dict[str, Any]) -> None:
    before = jurisdiction(q)
    what_if = {**q, "assume": [f"{q['territory'][0]}:declaration_12_3:{q['from']}..{q['to']}"]}
    after = jurisdiction(what_if)
    if before["outcome"] == "yes":
        assert after["outcome"] == "yes"
    for crime in before["query"]["crimes"]:
        assert covered(before, crime) <= covered(after, crime)


ROUTE_OF = {"state_referral": "state_referral", "proprio_motu": "proprio_motu", "unsc_referral": "unsc_referral"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(territory=st.sampled_from(INTERESTING), nationality=st.sampled_from(INTERESTING),
       start=st.dates(dt.date(1999, 1, 1), dt.date(2026, 6, 30)), age=st.integers(0, 90),
       trigger=st.sampled_from([None, *ROUTE_OF]), resolution=st.sampled_from([None, "1593", "1970", "9999",
                                                                              "S/2014/348"]))
def test_routes_agree_with_the_outcome_and_art_26_bars_them_all(territory: str, nationality: str, start: dt.date,
                                                                 age: int, trigger: str | None,
                                                                 resolution: str | None) -> None:
    q: dict[str, Any] = {"crimes": ["war_crimes"], "territory": territory, "nationality": nationality,
                         "from": start.isoformat(), "age": age, "as_of": "2026-11-28"}
    if trigger:
        q["trigger"] = trigger
    if resolution and trigger == "unsc_referral":
        q["resolution"] = resolution
    f = jurisdiction(q)
    routes = {k: v["outcome"] for k, v in f["routes"].items()}
    if age < 18:
        assert f["outcome"] == "no" and set(routes.values()) == {"no"}
    if trigger is not None:  # the route asked about says what the outcome says
        assert routes[ROUTE_OF[trigger]] == f["outcome"]
    else:
        assert routes["state_referral"] == f["outcome"]
    if f["routes"]["unsc_referral"].get("act") == "vetoed":
        assert routes["unsc_referral"] == "no"
    assert f["hypothetical"] == bool(f["what_if"])
