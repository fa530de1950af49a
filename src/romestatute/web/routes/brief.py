"""Briefs to download: ``/brief/{kind}`` with the same question as the page it is linked from.

``format=md`` (default) or ``format=html``. The file is sent as an attachment; the HTML brief carries
its own stylesheet inline, so its response allows that one stylesheet by its hash and nothing else.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from romestatute.briefs import brief
from romestatute.briefs.render import style_hash
from romestatute.i18n import gettext as _
from romestatute.model.errors import BadValue
from romestatute.queries import obligation
from romestatute.queries.diff import diff
from romestatute.queries.status import status
from romestatute.web.routes import read as read_routes
from romestatute.web.routes.jurisdiction import answer as jurisdiction_answer
from romestatute.web.routes.jurisdiction import clean

router = APIRouter(include_in_schema=False)

FORMAT = Query("md", pattern="^(md|html)$", description="md or html")
MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}


def _file(kind: str, answer: dict[str, Any], fmt: str, name: str) -> Response:
    text = brief(kind, answer, fmt)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or kind
    headers = {"Content-Disposition": f'attachment; filename="{safe}.{fmt}"'}
    if fmt == "html":  # its own policy (the security middleware keeps it): this stylesheet and nothing else
        headers["Content-Security-Policy"] = f"default-src 'none'; style-src {style_hash()}; img-src 'self'"
    return Response(text.encode("utf-8"), media_type=MEDIA[fmt], headers=headers)


@router.get("/brief/status/{state}")
def status_brief(state: str, on: str | None = Query(None), format: str = FORMAT) -> Response:
    answer = status(state, on or None)
    return _file("status", answer, format, f"brief-status-{answer['state']}-{answer['on']}")


@router.get("/brief/jurisdiction")
def jurisdiction_brief(request: Request, format: str = FORMAT) -> Response:
    query = clean((k, v) for k, v in request.query_params.multi_items() if k != "format")
    answer = jurisdiction_answer(query)
    q = answer["query"]
    where = "-".join(q["territory"] + q["vessel_flag"] + q["nationality"])
    return _file("jurisdiction", answer, format, f"brief-jurisdiction-{where}-{q['from']}-{q['as_of']}")


@router.get("/brief/obligation")
def obligation_brief(person: str = Query(...), state: str = Query(""), on: str | None = Query(None),
                     format: str = FORMAT) -> Response:
    if not state.strip():
        answer = obligation.obligation_map(person, on or None)
        return _file("obligation", answer, format, f"brief-obligation-{answer['person']}-{answer['on']}")
    answer = obligation.obligation(person, state, on or None)
    return _file("obligation", answer, format,
                 f"brief-obligation-{answer['person']}-{answer['state']}-{answer['on']}")


@router.get("/brief/diff")
def diff_brief(from_: str = Query("", alias="from"), to: str = Query(""), as_of: str | None = Query(None),
               format: str = FORMAT) -> Response:
    if not from_ or not to:
        raise BadValue("from: give both days", field="from" if not from_ else "to")
    answer = diff(from_, to, as_of or None)
    return _file("diff", answer, format, f"brief-diff-{answer['from']['date']}-{answer['to']['date']}")


@router.post("/brief/read")
async def read_brief(request: Request, format: str = FORMAT) -> Response:
    """The reading of a pasted report as a brief: the same body as ``POST /read`` (a form with ``text``)."""
    try:
        text, date, today, caveats = await read_routes.parse(request)
    except read_routes.BodyError as exc:
        return JSONResponse({"error": exc.message, "field": exc.field}, status_code=exc.status)
    try:
        answer = await read_routes.read_bounded(text, date, today, caveats)
    except read_routes.Busy:
        return JSONResponse({"error": _(read_routes.BUSY), "field": None}, status_code=503,
                            headers=read_routes.BUSY_HEADERS)
    day = (answer.get("date") or {}).get("value") if isinstance(answer.get("date"), dict) else None
    return _file("read", answer, format, f"brief-read-{day or 'report'}")
