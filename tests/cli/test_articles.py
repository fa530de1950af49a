"""`rome articles`: rules shown in words, and every article a trace cites has its entry and its rules."""

from __future__ import annotations

from typing import Any

import pytest

from romestatute.cli.articles import articles_index
from romestatute.law.registry import article_id
from romestatute.queries import obligation
from romestatute.queries.docket import situation, situations
from romestatute.queries.jurisdiction import jurisdiction


def _cited() -> set[str]:
    """Every article the traces cite over the Court's situations, each trigger and crime kind, and duties to arrest."""
    cited: set[str] = set()
    for s in situations()["situations"]:
        f = situation(s["id"])["finding"]
        if f:
            cited |= {r["article"] for r in f["reasons"]}
    for trigger in ("state_referral", "unsc_referral", "proprio_motu", None):
        for crime in ("aggression", "war_crimes:starvation_niac", "genocide"):
            f = jurisdiction({"crimes": [crime], "territory": ["UKR"], "nationality": ["RUS"], "from": "2014-01-01",
                              "to": "2025-01-01", "trigger": trigger, "age": 17, "as_of": "2025-01-01"})
            cited |= {r["article"] for r in f["reasons"]}
    for person, state, day in (("Putin", "MNG", "2024-09-03"), ("al-Bashir", "ZAF", "2015-06-14"),
                               ("al-Bashir", "JOR", "2017-03-29"), ("Putin", "USA", "2024-01-01")):
        cited |= {r["article"] for r in obligation.obligation(person, state, day)["reasons"]}
    return cited


CITED = sorted(_cited())


def test_the_traces_cite_the_articles_that_lacked_rules() -> None:
    assert {"5", "8 bis", "15(4)", "87(7)"} <= set(CITED)


@pytest.mark.parametrize("citation", CITED)
def test_every_article_a_trace_cites_has_an_entry_and_rules(citation: str) -> None:
    entry = articles_index(article_id(citation))["articles"]
    assert entry, f"no article entry for {citation}"
    assert entry[0]["rules"], f"Art. {citation} is cited by traces but no rule is registered for it"


@pytest.mark.parametrize("number", ["5", "8 bis", "12", "15", "87"])
def test_articles_shows_rules_in_words(rome: Any, number: str) -> None:
    run = rome("articles", number)
    assert run.code == 0, run.err
    assert "romestatute." not in run.out and "``" not in run.out and "iso3" not in run.out
    assert "Rules applying it" in run.out and f"  Art. {number}" in run.out


def test_articles_json_keeps_the_rule_names_for_developers(rome: Any) -> None:
    art = rome("articles", "15", "--json").json()["articles"][0]
    assert [r["rule"] for r in art["rules"]] == ["romestatute.law.scope.needs_authorisation"]
    assert art["rules"][0]["article"] == "15(4)"
