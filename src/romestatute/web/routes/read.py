"""Reading a news report: ``POST /api/read`` (as ``rome read --json``) and the ``/read`` page.

The API takes a JSON object ``{"text": ..., "date": ..., "today": ...}``, a form
(``text``, ``date``, ``today``) or the report itself as a ``text/plain`` or ``text/html``
body (``?date=`` and ``?today=`` in the address).  ``today`` reads the report as if
today were that day (what the record shows "today", and the day an undated report
is read as of), so the same request gives the same reading every day.  Bodies are read up to a fixed size and
refused beyond it (413 naming ``text``), before anything is parsed.  The page
is a plain POST form, so it works with JavaScript off; the text is user input
and is only ever rendered escaped.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any
from urllib.parse import parse_qs

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.model.errors import QueryError, quoted
from romestatute.read.explain import reading
from romestatute.read.source import check_text, declared_encoding, decode
from romestatute.web.errors import message as error_message
from romestatute.web.errors import rome_status_code
from romestatute.web.params import DATE_HELP, DATE_OR_BLANK, NOT_BLANK
from romestatute.web.render import render
from romestatute.web.schemas import Error, Reading, errors

router = APIRouter(tags=["read"])

MAX_TEXT = 200_000  # bytes of UTF-8 text: a long article with its page's boilerplate fits
MAX_BODY = 4 * MAX_TEXT  # percent- or JSON-escaping can roughly triple the text on the wire
TOO_LARGE = N_("text: the report is larger than %(size)s KB; paste the article’s text without the page around it")
#: Reports read at once; a further one waits up to ``READ_WAIT`` seconds for a slot, then is refused with
#: 503 and Retry-After rather than queued without end (a 200 KB report costs about 1 s of CPU, and the
#: server has one worker on two cores; a short report, a few milliseconds, seldom waits).
MAX_READERS = 2
READ_WAIT = 2.0
BUSY = N_("the reader is busy with other reports; try again in a few seconds")
BUSY_HEADERS = {"Retry-After": "5"}
_readers = 0
EMPTY = N_("text: paste the text of a report (plain text or HTML)")

#: A short report written for this project (not taken from any outlet), offered as a sample on the page.
SAMPLE = ("The Hague, 20 November 2016. Russia withdraws from the International Criminal Court, a spokesman said, "
          "weeks after Burundi and South Africa announced that they would leave the court.\n"
          "Russian air strikes on Aleppo in Syria went on this month. A draft Security Council referral of Syria "
          "to the court was vetoed in 2014.")

_TEXT = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT, "pattern": NOT_BLANK}
_DATE = {"type": "string", "pattern": DATE_OR_BLANK,
         "description": "The report's date, YYYY-MM-DD, if it is not found in the text."}
_TODAY = {"type": "string", "pattern": DATE_OR_BLANK,
          "description": "Read as if today were this day, YYYY-MM-DD (default: the real today): what the record "
                         "shows today, and the day a report with no date is read as of."}
REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
            "text": {**_TEXT, "description": f"The report: plain text or HTML, at most {MAX_TEXT} bytes of UTF-8."},
            "date": _DATE, "today": _TODAY}}, "example": {"text": SAMPLE}},
        "application/x-www-form-urlencoded": {"schema": {"type": "object", "required": ["text"], "properties": {
            "text": _TEXT, "date": _DATE, "today": _TODAY}}},
        "text/plain": {"schema": {**_TEXT, "description": "The report itself; give ?date= (and ?today=) if needed."}},
        "text/html": {"schema": {**_TEXT, "description": "A whole page; boilerplate is dropped."}},
    },
}
#: ``?date=`` for a body that is the report itself (a JSON object or a form carries its own).
DATE_PARAMETER: dict[str, Any] = {"name": "date", "in": "query", "required": False, "schema": _DATE}
TODAY_PARAMETER: dict[str, Any] = {"name": "today", "in": "query", "required": False, "schema": _TODAY}


class Busy(Exception):
    """``MAX_READERS`` reports are being read already."""


async def read_bounded(text: str, date: str | None, today: str | None = None,
                       caveats: list[str] | None = None) -> dict[str, Any]:
    """``read`` in a worker thread once fewer than ``MAX_READERS`` are running; Busy after ``READ_WAIT`` s."""
    global _readers
    deadline = time.monotonic() + READ_WAIT
    while _readers >= MAX_READERS:  # polled, not a semaphore: no event loop to bind, and waiting is rare
        if time.monotonic() >= deadline:
            raise Busy
        await asyncio.sleep(0.01)
    _readers += 1
    try:
        # a thread of its own, not one of the shared pool's: a report holding a slot never queues behind
        # other routes' work (the slots already bound how many run)
        return await anyio.to_thread.run_sync(lambda: reading(text, date, today, caveats=caveats),
                                              limiter=anyio.CapacityLimiter(1))
    finally:
        _readers -= 1


def _not_a_day(field: str, value: object) -> str:
    return _("%(field)s: %(message)s") % {"field": field, "message": _("%(value)s is not %(what)s") % {
        "value": quoted(str(value), 60), "what": _(DATE_HELP)}}


class BodyError(Exception):
    """A request body this endpoint cannot take: status, message and the field at fault."""

    def __init__(self, status: int, message: str, field: str | None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


def too_large() -> BodyError:
    """The 413 of a report over ``MAX_TEXT`` bytes (or a body over ``MAX_BODY``), in the request's language."""
    return BodyError(413, _(TOO_LARGE) % {"size": MAX_TEXT // 1000}, "text")


async def body_bytes(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it passes ``MAX_BODY`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def _form(raw: bytes) -> dict[str, str]:
    fields = parse_qs(raw.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[0] for k, v in fields.items() if v}


async def parse(request: Request) -> tuple[str, str | None, str | None, list[str]]:
    """The text, date and today of a request, whatever its content type, and the caveats of its decoding."""
    raw = await body_bytes(request)
    kind, _sep, options = request.headers.get("content-type", "").partition(";")
    kind = kind.strip().lower()
    charset = next((v for k, _eq, v in (o.strip().partition("=") for o in options.split(";"))
                    if k.strip().lower() == "charset"), None)
    caveats: list[str] = []
    date: Any = request.query_params.get("date")
    today: Any = request.query_params.get("today")
    if kind == "application/json":
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            raise BodyError(422, _("body: not valid JSON"), "body") from None
        if not isinstance(body, dict):
            raise BodyError(422, _('body: expected a JSON object {"text": ..., "date": ...}'), "body")
        text, date, today = body.get("text"), body.get("date", date), body.get("today", today)
    elif kind == "application/x-www-form-urlencoded":
        fields = _form(raw)
        text, date, today = fields.get("text"), fields.get("date") or date, fields.get("today") or today
    elif kind in ("text/plain", "text/html", ""):
        # the report's bytes, read as `rome read` reads a file's (read.source.decode: one rule for both faces)
        try:
            text, _encoding, caveats = decode(raw, declared_encoding(charset))
        except QueryError as exc:
            raise BodyError(422, str(exc), "text") from None
    else:
        raise BodyError(415, _("body: cannot read %(kind)s; send JSON, a form, or text/plain") % {"kind": quoted(kind)}, "body")
    if text is not None and not isinstance(text, str):
        raise BodyError(422, _("text: expected a string"), "text")
    if date is not None and not (isinstance(date, str) and re.fullmatch(DATE_OR_BLANK, date)):
        raise BodyError(422, _not_a_day("date", date), "date")
    if today is not None and not (isinstance(today, str) and re.fullmatch(DATE_OR_BLANK, today)):
        raise BodyError(422, _not_a_day("today", today), "today")
    if not text or not text.strip():
        raise BodyError(422, _(EMPTY), "text")
    try:
        check_text(text)
    except QueryError as exc:
        raise BodyError(422, str(exc), "text") from None
    if len(text.encode("utf-8")) > MAX_TEXT:
        raise too_large()
    return text, (date or None), (today or None), caveats


@router.post("/api/read", response_model=None,
             openapi_extra={"requestBody": REQUEST_BODY, "parameters": [DATE_PARAMETER, TODAY_PARAMETER]},
             responses={200: {"model": Reading}, **errors(413, 415, 422),
                        503: {"model": Error, "description": f"{MAX_READERS} reports were being read already "
                              f"for {READ_WAIT:g} s (Retry-After: 5), or the answer took longer than the time "
                              "limit."}})
async def read_report(request: Request) -> JSONResponse:
    """Read a news report: the states, treaty acts, triggers and crimes it mentions, what the record shows for
    each on the report's date and today, corrections where the wording and the record differ, and the
    jurisdiction questions it raises with their findings."""
    try:
        text, date, today, caveats = await parse(request)
    except BodyError as exc:
        return JSONResponse({"error": exc.message, "field": exc.field}, status_code=exc.status)
    try:
        return JSONResponse(await read_bounded(text, date, today or None, caveats))
    except Busy:
        return JSONResponse({"error": _(BUSY), "field": None}, status_code=503, headers=BUSY_HEADERS)


def page(text: str = "", date: str = "", reading: dict[str, Any] | None = None,
         error: dict[str, Any] | None = None, status: int = 200) -> HTMLResponse:
    return HTMLResponse(render("read.html", text=text, date=date, r=reading, error=error, sample=SAMPLE,
                               max_text=MAX_TEXT), status_code=status)


@router.get("/read", response_class=HTMLResponse, include_in_schema=False)
def read_form() -> HTMLResponse:
    return page()


@router.post("/read", response_class=HTMLResponse, include_in_schema=False)
async def read_page(request: Request) -> HTMLResponse:
    try:
        text, date, _today, caveats = await parse(request)
    except BodyError as exc:
        return page(error={"message": exc.message, "field": exc.field}, status=exc.status)
    try:
        answer = await read_bounded(text, date, _today or None, caveats)
    except Busy:
        response = page(text, date or "", error={"message": _(BUSY), "field": None}, status=503)
        response.headers.update(BUSY_HEADERS)
        return response
    except QueryError as exc:
        return page(text, date or "", error={"message": error_message(exc, api=False), "field": exc.field}, status=rome_status_code(exc))
    return page(text, date or "", answer)
