"""States, places and cues found as journalists write them; precision on names that are also words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute.read.mentions import find_cues, find_states, sentence_index, sentences


def states_in(text: str) -> list[str]:
    return [m.key for m in find_states(text, sentences(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials in Ivory Coast welcomed the ruling.", ["CIV"]),
    ("Côte d'Ivoire lodged a declaration.", ["CIV"]),
    ("The Kremlin rejected the call.", ["RUS"]),
    ("Russian air strikes continued overnight.", ["RUS"]),
    ("The Gambia changed course.", ["GMB"]),
    ("The Syrian regime denied it.", ["SYR"]),
    ("South Africa said it would stay.", ["ZAF"]),
    ("The Democratic Republic of the Congo referred itself.", ["COD"]),
    ("Russia and China voted against it.", ["RUS", "CHN"]),
    ("The US embassy declined to comment.", ["USA"]),
    ("Fighting near Aleppo went on.", ["SYR"]),
])
def test_names_demonyms_metonyms_and_places(text: str, expected: list[str]) -> None:
    assert states_in(text) == expected


@pytest.mark.parametrize("text", [
    "Michael Jordan scored forty points.",
    "Jordan Peterson gave a lecture.",
    "Chad Smith said he was pleased.",
    "She moved to Atlanta, Georgia, last year.",
    "Georgia Tech won on Saturday.",
    "Laurent Gbagbo appeared in court.",  # country_converter's GBR pattern contains a bare 'gb'
    "Latin American diplomats met in the morning.",
    "Let us know what you think.",
    "Mr Chadwick agreed.",
])
def test_no_false_positives_on_people_us_states_and_words(text: str) -> None:
    assert states_in(text) == []


@pytest.mark.parametrize(("text", "iso3"), [
    ("Thousands of refugees live in Jordan.", "JOR"),
    ("Russia fought a short war with Georgia in 2008.", "GEO"),
    ("Troops from Chad, Niger and Mali took part.", "TCD"),
])
def test_ambiguous_names_count_with_evidence(text: str, iso3: str) -> None:
    assert iso3 in states_in(text)


def test_positions_point_into_the_text() -> None:
    text = "Headline\nAmid calls, Russian strikes on Aleppo went on; Burundi, South Africa and Gambia left the ICC."
    spans = sentences(text)
    found = find_states(text, spans) + find_cues(text, spans)
    assert found
    for m in found:
        assert text[m.start:m.end] == m.text


def test_signing_an_order_is_not_a_signature_of_the_statute() -> None:
    text = "The president signed an order to leave the ICC."
    kinds = [m.key for m in find_cues(text, sentences(text)) if m.kind == "act"]
    assert "signature" not in kinds and "withdrawal" in kinds


def test_act_words_without_the_court_are_not_treaty_acts() -> None:
    text = "He decided to leave the party early and signed the guest book."
    assert [m for m in find_cues(text, sentences(text)) if m.kind == "act"] == []


WORDS = ["Russia", "Russian", "the", "ICC", "withdraws", "Jordan", "Georgia", "and", ",", ".", "\n", "Aleppo",
         "strikes", "Michael", "war crimes", "Côte d'Ivoire", "U.S.", "refer", "vetoed", "signed"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_any_text_gives_consistent_positions(words: list[str]) -> None:
    text = " ".join(words)
    spans = sentences(text)
    for m in find_states(text, spans) + find_cues(text, spans):
        assert text[m.start:m.end] == m.text
        assert 0 <= m.sentence < len(spans)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab. \n", max_size=60), st.integers(-2, 65))
def test_sentence_index_is_the_last_sentence_starting_at_or_before(text: str, pos: int) -> None:
    spans = sentences(text)
    before = [i for i, (s, _e) in enumerate(spans) if s <= pos]
    assert sentence_index(spans, pos) == (before[-1] if before else 0)
