"""The bulk path gives exactly the scalar engine's answer, row for row (DESIGN principle 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pd = pytest.importorskip("pandas")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from romestatute.bulk.annotate import annotate  # noqa: E402
from romestatute.bulk.compile import default_as_of  # noqa: E402
from romestatute.bulk.plan import lowered  # noqa: E402
from romestatute.facts import docket  # noqa: E402
from romestatute.queries.jurisdiction import jurisdiction  # noqa: E402

AS_OF = default_as_of()
#: The Council referrals on record, from the same data the engine reads (none hard-coded here).
REFERRALS = [str(r["resolution"]) for r in docket.load("unsc.yaml").get("referrals") or []
             if dt.date.fromisoformat(str(r["date"])) <= AS_OF]
#: Days where something changes for a state often asked about: withdrawals, entry into force, declarations.
BOUNDARIES = [dt.date(2002, 7, 1), dt.date(2017, 10, 27), dt.date(2019, 3, 17), dt.date(2025, 1, 1),
              dt.date(2014, 6, 13), dt.date(2015, 4, 1), dt.date(2013, 11, 21), dt.date(2009, 11, 1),
              dt.date(2002, 11, 1), dt.date(2018, 7, 17), dt.date(2004, 12, 1), dt.date(2011, 3, 1),
              dt.date(2011, 2, 15), dt.date(2005, 3, 31), dt.date(2021, 5, 10), dt.date(2023, 11, 15),
              dt.date(2024, 2, 1)]
STATES = ["BDI", "PHL", "UKR", "PSE", "COL", "FRA", "RUS", "USA", "SYR", "AFG", "GBR", "CIV", "VEN", "HUN",
          "ISR", "MMR", "BGD", "LIE", "DEU", "GEO", "SDN", "MLI", "JPN", "UGA", "EGY", "SEN", "TJK", "LBY", "SDN",
          "LBY", "ARM", "AZE", "ARM"]
CRIME_SETS = [[], ["war_crimes"], ["genocide", "war_crimes"], ["war_crimes:starvation_niac"],
              ["crimes_against_humanity", "aggression"], ["aggression"], ["war_crimes:poison_niac", "genocide"]]

near = st.builds(lambda b, d: b + dt.timedelta(days=d), st.sampled_from(BOUNDARIES), st.integers(-3, 3))
anywhere = st.dates(dt.date(1998, 1, 1), dt.date(2033, 12, 31))
event = st.tuples(st.sampled_from(STATES), st.one_of(near, anywhere),
                  st.one_of(st.none(), st.sampled_from(STATES)))


def finding(territory: str, day: dt.date, nationality: str | None, crimes: list[str], **more: str) -> dict:
    q = {"crimes": crimes or ["genocide"], "territory": territory, "from": day.isoformat(),
         "to": day.isoformat(), "as_of": AS_OF.isoformat(), **more}
    if nationality:
        q["nationality"] = nationality
    return jurisdiction(q)


def scalar(territory: str, day: dt.date, nationality: str | None, crimes: list[str],
           route: str = "art12") -> tuple[str, set[str], str, bool]:
    """The scalar engine's answer: Art. 12 alone, or the union over Art. 12 and each referral on record; and whether
    it rests on a declaration of unknown scope alone (the Art. 12 finding's confidence is lowered and no referral
    gives jurisdiction over any crime asked)."""
    asked = crimes or ["genocide"]
    runs = [("art12", None, finding(territory, day, nationality, crimes))]
    if route == "any":
        runs += [("unsc", res, finding(territory, day, nationality, crimes, trigger="unsc_referral", resolution=res))
                 for res in REFERRALS]
    held: set[str] = set()
    bases: set[str] = set()
    routes: set[str] = set()
    for name, res, r in runs:
        for w in r["windows"]:
            held |= set(w["crimes"])
            routes |= {name} if w["crimes"] else set()
            for b in w["bases"]:
                whom = str(res).replace(" ", "") if b["via"] == "unsc_referral" else f"{b['state']}({b['via']})"
                bases.add(f"{b['article']}:{whom}")
    if route == "art12":  # the finding's own outcome, not one rebuilt from its windows
        outcome = runs[0][2]["outcome"]
    else:
        outcome = "yes" if held >= set(asked) else "partial" if held else "no"
    word = "both" if len(routes) == 2 else routes.pop() if routes else ""
    unsure = runs[0][2]["confidence"] == "lowered" and "unsc" not in routes
    return outcome, bases, word, unsure


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(event, min_size=1, max_size=12), crimes=st.sampled_from(CRIME_SETS),
       route=st.sampled_from(["any", "art12"]))
def test_bulk_equals_scalar(events: list[tuple[str, dt.date, str | None]], crimes: list[str], route: str) -> None:
    frame = pd.DataFrame({"t": [e[0] for e in events], "d": [e[1] for e in events],
                          "n": [e[2] for e in events]})
    got = annotate(frame, territory_col="t", date_col="d", nationality_col="n", crimes=crimes or None, route=route)
    for (t, d, n), outcome, basis, way in zip(events, got["icc_jurisdiction"], got["icc_basis"], got["icc_route"],
                                              strict=True):
        want, want_bases, want_route, want_lowered = scalar(t, d, n, crimes, route)
        assert outcome == want, (t, d, n, crimes, route)
        assert lowered(basis if isinstance(basis, str) else None) == want_lowered, (t, d, n, crimes, route)
        assert set(basis.split(";") if isinstance(basis, str) and basis else []) == want_bases, (t, d, n, crimes)
        assert (way if isinstance(way, str) else "") == want_route, (t, d, n, crimes, route)


def test_the_council_route_is_on_record() -> None:
    """The referrals the property test unions over exist, so the test cannot pass by having none."""
    assert len(REFERRALS) >= 2


@pytest.mark.parametrize("territory,day,nationality,crimes,want,route", [
    ("SDN", "2004-06-01", None, [], "yes", "unsc"),  # Darfur, Res. 1593 (2005) from 1 July 2002
    ("SDN", "2002-06-30", None, [], "no", ""),  # the day before the Statute's entry into force
    ("LBY", "2011-02-14", None, [], "no", ""),  # the day before Res. 1970's window (15 February 2011)
    ("LBY", "2011-02-15", None, ["war_crimes"], "yes", "unsc"),
    ("LBY", "2011-03-15", "GBR", ["war_crimes"], "yes", "both"),  # a party's national: both routes
    ("SDN", "2020-01-01", "USA", ["aggression"], "yes", "unsc"),  # 15 ter: activated, within the situation
    ("UKR", "2022-03-01", "RUS", ["aggression"], "no", ""),  # no referral reaches Ukraine
    ("TCD", "2008-02-02", None, [], "yes", "art12"),  # Chad, next door, a party since 2007: not the Darfur referral
])
def test_council_cases(territory: str, day: str, nationality: str | None, crimes: list[str], want: str,
                       route: str) -> None:
    frame = pd.DataFrame({"t": [territory], "d": [day], "n": [nationality]})
    got = annotate(frame, territory_col="t", date_col="d", nationality_col="n", crimes=crimes or None)
    assert got["icc_jurisdiction"].tolist() == [want]
    way = got["icc_route"].tolist()[0]
    assert (way if isinstance(way, str) else "") == route
    assert scalar(territory, dt.date.fromisoformat(day), nationality, crimes, "any")[0] == want
    alone = annotate(frame, territory_col="t", date_col="d", nationality_col="n", crimes=crimes or None,
                     route="art12")
    assert alone["icc_jurisdiction"].tolist() == [scalar(territory, dt.date.fromisoformat(day), nationality,
                                                         crimes)[0]]


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
    assert scalar(territory, dt.date.fromisoformat(day), None, [], "any")[0] == want  # no referral there


@pytest.mark.parametrize("territory,day,nationality,want", [
    ("RUS", "2016-01-01", "UKR", "no"),  # Ukraine's 12(3) declarations cover its territory, not its nationals abroad
    ("UKR", "2016-01-01", "RUS", "yes"),  # ... and do cover conduct on its territory
    ("RUS", "2024-12-31", "UKR", "no"),  # the day before Ukraine's entry into force as a party
    ("RUS", "2025-01-01", "UKR", "yes"),  # a party's national: Art. 12(2)(b)
    ("ISR", "2014-07-08", "PSE", "no"),  # Palestine's 2015 declaration: the occupied Palestinian territory only
    ("PSE", "2014-07-08", "ISR", "yes"),
])
def test_a_territorial_declaration_is_no_nationality_basis(territory: str, day: str, nationality: str,
                                                           want: str) -> None:
    frame = pd.DataFrame({"t": [territory], "d": [day], "n": [nationality]})
    for route in ("art12", "any"):
        got = annotate(frame, territory_col="t", date_col="d", nationality_col="n", route=route)
        assert got["icc_jurisdiction"].tolist() == [want], route
        assert scalar(territory, dt.date.fromisoformat(day), nationality, [], route)[0] == want


#: Art. 124 withholds only the declarant's own acceptance (law.war_crimes_opt_out): Ukraine's (nationals only, 2025
#: to 2031) and France's (nationals and territory, 2002 to 14 June 2008), from data/declarations.csv.
ART_124_ROWS = [
    ("POL", "2025-06-01", "UKR", "yes"),  # a Ukrainian on Polish territory: Poland's acceptance suffices
    ("UKR", "2025-06-01", "UKR", "no"),  # on Ukraine's own territory: both of Ukraine's bases withheld
    ("RUS", "2025-06-01", "UKR", "no"),  # in a non-party: Ukraine's nationality was the only basis
    ("UKR", "2025-06-01", "RUS", "yes"),  # a Russian in Ukraine: the declaration is for Ukraine's nationals
    ("UKR", "2032-01-01", "UKR", "yes"),  # the day after the window
    ("FRA", "2005-01-01", "DEU", "yes"),  # France's territory withheld, Germany's nationality basis stands
    ("FRA", "2005-01-01", None, "no"),
    ("DEU", "2005-01-01", "FRA", "yes"),
]


@pytest.mark.parametrize("territory,day,nationality,want", ART_124_ROWS)
def test_article_124_withholds_only_the_declarants_acceptance(territory: str, day: str, nationality: str | None,
                                                              want: str) -> None:
    frame = pd.DataFrame({"t": [territory], "d": [day], "n": [nationality]})
    got = annotate(frame, territory_col="t", date_col="d", nationality_col="n", crimes=["war_crimes"], route="art12")
    outcome, bases, _, _ = scalar(territory, dt.date.fromisoformat(day), nationality, ["war_crimes"])
    assert got["icc_jurisdiction"].tolist() == [want] == [outcome]
    basis = got["icc_basis"].tolist()[0]
    assert set(basis.split(";") if isinstance(basis, str) and basis else []) == bases


@pytest.mark.parametrize("territory,day,nationality,crimes,want,unsure", [
    ("AZE", "2022-09-13", "ARM", [], "yes", True),  # an Armenian national abroad: the declaration of unknown scope alone
    (None, "2022-09-13", "ARM", ["war_crimes"], "yes", True),  # no territory given: nationality alone
    ("AZE", "2021-05-09", "ARM", [], "no", False),  # the day before the declaration's period
    ("AZE", "2021-05-10", "ARM", [], "yes", True),  # its first day
    ("AZE", "2024-01-31", "ARM", [], "yes", True),  # the day before Armenia became a party
    ("AZE", "2024-02-01", "ARM", [], "yes", False),  # a party's national: 12(2)(b) as sourced
    ("ARM", "2022-09-13", "AZE", [], "yes", False),  # on Armenian territory the declaration reaches whatever its scope
    ("UKR", "2022-09-13", "ARM", [], "yes", False),  # Ukraine's declaration covers its territory: another basis
])
def test_a_declaration_of_unknown_scope_lowers_the_row(territory: str | None, day: str, nationality: str,
                                                       crimes: list[str], want: str, unsure: bool) -> None:
    """Armenia's Art. 12(3) declaration (text not found): the bulk row says what the engine's finding says, the
    answer and whether it rests on reading the declaration as reaching Armenian nationals abroad."""
    frame = pd.DataFrame({"t": [territory], "d": [day], "n": [nationality]})
    for route in ("any", "art12"):
        got = annotate(frame, territory_col="t", date_col="d", nationality_col="n", crimes=crimes or None, route=route)
        basis = got["icc_basis"].tolist()[0]
        assert got["icc_jurisdiction"].tolist() == [want], route
        assert lowered(basis if isinstance(basis, str) else None) is unsure, (route, basis)
        engine = finding(territory, dt.date.fromisoformat(day), nationality, crimes) if territory else jurisdiction(
            {"crimes": crimes or ["genocide"], "nationality": nationality, "from": day, "as_of": AS_OF.isoformat()})
        assert engine["outcome"] == want and (engine["confidence"] == "lowered") is unsure


def test_the_plan_names_the_engines_via() -> None:
    from romestatute.bulk import plan
    from romestatute.law import part02_jurisdiction as law

    assert plan.VIA_SCOPE_UNKNOWN == law.VIA_SCOPE_UNKNOWN
    assert plan.lowered(f"12(2)(b):ARM({law.VIA_SCOPE_UNKNOWN})")
    assert not plan.lowered(f"12(2)(a):UKR(declaration_12_3);12(2)(b):ARM({law.VIA_SCOPE_UNKNOWN})")
    assert not plan.lowered(f"12(2)(b):ARM({law.VIA_SCOPE_UNKNOWN});13(b):S/RES/1593(2005)")
    assert not plan.lowered(None) and not plan.lowered("")


def test_the_lowered_rows_are_counted_in_the_summary(tmp_path: Path) -> None:
    from romestatute.bulk.annotate import annotate_file

    src = tmp_path / "e.csv"
    src.write_text("t,d,n\nAZE,2022-09-13,ARM\nAZE,2024-02-01,ARM\nUKR,2022-09-13,ARM\n,2023-01-01,ARM\n"
                   "AZE,2022-09-13,\n", encoding="utf-8")
    summary = annotate_file(src, tmp_path / "o.csv", territory_col="t", date_col="d", nationality_col="n")
    assert summary.lowered == 2 and summary.lowered_states == ["ARM"]
    assert summary.to_json()["lowered_confidence"] == {"rows": 2, "states": ["ARM"]}
    assert any(c.startswith("Lowered confidence:") and "Armenia" in c for c in summary.caveats)
    alone = annotate_file(src, tmp_path / "o2.csv", territory_col="t", date_col="d")  # no nationality: never lowered
    assert alone.lowered == 0 and alone.to_json()["lowered_confidence"] == {"rows": 0, "states": []}
    assert not any(c.startswith("Lowered confidence:") for c in alone.caveats)
