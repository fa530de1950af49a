"""What the jurisdiction engine keeps between questions to answer fast must not change an answer.

The engine keeps work that depends only on the facts (a state's change points and party spans, which amendment
added a crime, the Council record's days, the bases of jurisdiction) and remembers dates it parsed.  These tests
pin each shortcut to the slow definition it replaces, and check that no question's answer depends on the
questions asked before it or on a what-if asked in between.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from romestatute import engine
from romestatute import ledger as ledger_module
from romestatute.law import part02_jurisdiction as law
from romestatute.law.question import JurisdictionQuery
from romestatute.model import dates
from romestatute.model.dates import Interval
from romestatute.model.errors import BadDate
from romestatute.model.vocab import Status
from romestatute.queries.conduct import parse_query
from romestatute.queries.jurisdiction import _cut_points, jurisdiction

QUESTIONS = [
    {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["RUS"], "from": "2014-02-20",
     "to": "2025-06-30", "as_of": "2025-06-30"},
    {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"], "from": "2016-09-01",
     "to": "2016-12-31", "as_of": "2016-11-17", "assume": ["SYR:declaration_12_3:2011-03-15"]},
    {"crimes": ["war_crimes:starvation_niac"], "territory": ["NLD"], "nationality": ["FRA"], "from": "2021-01-01",
     "to": "2023-12-31", "as_of": "2024-01-01", "trigger": "unsc_referral"},
    {"crimes": ["war_crimes"], "territory": ["FRA"], "from": "2003-05-01", "as_of": "2005-01-01",
     "assume": ["UNSC:deferral:2003-01-01"]},
    {"crimes": ["crimes_against_humanity"], "territory": ["LBY"], "nationality": ["USA"], "from": "2011-02-10",
     "to": "2011-10-20", "trigger": "unsc_referral", "resolution": "1970", "as_of": "2011-06-27"},
    {"crimes": ["aggression"], "aggressor": "DEU", "victim": "LIE", "territory": ["LIE"], "from": "2018-07-10",
     "to": "2018-07-20", "as_of": "2020-01-01"},
    {"crimes": ["war_crimes"], "territory": ["SYR"], "from": "2014-05-22", "trigger": "unsc_referral",
     "resolution": "S/2014/348", "as_of": "2015-01-01"},
]


def test_an_answer_does_not_depend_on_the_questions_asked_before_it() -> None:
    first = [jurisdiction(q) for q in QUESTIONS]
    again = [jurisdiction(q) for q in reversed(QUESTIONS)][::-1]
    assert again == first
    # a what-if Syria joining, asked in between, leaves the record's answer as it was
    jurisdiction({**QUESTIONS[0], "territory": ["SYR"], "assume": ["SYR:accession:2014-01-01"]})
    assert jurisdiction(QUESTIONS[1]) == first[1]
    assert jurisdiction({**QUESTIONS[1], "assume": []})["outcome"] == "no"  # without the what-if: no acceptance


def test_a_what_if_ledger_is_kept_per_set_of_events_and_leaves_the_record_alone() -> None:
    led = engine.ledger()
    syria = parse_query(QUESTIONS[1]).assume
    again = parse_query({**QUESTIONS[1], "as_of": "2016-11-17"}).assume  # parsed anew: equal records
    assert syria == again and syria[0] is not again[0]
    assert led.with_events(syria) is led.with_events(again)
    other = led.with_events(parse_query({**QUESTIONS[1], "assume": ["SYR:declaration_12_3:2012-01-01"]}).assume)
    assert other is not led.with_events(syria)
    assert other.state("SYR").declarations != led.with_events(syria).state("SYR").declarations
    assert led.with_events(()) is led and "hypothetical" not in str(led.state("SYR").declarations)
    for n in range(ledger_module.WHAT_IFS_KEPT + 5):  # many different what-ifs: still answered, memory bounded
        day = (dt.date(2011, 1, 1) + dt.timedelta(days=n)).isoformat()
        what_if = led.with_events(parse_query({**QUESTIONS[1], "assume": [f"SYR:12_3:{day}"]}).assume)
        assert what_if.state("SYR").declarations[-1].covers.start.isoformat() == day  # type: ignore[union-attr]
    assert len(led.__dict__["_what_ifs"]) <= ledger_module.WHAT_IFS_KEPT


def test_checked_query_is_the_query_the_constructor_makes() -> None:
    q = parse_query(QUESTIONS[1])
    values = {f.name: getattr(q, f.name) for f in dataclasses.fields(JurisdictionQuery)}
    built = JurisdictionQuery(**values)
    assert q == built and hash(q) == hash(built) and type(q) is JurisdictionQuery
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.as_of = dt.date(2000, 1, 1)  # type: ignore[misc]
    assert dataclasses.replace(q, crimes=("genocide",)).crimes == ("genocide",)
    with pytest.raises(TypeError, match="every field"):
        JurisdictionQuery.checked(crimes=("genocide",))


def test_a_remembered_date_is_the_date_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert dates.parse_date("2016-11-17") == dt.date(2016, 11, 17)
    assert dates.parse_date("2016-11-17") == dt.date(2016, 11, 17)  # the second time from memory
    # 'today' is never remembered: it changes
    monkeypatch.setattr(dates, "today", lambda: dt.date(2030, 1, 1))
    assert dates.parse_date("today") == dt.date(2030, 1, 1)
    monkeypatch.setattr(dates, "today", lambda: dt.date(2030, 1, 2))
    assert dates.parse_date("today") == dt.date(2030, 1, 2)
    # an error is never remembered, and names the field asked each time
    for field in ("from", "to"):
        with pytest.raises(BadDate, match=f"^{field}: '2016-02-30'"):
            dates.parse_date("2016-02-30", field=field)
        with pytest.raises(BadDate, match=f"^{field}: 2101-01-01 is outside"):
            dates.parse_date("2101-01-01", field=field)


def test_a_state_ledgers_kept_views_match_its_history() -> None:
    led = engine.ledger()
    for iso3, state in led.states.items():
        points = set(state.starts) | {a.in_force for a in state.amendments}
        for d in state.declarations:
            points |= {d.effective, d.withdrawn} | ({d.covers.start, d.covers.end} if d.covers else set())
        assert state.change_points() == points - {None}, iso3
        assert state.party_spans() == tuple(iv for iv, s in state.intervals() if s == Status.PARTY), iso3
        for kind in ("12_3", "124", "15bis4"):
            assert list(state.declarations_of_kind(kind)) == [d for d in state.declarations if d.kind == kind], iso3


def test_the_amendment_behind_each_crime_is_the_first_listing_it() -> None:
    led = engine.ledger()
    ctx = law.Context(led, parse_query(QUESTIONS[0]))
    for crime in ["genocide", "war_crimes", "aggression", *(c for a in led.facts.amendments.values() for c in a.crimes)]:
        first = next((a for a in led.facts.amendments.values() if crime in a.crimes), None)
        assert ctx.amendment_for(crime) is first
        assert ctx.amendment_121_5(crime) is (first if first is not None and first.rule == "121(5)" else None)


def test_a_kept_basis_equals_a_new_one() -> None:
    assert law.basis("12(2)(a)", "UKR", "declaration_12_3") == law.Basis("12(2)(a)", "UKR", "declaration_12_3")
    assert law.basis("12(2)(a)", "UKR", "party") != law.basis("12(2)(b)", "UKR", "party")
    assert law.COUNCIL_BASIS == law.Basis("13(b)", None, "unsc_referral")


def test_cut_points_are_the_fact_changes_inside_the_period() -> None:
    for raw in QUESTIONS:
        q = parse_query(raw)
        ctx = law.Context(engine.ledger().with_events(q.assume), q)
        states = set(q.territory + q.vessel_flag + q.nationality) | {s for s in (q.aggressor, q.victim) if s}
        points = {q.period.start, ctx.ledger.statute_in_force}
        if ctx.aggression is not None and ctx.aggression.activation_date:
            points.add(ctx.aggression.activation_date)
        for iso3 in states:
            points |= ctx.ledger.state(iso3).change_points()
        for crime in q.crimes:
            amendment = ctx.amendment_121_5(crime)
            if amendment is not None and ctx.first_in_force(amendment.key):
                points.add(ctx.first_in_force(amendment.key))
        referral = {"conduct_from": "2011-02-15", "conduct_to": "2011-06-30"}
        for ref, extra in ((None, set()), (referral, {dt.date(2011, 2, 15), dt.date(2011, 7, 1)})):
            want = sorted(p for p in points | extra if p in q.period)
            assert _cut_points(ctx, ref) == want


def test_the_council_record_and_deferrals_follow_the_data_in_use(data: Path) -> None:
    """A copy of the data with one more Art. 16 request: the answer shows it, the bundled data's does not."""
    question = {"crimes": ["war_crimes"], "territory": ["COD"], "from": "2020-03-01", "as_of": "2021-01-01"}
    unsc = data / "unsc.yaml"
    text = unsc.read_text(encoding="utf-8")
    extra = ("deferrals:                  # Art. 16 requests actually adopted\n"
             "  - id: res-test\n    resolution: S/RES/9999 (2020)\n    document: S/RES/9999 (2020)\n"
             "    date: 2020-01-15\n    period_from: 2020-01-15\n    period_to: 2021-01-15\n"
             "    scope: a test request\n    source: https://undocs.org/S/RES/9999(2020)\n    confidence: low\n")
    assert text.count("deferrals:                  # Art. 16 requests actually adopted\n") == 1
    unsc.write_text(text.replace("deferrals:                  # Art. 16 requests actually adopted\n", extra),
                    encoding="utf-8")
    assert [d["id"] for d in jurisdiction(question)["deferrals"]] == ["res-test"]
    assert [d["id"] for d in jurisdiction({**question, "as_of": "2020-01-14"})["deferrals"]] == []


def test_the_bundled_data_has_no_such_deferral() -> None:
    question = {"crimes": ["war_crimes"], "territory": ["COD"], "from": "2020-03-01", "as_of": "2021-01-01"}
    assert jurisdiction(question)["deferrals"] == []


day = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    start = draw(day)
    end = draw(st.one_of(st.none(), st.dates(min_value=start, max_value=dt.date(2041, 1, 1))))
    return Interval(start, end)


@given(intervals(), intervals())
def test_intersect_is_the_set_of_days_in_both(a: Interval, b: Interval) -> None:
    got = a.intersect(b)
    ends = [e for e in (a.end, b.end) if e is not None]
    start, end = max(a.start, b.start), (min(ends) if ends else None)
    if end is not None and end <= start:
        assert got is None
    else:
        assert got == Interval(start, end)
    assert got == b.intersect(a)
