"""``/api/timeline/{state}``: a state's whole history (as `rome timeline --json`)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from romestatute.queries.timeline import timeline as timeline_query
from romestatute.web.schemas import TimelineOut, errors

router = APIRouter(prefix="/api", tags=["timeline"])


@router.get("/timeline/{state}", response_model=None, responses={200: {"model": TimelineOut}, **errors(404)})
def read_timeline(state: str) -> JSONResponse:
    """Every event and status period of a state, each event with its legal meaning, article and source."""
    return JSONResponse(timeline_query(state))
