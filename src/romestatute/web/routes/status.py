"""``/api/status/{state}`` (one state, full) and ``/api/statuses`` (every state, compact, for the map).

Both are hot (the map, clients polling): answers are cached per app by the question as given (a missing
day keyed by today's date); see :mod:`romestatute.web.answers`.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from romestatute.queries.status import status as status_query
from romestatute.web import overview
from romestatute.web.answers import cached_json
from romestatute.web.schemas import StatusesOut, StatusOut, errors

router = APIRouter(prefix="/api", tags=["status"])

ON = Query(None, description="The day to answer for, YYYY-MM-DD; default today.", examples=["2016-11-17"])


@router.get("/status/{state}", response_model=None, responses={200: {"model": StatusOut}, **errors(404, 422)})
async def read_status(request: Request, state: str, on: str | None = ON) -> Response:
    """Where a state stands towards the Statute on a day, with the events behind it (as `rome status --json`)."""
    return await cached_json(request, ("status", state, on or dt.date.today()), lambda: status_query(state, on))


STATUS = Query(None, description="Keep only states with these statuses (comma-separated), e.g. "
               "former_party,signature_withdrawn; the counts stay those of every state (as `rome statuses --status`).",
               examples=["former_party"])


@router.get("/statuses", response_model=None, responses={200: {"model": StatusesOut}, **errors(422)})
async def read_statuses(request: Request, on: str | None = ON, status: str | None = STATUS) -> Response:
    """Every state's status on a day in one small record: what the explorer's map and slider use
    (as `rome statuses --json`)."""
    return await cached_json(request, ("statuses", on or dt.date.today(), status), overview.statuses, on, status)
