"""Round 25's expert probes: where the engine claimed more certainty than the law or the facts give, asked through
the three faces a user has (``rome jurisdiction --json``, the Python API, the HTTP API), which must agree.

1. Art. 124 withholds only the declarant's own acceptance (the 'positive' understanding, ``law.war_crimes_opt_out``):
   Ukraine's declaration (nationals only, 1 Jan 2025 to 31 Dec 2031, ``data/declarations.csv``) no longer bars war
   crimes by a Ukrainian on another State Party's territory, but still removes Ukraine's own bases.
3. Hungary after 2 June 2026 stays a party only on the record's revocation of its withdrawal (29 May 2026), which no
   primary source seen confirms (``data/treaty_actions.csv``, confidence low): every answer resting on it says so
   (the low-confidence caveat of ``rome status``, an 'Unconfirmed fact' caveat in a finding), with no rule for Hungary.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

import romestatute as rs
from romestatute import i18n
from romestatute.cli.main import cli

from .test_edges_r24 import bases, three_faces

pytest.importorskip("fastapi")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c

#: The declaration's window (its first and last day) and the days either side.
UKR_124_DAYS = ("2024-12-31", "2025-01-01", "2031-12-31", "2032-01-01")

# (label, query without its day, the bases (STATE:via) on each of UKR_124_DAYS; [] where there is none)
ART_124: list[tuple[str, dict[str, Any], tuple[list[str], ...]]] = [
    ("a Ukrainian on Polish territory: Poland's acceptance suffices throughout",
     {"territory": ["POL"], "nationality": ["UKR"]},
     (["POL:party"], ["POL:party"], ["POL:party"], ["POL:party", "UKR:party"])),
    ("a Ukrainian on Ukraine's own territory: the declaration removes both of Ukraine's bases",
     {"territory": ["UKR"], "nationality": ["UKR"]},
     (["UKR:declaration_12_3"], [], [], ["UKR:party", "UKR:party"])),
    ("a Ukrainian in a non-party: Ukraine's nationality was the only basis",
     {"territory": ["RUS"], "nationality": ["UKR"]},
     ([], [], [], ["UKR:party"])),
    ("a Ukrainian-Polish dual national in a non-party: Poland's nationality basis stands",
     {"territory": ["RUS"], "nationality": ["UKR", "POL"]},
     (["POL:party"], ["POL:party"], ["POL:party"], ["POL:party", "UKR:party"])),
    ("a Ukrainian-Polish dual national on Polish territory",
     {"territory": ["POL"], "nationality": ["UKR", "POL"]},
     (["POL:party", "POL:party"],) * 3 + (["POL:party", "POL:party", "UKR:party"],)),
    ("a Russian on Ukraine's territory: the declaration is for Ukraine's nationals only",
     {"territory": ["UKR"], "nationality": ["RUS"]},
     (["UKR:declaration_12_3"], ["UKR:party"], ["UKR:party"], ["UKR:party"])),
]


@pytest.mark.parametrize(("label", "query", "expected"), ART_124, ids=[a[0] for a in ART_124])
def test_article_124_withholds_only_the_declarants_acceptance(client: Any, label: str, query: dict[str, Any],
                                                            expected: tuple[list[str], ...]) -> None:
    for on, want in zip(UKR_124_DAYS, expected, strict=True):
        f = three_faces(client, {"crimes": ["war_crimes"], **query, "from": on})
        assert f["outcome"] == ("yes" if want else "no"), (label, on, f["outcome"])
        assert bases(f) == ([(on, on, sorted(want))] if want else []), (label, on)


def test_the_question_asked_answers_yes_and_names_the_reading_and_the_view_set_aside(client: Any) -> None:
    """``rome jurisdiction --crime war_crimes --territory POL --nationality UKR --from 2025-06-01``."""
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["POL"], "nationality": ["UKR"],
                             "from": "2025-06-01"})
    assert f["outcome"] == "yes"
    [line] = [r for r in f["reasons"] if r["article"] == "124"]
    assert line["holds"] is True
    assert "withholds only its own acceptance" in line["explanation"]
    assert "'positive' understanding" in line["reading"] and "Art. 121(5)" in line["reading"]
    assert "'negative' understanding" in line["set_aside"] and "Polish territory" in line["set_aside"]


def test_on_ukraines_own_territory_the_line_says_no_other_acceptance_supplies_a_basis(client: Any) -> None:
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["UKR"],
                             "from": "2025-06-01"})
    [line] = [r for r in f["reasons"] if r["article"] == "124"]
    assert line["holds"] is False
    assert "no other state's acceptance supplies a basis" in line["explanation"]
    assert line["set_aside"]


def test_the_reading_and_the_view_set_aside_are_said_in_french() -> None:
    q = {"crimes": ["war_crimes"], "territory": ["POL"], "nationality": ["UKR"], "from": "2025-06-01",
         "as_of": "2026-12-02"}
    with i18n.use("fr"):
        [line] = [r for r in rs.jurisdiction(q)["reasons"] if r["article"] == "124"]
    assert "lecture «\u00a0positive\u00a0»" in line["reading"]
    assert "lecture «\u00a0négative\u00a0»" in line["set_aside"]
    assert "ne retire que l’acceptation" in line["explanation"]


def test_a_council_referral_is_not_bound_by_article_124(client: Any) -> None:
    """Art. 124 derogates from Art. 12(1)-(2) only: a (hypothetical) referral reaches a Ukrainian on Ukraine's
    territory in the window, while the state-referral route does not."""
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["UKR"],
                             "from": "2025-06-01", "trigger": "unsc_referral"})
    assert f["outcome"] == "yes"
    assert bases(f) == [("2025-06-01", "2025-06-01", ["13(b):unsc_referral"])]
    assert f["routes"]["state_referral"]["outcome"] == "no"


def test_a_declaration_covering_territory_withholds_the_territorial_basis_only() -> None:
    """France's declaration (nationals and territory, 1 Jul 2002 to 14 Jun 2008): war crimes in France by a German
    national rest on Germany's acceptance; by no nationality given, on nothing."""
    q = {"crimes": ["war_crimes"], "territory": ["FRA"], "from": "2005-01-01", "as_of": "2010-01-01"}
    assert rs.jurisdiction(q)["outcome"] == "no"
    f = rs.jurisdiction({**q, "nationality": ["DEU"]})
    assert f["outcome"] == "yes"
    assert bases(f) == [("2005-01-01", "2005-01-01", ["DEU:party"])]
    assert rs.jurisdiction({**q, "from": "2008-06-15"})["outcome"] == "yes"  # the declaration withdrawn


