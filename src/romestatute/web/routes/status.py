"""``/api/status/{state}`` (one state, full) and ``/api/statuses`` (every state, compact, for the map)."""

from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from romestatute.queries.status import status as status_query
from romestatute.web import overview
from romestatute.web.schemas import StatusesOut, StatusOut, errors

router = APIRouter(prefix="/api", tags=["status"])

ON = Query(None, description="The day to answer for, YYYY-MM-DD; default today.", examples=["2016-11-17"])


@router.get("/status/{state}", response_model=None, responses={200: {"model": StatusOut}, **errors(404, 422)})
def read_status(state: str, on: str | None = ON) -> JSONResponse:
    """Where a state stands towards the Statute on a day, with the events behind it (as `rome status --json`)."""
    return JSONResponse(status_query(state, on))


@router.get("/statuses", response_model=None, responses={200: {"model": StatusesOut}, **errors(422)})
def read_statuses(on: str | None = ON) -> JSONResponse:
    """Every state's status on a day in one small record: what the explorer's map and slider use."""
    return JSONResponse(overview.statuses(on))
