"""The scenario cases cover every registered rule, and the case runner can fail."""

from __future__ import annotations

import copy

from romestatute.law import part02_jurisdiction  # noqa: F401  (registers the rules)
from romestatute.law.registry import RULES, article_id

from .caserunner import check_case, load_cases, run_case

ISSUE_ARTICLES = {"5", "11(1)", "11(2)", "12(2)(a)", "12(2)(b)", "12(3)", "13(b)", "14(1)", "15(4)", "15 bis(2)",
                  "15 bis(4)", "15 bis(5)", "15 ter", "8 bis", "16", "26", "121(5)", "124", "127(2)"}


def cited() -> set[str]:
    return {a for case in load_cases() for a in case["articles"]}


def test_every_registered_rule_has_a_case() -> None:
    jurisdiction_rules = {r.article for r in RULES if r.module.endswith("part02_jurisdiction")}
    assert jurisdiction_rules, "no rules registered"
    assert sorted(jurisdiction_rules - cited()) == []


def test_every_article_of_the_issue_has_a_case() -> None:
    assert sorted(ISSUE_ARTICLES - cited()) == []


def test_case_names_are_unique_sentences() -> None:
    names = [c["name"] for c in load_cases()]
    assert len(names) == len(set(names))
    assert all(len(n.split()) >= 6 for n in names)


def test_cited_articles_resolve_to_article_pages() -> None:
    from romestatute.law import articles

    assert sorted(a for a in cited() if articles.article(article_id(a)) is None) == []


def test_the_runner_reports_a_wrong_expectation() -> None:
    case = next(c for c in load_cases() if c["expect"].get("outcome") == "partial" and c["expect"].get("windows"))
    finding = run_case(case)
    assert check_case(case, finding) == []
    wrong = copy.deepcopy(case)
    wrong["expect"].update(outcome="yes", holds=["26"], absent=["5"], caveats=["no such caveat"])
    wrong["expect"]["windows"][0]["from"] = "1999-01-01"
    assert len(check_case(wrong, finding)) == 5
