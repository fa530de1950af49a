"""``rome obligation``: the duty to arrest and surrender, for real visits and the hard cases of Part 9."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REASON_KEYS = {"article", "article_id", "title", "holds", "explanation", "facts"}
JORDAN = "ICC-02/05-01/09-397"


def ask(rome: Callable[..., Any], person: str, state: str, on: str) -> dict[str, Any]:
    r = rome("obligation", "--person", person, "--state", state, "--on", on, "--json").json()
    assert {"person", "state", "on", "obliged", "reasons", "warrants", "findings"} <= set(r)
    for x in r["reasons"]:
        assert REASON_KEYS <= set(x)
    return r


def holds(r: dict[str, Any], article: str) -> list[bool | None]:
    return [x["holds"] for x in r["reasons"] if x["article"] == article]


@pytest.mark.parametrize(("person", "state", "on"), [
    ("Al Bashir", "Chad", "2010-07-21"),
    ("al-Bashir", "Kenya", "2010-08-27"),
    ("omar al bashir", "Malawi", "2011-10-14"),
    ("Bashir", "COD", "2014-02-26"),
    ("Al-Bashir", "South Africa", "2015-06-13"),
    ("Omar al-Bashir", "Jordan", "2017-03-29"),
    ("Putin", "Mongolia", "2024-09-03"),
    ("Netanyahu", "Hungary", "2025-04-03"),
])
def test_state_party_visited_must_arrest(rome: Callable[..., Any], person: str, state: str, on: str) -> None:
    r = ask(rome, person, state, on)
    assert r["obliged"] is True and r["bases"] == ["party"]
    assert holds(r, "86") == [True] and holds(r, "89(1)") == [True]
    assert any(v["date"] == on for v in r["visits"])  # the visit on record is shown
    readings = [x.get("reading", "") for x in r["reasons"] if x["article"] in ("27(2)", "98(1)")]
    assert readings and all(JORDAN in t for t in readings)


def test_jordan_finding_and_the_2019_appeal_are_shown(rome: Callable[..., Any]) -> None:
    r = ask(rome, "Al Bashir", "JOR", "2017-03-29")
    docs = {f.get("document") for f in r["findings"]}
    assert JORDAN in docs
    assert holds(r, "87(7)") == [None, None]  # facts on record, not rules


def test_mongolia_non_compliance_finding_of_2024_10_24(rome: Callable[..., Any]) -> None:
    r = ask(rome, "Putin", "MNG", "2024-09-03")
    assert [(f["decision_date"], f["finding"]) for f in r["findings"]] == [("2024-10-24", "non_compliance")]


@pytest.mark.parametrize(("on", "pending"), [("2025-04-03", False), ("2025-12-01", True), ("2026-06-10", False)])
def test_hungary_withdrawal_never_freed_it(rome: Callable[..., Any], on: str, pending: bool) -> None:
    r = ask(rome, "Netanyahu", "HUN", on)
    assert r["obliged"] is True and r["bases"] == ["party"]
    text = next(x["explanation"] for x in r["reasons"] if x["article"] == "86")
    assert ("takes effect only on" in text) is pending


def test_sudan_bound_by_resolution_1593_though_not_a_party(rome: Callable[..., Any]) -> None:
    r = ask(rome, "al bashir", "Sudan", "2015-06-13")
    assert r["obliged"] is True and r["bases"] == ["unsc_resolution"]
    assert holds(r, "86") == [False] and holds(r, "13(b)") == [True]
    assert "1593" in next(x["explanation"] for x in r["reasons"] if x["article"] == "13(b)")


def test_libya_bound_by_resolution_1970(rome: Callable[..., Any]) -> None:
    r = ask(rome, "Saif al-Islam Gaddafi", "Libya", "2014-12-10")
    assert r["obliged"] is True and r["bases"] == ["unsc_resolution"]


def test_russia_has_no_treaty_duty_to_arrest_putin(rome: Callable[..., Any]) -> None:
    r = ask(rome, "Putin", "Russia", "2024-09-03")
    assert r["obliged"] is False and r["bases"] == []
    assert holds(r, "86") == [False, False]


def test_ukraine_bound_by_its_own_declaration_before_it_joined(rome: Callable[..., Any]) -> None:
    r = ask(rome, "Putin", "UKR", "2024-09-03")
    assert r["obliged"] is True and r["bases"] == ["declaration_12_3"]
    assert ask(rome, "Putin", "UKR", "2025-06-01")["bases"] == ["party"]


def test_former_party_stays_bound_for_investigations_opened_before_withdrawal(rome: Callable[..., Any]) -> None:
    # Burundi left on 2017-10-27; the Darfur investigation was opened in 2005
    r = ask(rome, "Al Bashir", "Burundi", "2018-07-05")
    assert r["obliged"] is True and r["bases"] == ["former_party"]
    assert "ICC-01/17-X-9-US-Exp" in next(x["reading"] for x in r["reasons"] if x["article"] == "127(2)")


def test_philippines_not_bound_for_an_investigation_opened_after_withdrawal(rome: Callable[..., Any]) -> None:
    # withdrawal effective 2019-03-17; investigation authorised 2021-09-15 (the examination of 2018 does not count)
    r = ask(rome, "Duterte", "Philippines", "2025-03-11")
    assert r["obliged"] is False
    assert holds(r, "127(2)") == [False]
    assert "2021-09-15" in next(x["explanation"] for x in r["reasons"] if x["article"] == "127(2)")


def test_burundi_bound_for_its_own_situation_warrants(data: Path, rome: Callable[..., Any]) -> None:
    """No public warrant exists in the Burundi situation: a test-only one shows what the rule says."""
    path = data / "warrants.yaml"
    path.write_text(path.read_text(encoding="utf-8") + """- id: test-burundi-1
  person: Test Person
  aliases: [Testperson]
  nationality: BDI
  role: test only
  situation: burundi
  kind: arrest_warrant
  crimes: [crimes_against_humanity]
  issued: 2020-01-01
  status: at_large
  status_date: null
  source: test
  confidence: low
