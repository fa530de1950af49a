"""Hostile input: every bad request gets a 4xx JSON error naming the field, and payloads come back escaped."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'

API_CASES = [
    ("/api/status/RUS?on=0000-01-01", "on"),
    ("/api/status/RUS?on=9999-12-31", "on"),
    ("/api/status/RUS?on=" + quote(PAYLOAD), "on"),
    ("/api/status/" + quote("x" * 5000), "state"),
    ("/api/parties?on=2016-02-30", "on"),
    ("/api/jurisdiction?crimes=war_crimes&territory=SYR&from=2016-12-31&to=2016-01-01", "to"),
    ("/api/jurisdiction?crimes=piracy&territory=SYR&from=2016-01-01", "crimes"),
    ("/api/jurisdiction?crimes=war_crimes&territory=SYR&from=2016-01-01&trigger=coup", "trigger"),
    ("/api/jurisdiction?crimes=war_crimes&territory=" + quote(PAYLOAD) + "&from=2016-01-01", "territory"),
    ("/api/jurisdiction?crimes=war_crimes&territory=SYR&from=2016-01-01&age=-4", "age"),
    ("/api/jurisdiction?crimes=war_crimes&territory=SYR&from=2016-01-01&assume=SYR:coup:2011-01-01", "assume"),
    ("/api/jurisdiction?crimes=war_crimes&territory=SYR&from=" + "9" * 300, "from"),
    ("/api/obligation?person=" + quote(PAYLOAD) + "&state=MNG", "person"),
]


@pytest.mark.parametrize(("url", "field"), API_CASES)
def test_bad_query_is_4xx_json_naming_the_field(client: Any, url: str, field: str) -> None:
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code, r.text[:200])
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["field"] == field, body
    assert "Traceback" not in r.text


def test_huge_list_is_refused_naming_the_field(client: Any) -> None:
    territories = "&".join("territory=SYR" for _ in range(1_000))  # a longer URL is refused by the client itself
    r = client.get(f"/api/jurisdiction?crimes=war_crimes&from=2016-01-01&{territories}")
    assert r.status_code == 422 and r.json()["field"] == "territory"
    r = client.post("/api/jurisdiction", json={"crimes": ["war_crimes"], "from": "2016-01-01",
                                               "territory": ["SYR"] * 10_000})
    assert r.status_code == 422 and r.json()["field"] == "territory"


@pytest.mark.parametrize("body", [b"{", b"[1, 2", b"\xff\xfe\x00", b"null", b'"text"', b"[]"])
def test_malformed_json_body_is_422(client: Any, body: bytes) -> None:
    r = client.post("/api/jurisdiction", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, (body, r.status_code, r.text[:200])
    assert r.json()["field"] in {"body", "crimes"}


def test_unknown_field_in_json_body_is_named(client: Any) -> None:
    r = client.post("/api/jurisdiction", json={"crimes": ["war_crimes"], "territory": ["SYR"],
                                               "from": "2016-01-01", "colour": "blue"})
    assert r.status_code == 422 and r.json()["field"] == "colour"


def test_oversized_body_is_413(client: Any) -> None:
    r = client.post("/api/jurisdiction", content=b"{" + b" " * (300 * 1024) + b"}",
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["field"] == "body"


PAGES = [
    "/jurisdiction?crimes=war_crimes&territory={p}&from=2016-01-01",
    "/jurisdiction?crimes=war_crimes&territory=SYR&from={p}",
    "/obligation?person={p}&state=MNG&on=2024-09-03",
    "/warrants?situation={p}",
    "/?on={p}",
    "/state/{p}",
    "/article/{p}",
    "/situation/{p}",
]


@pytest.mark.parametrize("template", PAGES)
def test_pages_escape_what_the_user_typed(client: Any, template: str) -> None:
    r = client.get(template.format(p=quote(PAYLOAD, safe="")))
    assert r.status_code < 500
    assert "<script>window.__pwned" not in r.text and 'onerror="window.__pwned' not in r.text
    assert "Traceback" not in r.text


def test_read_page_escapes_the_report(client: Any) -> None:
    r = client.post("/read", data={"text": f"Burundi withdraws. {PAYLOAD}"})
    assert r.status_code == 200
    assert "<script>window.__pwned" not in r.text and "&lt;script&gt;" in r.text


def test_internal_error_is_generic_without_traceback(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from romestatute.web.routes import status as route

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(route, "status_query", boom)
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        r = c.get("/api/status/RUS")
    assert r.status_code == 500
    assert r.json()["error"].startswith("internal error")
    assert "secret internals" not in r.text and "Traceback" not in r.text


def test_security_headers_on_every_kind_of_response(client: Any) -> None:
    for url in ("/", "/api/status/RUS", "/api/status/Narnia", "/nowhere"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff"
        assert "referrer-policy" in h


def test_slow_request_is_cut_off_at_the_time_limit() -> None:
    import asyncio

    from romestatute.web.guard import GuardMiddleware

    async def slow_app(scope: Any, receive: Any, send: Any) -> None:
        await asyncio.sleep(5)

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    from concurrent.futures import ThreadPoolExecutor

    guard = GuardMiddleware(slow_app, time_limit=0.05)
    with ThreadPoolExecutor(1) as pool:  # its own event loop: the browser tests may hold this thread's
        pool.submit(asyncio.run, guard({"type": "http", "headers": []}, receive, send)).result()
    assert sent[0]["status"] == 503
    assert b"longer than" in sent[1]["body"]
