"""Errors as 4xx JSON naming the bad field (API) or as a readable page (explorer).

* ``NotFound`` (an unknown state, situation or person) -> 404 ``{"error": ..., "field": ...}``
* other ``QueryError``         -> 422
* FastAPI validation errors    -> 422, reshaped to the same two keys, saying what the field takes
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

from romestatute.i18n import DEFAULT, N_, language
from romestatute.i18n import gettext as _
from romestatute.model.errors import NotFound, QueryError, RomeError, clip, quoted

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
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, QueryError):
        return 422
    return 500


def message(exc: RomeError, *, api: bool = True) -> str:
    """The error's line, its pointer (if any) to the list in the API's terms or the explorer's."""
    if not exc.see:
        return str(exc)
    pointer = _("%(message)s; see /api/%(list)s") if api else _("%(message)s; see /%(list)s")
    return pointer % {"message": exc, "list": exc.see}


async def _rome_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RomeError)
    return error_response(request, rome_status_code(exc), message(exc, api=wants_json(request)), exc.field)


def _explained(first: dict[str, Any], field: str | None) -> str:
    """One line for a failed check of the spec, in the spec's words (a pattern is named by what it means)."""
    from romestatute.web.params import NOT_BLANK, PATTERN_HELP

    kind = first.get("type")
    ctx = first.get("ctx") or {}
    given = first.get("input")
    if kind == "string_pattern_mismatch" and (ctx.get("pattern") == NOT_BLANK or isinstance(given, str) and not given.strip()):
        return _("blank; give a value")  # an empty value is refused as such, whatever the pattern it fails
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in PATTERN_HELP:
        return _("%(value)s is not %(what)s") % {"value": quoted(given), "what": _(PATTERN_HELP[ctx["pattern"]])}
    if kind == "missing":
        return _("required")
    if kind in ("string_too_long", "too_long"):
        return (_("longer than %(count)s characters") if kind == "string_too_long" else _("longer than %(count)s values")) % {
            "count": ctx.get("max_length")}
    msg = _pydantic(str(kind), ctx) or str(first.get("msg", "invalid request"))
    if kind in ("literal_error", "int_parsing") and given is not None:
        return _("%(field)s: %(message)s") % {"field": quoted(given), "message": msg}
    return msg


#: pydantic's messages for the checks the API's spec can fail, as pydantic writes them (its templates, ``{ctx}`` as
#: ``%(ctx)s``): English is pydantic's own line, French our catalogue's.  A kind not here is said as pydantic says it.
PYDANTIC: dict[str, str] = {
    "greater_than_equal": N_("Input should be greater than or equal to %(ge)s"),
    "less_than_equal": N_("Input should be less than or equal to %(le)s"),
    "greater_than": N_("Input should be greater than %(gt)s"),
    "less_than": N_("Input should be less than %(lt)s"),
    "int_type": N_("Input should be a valid integer"),
    "int_parsing": N_("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": N_("Input should be a valid integer, got a number with a fractional part"),
    "bool_type": N_("Input should be a valid boolean"),
    "bool_parsing": N_("Input should be a valid boolean, unable to interpret input"),
    "string_type": N_("Input should be a valid string"),
    "list_type": N_("Input should be a valid list"),
    "dict_type": N_("Input should be a valid dictionary"),
    "model_attributes_type": N_("Input should be a valid dictionary or object to extract fields from"),
    "extra_forbidden": N_("Extra inputs are not permitted"),
    "literal_error": N_("Input should be %(expected)s"),
    "enum": N_("Input should be %(expected)s"),
    "value_error": N_("Value error, %(error)s"),
}


def _pydantic(kind: str, ctx: dict[str, Any]) -> str | None:
    """pydantic's line for ``kind`` in the active language, or None (a kind not in :data:`PYDANTIC`)."""
    template = PYDANTIC.get(kind)
    if template is None:
        return None
    params = {k: str(v) for k, v in ctx.items()}
    if "expected" in params and language() != DEFAULT:  # pydantic's list: "'a', 'b' or 'c'"
        head, sep, last = params["expected"].rpartition(" or ")
        params["expected"] = f"{head}{_(' or ')}{last}" if sep else last
    if kind == "value_error":  # our validators' messages (web/params.py), marked N_()
        params["error"] = _(str(ctx.get("error", "")))
    try:
        return _(template) % params
    except (KeyError, ValueError, TypeError):
        return None


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors: list[dict[str, Any]] = list(exc.errors())
    first = errors[0] if errors else {}
    raw = list(first.get("loc", ()))
    loc = [str(p) for p in raw if p not in ("query", "path", "body")]
    if raw[:1] == ["body"] and (not loc or loc[0].isdigit()):
        loc = ["body"]  # the body as a whole (e.g. JSON that does not parse), not a numbered position in it
    field = loc[0] if loc else None
    msg = _explained(first, field)
    return error_response(request, 422, _("%(field)s: %(message)s") % {"field": field, "message": msg} if field else msg, field)


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
        message = _("nothing here: %(path)s") % {"path": request.url.path}
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
    if exc.status_code == 400 and "parsing the body" in message:  # a body that is not JSON (or not UTF-8)
        return error_response(request, 422, _("body: not valid JSON"), "body")
    return error_response(request, exc.status_code, message, None, headers)


async def internal_error(request: Request, exc: Exception) -> Response:
    """Any bug: a generic 500 in the API's shape; the traceback goes to the server log, never to the client."""
    logger.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, _("internal error: the server could not answer this request"), None)


def install(app: FastAPI) -> None:
    app.add_exception_handler(Exception, internal_error)
    app.add_exception_handler(RomeError, _rome_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
