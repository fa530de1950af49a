"""The API's contract (issue 17): what the spec declares is what the server takes, ids in paths are exact,
unknown things answer alike, and errors point to the API's own endpoints."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute.cli.main import cli, main
from romestatute.model.dates import EARLIEST, LATEST
from romestatute.web.params import DATE, DATE_OR_BLANK


def test_a_situation_id_is_exact_or_404_with_the_search(client: Any) -> None:
    r = client.get("/api/situations/0")  # once: 422 "matches several: palestine-2009, venezuela-2006"
    assert r.status_code == 404
    assert r.json()["field"] == "id" and "/api/situations?q=0" in r.json()["error"]
    r = client.get("/api/situations/Darfur")  # an id, not a name: the closest id is named
    assert r.status_code == 404 and "darfur" in r.json()["error"] and "?q=Darfur" in r.json()["error"]
    assert client.get("/api/situations/darfur").json()["id"] == "darfur"


def test_the_search_parameter_finds_by_name_and_never_fails(client: Any) -> None:
    assert [s["id"] for s in client.get("/api/situations?q=Darfur").json()["situations"]] == ["darfur"]
    several = [s["id"] for s in client.get("/api/situations?q=venezuela").json()["situations"]]
    assert len(several) >= 2 and all(s.startswith("venezuela") for s in several)
    assert client.get("/api/situations?q=atlantis").json()["situations"] == []
    assert len(client.get("/api/situations").json()["situations"]) == client.get("/api/situations").json()["total"]


def test_unknown_state_and_unknown_situation_answer_alike(client: Any) -> None:
    state, situation = client.get("/api/status/Atlantis"), client.get("/api/situations/atlantis")
    assert state.status_code == situation.status_code == 404
    assert set(state.json()) == set(situation.json()) == {"error", "field"}
    assert (state.json()["field"], situation.json()["field"]) == ("state", "id")
    assert client.get("/api/timeline/Atlantis").status_code == 404


def test_status_takes_the_state_as_a_query_parameter_too(client: Any) -> None:
    assert client.get("/api/status?state=RUS&on=2016-12-01").json() == client.get("/api/status/RUS?on=2016-12-01").json()
    r = client.get("/api/status")
    assert r.status_code == 422 and r.json()["field"] == "state"


def test_warrants_filter_by_exact_id_and_known_status(client: Any) -> None:
    darfur = client.get("/api/warrants?situation=darfur").json()
    assert darfur["count"] > 0 and {w["situation"] for w in darfur["warrants"]} == {"darfur"}
    assert client.get("/api/warrants?situation=Sudan").status_code == 404
    r = client.get("/api/warrants?status=at-large")
    assert r.status_code == 422 and r.json()["field"] == "status" and "at_large" in r.json()["error"]


def test_api_errors_point_to_api_endpoints_and_the_cli_to_commands(client: Any, capsys: Any) -> None:
    r = client.get("/api/obligation?person=Zzyzx&state=MNG")
    assert r.status_code == 404 and r.json()["field"] == "person"
    assert "see /api/warrants" in r.json()["error"] and "rome " not in r.json()["error"]
    r = client.get("/api/warrants?situation=qqqq")
    assert "see /api/situations" in r.json()["error"] and "rome " not in r.json()["error"]
    try:
        main(["obligation", "--person", "Zzyzx", "--state", "MNG"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "see 'rome warrants'" in capsys.readouterr().err


def test_a_blank_person_is_422_and_a_name_without_letters_is_404(client: Any) -> None:
    r = client.get("/api/obligation/map?person=%20")
    assert r.status_code == 422 and r.json()["field"] == "person"
    assert client.get("/api/obligation/map?person=%21%21").status_code == 404  # once: every person matched


def test_dates_the_spec_allows_are_answered_and_others_refused_naming_the_field(client: Any) -> None:
    for day in ("2016-02-29", "1900-01-01", "2100-12-31", "today", ""):
        assert client.get(f"/api/parties?on={day}").status_code == 200, day
    for day in ("2015-02-29", "1899-12-31", "2101-01-01", "2016-1-1", "20160101", "2016-W01-1", "TODAY"):
        r = client.get(f"/api/parties?on={day}")
        assert r.status_code == 422 and r.json()["field"] == "on", day
        assert "YYYY-MM-DD" in r.json()["error"]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2300, 12, 31)))
def test_the_date_pattern_is_the_engine_s_range(day: dt.date) -> None:
    inside = EARLIEST <= day <= LATEST
    assert bool(re.fullmatch(DATE, day.isoformat())) == inside
    assert bool(re.fullmatch(DATE_OR_BLANK, day.isoformat())) == inside


@settings(max_examples=300, deadline=None)
@given(st.integers(1890, 2110), st.integers(0, 13), st.integers(0, 32))
def test_the_date_pattern_takes_exactly_the_real_days(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        real = EARLIEST <= dt.date(year, month, day) <= LATEST
    except ValueError:
        real = False
    assert bool(re.fullmatch(DATE, text)) == real, text


def test_a_finding_s_query_can_be_posted_back(client: Any) -> None:
    url = ("/api/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31"
           "&as_of=2016-11-17&assume=SYR:declaration_12_3:2011-03-15")
    finding = client.get(url).json()
    again = client.post("/api/jurisdiction", json=finding["query"])  # nulls and empty lists included
    assert again.status_code == 200 and again.json() == finding


def test_jurisdiction_refuses_what_the_spec_forbids_naming_the_field(client: Any) -> None:
    base = "/api/jurisdiction?territory=SYR&from=2016-09-01"
    for extra, field in (("&crimes=War_Crimes", "crimes"), ("", "crimes"), ("&crimes=war_crimes&age=131", "age"),
                         ("&crimes=war_crimes&trigger=referral", "trigger"),
                         ("&crimes=war_crimes&assume=SYR:declaration:2011-03-15", "assume")):
        r = client.get(base + extra)
        assert r.status_code == 422 and r.json()["field"] == field, (extra, r.text)
    r = client.post("/api/jurisdiction", json={"crimes": ["war_crimes"], "territory": ["SYR"], "from": "2016-09-01",
                                               "verdict": "guilty"})
    assert r.status_code == 422 and r.json()["field"] == "verdict"
    r = client.get("/api/jurisdiction?crimes=war_crimes&from=2016-09-01")  # the rule the spec cannot state
    assert r.status_code == 422 and r.json()["field"] == "territory"


def test_the_spec_declares_what_read_takes(client: Any) -> None:
    op = client.get("/openapi.json").json()["paths"]["/api/read"]["post"]
    content = op["requestBody"]["content"]
    assert set(content) == {"application/json", "application/x-www-form-urlencoded", "text/plain", "text/html"}
    assert content["text/html"]["schema"]["minLength"] == 1
    assert "date" in [p["name"] for p in op["parameters"]]
    r = client.post("/api/read?date=2016-02-30", content=b"Russia withdraws", headers={"content-type": "text/plain"})
    assert r.status_code == 422 and r.json()["field"] == "date"


def test_the_cli_still_reads_names_where_the_api_takes_ids() -> None:
    out = CliRunner().invoke(cli, ["warrants", "--situation", "Darfur", "--json"])
    assert out.exit_code == 0, out.output
    assert '"situation": "darfur"' in out.output


def test_blank_in_the_spec_is_blank_to_the_engine() -> None:
    """The spec's "not blank" uses an explicit class, read alike by ECMA-262, Rust and Python: it must be
    exactly what str.strip() removes (U+0085 once passed the spec's check and failed the server's)."""
    from romestatute.web.params import NOT_BLANK

    for code in range(0x3100):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert bool(re.search(NOT_BLANK, ch)) == bool(ch.strip()), hex(code)
