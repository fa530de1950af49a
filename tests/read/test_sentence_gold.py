"""Gold sentences (tests/read/sentences/*.yaml, annotated by hand): a state whose English name takes "the", the
present perfect, a withdrawal stated before its notice is on record; with their neighbours (other tense, article,
state, language; the day before, of and after the event).  Nothing a report asserts is dropped: an act the record
contradicts or cannot confirm on the report's date is an act with its correction, or a claim marked not right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute.read import read

TODAY = "2026-12-01"
GOLD = Path(__file__).resolve().parent / "sentences"
CASES: list[dict[str, Any]] = [c for f in sorted(GOLD.glob("*.yaml")) for c in yaml.safe_load(f.read_text("utf-8"))]


def _id(case: dict[str, Any]) -> str:
    return f"{case['date']}-{case['text'][:40]}"


def test_the_gold_set_is_well_formed() -> None:
    assert len(CASES) >= 30
    for c in CASES:
        assert set(c) <= {"text", "date", "states", "acts", "claims", "note"}, c
        assert isinstance(c["date"], dt.date) and c["states"], c
        for a in c["acts"]:
            assert set(a) == {"state", "kind", "negated", "record_shows"}, a
    assert any("é" in c["text"] for c in CASES)  # French among them


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_gold_sentence(case: dict[str, Any]) -> None:
    r = read(case["text"], case["date"], today=TODAY)
    assert sorted({s["state"] for s in r["states"]}) == sorted(case["states"])
    got = {(a["state"], a["kind"], a["negated"]): (a.get("correction") or {}).get("record_shows") for a in r["acts"]}
    want = {(a["state"], a["kind"], a["negated"]): a["record_shows"] for a in case["acts"]}
    assert got == want
    corrected = {c["state"] for c in r["corrections"]}
    assert {a["state"] for a in case["acts"] if a["record_shows"]} <= corrected
    flagged = {c["state"] for c in r["claims"] if c["verdict"] in ("wrong", "loose", "unconfirmed")}
    assert set(case.get("claims") or []) <= flagged


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2026, 11, 28)))
def test_a_withdrawal_said_done_is_an_act_on_any_day(day: dt.date) -> None:
    # Burundi's notice reached the depositary on 2016-10-27: before it, the act is kept with its correction
    r = read("Burundi withdrew from the International Criminal Court.", day, today=TODAY)
    acts = [a for a in r["acts"] if (a["state"], a["kind"]) == ("BDI", "withdrawal")]
    assert len(acts) == 1
    shows = (acts[0].get("correction") or {}).get("record_shows")
    assert shows == ("not_yet_notified" if day < dt.date(2016, 10, 27) else None)
    if shows:
        assert "27 October 2016" in acts[0]["correction"]["text"]
