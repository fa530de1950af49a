"""Sources that stand: ``rome data check`` refuses ``high`` on a copy of Wikipedia or an aggregator alone,
and tracking parameters in a source URL.  Each corrupting test works on a private copy of the data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from romestatute.facts.sources import second_hand, source_problems, tracking_parameters

from .corrupt import replace_line

MIRROR = "https://www.liquisearch.com/states_parties_to_the_rome_statute_of_the_international_criminal_court/signatories"
HANSARD = "https://api.parliament.uk/historic-hansard/written-answers/2002/jul/08/international-criminal-court"


@pytest.mark.parametrize("url, kind", [
    (MIRROR, "a copy of Wikipedia"),
    ("https://www.dl1.en-us.nina.az/States_parties.html", "a copy of Wikipedia"),  # a subdomain of a copy
    ("https://en.wikipedia.org/wiki/Rome_Statute", "a copy of Wikipedia"),
    ("https://menafn.com/1107448809/Armenia-Joins-ICC-Rome-Statute", "an aggregator"),
    ("https://github.com/theNewDynamic/aba-icc/blob/x/_data/state-parties-map.csv", "an aggregator"),
    ("https://github.com/someone/else", None),  # only the compiled table on GitHub, not GitHub
    ("https://notwikipedia.org/page", None),  # a host that merely ends in the same letters
    ("https://www.icc-cpi.int/news/x", None),
    (HANSARD, None),
    ("", None),
])
def test_second_hand_names_copies_and_aggregators(url: str, kind: str | None) -> None:
    assert second_hand(url) == kind


def test_tracking_parameters_are_named_and_others_kept_apart() -> None:
    assert tracking_parameters("https://punchng.com/a/?utm_source=rss&utm_medium=web") == ["utm_source", "utm_medium"]
    assert tracking_parameters("https://x.org/p?id=3&fbclid=abc") == ["fbclid"]
    assert tracking_parameters("https://www.icc-cpi.int/Pages/item.aspx?name=pr1146&ln=en") == []


def test_a_document_or_a_lower_confidence_lets_a_copy_stand() -> None:
    assert source_problems(MIRROR, "", "high")
    assert source_problems(MIRROR, "C.N.612.2008.TREATIES-6", "high") == []  # not the only source
    assert source_problems(MIRROR, "", "medium") == []


def test_high_row_citing_only_a_mirror_fails_the_check(data: Path, rome: Callable[..., Any]) -> None:
    line = replace_line(data / "treaty_actions.csv", "ALB,signature", HANSARD, MIRROR)
    run = rome("data", "check")
    assert run.code == 1 and "Traceback" not in run.err
    assert f"treaty_actions.csv:{line}: confidence high, but the only source is a copy of Wikipedia" in run.out
    assert run.out.count("problem:") == 1


def test_the_same_row_at_medium_passes(data: Path, rome: Callable[..., Any]) -> None:
    replace_line(data / "treaty_actions.csv", "ALB,signature", HANSARD, MIRROR)
    replace_line(data / "treaty_actions.csv", "ALB,signature", ",high", ",medium")
    run = rome("data", "check")
    assert run.code == 0, run.out


def test_a_query_still_answers_on_a_mirror_sourced_row(data: Path, rome: Callable[..., Any]) -> None:
    """Source quality is for ``rome data check``; it is no reason to refuse a status question."""
    replace_line(data / "treaty_actions.csv", "ALB,signature", HANSARD, MIRROR)
    run = rome("status", "ALB", "--on", "2000-01-01")
    assert run.code == 0 and "signatory" in run.out.lower()


def test_declaration_on_an_aggregator_at_high_is_named(data: Path, rome: Callable[..., Any]) -> None:
    line = replace_line(data / "declarations.csv", "ARM,12_3", "https://tass.com/world/1707803/amp",
                        "https://menafn.com/1107448809/Armenia-Joins-ICC-Rome-Statute")
    run = rome("data", "check")
    assert run.code == 1 and f"declarations.csv:{line}: confidence high, but the only source is an aggregator" in run.out


def test_yaml_entry_on_an_aggregator_and_with_tracking_is_named(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "warrants.yaml"
    text = path.read_text(encoding="utf-8")
    old = "\n  source: https://www.icc-cpi.int/news/warrant-arrest-unsealed-against-five-lra-commanders\n"  # the warrant's
    assert text.count(old) >= 1  # (not its civility's, indented further)
    path.write_text(text.replace(old, "\n  source: https://menafn.com/1/x?utm_source=feed\n", 1), encoding="utf-8")
    run = rome("data", "check")
    assert run.code == 1
    assert "warrants.yaml (warrants #1, kony-1): confidence high, but the only source is an aggregator" in run.out
    assert "warrants.yaml (warrants #1, kony-1): source URL carries tracking parameters (utm_source)" in run.out


def test_bundled_data_has_no_high_row_on_a_copy_alone() -> None:
    from romestatute.facts.check import check_sources
    from romestatute.facts.load import DATA_DIR, load

    facts = load(DATA_DIR)
    assert check_sources(facts) == []
    issue_rows = {(a.state, a.action): a.source for s in ("RUS", "SYR", "ISR") for a in facts.actions_of(s)}
    for key in [("RUS", "signature"), ("SYR", "signature"), ("ISR", "signature")]:
        src = issue_rows[key]
        assert src.confidence == "medium" or not second_hand(src.url), (key, src)
