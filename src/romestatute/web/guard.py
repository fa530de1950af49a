"""Bounds on every request: body size and time, as plain ASGI middleware.

* A body larger than ``MAX_BODY`` bytes (by its Content-Length or as it streams in) gets 413.
* A request still running after ``TIME_LIMIT`` seconds gets 503; the work it started is not
  allowed to answer late.
* An exception no handler answered gets the generic 500 of ``errors.internal_error`` (no traceback).
* A URL longer than ``MAX_URL`` bytes gets 414; a path segment or query value longer than
  ``MAX_VALUE`` characters, or more than ``MAX_PARAMS`` query parameters, gets 422 naming the
  parameter.  (Checked before any work: resolving a 30,000-character state name took the engine's
  fuzzy matcher about a minute of CPU, far past the time limit, since a worker thread cannot be
  stopped.)
Both answer with the API's error shape, ``{"error": ..., "field": ...}``, in the request's language: the app puts
the language middleware (``web.language``) outside this one, so ``?lang=fr`` or ``Accept-Language: fr`` is read
(from the address and the headers only, never the body) before any of these answers, and each carries
``Content-Language``. A browser asking for an explorer page (``Accept: text/html``, a path outside ``/api`` and the
spec) gets the same line on the explorer's own error page instead (``error.html``: its stylesheet, no script, no
other origin), whose language switch links to the path alone, never to an over-long address.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from romestatute.i18n import gettext as _

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Largest request body accepted (the reader's own limit on a report's text is 200 KB).
MAX_BODY = 256 * 1024
#: Longest a request may run, in seconds.
TIME_LIMIT = 10.0
#: Longest URL (path and query string), in bytes (uvicorn's own parser refuses more than 16 KB of head with h11).
MAX_URL = 32 * 1024
#: Longest path segment or query value, in characters (the jurisdiction query's own limit is 200).
MAX_VALUE = 1000
#: Most query parameters in one request (the jurisdiction query takes at most 50 per list).
MAX_PARAMS = 500


class _TooLarge(Exception):
    pass


#: The longest path the error page's language switch links back to (a longer one links to the home page).
SWITCH_PATH = 200


def wants_page(scope: Scope) -> bool:
    """A browser's request for an explorer page: a path outside the API and its spec, and ``text/html`` accepted by
    name (a client that sends no Accept, or ``*/*``, keeps getting JSON, as it always did)."""
    path = str(scope.get("path", ""))
    if path == "/api" or path.startswith("/api/") or path == "/openapi.json":
        return False
    accept = b",".join(v for k, v in scope.get("headers") or [] if k.lower() == b"accept")
    return b"text/html" in accept.lower()


def error_page(scope: Scope, status: int, message: str, field: str | None) -> str:
    """The explorer's error page for a refusal, in the active language."""
    from romestatute.web import language
    from romestatute.web.render import render

    path = str(scope.get("path") or "/")
    with language.switching_to(path if len(path) <= SWITCH_PATH else "/"):
        return render("error.html", status=status, message=message, field=field)


async def _error(send: Send, status: int, message: str, field: str | None, scope: Scope | None = None) -> None:
    if scope is not None and wants_page(scope):
        body, kind = error_page(scope, status, message, field).encode(), b"text/html; charset=utf-8"
    else:
        body, kind = json.dumps({"error": message, "field": field}).encode(), b"application/json"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _field(field: str, message: str) -> str:
    return _("%(field)s: %(message)s") % {"field": field, "message": message}


def too_large(max_body: int) -> str:
    """The 413's line: the body over ``max_body`` bytes."""
    return _field("body", _("larger than %(size)s KB") % {"size": max_body // 1024})


def _path_param(scope: Scope, segment: str) -> str | None:
    """The name of the route parameter that captured ``segment``, if a route matches the path."""
    path = str(scope.get("path", ""))
    for route in getattr(getattr(scope.get("app"), "router", None), "routes", []):
        inner = getattr(route, "original_router", None)  # FastAPI wraps each included router
        for r in getattr(inner, "routes", None) or [route]:
            regex = getattr(r, "path_regex", None)
            found = regex.match(path) if regex is not None else None
            for name, value in (found.groupdict() if found else {}).items():
                if segment in value:
                    return str(name)
    return None


def url_problem(scope: Scope) -> tuple[int, str, str | None] | None:
    """Why the URL is refused before any work (status, message, field), or None."""
    raw_path = scope.get("raw_path") or str(scope.get("path", "")).encode()
    query = scope.get("query_string") or b""
    if len(raw_path) + len(query) > MAX_URL:
        return 414, _("the URL is longer than %(size)s KB") % {"size": MAX_URL // 1024}, None
    for segment in str(scope.get("path", "")).split("/"):
        if len(segment) > MAX_VALUE:
            field = _path_param(scope, segment) or "path"
            return 422, _field(field, _("longer than %(count)s characters") % {"count": MAX_VALUE}), field
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True, errors="replace")
    if len(pairs) > MAX_PARAMS:
        key = pairs[MAX_PARAMS][0][:40]
        return 422, _field(key, _("more than %(count)s query parameters in all") % {"count": MAX_PARAMS}), key
    for key, value in pairs:
        if len(value) > MAX_VALUE:
            return 422, _field(key[:40], _("longer than %(count)s characters") % {"count": MAX_VALUE}), key[:40]
    return None


class GuardMiddleware:
    def __init__(self, app: ASGIApp, *, max_body: int = MAX_BODY, time_limit: float = TIME_LIMIT) -> None:
        self.app = app
        self.max_body = max_body
        self.time_limit = time_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = url_problem(scope)
        if problem:
            await _error(send, *problem, scope)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _error(send, 413, too_large(self.max_body), "body", scope)
            return
        seen = 0
        started = over = False

        async def limited_receive() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    over = True
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if over:  # the app turned _TooLarge into an answer of its own (FastAPI: 400); ours is 413
                if not started:
                    started = True
                    await _error(send, 413, too_large(self.max_body), "body", scope)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            async with asyncio.timeout(self.time_limit):  # no extra task per request, unlike wait_for
                await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _error(send, 413, too_large(self.max_body), "body", scope)
        except TimeoutError:
            if not started:
                await _error(send, 503, _("the request took longer than %(seconds)s s") % {"seconds": f"{self.time_limit:g}"},
                             None, scope)
        except Exception as exc:  # a bug: answered here, inside the headers middleware, so the 500 has them too
            if started:
                raise
            from starlette.requests import Request

            from romestatute.web.errors import internal_error

            response = await internal_error(Request(scope), exc)
            await response(scope, receive, send)


def document_limits(app: Any) -> None:
    """Declare the answers this middleware may give in every operation of ``app``'s OpenAPI spec."""
    build = app.openapi
    limits = {
        "413": f"The request body is larger than {MAX_BODY // 1024} KB.",
        "414": f"The URL is longer than {MAX_URL // 1024} KB.",
        "422": f"A parameter is invalid, or longer than {MAX_VALUE} characters.",
        "500": "An internal error; the answer never carries a traceback.",
        "503": f"The answer took longer than {TIME_LIMIT:g} s.",
    }

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema  # type: ignore[no-any-return]
        spec: dict[str, Any] = build()
        known = spec.get("components", {}).get("schemas", {})
        schema = {"$ref": "#/components/schemas/Error"} if "Error" in known else {"type": "object"}
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in limits.items():
                    if status == "413" and "requestBody" not in operation:
                        continue
                    responses.setdefault(status, {"description": description,
                                                  "content": {"application/json": {"schema": schema}}})
        app.openapi_schema = spec
        return spec

    app.openapi = openapi