""", encoding="utf-8")
    r = ask(rome, "Test Person", "BDI", "2021-01-01")
    assert r["obliged"] is True and r["bases"] == ["former_party"]
    assert "2017-10-25" in next(x["explanation"] for x in r["reasons"] if x["article"] == "127(2)")


@pytest.mark.parametrize(("person", "on", "why"), [
    ("Putin", "2023-03-16", "issued only on 2023-03-17"),
    ("Deif", "2025-03-01", "deceased"),
    ("Simone Gbagbo", "2021-08-01", "withdrawn"),
    ("Ruto", "2012-01-01", "summons to appear"),
])
def test_no_warrant_in_force_no_duty(rome: Callable[..., Any], person: str, on: str, why: str) -> None:
    r = ask(rome, person, "NLD", on)
    assert r["obliged"] is False and r["warrants"] == []
    assert any(why in x["explanation"] for x in r["reasons"] if x["article"] == "58(4)")


def test_map_of_obliged_states(rome: Callable[..., Any]) -> None:
    d = rome("obligation", "--person", "Putin", "--on", "2024-09-03", "--map", "--json").json()
    states = {s["state"]: s["bases"] for s in d["states"]}
    assert d["count"] == len(states) > 100
    assert states["MNG"] == ["party"] and states["UKR"] == ["declaration_12_3"]
    assert "RUS" not in states and "USA" not in states
    bashir = rome("obligation", "--person", "Al Bashir", "--on", "2018-07-05", "--map", "--json").json()
    got = {s["state"]: s["bases"] for s in bashir["states"]}
    assert got["SDN"] == ["unsc_resolution"] and got["BDI"] == ["former_party"]


@pytest.mark.parametrize("name", ["Putin", "PUTIN", "vladimir putin", "Al Bashir", "al-Bashir", "omar al bashir",
                                  "Netanyahu", "Blé Goudé", "ble goude"])
def test_names_are_matched_forgivingly(rome: Callable[..., Any], name: str) -> None:
    assert rome("obligation", "--person", name, "--state", "NLD", "--on", "2020-01-01").code == 0


def test_ambiguous_and_unknown_names_exit_2(rome: Callable[..., Any]) -> None:
    r = rome("obligation", "--person", "Gaddafi", "--state", "LBY")
    assert r.code == 2 and "several" in r.err and "Saif" in r.err and r.err.count("\n") == 1
    r = rome("obligation", "--person", "Puttin", "--state", "LBY")
    assert r.code == 2 and "Putin" in r.err
    r = rome("obligation", "--person", "Putin")
    assert r.code == 2 and "--state" in r.err


def test_bad_state_and_date_exit_2(rome: Callable[..., Any]) -> None:
    r = rome("obligation", "--person", "Putin", "--state", "Narnia")
    assert r.code == 2 and r.err.startswith("rome: error:")
    r = rome("obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-13-01")
    assert r.code == 2 and "on:" in r.err
