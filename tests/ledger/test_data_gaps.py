"""Facts checked in the data-gaps round of 2026-12-02, each pinned through a user's query path."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

DEPOSITARY_COPY = "https://zaki.ru/pagesnew.php?id=59434&page=8"


@pytest.mark.parametrize(("day", "status"), [("2000-12-28", "non_signatory"), ("2000-12-29", "signatory"),
                                             ("2002-08-19", "signatory"), ("2002-08-20", "ratified_not_in_force")])
def test_tanzania_signature_day_and_the_day_before(rome: Callable[..., Any], day: str, status: str) -> None:
    """Tanzania signed on 29 Dec 2000 (the depositary's list as reproduced agrees with the ABA table) and deposited
    on 20 Aug 2002: the day before each act it is still in the earlier standing."""
    answer = rome("status", "TZA", "--on", day, "--json").json()
    assert answer["status"] == status


def test_tanzania_signature_cites_the_depositary_list(rome: Callable[..., Any]) -> None:
    answer = rome("status", "United Republic of Tanzania", "--on", "2001-01-01", "--json").json()
    signature = next(e for e in answer["events"] if e["event"] == "signature")
    assert signature["date"] == "2000-12-29"
    assert signature["source"]["url"] == DEPOSITARY_COPY
    assert signature["source"]["confidence"] == "high"
    assert "29 Dec 2000" in signature["source"]["note"]


def _jurisdiction(rome: Callable[..., Any], *args: str) -> dict[str, Any]:
    run = rome("jurisdiction", "--as-of", "2026-12-02", "--json", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)  # type: ignore[no-any-return]


def test_armenian_national_abroad_rests_on_the_unspecified_scope(rome: Callable[..., Any]) -> None:
    """Armenia's Art. 12(3) declaration (from 10 May 2021) has no stored text; its scope is ``unknown``, so an
    Armenian national's conduct in a non-party is within jurisdiction through Art. 12(2)(b) before Armenia joined
    only on a reading: the answer says which fact carries it, and that its confidence is lowered."""
    finding = _jurisdiction(rome, "--crime", "war_crimes", "--nationality", "ARM", "--territory", "AZE",
                            "--from", "2022-09-13", "--to", "2024-01-31")
    assert finding["outcome"] == "yes"
    assert finding["confidence"] == "lowered"
    [window] = finding["windows"]
    assert [(b["article"], b["state"], b["via"]) for b in window["bases"]] == [
        ("12(2)(b)", "ARM", "declaration_12_3_scope_unknown")]


def test_armenian_national_abroad_the_day_before_the_declaration_covers(rome: Callable[..., Any]) -> None:
    finding = _jurisdiction(rome, "--crime", "war_crimes", "--nationality", "ARM", "--territory", "AZE",
                            "--from", "2021-05-09")
    assert finding["outcome"] == "no"
    assert finding["windows"] == []


@pytest.mark.parametrize(("assume", "outcome"), [((), "no"), (("--assume", "UGA:declaration_12_3:2002-07-01"), "yes")])
def test_uganda_july_august_2002_turns_on_the_unrecorded_declaration(rome: Callable[..., Any], assume: tuple[str, ...],
                                                                     outcome: str) -> None:
    """Uganda's Art. 12(3) declaration (said to date from about 27 Feb 2004) is not recorded: no stored source gives
    its date, text or period. Without it, conduct in Uganda before 1 Sep 2002 is outside jurisdiction (Art. 11(2));
    given as a what-if from 1 Jul 2002, it is within it."""
    finding = _jurisdiction(rome, "--crime", "war_crimes", "--territory", "UGA", "--from", "2002-07-01",
                            "--to", "2002-08-31",
                            "--trigger", "state_referral", "--referred-by", "UGA", "--trigger-date", "2003-12-16",
                            *assume)
    assert finding["outcome"] == outcome


def _reason(finding: dict[str, Any], article: str) -> dict[str, Any]:
    return next(r for r in finding["reasons"] if r["article"] == article)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("day", "outcome"), [("2025-10-24", "no"), ("2025-10-25", "yes")])
def test_ukraine_starvation_amendment_in_force_one_year_after_its_deposit(rome: Callable[..., Any], day: str,
                                                                         outcome: str) -> None:
    """The only Ukrainian amendment deposit a stored source dates (25 Oct 2024, the day of the Statute's deposit):
    in force for Ukraine from 25 Oct 2025 (Art. 121(5)), the day before it is not."""
    finding = _jurisdiction(rome, "--crime", "war_crimes:starvation_niac", "--territory", "UKR",
                            "--nationality", "RUS", "--from", day)
    assert finding["outcome"] == outcome
    assert "Ukraine accepted it on 2024-10-25, in force for it from 2025-10-25" in _reason(finding, "121(5)")["explanation"]


def test_ukraine_kampala_war_crimes_amendment_approved_but_no_deposit_known(rome: Callable[..., Any]) -> None:
    """Ukraine's law ratified the Statute 'and its amendments', but no stored source dates the deposit of the 2010
    Art. 8 amendment: the finding says so for Ukraine, and says plainly 'not accepted' for Russia."""
    finding = _jurisdiction(rome, "--crime", "war_crimes:poison_niac", "--territory", "UKR",
                            "--nationality", "RUS", "--from", "2026-06-01")
    assert finding["outcome"] == "no"
    reason = _reason(finding, "121(5)")
    assert reason["holds"] is False
    assert ("Ukraine approved it in its own law, but no deposit of its instrument with the Secretary-General "
            "is known, so it is not treated as accepted; the Russian Federation has not accepted it.") in reason["explanation"]


def test_ukraine_undated_amendment_in_french(rome: Callable[..., Any]) -> None:
    run = rome("--lang", "fr", "jurisdiction", "--crime", "war_crimes:poison_niac", "--territory", "UKR",
               "--nationality", "RUS", "--from", "2026-06-01", "--as-of", "2026-12-02", "--json")
    explanation = _reason(run.json(), "121(5)")["explanation"]
    assert "L’Ukraine l’a approuvé dans son droit interne" in explanation
    assert "la Fédération de Russie ne l’a pas accepté." in explanation
    assert "UKR" not in explanation and "RUS" not in explanation
    # the amendment's title in our French (amendments.yaml), not the English one inside a French sentence
    assert "(Emploi de poison, de gaz asphyxiants" in explanation
    assert "Poison, asphyxiating gases" not in explanation
