"""Errors as 4xx JSON naming the bad field (API) or as a readable page (explorer).

* ``UnknownState``            -> 404 ``{"error": ..., "field": ...}``
* other ``QueryError``         -> 422
* FastAPI validation errors    -> 422, reshaped to the same two keys
* ``HTTPException``            -> its status, same two keys
* ``DataError`` / ``RuleError``  -> 500 (a bug or corrupt data: the message names the file)
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from romestatute.model.errors import QueryError, RomeError, UnknownState, clip

logger = logging.getLogger("romestatute.web")


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, field: str | None,
                   headers: Mapping[str, str] | None = None) -> Response:
    message = clip(message)  # a long value the client sent is quoted back cut, never whole
    if wants_json(request):
        return JSONResponse({"error": message, "field": field}, status_code=status, headers=headers)
    from romestatute.web.render import render

    return HTMLResponse(render("error.html", status=status, message=message, field=field), status_code=status,
                        headers=headers)


def rome_status_code(exc: RomeError) -> int:
    if isinstance(exc, UnknownState):
        return 404
    if isinstance(exc, QueryError):
        return 422
    return 500


async def _rome_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RomeError)
    return error_response(request, rome_status_code(exc), str(exc), exc.field)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors: list[dict[str, Any]] = list(exc.errors())
    first = errors[0] if errors else {}
    raw = list(first.get("loc", ()))
    loc = [str(p) for p in raw if p not in ("query", "path", "body")]
    if raw[:1] == ["body"] and (not loc or loc[0].isdigit()):
        loc = ["body"]  # the body as a whole (e.g. JSON that does not parse), not a numbered position in it
    field = loc[0] if loc else None
    msg = str(first.get("msg", "invalid request"))
    return error_response(request, 422, f"{field}: {msg}" if field else msg, field)


def _allowed_methods(request: Request) -> str:
    """Every method the API documents at this path (Starlette's 405 names only the first route's)."""
    import re

    path = request.url.path
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        if re.fullmatch(re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)), path):
            methods.update(m.upper() for m in operations if m in {"get", "post", "put", "patch", "delete"})
    return ", ".join(sorted(methods))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "error"
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing here: {request.url.path}"
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
    if exc.status_code == 400 and "parsing the body" in message:  # a body that is not JSON (or not UTF-8)
        return error_response(request, 422, "body: not valid JSON", "body")
    return error_response(request, exc.status_code, message, None, headers)


async def internal_error(request: Request, exc: Exception) -> Response:
    """Any bug: a generic 500 in the API's shape; the traceback goes to the server log, never to the client."""
    logger.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error: the server could not answer this request", None)


def install(app: FastAPI) -> None:
    app.add_exception_handler(Exception, internal_error)
    app.add_exception_handler(RomeError, _rome_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
