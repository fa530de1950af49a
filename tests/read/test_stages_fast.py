"""The per-sentence stages' shortcuts find what the plain way finds: sentence ends tried only where one can start,
and the claims' gates (a text or a sentence without any of a pattern's words is not scanned)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from romestatute.read import claims, gates, mentions, questions

#: (gate, the patterns each of whose matches contains one of its words)
GATES = [
    (claims.GATE_FIRST, [claims.FIRST]),
    (claims.GATE_STATUS, [claims.STATUS_ANY, claims.AS_STATUS]),
    (claims.GATE_IMMEDIATE, [claims.IMMEDIATE]),
    (claims.GATE_STATUTE_YEAR, [claims.STATUTE_YEAR]),
    (claims.GATE_SIGNATORY, [claims.SIGNATORY_DUTY]),
    (claims.GATE_FOUNDED, [claims.FOUNDED]),
    (claims.GATE_CHARGED, [claims.CHARGED_IN]),
    (claims.GATE_FIRST_SIGNATORIES, [claims.FIRST_SIGNATORIES]),
    (claims.GATE_RESTORED, [claims.RESTORED]),
    (questions.GATE_DUTY, [questions.DUTY]),
]
VOCABULARY = sorted({w for _, rxs in GATES for rx in rxs for w in re.findall(r"[A-Za-zÀ-ÿ’']{2,}", rx.pattern)})
ODD = ["ſ", "K", "İ", "ı", "É", "é", "1998", "2016", "124", "the", "is", "not", "a", "of", "as", ",", ".", "\n", "ICC"]


def _texts() -> st.SearchStrategy[str]:
    word = (st.sampled_from(VOCABULARY).map(str.lower) | st.sampled_from(VOCABULARY).map(str.upper)
            | st.sampled_from(VOCABULARY).map(str.title) | st.sampled_from(ODD) | st.text("sſiıIKkrome ", max_size=5))
    return st.lists(word, max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_a_text_a_gate_passes_over_has_no_match(text: str) -> None:
    for gate, patterns in GATES:
        if gates.absent(gate, text):
            assert all(rx.search(text) is None for rx in patterns), (gate, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts(), min_size=1, max_size=4))
def test_a_sentence_the_status_gate_passes_over_has_no_status_phrase(parts: list[str]) -> None:
    text = ". ".join(parts)
    spans = mentions.sentences(text)
    gated = gates.sentences_with(claims.GATE_STATUS, text, spans)
    for i, (s0, e0) in enumerate(spans):
        if i not in gated:
            assert claims.STATUS_ANY.search(text[s0:e0]) is None
            assert claims.AS_STATUS.search(text, s0, e0) is None


@settings(max_examples=600, deadline=None)
@given(st.text(st.sampled_from(list("ab Ab.!?\n\"”’'([1éÉ,;")), max_size=80))
def test_sentence_ends_are_those_the_pattern_finds_everywhere(text: str) -> None:
    assert list(mentions._sentence_ends(text)) == [m.span() for m in mentions.SENTENCE_END.finditer(text)]


def test_sentence_ends_on_a_report() -> None:
    text = ("THE HAGUE, 17 Nov. 2016.Russia said it would go.\n\nA headline\nwith a wrapped line\n"
            "“Quoted.” (Then) 3 more. Word.Another? Yes! no.\n") * 3
    assert list(mentions._sentence_ends(text)) == [m.span() for m in mentions.SENTENCE_END.finditer(text)]


@pytest.mark.parametrize(("gate", "rx"), [(gate, rx) for gate, patterns in GATES for rx in patterns],
                         ids=lambda v: v.pattern[:24] if isinstance(v, re.Pattern) else "/".join(v))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(st.data())
def test_every_match_of_a_gated_pattern_has_a_word_of_its_gate(gate: tuple[str, ...], rx: re.Pattern[str],
                                                               data: st.DataObject) -> None:
    text = data.draw(st.from_regex(rx))
    if rx.search(text):  # from_regex may miss a lookaround: only the texts that match count
        assert not gates.absent(gate, text), (gate, text)
