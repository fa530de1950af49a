"""The four worked examples from the 2016 news, typed as a user types them: ``rome jurisdiction ... --json``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ALEPPO = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "RUS",
          "--from", "2016-09-01", "--to", "2016-12-31", "--as-of", "2016-11-17", "--json"]
CRIMEA = ["jurisdiction", "--crime", "war_crimes", "--territory", "Ukraine", "--nationality", "Russia",
          "--from", "2014-02-20", "--to", "2025-06-30", "--json"]
AGGRESSION = ["jurisdiction", "--crime", "aggression", "--aggressor", "RUS", "--victim", "UKR", "--territory", "UKR",
              "--nationality", "RUS", "--from", "2022-02-24", "--to", "2025-06-30", "--as-of", "2025-06-30", "--json"]


def finding(rome: Any, *args: str) -> dict[str, Any]:
    run = rome(*args)
    assert run.code == 0, run.err
    return json.loads(run.out)


def reasons(f: dict[str, Any], article: str) -> list[dict[str, Any]]:
    return [r for r in f["reasons"] if r["article"] == article]


def test_aleppo_2016_no_on_article_12_routes_council_open_veto_on_record(rome: Any) -> None:
    f = finding(rome, *ALEPPO)
    assert f["outcome"] == "no"
    assert f["windows"] == []
    assert f["route"] == "art12_preconditions"
    assert [r["holds"] for r in reasons(f, "12(2)(a)")] == [False]
    assert [r["holds"] for r in reasons(f, "12(2)(b)")] == [False]
    assert f["routes"]["state_referral"]["outcome"] == "no"
    assert f["routes"]["proprio_motu"]["outcome"] == "no"
    unsc = f["routes"]["unsc_referral"]
    assert unsc["outcome"] == "yes"
    assert set(unsc["permanent_members"]) == {"CHN", "FRA", "GBR", "RUS", "USA"}
    assert unsc["permanent_members_involved"] == ["RUS"]
    assert unsc["relevant_vetoes"] == ["s-2014-348"]
    veto = next(v for v in unsc["vetoed_referrals"] if v["id"] == "s-2014-348")
    assert veto["document"] == "S/2014/348"
    assert veto["date"] == "2014-05-22"
    assert sorted(veto["vetoed_by"]) == ["CHN", "RUS"]
    assert veto["source"].startswith("http")
    adopted = {r["resolution"] for r in unsc["adopted_referrals"]}
    assert {"S/RES/1593 (2005)", "S/RES/1970 (2011)"} <= adopted


def test_aleppo_readable_rendering_names_the_veto(rome: Any) -> None:
    run = rome(*ALEPPO[:-1])
    assert run.code == 0
    assert "Outcome (art12 preconditions): NO" in run.out
    assert "S/2014/348" in run.out and "CHN, RUS" in run.out


def test_crimea_from_2014_yes_through_declaration_then_membership(rome: Any) -> None:
    f = finding(rome, *CRIMEA)  # as of today, as a user would ask
    assert f["outcome"] == "yes"
    assert f["query"]["territory"] == ["UKR"] and f["query"]["nationality"] == ["RUS"]
    windows = [(w["from"], w["to"], [(b["state"], b["via"]) for b in w["bases"]]) for w in f["windows"]]
    assert windows == [
        ("2014-02-20", "2024-12-31", [("UKR", "declaration_12_3")]),
        ("2025-01-01", "2025-06-30", [("UKR", "party")]),
    ]
    assert any("12(3) declaration" in label for label in f["windows"][0]["basis"])
    assert any("State Party" in label for label in f["windows"][1]["basis"])
    # Ukraine's Art. 124 declaration (nationals only) is consulted and does not bar conduct by Russians
    assert [r["holds"] for r in reasons(f, "124")] == [True]


def test_aleppo_with_a_hypothetical_syrian_declaration_is_yes_and_says_so(rome: Any) -> None:
    f = finding(rome, *ALEPPO, "--assume", "SYR:declaration_12_3:2011-03-15")
    assert f["outcome"] == "yes"
    assert f["query"]["assume"] == ["SYR:declaration_12_3:2011-03-15"]
    [w] = f["windows"]
    assert (w["from"], w["to"]) == ("2016-09-01", "2016-12-31")
    assert [(b["article"], b["state"], b["via"]) for b in w["bases"]] == [("12(2)(a)", "SYR", "declaration_12_3")]
    assert "12(3) declaration" in w["basis"][0]
    [territory] = reasons(f, "12(2)(a)")
    assert territory["holds"] is True
    hypothetical = [x for x in territory["facts"] if (x.get("source") or {}).get("confidence") == "hypothetical"]
    assert hypothetical and hypothetical[0]["event"] == "declaration_12_3"


def test_the_hypothetical_changes_nothing_outside_its_query(rome: Any) -> None:
    finding(rome, *ALEPPO, "--assume", "SYR:declaration_12_3:2011-03-15")
    assert finding(rome, *ALEPPO)["outcome"] == "no"


def test_aggression_against_ukraine_no_except_through_the_council(rome: Any) -> None:
    f = finding(rome, *AGGRESSION)
    assert f["outcome"] == "no"
    assert f["windows"] == []
    assert f["routes"]["state_referral"]["outcome"] == "no"
    assert f["routes"]["proprio_motu"]["outcome"] == "no"
    assert f["routes"]["unsc_referral"]["outcome"] == "yes"
    [bis5] = reasons(f, "15 bis(5)")
    assert bis5["holds"] is False
    assert "the Russian Federation (aggressor) is not a State Party" in bis5["explanation"]
    assert "RUS (aggressor)" not in bis5["explanation"]
    assert [r["holds"] for r in reasons(f, "15 ter")] == [True]
    # Ukraine's acceptance (12(3), then membership) satisfies the territorial precondition; it is the
    # aggression regime, not Art. 12, that closes the state routes, and the trace says so in that order.
    assert [r["holds"] for r in reasons(f, "12(2)(a)")] == [True]
    assert [r["holds"] for r in reasons(f, "12(2)(b)")] == [False]
    for trigger in ("state_referral", "proprio_motu"):
        g = finding(rome, *AGGRESSION, "--trigger", trigger)
        assert g["outcome"] == "no", trigger
    assert finding(rome, *AGGRESSION, "--trigger", "unsc_referral")["outcome"] == "yes"


def test_installed_command_gives_the_same_answer() -> None:
    exe = Path(sys.executable).with_name("rome")
    if not exe.exists():
        pytest.skip("the rome command is not installed in this environment")
    done = subprocess.run([str(exe), *ALEPPO], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outcome"] == "no"