# -- 3. Hungary after 2 June 2026 ---------------------------------------------------------------------------------

def test_hungarys_revocation_is_on_record_with_low_confidence() -> None:
    [revoked] = [e for e in rs.status("HUN", "2026-07-01")["events"] if e["event"] == "withdrawal_revoked"]
    assert revoked["source"]["confidence"] == "low"


@pytest.mark.parametrize(("on", "caveat"), [("2026-05-28", False), ("2026-05-29", True), ("2026-07-01", True)])
def test_hungarys_status_after_the_revocation_carries_the_low_confidence_caveat(client: Any, on: str,
                                                                                caveat: bool) -> None:
    run = CliRunner().invoke(cli, ["status", "HUN", "--on", on, "--json"])
    assert run.exit_code == 0, run.output
    by_cli = json.loads(run.stdout)
    assert by_cli == json.loads(json.dumps(rs.status("HUN", on))) == client.get(f"/api/status/HUN?on={on}").json()
    assert by_cli["status"] == "party"
    said = [c for c in by_cli["caveats"] if "low confidence" in c]
    assert bool(said) is caveat, by_cli["caveats"]
    if caveat:
        assert "withdrawal_revoked 2026-05-29" in said[0]


def test_the_state_page_for_hungary_shows_the_caveat(client: Any) -> None:
    """The page shows today's status: any day from now on is after 29 May 2026."""
    page = client.get("/state/HUN")
    assert page.status_code == 200
    assert "low confidence" in page.text and "withdrawal_revoked" in page.text


@pytest.mark.parametrize(("start", "end", "lowered"), [
    ("2026-07-01", None, True),  # rests on the revocation
    ("2026-06-01", "2026-06-03", True),  # the day the withdrawal would have taken effect, inside the period
    ("2026-05-01", "2026-05-28", False),  # before the revocation: the notice alone, pending
])
def test_a_finding_on_hungary_after_the_revocation_says_it_rests_on_an_unconfirmed_fact(client: Any, start: str, end: str | None,
                                                                          lowered: bool) -> None:
    q: dict[str, Any] = {"crimes": ["war_crimes"], "territory": ["HUN"], "from": start}
    if end:
        q["to"] = end
    f = three_faces(client, q)
    assert f["outcome"] == "yes"
    assert f["confidence"] == "as_sourced"  # 'lowered' is kept for a reading of a declaration of unknown scope
    said = [c for c in f["caveats"] if c.startswith("Unconfirmed fact: the status of a state")]
    assert bool(said) is lowered
    if lowered:
        assert "Hungary: withdrawal_revoked 2026-05-29" in said[0]
    with i18n.use("fr"):
        fr = rs.jurisdiction({**q, "as_of": "2026-12-02"})
    assert any("source peu sûre" in c and "Hongrie" in c for c in fr["caveats"]) is lowered


def test_the_low_confidence_caveat_is_the_records_not_hungarys() -> None:
    """The same mechanism speaks for any state whose status rests on a low-confidence event: Burkina Faso's notice of
    withdrawal of 24 June 2026 (low in the record)."""
    f = rs.jurisdiction({"crimes": ["genocide"], "territory": ["BFA"], "from": "2026-07-01", "as_of": "2026-12-02"})
    assert any("Burkina Faso: withdrawal_notification 2026-06-24" in c for c in f["caveats"])
