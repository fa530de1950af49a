"""The guard's refusals (web/guard.py) and a bug's 500 in the request's language, through the HTTP API.

The language middleware runs outside the guard, so ``?lang=fr`` and ``Accept-Language: fr`` are read before the
guard answers; it reads the address and the headers only, so a body over the limit is still refused unread.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

pytest.importorskip("fastapi")

from romestatute.web import guard  # noqa: E402

NBSP = "\u00a0"


def run(call: Coroutine[Any, Any, None]) -> None:
    """Run an ASGI call to its end on a thread of its own: the browser tests' Playwright keeps an event loop running
    on the main thread while their session lasts, and ``asyncio.run`` refuses to start inside one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, call).result()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


#: (how French is asked for: query string to add, headers)
FRENCH = [("?lang=fr", {}), ("", {"accept-language": "fr-FR,fr;q=0.9"})]


def _url(path: str, query: str) -> str:
    if not query:
        return path
    return path + ("&" if "?" in path else "?") + query.lstrip("?")


@pytest.mark.parametrize(("query", "headers"), FRENCH)
def test_declared_oversized_body_is_refused_in_french(client: Any, query: str, headers: dict[str, str]) -> None:
    r = client.post(_url("/api/read", query), content=b"x" * (guard.MAX_BODY + 1),
                    headers={"content-type": "text/plain", **headers})
    assert r.status_code == 413 and r.headers["content-language"] == "fr"
    assert r.json() == {"error": f"body{NBSP}: plus de {guard.MAX_BODY // 1024} Ko", "field": "body"}


def test_declared_oversized_body_stays_english_by_default(client: Any) -> None:
    r = client.post("/api/read", content=b"x" * (guard.MAX_BODY + 1), headers={"content-type": "text/plain"})
    assert r.status_code == 413 and r.headers["content-language"] == "en"
    assert r.json() == {"error": f"body: larger than {guard.MAX_BODY // 1024} KB", "field": "body"}  # as before


