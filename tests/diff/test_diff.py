"""``rome diff``: who changed between two days, through the same path a user's query takes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import romestatute.queries.diff as q
from romestatute import engine


def by_state(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["state"]: c for c in d["changes"]}


@pytest.fixture(scope="module")
def leavers() -> dict[str, Any]:
    return q.diff("2016-01-01", "2019-12-31")


def test_2016_to_2019_burundi_and_the_philippines_leave_south_africa_and_the_gambia_do_not(leavers, rome) -> None:
    assert rome("diff", "2016-01-01", "2019-12-31", "--json").json() == leavers
    c = by_state(leavers)
    for iso3 in ("BDI", "PHL"):
        assert c[iso3]["changed"] and (c[iso3]["before"]["status"], c[iso3]["after"]["status"]) == ("party", "former_party")
    for iso3 in ("ZAF", "GMB"):  # a notice revoked between the days: no change, but its events are listed
        assert not c[iso3]["changed"] and c[iso3]["before"] == {**c[iso3]["after"], "withdrawal_pending": None}
        assert [e["event"] for e in c[iso3]["events"]] == ["withdrawal_notification", "withdrawal_revoked"]
        assert all(e["source"]["url"] for e in c[iso3]["events"])
        assert c[iso3]["jurisdiction"] is None and c[iso3]["arrest_duties"] == []
    assert set(leavers) >= {"from", "to", "changes"} and set(leavers["from"]) == {"date", "count"}
    assert set(c["BDI"]) >= {"state", "before", "after", "events", "jurisdiction", "arrest_duties"}


def test_counts_are_those_of_rome_parties(leavers, rome) -> None:
    for side in ("from", "to"):
        day = leavers[side]["date"]
        assert leavers[side]["count"] == rome("parties", "--on", day, "--json").json()["count"]


def test_the_day_a_withdrawal_takes_effect_and_the_day_before() -> None:
    # Burundi's withdrawal took effect on 2017-10-27 (Art. 127(1): one year after the notice of 2016-10-27)
    on_the_day = by_state(q.diff("2017-10-26", "2017-10-27"))
    assert on_the_day["BDI"]["changed"] and on_the_day["BDI"]["after"]["status"] == "former_party"
    assert [e["event"] for e in on_the_day["BDI"]["events"]] == ["withdrawal_effective"]
    assert "BDI" not in by_state(q.diff("2017-10-25", "2017-10-26"))
    assert "BDI" not in by_state(q.diff("2017-10-27", "2017-10-28"))


def test_same_day_has_no_change() -> None:
    d = q.diff("2020-05-05", "2020-05-05")
    assert d["changes"] == [] and d["from"]["count"] == d["to"]["count"]


def test_leaving_closes_jurisdiction_and_127_2_keeps_conduct_while_a_party(leavers) -> None:
    j = by_state(leavers)["BDI"]["jurisdiction"]
    assert (j["territory"]["before"], j["territory"]["after"], j["territory"]["change"]) == ("yes", "no", "closed")
    assert j["nationality"]["change"] == "closed"
    cont = j["continuation"]
    assert cont["effective"] == "2017-10-27"
    w = cont["conduct_while_party"]
    assert (w["from"], w["to"], w["territory"], w["nationality"]) == ("2004-12-01", "2017-10-26", "yes", "yes")
    assert any(r["article"] == "127(2)" and r["holds"] for r in w["reasons"])
    assert [m["situation"] for m in cont["matters_under_consideration"]] == ["burundi"]


def test_joining_opens_jurisdiction_and_gains_duties(leavers) -> None:
    slv = by_state(leavers)["SLV"]
    assert slv["after"]["status"] == "party"
    assert slv["jurisdiction"]["territory"]["change"] == "opened" and slv["jurisdiction"]["continuation"] is None
    duties = {d["person"]: d for d in slv["arrest_duties"]}
    bashir = duties["Omar Hassan Ahmad Al Bashir"]
    assert bashir["change"] == "gained" and bashir["after"]["bases"] == ["party"]
    assert {r["article"] for r in bashir["reasons"]} >= {"86", "89(1)"}


def test_a_former_party_keeps_the_duties_of_investigations_begun_before_it_left(leavers) -> None:
    duties = {d["person"]: d for d in by_state(leavers)["BDI"]["arrest_duties"]}
    kony = duties["Joseph Kony"]  # Uganda: investigation opened 2004, long before 2017-10-27
    assert kony["change"] == "kept_on_another_basis"
    assert (kony["before"]["bases"], kony["after"]["bases"]) == (["party"], ["former_party"])
    assert any(r["article"] == "127(2)" and r["holds"] for r in kony["reasons"])
    # warrants issued between the days are not compared (their duty changed because they were issued)
    assert "Alfred Yekatom" not in duties
    assert any("issued or ended between them" in c for c in leavers["caveats"])


def test_as_of_uses_what_was_known_then() -> None:
    # on 2016-11-01 South Africa's notice (2016-10-19) was known, its revocation (2017-03-07) was not; the
    # Gambia had not yet notified (2016-11-10)
    d = q.diff("2016-01-01", "2019-12-31", "2016-11-01")
    c = by_state(d)
    assert d["as_of"] == "2016-11-01"
    assert c["ZAF"]["changed"] and c["ZAF"]["after"]["status"] == "former_party"
    assert "GMB" not in c and "PHL" not in c
    assert c["BDI"]["changed"]
    assert any("As known on 2016-11-01" in x for x in d["caveats"])
    # the whole record is unchanged by the as-of question (the cache is per as-of day)
    assert not by_state(q.diff("2016-01-01", "2019-12-31"))["ZAF"]["changed"]


def test_2026_notices(rome) -> None:
    d = rome("diff", "2026-01-01", "2027-12-31", "--json").json()
    c = by_state(d)
    for iso3 in ("BFA", "MLI", "NER"):
        assert c[iso3]["after"]["status"] == "former_party"
    assert not c["HUN"]["changed"] and "withdrawal_revoked" in [e["event"] for e in c["HUN"]["events"]]
    putin = {x["person"]: x for x in c["MLI"]["arrest_duties"]}["Vladimir Vladimirovich Putin"]
    assert putin["before"]["bases"] == ["party"]
    assert any("low confidence" in x for x in d["caveats"])


@pytest.mark.parametrize("args, field", [
    (("2019-12-31", "2016-01-01"), "to"),
    (("2016-13-01", "2019-12-31"), "from"),
    (("2016-01-01", "2019-12-31", "--as-of", "2001-01-01"), "as_of"),
    (("2016-01-01", "2019-12-31", "--as-of", "yesterday"), "as_of"),
])
def test_bad_input_is_one_line_exit_2(rome, args, field) -> None:
    r = rome("diff", *args)
    assert r.code == 2 and r.out == ""
    assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err and f"{field}:" in r.err


DAYS = st.dates(min_value=dt.date(1998, 7, 17), max_value=dt.date(2028, 12, 31))


@settings(max_examples=40, deadline=None)
@given(DAYS, DAYS)
def test_listed_changes_are_exactly_the_status_differences(a: dt.date, b: dt.date) -> None:
    d1, d2 = min(a, b), max(a, b)
    led = engine.ledger()
    listed = {(c.state, c.changed) for c in q.listing(led, d1, d2)}
    differs = {s for s in led.states if led.status_on(s, d1) != led.status_on(s, d2)}
    assert {s for s, changed in listed if changed} == differs
    joined = sum(1 for s in differs if led.is_party(s, d2))
    left = sum(1 for s in differs if led.is_party(s, d1))
    assert led.count_parties(d2) - led.count_parties(d1) == joined - left


def test_a_matter_under_consideration_is_named_in_the_language_asked() -> None:
    """The situation already before the Court (Art. 127(2)) is named by its French name in French, and its English
    name in English after it (the language is the answer's, not the first one asked)."""
    from romestatute import i18n

    with i18n.use("fr"):
        fr = by_state(q.diff("2016-01-01", "2019-12-31"))["BDI"]["jurisdiction"]["continuation"]
    en = by_state(q.diff("2016-01-01", "2019-12-31"))["BDI"]["jurisdiction"]["continuation"]
    assert [m["name"] for m in fr["matters_under_consideration"]] == ["Situation en République du Burundi"]
    assert [m["name"] for m in en["matters_under_consideration"]] == ["Situation in the Republic of Burundi"]
