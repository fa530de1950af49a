"""``/api/status/{state}`` (one state, full) and ``/api/statuses`` (every state, compact, for the map).

``/api/status?state=RUS`` answers the same as ``/api/status/RUS``. Both are hot (the map, clients polling):
answers are cached per app by the question as given (a missing day keyed by today's date); see
:mod:`romestatute.web.answers`.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from romestatute.queries.status import status as status_query
from romestatute.web import overview
from romestatute.web.answers import cached_json
from romestatute.web.guard import MAX_VALUE
from romestatute.web.params import NOT_BLANK, ON_HELP, STATUS_LIST, DayOrBlank, Name
from romestatute.web.schemas import StatusAnswer, StatusesAnswer, errors

router = APIRouter(prefix="/api", tags=["status"])

ON = Query(None, description=ON_HELP, examples=["2016-11-17"], max_length=MAX_VALUE)
STATE_HELP = "The state: ISO3 or ISO2 code or English name (Russia, Côte d'Ivoire, DRC); unknown: 404."


async def _status(request: Request, state: str, on: str | None) -> Response:
    return await cached_json(request, ("status", state, on or dt.date.today()), lambda: status_query(state, on))


@router.get("/status/{state}", response_model=None, responses={200: {"model": StatusAnswer}, **errors(404, 422)})
async def read_status(request: Request, state: Name = Path(pattern=NOT_BLANK, max_length=MAX_VALUE, description=STATE_HELP, examples=["BDI"]),
                      on: DayOrBlank | None = ON) -> Response:
    """Where a state stands towards the Statute on a day, with the events behind it (as `rome status --json`)."""
    return await _status(request, state, on)


@router.get("/status", response_model=None, responses={200: {"model": StatusAnswer}, **errors(404, 422)})
async def read_status_by_query(request: Request, state: Name = Query(pattern=NOT_BLANK, max_length=MAX_VALUE, description=STATE_HELP, examples=["BDI"]),
                               on: DayOrBlank | None = ON) -> Response:
    """The same answer as `/api/status/{state}`, with the state as a query parameter."""
    return await _status(request, state, on)


STATUS = Query(None, pattern=STATUS_LIST, max_length=MAX_VALUE, examples=["former_party"],
               description="Keep only states with these statuses (comma-separated), e.g. "
               "former_party,signature_withdrawn; the counts stay those of every state (as `rome statuses --status`).")


@router.get("/statuses", response_model=None, responses={200: {"model": StatusesAnswer}, **errors(422)})
async def read_statuses(request: Request, on: DayOrBlank | None = ON, status: str | None = STATUS) -> Response:
    """Every state's status on a day in one small record: what the explorer's map and slider use
    (as `rome statuses --json`)."""
    return await cached_json(request, ("statuses", on or dt.date.today(), status), overview.statuses, on, status)