def test_streamed_oversized_body_is_refused_in_french(client: Any) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(guard.MAX_BODY // 1024 + 2):
            yield b"x" * 1024

    r = client.post("/api/jurisdiction?lang=fr", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.headers["content-language"] == "fr"
    assert r.json()["error"].startswith(f"body{NBSP}: plus de ") and r.json()["field"] == "body"


@pytest.mark.parametrize(("query", "headers"), FRENCH)
def test_url_limits_are_said_in_french(client: Any, query: str, headers: dict[str, str]) -> None:
    long_url = client.get(_url("/api/status/NLD?on=2020-01-01&x=" + "a" * guard.MAX_URL, query), headers=headers)
    assert long_url.status_code == 414 and long_url.headers["content-language"] == "fr"
    assert long_url.json() == {"error": f"l’URL dépasse {guard.MAX_URL // 1024} Ko", "field": None}
    value = client.get(_url("/api/status/" + "A" * (guard.MAX_VALUE + 1), query), headers=headers)
    assert value.status_code == 422 and value.headers["content-language"] == "fr"
    assert value.json() == {"error": f"state{NBSP}: plus de {guard.MAX_VALUE} caractères", "field": "state"}
    many = client.get(_url("/api/status/NLD?" + "&".join(["x=1"] * (guard.MAX_PARAMS + 1)), query), headers=headers)
    assert many.status_code == 422 and many.headers["content-language"] == "fr"
    assert many.json()["error"] == f"x{NBSP}: plus de {guard.MAX_PARAMS} paramètres de requête au total"


def test_url_limits_stay_english_by_default(client: Any) -> None:
    r = client.get("/api/status/" + "A" * (guard.MAX_VALUE + 1))
    assert r.headers["content-language"] == "en"
    assert r.json() == {"error": f"state: longer than {guard.MAX_VALUE} characters", "field": "state"}
    r = client.get("/api/status/NLD?" + "&".join(["x=1"] * (guard.MAX_PARAMS + 1)))
    assert r.json()["error"] == f"x: more than {guard.MAX_PARAMS} query parameters in all"


def test_an_unsupported_language_is_still_refused_before_the_guard(client: Any) -> None:
    r = client.get("/api/status/" + "A" * (guard.MAX_VALUE + 1) + "?lang=de")
    assert r.status_code == 422 and r.json()["field"] == "lang"


@pytest.fixture()
def broken(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app
    from romestatute.web.routes import explorer, status

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(status, "status_query", boom)
    monkeypatch.setattr(explorer, "status_query", boom)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(("query", "headers"), FRENCH)
def test_internal_error_in_french(broken: Any, query: str, headers: dict[str, str]) -> None:
    api = broken.get(_url("/api/status/RUS", query), headers=headers)
    assert api.status_code == 500 and api.headers["content-language"] == "fr"
    assert api.json() == {"error": f"erreur interne{NBSP}: le serveur n’a pas pu répondre à cette requête",
                          "field": None}
    page = broken.get(_url("/state/RUS", query), headers=headers)
    assert page.status_code == 500 and page.headers["content-language"] == "fr"
    assert "le serveur n’a pas pu répondre à cette requête" in page.text and '<html lang="fr"' in page.text
    for r in (api, page):
        assert "secret internals" not in r.text and "content-security-policy" in r.headers


def test_internal_error_stays_english_by_default(broken: Any) -> None:
    api = broken.get("/api/status/RUS")
    assert api.headers["content-language"] == "en"
    assert api.json() == {"error": "internal error: the server could not answer this request", "field": None}


def test_negotiating_reads_no_body() -> None:
    """The whole app, at the ASGI level: a French request declaring a body over the limit is answered 413 in French
    without ``receive`` ever being called (the language is read from the address and headers only)."""
    from romestatute.web.app import create_app

    app = create_app()
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/read", "raw_path": b"/api/read", "query_string": b"lang=fr", "root_path": "",
             "headers": [(b"host", b"test"), (b"content-type", b"text/plain"),
                         (b"content-length", str(guard.MAX_BODY + 1).encode())],
             "client": ("127.0.0.1", 1), "server": ("test", 80)}
    run(app(scope, receive, send))
    start = sent[0]
    assert start["status"] == 413
    assert (b"content-language", b"fr") in start["headers"]
    assert "plus de" in b"".join(m.get("body", b"") for m in sent[1:]).decode()


def test_the_time_limit_in_french() -> None:
    """The 503 of a request past the time limit (a limit of 0: the first await ends it, no waiting in the test)."""
    from romestatute.web.language import LanguageMiddleware

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        await asyncio.sleep(1)

    app = LanguageMiddleware(guard.GuardMiddleware(slow, time_limit=0))
    for query, want in ((b"lang=fr", "la requête a duré plus de 0 s"), (b"", "the request took longer than 0 s")):
        sent: list[dict[str, Any]] = []

        async def send(message: dict[str, Any], sent: list[dict[str, Any]] = sent) -> None:
            sent.append(message)

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b""}

        scope = {"type": "http", "method": "GET", "path": "/api/status/NLD", "raw_path": b"/api/status/NLD",
                 "query_string": query, "headers": []}
        run(app(scope, receive, send))
        assert sent[0]["status"] == 503
        assert (b"content-language", b"fr" if query else b"en") in sent[0]["headers"]
        assert json.loads(b"".join(m.get("body", b"") for m in sent[1:])) == {"error": want, "field": None}


@pytest.mark.parametrize(("body", "kind", "status", "french"), [
    (b"   ", "text/plain", 422, f"text{NBSP}: collez le texte d’une dépêche (texte brut ou HTML)"),
    (b"a " * 105_000, "text/plain", 413, f"text{NBSP}: la dépêche dépasse 200 Ko{NBSP}; collez le texte de l’article"),
    (b"{", "application/json", 422, f"body{NBSP}: ce n’est pas du JSON valide"),
    (b"[1]", "application/json", 422, f"body{NBSP}: un objet JSON {{\"text\": ..., \"date\": ...}} était attendu"),
    (b'{"text": 5}', "application/json", 422, f"text{NBSP}: une chaîne de caractères était attendue"),
    (b"x", "image/png", 415, f"body{NBSP}: impossible de lire «{NBSP}image/png{NBSP}»{NBSP}; envoyez du JSON, un "
     "formulaire ou du text/plain"),
    (b'{"text": "x", "date": "2020-13-01"}', "application/json", 422, f"date{NBSP}: «{NBSP}2020-13-01{NBSP}» n’est pas"),
])
def test_the_readers_body_checks_in_french(client: Any, body: bytes, kind: str, status: int, french: str) -> None:
    r = client.post("/api/read?lang=fr", content=body, headers={"content-type": kind})
    assert r.status_code == status and r.headers["content-language"] == "fr"
    assert r.json()["error"].startswith(french), r.json()
    english = client.post("/api/read", content=body, headers={"content-type": kind}).json()["error"]
    assert english.isascii() or "«" not in english


#: What a browser sends when it opens a page.
BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def _page_of(r: Any) -> tuple[str, str]:
    """(the page's heading, its error line) of the explorer's error page."""
    import re

    assert r.headers["content-type"].startswith("text/html")
    heading = re.search(r"<h1>(.*?)</h1>", r.text, re.S)
    line = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S)
    assert heading and line, r.text[:300]
    return heading.group(1), re.sub(r"<[^>]+>", "", line.group(1))


