"""Round 22's edge cases of input on every face: a Council act that names nothing the record can read, an age
that is not a whole number, a resolution given without the Council route. One line, exit 2 (CLI); 422 JSON (API);
the Python API raises ``BadValue`` naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest

import romestatute as rs
from romestatute.model.errors import BadValue

SYRIA = {"crimes": ["war_crimes"], "territory": ["SYR"], "from": "2014-01-01", "as_of": "2024-01-01",
         "trigger": "unsc_referral"}
CLI = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2014-01-01", "--as-of", "2024-01-01",
       "--trigger", "unsc_referral"]

#: Not a resolution number nor a draft's symbol: before, each was answered as a hypothetical referral (a YES).
UNREADABLE = ["foo", "S/RES/2014/348", "Syria referral", "S/RES/", "x" * 10_000]


@pytest.mark.parametrize("given", UNREADABLE)
def test_python_api_refuses_a_council_act_it_cannot_read(given: str) -> None:
    with pytest.raises(BadValue) as caught:
        rs.jurisdiction({**SYRIA, "resolution": given})
    assert caught.value.field == "resolution"
    assert len(str(caught.value)) < 300  # a 10,000-character value is cut back in the message


@pytest.mark.parametrize("given", UNREADABLE)
def test_cli_refuses_a_council_act_it_cannot_read_in_one_line(rome: Any, given: str) -> None:
    run = rome(*CLI, "--resolution", given)
    assert run.code == 2 and run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rome: error: resolution"), run.err
    assert "Traceback" not in run.err


@pytest.mark.parametrize("given", ["S/2014/348", "2014/348", "draft S/2014/348", "S/2014/348/Rev.1"])
def test_every_form_of_the_vetoed_draft_is_read_as_the_vetoed_draft(rome: Any, given: str) -> None:
    run = rome(*CLI, "--resolution", given, "--json")
    assert run.code == 0, run.err
    f = json.loads(run.out)
    assert f["outcome"] == "no" and not f["hypothetical"]
    assert any(r["article"] == "13(b)" and r["holds"] is False and "vetoed" in r["explanation"] for r in f["reasons"])


@pytest.mark.parametrize("age", [True, False, 17.9, "17.9", "seventeen"])
def test_an_age_that_is_not_a_whole_number_is_refused_not_rounded(age: object) -> None:
    with pytest.raises(BadValue) as caught:
        rs.jurisdiction({**SYRIA, "trigger": None, "territory": ["FRA"], "age": age})
    assert caught.value.field == "age"


def test_a_whole_number_age_given_as_text_or_float_is_read() -> None:
    for age in ("17", 17.0, " 18 "):
        f = rs.jurisdiction({**SYRIA, "trigger": None, "territory": ["FRA"], "from": "2010-01-01", "age": age})
        assert f["outcome"] == ("no" if int(float(str(age))) < 18 else "yes")


def test_a_resolution_given_without_the_council_route_is_said_not_dropped() -> None:
    f = rs.jurisdiction({**SYRIA, "trigger": None, "resolution": "1593"})
    assert any("1593" in c and "13(b)" in c for c in f["caveats"]), f["caveats"]


def test_the_aggression_trace_names_the_consent_reading_and_sets_aside_the_opt_out_one() -> None:
    f = rs.jurisdiction({"crimes": ["aggression"], "territory": ["FRA"], "nationality": ["DEU"], "aggressor": "DEU",
                         "victim": "FRA", "from": "2020-01-01", "as_of": "2026-01-01"})
    (reason,) = [r for r in f["reasons"] if r["article"] == "15 bis(5)"]
    assert reason["holds"] is False and f["outcome"] == "no"
    assert "consent reading" in reason["reading"] and "ICC-ASP/16/Res.5" in reason["reading"]
    assert "opt-out reading" in reason["set_aside"]


@pytest.mark.parametrize("day, want", [("2015-11-09", "no"), ("2015-11-10", "yes")])
def test_cli_born_counts_from_the_eighteenth_birthday_itself(rome: Any, day: str, want: str) -> None:
    run = rome("jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", day, "--born", "1997-11-10",
               "--as-of", "2024-01-01", "--json")
    assert run.code == 0, run.err
    f = json.loads(run.out)
    assert f["outcome"] == want and f["query"]["born"] == "1997-11-10"
    assert any(r["article"] == "26" and "2015-11-10" in r["explanation"] for r in f["reasons"])


@pytest.mark.parametrize("extra, says", [
    (["--born", "1990-01-01", "--age", "30"], "born"),  # both: which one counts?
    (["--born", "2016-01-01"], "born"),  # born after the conduct began
    (["--born", "2001-02-29"], "born"),  # no such day
    (["--born", "yesterday"], "born"),
])
def test_cli_refuses_a_bad_date_of_birth_in_one_line(rome: Any, extra: list[str], says: str) -> None:
    run = rome("jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "2015-11-09",
               "--as-of", "2024-01-01", *extra)
    assert run.code == 2 and run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"rome: error: {says}"), run.err


def test_status_says_a_territorial_declaration_covers_conduct_on_the_territory() -> None:
    """Art. 12(3): Ukraine's declarations were made for crimes on its territory; the status says so."""
    s = rs.status("UKR", "2016-01-01")
    said = [e["meaning"] for e in s["events"] if e["event"] == "declaration_12_3"]
    assert len(said) == 2 and all("on its territory" in t for t in said), said
    assert not any("on its territory" in e["meaning"] for e in rs.status("ARM", "2024-01-01")["events"]
                   if e["event"] == "declaration_12_3")  # Armenia's: scope not recorded, so not said
