"""Errors as 4xx JSON naming the bad field (API) or as a readable page (explorer).

* ``UnknownState``            -> 404 ``{"error": ..., "field": ...}``
* other ``QueryError``         -> 422
* FastAPI validation errors    -> 422, reshaped to the same two keys
* ``HTTPException``            -> its status, same two keys
* ``DataError`` / ``RuleError``  -> 500 (a bug or corrupt data: the message names the file)
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from romestatute.model.errors import QueryError, RomeError, UnknownState


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, field: str | None) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message, "field": field}, status_code=status)
    from romestatute.web.render import render

    return HTMLResponse(render("error.html", status=status, message=message, field=field), status_code=status)


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
    loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
    field = loc[0] if loc else None
    msg = str(first.get("msg", "invalid request"))
    return error_response(request, 422, f"{field}: {msg}" if field else msg, field)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "error"
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing here: {request.url.path}"
    return error_response(request, exc.status_code, message, None)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RomeError, _rome_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
