"""``rome situation(s)``: the engine re-derives each situation from its facts; the Court's record is set beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml

from romestatute.facts.load import DATA_DIR

SITUATIONS = yaml.safe_load((DATA_DIR / "situations.yaml").read_text(encoding="utf-8"))["situations"]
IDS = [s["id"] for s in SITUATIONS]


def test_list_has_every_situation_and_no_unexplained_disagreement(rome: Callable[..., Any]) -> None:
    d = rome("situations", "--json").json()
    assert [s["id"] for s in d["situations"]] == IDS
    for s in d["situations"]:
        assert {"id", "name", "engine_outcome", "court_outcome", "agrees"} <= set(s)
    assert d["unexplained"] == 0
    assert d["compared"] == d["total"] - d["no_record"]
    assert d["agreeing"] + d["explained"] == d["compared"]


@pytest.mark.parametrize("sid", IDS)
def test_each_situation_agrees_or_its_disagreement_is_explained(sid: str, rome: Callable[..., Any]) -> None:
    r = rome("situation", sid, "--json").json()
    assert r["id"] == sid
    if r["court_outcome"] is None:
        assert r["agrees"] is None
    elif r["engine_outcome"] == r["court_outcome"]:
        assert r["agrees"] is True and r["disagreement"] is None
    else:
        assert r["agrees"] is False
        assert r["disagreement"]["explanation"] and r["disagreement"]["decision"]
    raw = next(s for s in SITUATIONS if s["id"] == sid)
    # an explanation in the data is only for a real disagreement: none may go stale
    assert ("disagreement" in raw) == (r["agrees"] is False)


def test_the_engine_never_reads_the_courts_record(rome: Callable[..., Any], data: Any) -> None:
    path = data / "situations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('outcome: "yes"', 'outcome: "no"'), encoding="utf-8")
    r = rome("situation", "darfur", "--json").json()
    assert r["engine_outcome"] == "yes" and r["court_outcome"] == "no" and r["verdict"] == "unexplained"


def test_bangladesh_myanmar_is_partial_for_want_of_a_state_party_element(rome: Callable[..., Any]) -> None:
    r = rome("situation", "bangladesh-myanmar", "--json").json()
    assert r["engine_outcome"] == "partial" == r["court_outcome"]
    assert any("MMR" in c for c in r["finding"]["caveats"])
    assert r["question"]["as_of"] == "2019-11-14"


def test_darfur_rests_on_the_council_referral(rome: Callable[..., Any]) -> None:
    r = rome("situation", "Darfur", "--json").json()
    assert r["finding"]["route"] == "unsc_referral"
    assert r["finding"]["windows"][0]["bases"][0]["article"] == "13(b)"


def test_burundi_stays_within_jurisdiction_after_its_withdrawal(rome: Callable[..., Any]) -> None:
    r = rome("situation", "burundi", "--json").json()
    assert r["engine_outcome"] == "yes"
    assert r["question"]["to"] == "2017-10-26"


def test_philippines_conduct_while_a_party_is_covered_after_withdrawal(rome: Callable[..., Any]) -> None:
    r = rome("situation", "philippines", "--json").json()
    assert r["engine_outcome"] == "yes"
    assert r["question"]["as_of"] == "2025-10-23"  # the date of the recorded position, after the withdrawal
    assert any(x["article"] == "127(2)" and x["holds"] for x in r["finding"]["reasons"])


def test_colombia_war_crimes_only_after_its_article_124_declaration(rome: Callable[..., Any]) -> None:
    r = rome("situation", "colombia", "--json").json()
    assert r["engine_outcome"] == "partial" == r["court_outcome"]
    wc = [w for w in r["finding"]["windows"] if "war_crimes" in w["crimes"]]
    assert wc and wc[0]["from"] == "2009-11-01"


def test_palestine_2009_declaration_accepted_nothing(rome: Callable[..., Any]) -> None:
    r = rome("situation", "palestine-2009", "--json").json()
    assert r["engine_outcome"] == "no" == r["court_outcome"]


def test_comoros_rests_on_the_flags_of_the_vessels(rome: Callable[..., Any]) -> None:
    r = rome("situation", "comoros-vessels", "--json").json()
    assert r["question"]["territory"] == []
    assert {b["state"] for w in r["finding"]["windows"] for b in w["bases"]} == {"COM", "KHM", "GRC"}


@pytest.mark.parametrize("sid", ["mali", "gabon"])
def test_month_only_dates_are_not_filled_in(sid: str, rome: Callable[..., Any]) -> None:
    raw = next(s for s in SITUATIONS if s["id"] == sid)
    assert raw["conduct_from"] is None and len(raw["conduct_from_approx"]) == 7
    r = rome("situation", sid, "--json").json()
    assert any("is known for the first conduct" in n for n in r["notes"])
    assert not any("depends on the unrecorded first day" in n for n in r["notes"])


def test_readable_output_and_bad_name(rome: Callable[..., Any]) -> None:
    out = rome("situations").out
    assert "compared situations agree" in out
    assert "differs (explained)" in out
    bad = rome("situation", "atlantis")
    assert bad.code == 2 and bad.err.startswith("rome: error: situation:") and "\n" == bad.err[-1:]
    amb = rome("situation", "venezuela")
    assert amb.code == 2 and "several" in amb.err
