"""Every HTML page, found by walking the app's routes (so a new page is covered without editing this
file), gets a script/HTML payload in each path parameter and in every query parameter any page reads:
the payload never comes back unescaped, and the page never fails with a 5xx."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import pytest

pytest.importorskip("fastapi")

PAYLOAD = '"><script>window.__pwned=1</script><img src=x onerror=window.__pwned=1>\'<svg onload=alert(1)>'
RAW = ("<script>window.__pwned", "<img src=x", "<svg onload")  # a tag the browser would parse
#: every query parameter a page reads, declared or read from request.query_params
QUERY_NAMES = ("on", "crimes", "crime", "territory", "vessel_flag", "nationality", "from", "to", "age", "trigger",
               "referred_by", "resolution", "trigger_date", "aggressor", "victim", "assume", "as_of", "person",
               "state", "situation", "status", "text", "url", "q", "name", "id")


def page_routes() -> list[str]:
    from romestatute.web.app import create_app

    paths: set[str] = set()
    for route in create_app().router.routes:
        inner = getattr(route, "original_router", None)
        for r in getattr(inner, "routes", None) or [route]:
            path = getattr(r, "path", "")
            if "GET" in (getattr(r, "methods", None) or ()) and not path.startswith(("/api", "/openapi")):
                paths.add(path)
    return sorted(paths)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def test_the_walk_finds_the_pages() -> None:
    found = page_routes()
    assert {"/", "/jurisdiction", "/state/{state}"} <= set(found) and len(found) >= 8, found


CASES = [("query", p) for p in page_routes()] + [("path", p) for p in page_routes() if "{" in p]


@pytest.mark.parametrize(("where", "path"), CASES)
def test_payload_comes_back_escaped(client: Any, where: str, path: str) -> None:
    """In the path, or in one query parameter at a time (so an early error cannot hide a later echo)."""
    base = re.sub(r"\{[^}]+\}", quote(PAYLOAD, safe="") if where == "path" else "RUS", path)
    urls = [base] if where == "path" else [base + "?" + urlencode({name: PAYLOAD}) for name in QUERY_NAMES]
    for url in urls:
        r = client.get(url, follow_redirects=True)
        assert r.status_code < 500, (url, r.status_code, r.text[:300])
        for raw in RAW:
            assert raw not in r.text, (url, raw)
        assert "Traceback" not in r.text
