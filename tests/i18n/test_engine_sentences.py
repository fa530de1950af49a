"""The engine's own sentences in French: the trace's explanations and readings, the routes, the caveats, the
events' meanings and the duty to arrest; keys and codes unchanged, no English sentence left, English unchanged,
and no cached answer carrying one language's text into the other's."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import romestatute as rs
from romestatute import i18n

#: English words with no French homograph: one of them in a French sentence means a sentence was missed.
ENGLISH = {"the", "and", "of", "with", "which", "was", "were", "has", "have", "is", "not", "for", "its", "by", "from",
           "that", "this", "only", "on", "to", "state", "party", "jurisdiction", "referral", "withdrawal", "declaration",
           "conduct", "court", "accused", "warrant", "arrest", "outcome", "holds", "fails", "note", "trace", "routes"}
WORD = re.compile(r"(?<![\w:/.-])[A-Za-z’']+(?![\w:])")
#: The fields written for people (JSON keys and codes stay as they are).
PROSE = {"explanation", "reading", "set_aside", "caveats", "in_law", "requires", "label", "basis", "what_if"}

QUESTIONS: list[dict[str, Any]] = [
    {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"], "from": "2016-09-01",
     "to": "2016-12-31", "as_of": "2016-11-17"},
    {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"], "from": "2016-09-01",
     "to": "2016-12-31", "as_of": "2016-11-17", "assume": ["SYR:declaration_12_3:2011-03-15"]},
    {"crimes": ["aggression"], "aggressor": "RUS", "victim": "UKR", "territory": ["UKR"], "nationality": ["RUS"],
     "from": "2022-02-24", "to": "2025-06-30", "as_of": "2025-06-30", "trigger": "proprio_motu"},
    {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["RUS"], "from": "2014-02-20",
     "to": "2025-06-30", "as_of": "2025-06-30"},
    {"crimes": ["crimes_against_humanity"], "territory": ["BDI"], "from": "2015-04-26", "to": "2017-10-26",
     "as_of": "2020-01-01"},
    {"crimes": ["crimes_against_humanity"], "territory": ["CIV"], "from": "2002-09-19", "to": "2013-12-31",
     "as_of": "2020-01-01"},
    {"crimes": ["war_crimes"], "territory": ["FRA"], "from": "2002-07-01", "to": "2008-12-31", "as_of": "2010-01-01"},
    {"crimes": ["war_crimes:starvation_niac"], "territory": ["NLD"], "nationality": ["FRA"], "from": "2021-01-01",
     "to": "2023-12-31", "as_of": "2024-01-01"},
    {"crimes": ["crimes_against_humanity"], "territory": ["MMR", "BGD"], "from": "2017-08-25", "to": "2017-12-31",
     "as_of": "2019-11-14"},
    {"crimes": ["war_crimes"], "territory": ["LBY"], "nationality": ["USA"], "trigger": "unsc_referral",
     "resolution": "1970", "authorised_operation": True, "from": "2011-02-15", "to": "2011-12-31",
     "as_of": "2020-01-01"},
    {"crimes": ["war_crimes"], "territory": ["AFG"], "nationality": ["USA"], "from": "2003-05-01",
     "to": "2014-12-31", "trigger": "proprio_motu", "trigger_date": "2003-01-15", "as_of": "2020-03-05"},
    {"crimes": ["war_crimes"], "territory": ["UGA"], "from": "2002-07-01", "to": "2004-01-29",
     "trigger": "state_referral", "referred_by": "UGA", "trigger_date": "2003-12-16", "as_of": "2005-01-01"},
    {"crimes": ["war_crimes"], "territory": ["COD"], "from": "2003-01-01", "age": 17, "as_of": "2012-03-14"},
    {"crimes": ["genocide"], "territory": ["SDN"], "trigger": "unsc_referral", "resolution": "9999",
     "from": "2003-01-01", "to": "2004-12-31", "as_of": "2020-01-01"},
]


def _prose(obj: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _prose(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from _prose(v, key)
    elif isinstance(obj, str) and key in PROSE:
        yield obj


def _codes(obj: Any, key: str | None = None) -> Any:
    """An answer with its prose blanked: keys, codes, dates and numbers only."""
    if isinstance(obj, dict):
        return {k: _codes(v, k) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_codes(v, key) for v in obj]
    return "" if key in PROSE | {"meaning", "fact", "title", "note", "summary", "subject", "cooperation", "name"} else obj  # (the record's prose too)


def english_words(text: str) -> list[str]:
    """English words in ``text``, document names aside (ICC decisions and amendments quoted by their titles)."""
    text = re.sub(r"Decision [^,;]*", "", text)
    text = re.sub(r"(Res\.\d+) \([^)]*\)", r"\1", text)
    return sorted({w for w in WORD.findall(text) if w.lower() in ENGLISH})


def test_the_check_would_see_an_english_sentence() -> None:
    assert english_words("Syria was not a State Party on 2016-09-01") == ["Party", "State", "not", "on", "was"]
    assert english_words("La Cour n’est pas compétente : war_crimes, art. 12(2)(a), ICC-01/19-27") == []


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: "-".join(q["territory"] + q["crimes"]))
def test_a_finding_in_french_has_no_english_sentence_and_the_same_codes(question: dict[str, Any]) -> None:
    en = rs.jurisdiction(question)
    with i18n.use("fr"):
        fr = rs.jurisdiction(question)
    assert _codes(fr) == _codes(en)
    left = {s: english_words(s) for s in _prose(fr) if english_words(s)}
    assert left == {}


def test_days_and_state_names_are_french_in_a_french_sentence() -> None:
    with i18n.use("fr"):
        fr = rs.jurisdiction(QUESTIONS[0])
    text = " ".join(_prose(fr))
    assert "1er juillet 2002" in text and "Fédération de Russie" in text and "République arabe syrienne" in text
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)  # no ISO date inside a sentence
    assert "Russian Federation" not in text and "Syrian Arab Republic" not in text
    en = rs.jurisdiction(QUESTIONS[0])
    assert "Russian Federation was not a State Party" in " ".join(_prose(en))


def test_events_meanings_follow_the_language_though_the_ledger_is_shared() -> None:
    """The ledger is built once per process; its events say their meaning in the language asked for."""
    before = rs.timeline("BDI")
    with i18n.use("fr"):
        fr = rs.timeline("BDI")
    after = rs.timeline("BDI")
    assert before == after
    meanings = [e["meaning"] for e in fr["events"]]
    assert "a notifié son retrait, qui prend effet le 27 octobre 2017" in meanings
    assert "notified its withdrawal, which takes effect on 2017-10-27" in [e["meaning"] for e in after["events"]]
    assert [e["event"] for e in fr["events"]] == [e["event"] for e in after["events"]]


def test_no_cached_answer_carries_one_language_into_the_other() -> None:
    asks: list[Callable[[], Any]] = [lambda: rs.jurisdiction(QUESTIONS[3]), lambda: rs.obligation("Putin", "MNG", "2024-09-03"),
                                     lambda: rs.statuses("2017-01-01"), lambda: rs.diff("2016-01-01", "2020-01-01")]
    for ask in asks:
        en1 = ask()
        with i18n.use("fr"):
            fr1 = ask()
        en2 = ask()
        with i18n.use("fr"):
            fr2 = ask()
        assert en1 == en2 and fr1 == fr2
        assert _codes(en1) == _codes(fr1)


def test_the_duty_to_arrest_in_french() -> None:
    en = rs.obligation("Putin", "MNG", "2024-09-03")
    with i18n.use("fr"):
        fr = rs.obligation("Putin", "MNG", "2024-09-03")
    assert fr["obliged"] is True and fr["bases"] == en["bases"] == ["party"]
    explained = [r["explanation"] for r in fr["reasons"]]
    assert "Le 3 septembre 2024, la Mongolie est un État partie\u00a0: cet État doit coopérer pleinement avec la " \
        "Cour." in explained
    left = {s: english_words(s) for s in _prose(fr) if english_words(s)}
    assert left == {}


def test_diff_sentences_in_french() -> None:
    with i18n.use("fr"):
        d = rs.diff("2016-01-01", "2020-01-01")
    bdi = next(c for c in d["changes"] if c["state"] == "BDI")
    assert bdi["reasons"][0]["explanation"].startswith("Le statut du Burundi est passé de «\u00a0État partie\u00a0» "
                                                       "à «\u00a0ancien État partie\u00a0»")
    assert "27 octobre 2017" in bdi["reasons"][0]["explanation"]
    assert all(not english_words(c) for c in d["caveats"])


def test_rome_jurisdiction_text_in_french(rome: Callable[..., Any]) -> None:
    args = ("jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "RUS",
            "--from", "2016-09-01", "--to", "2016-12-31", "--as-of", "2016-11-17")
    fr = rome("--lang", "fr", *args)
    assert fr.code == 0
    lines = fr.out.splitlines()
    assert lines[0].startswith("Question\u00a0: crimes de guerre | territoire\u00a0: République arabe syrienne | "
                               "nationalité\u00a0: Fédération de Russie | du 1er septembre 2016")
    assert lines[1] == "Résultat (conditions préalables de l’art. 12)\u00a0: NON"
    assert "Raisonnement\u00a0:" in lines and "Voies de saisine\u00a0:" in lines
    prose = [ln for ln in lines if not ln.strip().startswith("- ")]  # a fact's line ends with its source's address
    left = {ln: english_words(ln) for ln in prose if english_words(re.sub(r"\([^)]*Syria[^)]*\)", "", ln))}
    assert left == {}
    en = rome(*args)
    assert en.out.splitlines()[1] == "Outcome (art12 preconditions): NO"
    assert "Trace:" in en.out.splitlines()
