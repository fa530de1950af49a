"""The guard's limits (web/guard.py): refused before any work, 4xx JSON naming the field, headers kept.

The URL limits exist because one request was enough to stall the server: resolving a 30,000-character
"state" in the fuzzy name matcher took about a minute of CPU (quadratic in the length), long past the
10 s time limit, since a worker thread cannot be stopped; meanwhile other requests waited 12-20 s.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi")

from romestatute.web import guard  # noqa: E402

SECURITY = ("content-security-policy", "x-content-type-options", "referrer-policy")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(("url", "field"), [
    ("/api/status/" + "A" * 30_000, "state"),
    ("/api/timeline/" + "x" * (guard.MAX_VALUE + 1), "state"),
    ("/state/" + "é" * (guard.MAX_VALUE + 1), "state"),
    ("/api/articles/" + "9" * (guard.MAX_VALUE + 1), "id"),
    ("/api/situations/" + "u" * (guard.MAX_VALUE + 1), "id"),
    ("/api/obligation?person=Putin&state=" + "M" * (guard.MAX_VALUE + 1), "state"),
    ("/api/status/NLD?on=" + "2" * (guard.MAX_VALUE + 1), "on"),
    ("/jurisdiction?crimes=war_crimes&territory=" + "S" * (guard.MAX_VALUE + 1), "territory"),
    ("/api/jurisdiction?crimes=war_crimes&from=2016-01-01&" + "&".join(["territory=SYR"] * (guard.MAX_PARAMS + 1)),
     "territory"),
])
def test_overlong_values_are_refused_at_once_naming_the_field(client: Any, url: str, field: str) -> None:
    t0 = time.perf_counter()
    r = client.get(url)
    assert time.perf_counter() - t0 < 1.0  # before the limit existed the first case ran for minutes
    assert r.status_code == 422, (r.status_code, r.text[:200])
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["field"] == field
    assert all(h in r.headers for h in SECURITY)


def test_a_value_at_the_limit_is_still_answered(client: Any) -> None:
    r = client.get("/api/status/" + "A" * guard.MAX_VALUE)
    assert r.status_code == 404 and r.json()["field"] == "state"  # looked up, and not found


def test_overlong_url_is_414(client: Any) -> None:
    r = client.get("/api/status/NLD?" + "&".join(f"x{i}=" + "1" * 900 for i in range(40)))
    assert r.status_code == 414 and r.json()["error"].startswith("the URL is longer")


def test_streamed_oversized_body_is_413_not_a_json_error(client: Any) -> None:
    """No Content-Length (chunked): the limit trips while FastAPI reads; the answer is still 413."""

    def chunks() -> Iterator[bytes]:
        yield b'{"crimes": ["'
        for _ in range(guard.MAX_BODY // 1024 + 8):
            yield b"x" * 1024
        yield b'"]}'

    r = client.post("/api/jurisdiction", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json() == {"error": "body: larger than 256 KB", "field": "body"}


def test_declared_oversized_body_is_413_without_reading_it(client: Any) -> None:
    r = client.post("/api/read", content=b"x" * (guard.MAX_BODY + 1), headers={"content-type": "text/plain"})
    assert r.status_code == 413 and r.json()["field"] == "body"


def test_internal_error_keeps_the_security_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug's 500 is answered inside the headers middleware: generic, no traceback, CSP still set."""
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app
    from romestatute.web.routes import explorer, status

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("secret internals at /srv/romestatute/x.py line 12")

    monkeypatch.setattr(status, "status_query", boom)
    monkeypatch.setattr(explorer, "status_query", boom)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        api, page = c.get("/api/status/RUS"), c.get("/state/RUS")
    assert api.status_code == 500 and api.json() == {
        "error": "internal error: the server could not answer this request", "field": None}
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    for r in (api, page):
        assert "secret internals" not in r.text and "Traceback" not in r.text and "x.py" not in r.text
        assert all(h in r.headers for h in SECURITY), r.headers
        assert "unsafe-inline" not in r.headers["content-security-policy"]


def test_method_not_allowed_names_every_method_of_the_path(client: Any) -> None:
    r = client.request("PUT", "/api/jurisdiction")
    assert r.status_code == 405 and set(r.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}
    assert r.json()["field"] is None


def test_the_spec_documents_the_guards_answers(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert {"414", "422", "500", "503"} <= codes, (method, path, codes)
            assert ("413" in codes) == ("requestBody" in operation), (method, path)


def test_server_binds_loopback_unless_told() -> None:
    from romestatute.cli.serve import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"
