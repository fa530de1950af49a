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
        assert c.get("/api/status/Atlantis?on=2016-13-45").status_code == 404  # the state is checked first
        cache = c.app.state.answers  # type: ignore[attr-defined]
        assert len(cache) == 1
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
        assert len(c.app.state.answers) == 2  # type: ignore[attr-defined]
        padded = url + "&age=" * (CACHED_QUERY // 5 + 1)  # blank values are dropped; too long to keep
        r = c.get(padded)
        assert r.status_code == 200 and r.content == c.get(url).content
        assert len(c.app.state.answers) == 2  # type: ignore[attr-defined]
