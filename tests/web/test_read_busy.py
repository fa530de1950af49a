"""POST /api/read (and the /read page) waits briefly for a slot, then refuses with 503 and Retry-After, when
MAX_READERS reports are being read."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from romestatute.web.routes import read as read_route


def test_a_report_past_the_reader_limit_gets_503(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_route, "_readers", read_route.MAX_READERS)
    monkeypatch.setattr(read_route, "READ_WAIT", 0.05)
    r = client.post("/api/read", json={"text": read_route.SAMPLE})
    assert r.status_code == 503
    assert r.headers["retry-after"] == "5"
    assert r.json() == {"error": read_route.BUSY, "field": None}


def test_below_the_limit_a_report_is_read_and_the_slot_freed(client: Any) -> None:
    assert read_route._readers == 0
    r = client.post("/api/read", json={"text": read_route.SAMPLE})
    assert r.status_code == 200
    assert read_route._readers == 0


def test_the_read_page_keeps_the_text_and_says_busy(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_route, "_readers", read_route.MAX_READERS)
    monkeypatch.setattr(read_route, "READ_WAIT", 0.05)
    r = client.post("/read", data={"text": "Burundi <b>leaves</b>", "date": "2016-11-17"})
    assert r.status_code == 503 and r.headers["retry-after"] == "5"
    assert read_route.BUSY in r.text
    assert "Burundi &lt;b&gt;leaves&lt;/b&gt;" in r.text  # nothing the user gave is lost, and it stays escaped


def test_the_spec_says_why_read_may_be_busy(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert "reports were being read already" in spec["paths"]["/api/read"]["post"]["responses"]["503"]["description"]


def test_a_report_waits_for_a_slot_that_frees_in_time(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_route, "_readers", read_route.MAX_READERS)
    monkeypatch.setattr(read_route, "READ_WAIT", 5.0)
    timer = threading.Timer(0.2, lambda: setattr(read_route, "_readers", 0))  # the other reports finish
    timer.start()
    try:
        r = client.post("/api/read", json={"text": read_route.SAMPLE})
    finally:
        timer.cancel()
    assert r.status_code == 200
    assert read_route._readers == 0
