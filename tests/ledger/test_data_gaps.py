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
    run = rome("jurisdiction", "--crime", "war_crimes", "--as-of", "2026-12-02", "--json", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)  # type: ignore[no-any-return]


def test_armenian_national_abroad_rests_on_the_unspecified_scope(rome: Callable[..., Any]) -> None:
    """Armenia's Art. 12(3) declaration (from 10 May 2021) has no stored text; its scope is left empty, so an
    Armenian national's conduct in a non-party is within jurisdiction through Art. 12(2)(b) before Armenia joined,
    and the answer says which fact carries it."""
    finding = _jurisdiction(rome, "--nationality", "ARM", "--territory", "AZE", "--from", "2022-09-13")
    assert finding["outcome"] == "yes"
    [window] = finding["windows"]
    assert [(b["article"], b["state"], b["via"]) for b in window["bases"]] == [("12(2)(b)", "ARM", "declaration_12_3")]


def test_armenian_national_abroad_the_day_before_the_declaration_covers(rome: Callable[..., Any]) -> None:
    finding = _jurisdiction(rome, "--nationality", "ARM", "--territory", "AZE", "--from", "2021-05-09")
    assert finding["outcome"] == "no"
    assert finding["windows"] == []


@pytest.mark.parametrize(("assume", "outcome"), [((), "no"), (("--assume", "UGA:declaration_12_3:2002-07-01"), "yes")])
def test_uganda_july_august_2002_turns_on_the_unrecorded_declaration(rome: Callable[..., Any], assume: tuple[str, ...],
                                                                     outcome: str) -> None:
    """Uganda's Art. 12(3) declaration (said to date from about 27 Feb 2004) is not recorded: no stored source gives
    its date, text or period. Without it, conduct in Uganda before 1 Sep 2002 is outside jurisdiction (Art. 11(2));
    given as a what-if from 1 Jul 2002, it is within it."""
    finding = _jurisdiction(rome, "--territory", "UGA", "--from", "2002-07-01", "--to", "2002-08-31",
                            "--trigger", "state_referral", "--referred-by", "UGA", "--trigger-date", "2003-12-16",
                            *assume)
    assert finding["outcome"] == outcome
