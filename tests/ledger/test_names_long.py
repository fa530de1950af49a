"""Unmatched values of any length: one-line errors, and the rewritten patterns find what the originals find."""

from __future__ import annotations

import re

import pytest

from romestatute import engine
from romestatute.model.errors import UnknownState
from romestatute.names import coco_table, searchable


def test_a_very_long_unmatched_value_is_one_line() -> None:
    value = "Qx " + "zzkrtq " * 3000
    with pytest.raises(UnknownState) as exc:
        engine.resolve_state(value)
    assert "\n" not in str(exc.value)
    assert exc.value.suggestions == []


def test_searchable_drops_only_a_leading_dot_star() -> None:
    assert searchable(".*italy|.*italia.*") == "italy|italia.*"
    assert searchable("^(?=.*rep).*czech.*|a(b|.*c)") == "^(?=.*rep).*czech.*|a(b|.*c)"


@pytest.mark.parametrize("text", ["Italy", "Republic of Italia", "Cote d'Ivoire", "the czech lands", "DPR Korea",
                                  "United Kingdom", "uk", "zzz", "x" * 50 + "italy"])
def test_searchable_patterns_match_the_same_texts(text: str) -> None:
    for e in coco_table():
        if e.regex:
            original = re.compile(e.regex, re.IGNORECASE).search(text) is not None
            assert (re.compile(searchable(e.regex), re.IGNORECASE).search(text) is not None) == original, e.iso3


def test_a_long_text_naming_states_is_not_a_state() -> None:
    # a paragraph mentions several states; as a value it names none, and no list of them is offered
    value = "Troops from France crossed into Germany while Italy and Spain watched. " * 3
    with pytest.raises(UnknownState) as exc:
        engine.resolve_state(value)
    assert exc.value.suggestions == []
    assert engine.names().find(value) is None


def test_find_is_resolve_without_suggestions() -> None:
    names = engine.names()
    assert [names.find(v) for v in ("Ivory Coast", "RU", "Myanmar", "Rusia", "", "Sudan and Chad")] == \
        ["CIV", "RUS", "MMR", None, None, None]
    with pytest.raises(UnknownState) as exc:  # two states named: resolve lists both
        names.resolve("Sudan and Chad")
    assert [s[-4:-1] for s in exc.value.suggestions] == ["SDN", "TCD"]
