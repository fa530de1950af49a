"""The gold corpus of real reports (tests/read/corpus): well formed, and labelled in the project's terms.

These tests check the corpus itself, not the reader: every report has its annotation, headers and dates
parse, states are states the data know, people are keys of public warrants, kinds come from the agreed
vocabulary. ``bench/score_read.py`` scores ``rome read`` against these labels.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from romestatute.engine import facts
from romestatute.facts.load import DATA_DIR

CORPUS = Path(__file__).parent / "corpus"
HEADER_KEYS = ("Source", "Published", "Language", "Title")
LANGUAGES = {"en", "fr", "es"}
EVENT_KINDS = {
    "signature", "ratification", "accession", "domestic_vote", "withdrawal_notice", "withdrawal_effect",
    "revocation", "unsigning", "declaration_12_3", "state_referral", "unsc_referral", "veto", "warrant",
    "arrest", "surrender", "visit", "noncompliance", "investigation", "conviction", "deferral", "aggression",
    "admissibility", "other",
}
ACT_KINDS = {"signature", "ratification", "withdrawal", "not_party_notice", "declaration_12_3", "revocation"}
CLAIM_KINDS = {"party_count", "status", "act", "first", "other"}
CLAIM_CORRECT = {True, False, "loose"}
OUTCOMES = {"yes", "no", "partial"}
CRIMES = {"genocide", "crimes_against_humanity", "war_crimes", "aggression"}
YAML_KEYS = {"source", "date", "language", "kinds", "states", "people", "acts", "claims", "questions", "note"}
#: A report whose page shows no date of its own: ``date_in_text: false`` and what the stored page showed.
UNDATED_KEYS = {"date_in_text", "date_checked"}
MAX_BODY = 7000  # "up to ~6,000 characters": an excerpt, not a whole page


def _slugs(suffix: str) -> set[str]:
    return {p.stem for p in CORPUS.glob(f"*{suffix}")}


SLUGS = sorted(_slugs(".txt") | _slugs(".yaml"))


def _header(slug: str) -> tuple[dict[str, str], str]:
    text = (CORPUS / f"{slug}.txt").read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    assert sep, f"{slug}.txt: no '---' line after the header"
    fields: dict[str, str] = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        assert colon and key in HEADER_KEYS, f"{slug}.txt: header line {line!r}"
        fields[key] = value.strip()
    return fields, body


def _gold(slug: str) -> dict[str, Any]:
    data = yaml.safe_load((CORPUS / f"{slug}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{slug}.yaml is not a mapping"
    return data


def _day(value: object, where: str) -> dt.date:
    # YAML reads an unquoted ISO date as a date; a string must still be ISO
    if isinstance(value, dt.date):
        return value
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"{where}: {value!r} is not an ISO date"
    return dt.date.fromisoformat(value)


def _person_keys() -> set[str]:
    data = yaml.safe_load((DATA_DIR / "warrants.yaml").read_text(encoding="utf-8"))
    return {re.sub(r"(?:-summons|-art70)?-\d+$", "", w["id"]) for w in data["warrants"]}


PEOPLE = _person_keys()


def test_every_report_has_its_annotation_and_the_corpus_is_big_enough() -> None:
    assert _slugs(".txt") == _slugs(".yaml")
    languages = Counter(_gold(s)["language"] for s in SLUGS)
    assert len(SLUGS) >= 40, len(SLUGS)
    assert languages["fr"] >= 8, languages
    # the other files in the folder are the README only
    assert {p.name for p in CORPUS.iterdir() if p.suffix not in (".txt", ".yaml")} == {"README.md"}


def test_person_keys_are_the_warrant_prefixes() -> None:
    assert {"putin", "al-bashir", "netanyahu", "gallant", "deif", "duterte", "kony"} <= PEOPLE
    assert "al" not in PEOPLE and "putin-1" not in PEOPLE


@pytest.mark.parametrize("slug", SLUGS)
def test_header_matches_the_annotation(slug: str) -> None:
    fields, body = _header(slug)
    gold = _gold(slug)
    assert tuple(fields) == HEADER_KEYS
    assert fields["Source"].startswith(("http://", "https://", "../shared/")), fields["Source"]
    assert fields["Source"] == gold["source"]
    assert _day(fields["Published"], f"{slug}.txt Published") == _day(gold["date"], f"{slug}.yaml date")
    assert fields["Language"] in LANGUAGES and fields["Language"] == gold["language"]
    assert fields["Title"]
    assert 200 <= len(body.strip()) <= MAX_BODY, len(body)
    assert "\ufffd" not in body, "replacement characters: the excerpt was mis-decoded"


@pytest.mark.parametrize("slug", SLUGS)
def test_annotation_uses_the_vocabulary(slug: str) -> None:
    gold = _gold(slug)
    known = set(facts().states)
    assert set(gold) - UNDATED_KEYS == YAML_KEYS, set(gold) ^ YAML_KEYS
    if UNDATED_KEYS & set(gold):
        assert set(gold) >= UNDATED_KEYS and gold["date_in_text"] is False, gold.get("date_in_text")
        assert isinstance(gold["date_checked"], str) and len(gold["date_checked"]) > 20
    report = _day(gold["date"], "date")
    assert dt.date(1998, 7, 17) <= report <= facts().checked_on
    assert gold["kinds"] and set(gold["kinds"]) <= EVENT_KINDS, gold["kinds"]
    assert gold["states"] and len(set(gold["states"])) == len(gold["states"])
    assert set(gold["states"]) <= known, set(gold["states"]) - known
    assert set(gold["people"]) <= PEOPLE, set(gold["people"]) - PEOPLE
    for act in gold["acts"] or []:
        assert set(act) == {"state", "kind", "negated"}, act
        assert act["state"] in gold["states"] and act["kind"] in ACT_KINDS and isinstance(act["negated"], bool), act
    for claim in gold["claims"] or []:
        assert set(claim) == {"text", "kind", "state", "correct", "record"}, claim
        assert claim["kind"] in CLAIM_KINDS and claim["correct"] in CLAIM_CORRECT, claim
        assert claim["state"] is None or claim["state"] in gold["states"], claim
        assert claim["text"] and claim["record"], claim
    for q in gold["questions"] or []:
        if q["kind"] == "obligation":
            # "on" must be quoted: YAML 1.1 loaders read a bare `on:` key as True
            assert set(q) == {"kind", "person", "state", "on", "obliged"}, q
            assert q["person"] in gold["people"] and q["state"] in known and isinstance(q["obliged"], bool), q
            _day(q["on"], f"{slug} obligation on")
        else:
            assert q["kind"] == "jurisdiction", q
            assert set(q) == {"kind", "crimes", "territory", "nationality", "from", "to", "outcome"}, q
            assert q["crimes"] and set(q["crimes"]) <= CRIMES, q
            assert q["territory"] or q["nationality"], q
            assert set(q["territory"]) | set(q["nationality"]) <= known, q
            start = _day(q["from"], f"{slug} from")
            if q["to"] is not None:
                assert _day(q["to"], f"{slug} to") >= start
            # "yes"/"no" must be quoted: YAML 1.1 loaders read them as booleans
            assert q["outcome"] in OUTCOMES, q


def test_the_corpus_covers_every_kind_of_event() -> None:
    seen = Counter(k for s in SLUGS for k in _gold(s)["kinds"])
    missing = EVENT_KINDS - {"other"} - set(seen)
    assert not missing, missing


def test_the_example_in_shared_is_one_report_among_the_others() -> None:
    shared = [s for s in SLUGS if _header(s)[0]["Source"].startswith("../shared/")]
    assert len(shared) <= 1
