"""The fast path of the hot API routes: cached, orjson-encoded answers equal the plain ones byte for byte."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from starlette.responses import JSONResponse

from romestatute import engine
from romestatute.queries.status import status
from romestatute.web import overview
from romestatute.web.answers import Answers, dumps

DAYS = ["1999-01-01", "2002-07-01", "2016-11-17", "2017-10-27", "2024-06-01"]


def plain(content: Any) -> bytes:
    """What Starlette's JSONResponse (the routes' former response class) sends."""
    return bytes(JSONResponse(content).body)


def test_orjson_bytes_equal_starlette_json_for_every_state() -> None:
    states = sorted(engine.ledger().states)
    assert len(states) > 150
    for day in DAYS:
        for iso3 in states:
            answer = status(iso3, day)
            assert dumps(answer) == plain(answer), (iso3, day)
        assert dumps(overview.statuses(day)) == plain(overview.statuses(day)), day


def test_orjson_bytes_equal_starlette_json_for_jurisdiction() -> None:
    from romestatute.queries.jurisdiction import jurisdiction
    from romestatute.web.routes.jurisdiction import ALEPPO

    for query in (dict(ALEPPO), dict(ALEPPO, assume=["SYR:declaration_12_3:2011-03-15"]),
                  {"crimes": ["aggression"], "territory": ["UKR"], "aggressor": "RUS", "victim": "UKR", "from": "2022-02-24"}):
        answer = jurisdiction(query)
        assert dumps(answer) == plain(answer)


def test_cached_status_is_the_uncached_answer(client: Any) -> None:
    for url in ("/api/status/BDI?on=2016-11-17", "/api/status/Burundi?on=2018-01-01", "/api/status/UKR"):
        first, second = client.get(url), client.get(url)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert first.headers["content-type"] == "application/json"
    assert client.get("/api/status/BDI?on=2016-11-17").json() == status("BDI", "2016-11-17")
    assert client.get("/api/status/UKR").json() == status("UKR", None)
    assert client.get("/api/status/UKR?on=").json()["on"] == dt.date.today().isoformat()
    assert client.get("/api/statuses?on=2016-11-17").json() == overview.statuses("2016-11-17")


def test_answers_are_cached_per_app_and_errors_are_not() -> None:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        assert c.get("/api/status/BDI?on=2016-11-17").status_code == 200
        assert c.get("/api/status/BDI?on=2016-11-17").status_code == 200
        assert c.get("/api/status/Atlantis").status_code == 404
        assert c.get("/api/status/BDI?on=2016-13-45").status_code == 422
        assert c.get("/api/status/Atlantis?on=2016-13-45").status_code == 422  # the spec's checks come first
        cache = c.app.state.answers  # type: ignore[attr-defined]
        assert len(cache) == 2  # one answer, plain and gzipped (the test client accepts gzip)
    with TestClient(create_app()) as c:
        assert getattr(c.app.state, "answers", None) is None  # type: ignore[attr-defined]


def test_a_cached_answer_is_served_without_recomputing(monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app
    from romestatute.web.routes import status as route

    calls: list[str] = []

    def counting(state: str, on: Any = None) -> dict[str, Any]:
        calls.append(state)
        return status(state, on)

    monkeypatch.setattr(route, "status_query", counting)
    with TestClient(create_app()) as c:
        bodies = {c.get("/api/status/NLD?on=2010-01-01").content for _ in range(3)}
    assert calls == ["NLD"] and len(bodies) == 1


def test_answers_forget_the_least_recently_used() -> None:
    cache = Answers(size=2)
    cache.put("a", b"1")
    cache.put("b", b"2")
    assert cache.get("a") == b"1"  # "a" is now the most recent
    cache.put("c", b"3")
    assert cache.get("b") is None and cache.get("a") == b"1" and cache.get("c") == b"3"
    assert len(cache) == 2


def test_startup_leaves_the_built_data_out_of_full_collections(client: Any) -> None:
    import gc

    # the client fixture has run the app's startup (warm, then freeze)
    assert gc.get_freeze_count() > 10_000  # the ledger, names and map built by warm()
    assert not [o for o in gc.get_objects() if o is engine.ledger()]  # no longer tracked by the collector


def test_cached_jurisdiction_is_the_uncached_answer() -> None:
    from fastapi.testclient import TestClient

    from romestatute.queries.jurisdiction import jurisdiction
    from romestatute.web.app import create_app
    from romestatute.web.routes.jurisdiction import ALEPPO, CACHED_QUERY

    url = "/api/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31"
    whatif = url + "&assume=SYR:declaration_12_3:2011-03-15"
    with TestClient(create_app()) as c:
        for u, query in ((url, dict(ALEPPO)), (whatif, dict(ALEPPO, assume=["SYR:declaration_12_3:2011-03-15"]))):
            first, second = c.get(u), c.get(u)
            assert first.status_code == 200 and first.content == second.content
            assert first.json() == jurisdiction(query)
        assert c.get(url).json()["outcome"] != c.get(whatif).json()["outcome"] or \
            c.get(url).json()["windows"] != c.get(whatif).json()["windows"]
        assert c.get("/api/jurisdiction?crimes=war_crimes").status_code == 422  # an error, not cached
        assert len(c.app.state.answers) == 4  # type: ignore[attr-defined]  # plain and gzipped
        padded = url + "&as_of=" * (CACHED_QUERY // 7 + 1)  # blank values are dropped; too long to keep
        r = c.get(padded)
        assert r.status_code == 200 and r.content == c.get(url).content
        assert len(c.app.state.answers) == 4  # type: ignore[attr-defined]


def asgi_get(app: Any, path: str, query: str, accept_encoding: str | None) -> tuple[dict[bytes, bytes], bytes]:
    """One GET straight through an ASGI app: the response headers and the body exactly as sent."""
    import asyncio

    headers = [(b"host", b"test")] + ([(b"accept-encoding", accept_encoding.encode())] if accept_encoding else [])
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
             "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "app": app}
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:  # its own event loop (the browser tests may hold this thread's)
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return dict(start["headers"]), body


def test_gzip_answers_are_what_the_middleware_would_send(client: Any) -> None:
    import gzip as gz

    from starlette.middleware.gzip import GZipMiddleware

    from romestatute.web.answers import GZIP_LEVEL, GZIP_MIN

    app = client.app
    expected = status("BDI", "2016-11-17")
    for _ in range(2):  # computed, then from the cache
        headers, body = asgi_get(app, "/api/status/BDI", "on=2016-11-17", "gzip, deflate")
        plain_app = GZipMiddleware(JSONResponse(expected), minimum_size=GZIP_MIN, compresslevel=GZIP_LEVEL)
        ref_headers, ref_body = asgi_get(plain_app, "/", "", "gzip, deflate")
        assert headers[b"content-encoding"] == ref_headers[b"content-encoding"] == b"gzip"
        assert ref_headers[b"vary"] == b"Accept-Encoding"
        assert headers[b"vary"] == b"Accept-Encoding, Accept-Language"  # the text's language came from the header
        assert body == ref_body and gz.decompress(body) == plain(expected)
        assert int(headers[b"content-length"]) == len(body)
        headers, body = asgi_get(app, "/api/status/BDI", "on=2016-11-17", None)
        assert b"content-encoding" not in headers and body == plain(expected)
    headers, body = asgi_get(app, "/api/status/BDI", "on=2016-11-17", "br")
    assert b"content-encoding" not in headers and body == plain(expected)