@pytest.mark.parametrize(("query", "headers"), FRENCH)
def test_a_page_over_the_limits_is_an_error_page_in_french(client: Any, query: str, headers: dict[str, str]) -> None:
    value = client.get(_url("/state/" + "A" * (guard.MAX_VALUE + 1), query), headers={**BROWSER, **headers})
    assert value.status_code == 422 and value.headers["content-language"] == "fr"
    assert '<html lang="fr"' in value.text and "content-security-policy" in value.headers
    assert _page_of(value) == ("Cette question ne peut recevoir de réponse telle qu’elle est posée",
                               f"state{NBSP}: plus de {guard.MAX_VALUE} caractères (champ{NBSP}: state)")
    long_url = client.get(_url("/warrants?x=" + "a" * guard.MAX_URL, query), headers={**BROWSER, **headers})
    assert long_url.status_code == 414 and long_url.headers["content-language"] == "fr"
    assert _page_of(long_url) == ("L’adresse est trop longue", f"l’URL dépasse {guard.MAX_URL // 1024} Ko")
    # the language switch links to the path alone: the refused address is not written back into the page
    assert len(long_url.text) < 5000 and 'href="/warrants?lang=en"' in long_url.text
    body = client.post(_url("/read", query), content=b"x" * (guard.MAX_BODY + 1),
                       headers={**BROWSER, **headers, "content-type": "application/x-www-form-urlencoded"})
    assert body.status_code == 413 and body.headers["content-language"] == "fr"
    assert _page_of(body) == ("La requête est trop volumineuse",
                              f"body{NBSP}: plus de {guard.MAX_BODY // 1024} Ko (champ{NBSP}: body)")
    for r in (value, long_url, body):  # the project's own stylesheet, nothing from another origin, no script
        assert '<link rel="stylesheet" href="/static/style.css">' in r.text
        assert "<script" not in r.text and "//cdn" not in r.text and 'src="http' not in r.text


def test_a_page_over_the_limits_stays_english_by_default(client: Any) -> None:
    r = client.get("/state/" + "A" * (guard.MAX_VALUE + 1), headers=BROWSER)
    assert r.status_code == 422 and r.headers["content-language"] == "en" and '<html lang="en"' in r.text
    assert _page_of(r) == ("That question cannot be answered as asked",
                           f"state: longer than {guard.MAX_VALUE} characters (field: state)")


def test_the_api_and_clients_that_do_not_ask_for_html_keep_json(client: Any) -> None:
    """The API answers JSON even to a browser; a page asked for without ``text/html`` (curl's ``*/*``, none) too."""
    for path, headers in (("/api/status/" + "A" * (guard.MAX_VALUE + 1), BROWSER),
                          ("/state/" + "A" * (guard.MAX_VALUE + 1), {"accept": "*/*"}),
                          ("/state/" + "A" * (guard.MAX_VALUE + 1), {})):
        r = client.get(path + "?lang=fr", headers=headers)
        assert r.status_code == 422 and r.headers["content-type"] == "application/json"
        assert r.json() == {"error": f"state{NBSP}: plus de {guard.MAX_VALUE} caractères", "field": "state"}


def test_the_time_limit_of_a_page_in_french() -> None:
    """A page past the time limit: the 503 is the explorer's error page in the request's language."""
    from romestatute.web.language import LanguageMiddleware

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        await asyncio.sleep(1)

    app = LanguageMiddleware(guard.GuardMiddleware(slow, time_limit=0))
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    scope = {"type": "http", "method": "GET", "path": "/state/NLD", "raw_path": b"/state/NLD", "query_string": b"lang=fr",
             "headers": [(b"accept", BROWSER["accept"].encode())]}
    run(app(scope, receive, send))
    assert sent[0]["status"] == 503 and (b"content-type", b"text/html; charset=utf-8") in sent[0]["headers"]
    page = b"".join(m.get("body", b"") for m in sent[1:]).decode()
    assert "<h1>La réponse a pris trop de temps</h1>" in page and "la requête a duré plus de 0 s" in page
    assert 'href="/state/NLD?lang=en"' in page  # the switch to English keeps the path
