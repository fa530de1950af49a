"""One schema for every face: ``rome status --json`` and the Python API return the same dict."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import romestatute as rs

STATUS_KEYS = {"state", "on", "status", "party", "since", "withdrawal_pending", "declarations_12_3", "amendments",
               "events"}
EVENT_KEYS = {"event", "date", "effective_date", "source"}
STATUSES = {"party", "ratified_not_in_force", "signatory", "signature_withdrawn", "former_party", "non_signatory"}


def test_status_json_schema(rome: Callable[..., Any]) -> None:
    run = rome("status", "RUS", "--on", "2016-11-17", "--json")
    assert run.code == 0
    doc = json.loads(run.out)
    assert STATUS_KEYS <= doc.keys()
    assert doc["state"] == "RUS"
    assert doc["on"] == "2016-11-17"
    assert doc["status"] == "signatory"
    assert doc["party"] is False
    assert doc["since"] == "2000-09-13"
    assert doc["withdrawal_pending"] is None
    assert doc["declarations_12_3"] == []
    assert doc["amendments"] == []
    assert [e["event"] for e in doc["events"]] == ["signature"]
    for e in doc["events"]:
        assert EVENT_KEYS <= e.keys()
        assert e["source"]["url"].startswith(("http://", "https://"))
        assert e["source"]["data"].startswith("treaty_actions.csv:")


@pytest.mark.parametrize(("state", "day"), [("RUS", "2016-11-17"), ("BDI", "2016-11-17"), ("PSE", "2015-04-01"),
                                            ("DEU", "2025-01-01"), ("MYS", "2019-04-01")])
def test_cli_json_equals_the_python_api(rome: Callable[..., Any], state: str, day: str) -> None:
    run = rome("status", state, "--on", day, "--json")
    assert run.code == 0
    assert json.loads(run.out) == rs.status(state, day)


def test_parties_cli_json_equals_the_python_api(rome: Callable[..., Any]) -> None:
    run = rome("parties", "--on", "2016-11-17", "--json")
    assert run.code == 0
    assert json.loads(run.out) == rs.parties("2016-11-17")


def test_timeline_cli_json_equals_the_python_api(rome: Callable[..., Any]) -> None:
    run = rome("timeline", "BDI", "--json")
    assert run.code == 0
    assert json.loads(run.out) == rs.timeline("BDI")


@pytest.mark.parametrize("state", ["BDI", "PSE", "MNE", "UKR", "HUN", "MYS"])
def test_every_event_is_dated_and_sourced(state: str) -> None:
    doc = rs.status(state, "2026-06-30")
    assert doc["status"] in STATUSES
    for e in doc["events"]:
        assert EVENT_KEYS <= e.keys()
        assert e["date"] <= "2026-06-30"
        assert e["source"] is not None
        assert e["source"]["url"] or e["source"]["document"]
        assert e["effective_date"] is None or len(e["effective_date"]) == 10
    assert json.loads(json.dumps(doc)) == doc  # plain JSON types only
