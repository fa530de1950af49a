"""``/api/timeline/{state}``: a state's whole history (as `rome timeline --json`)."""

from __future__ import annotations

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse

from romestatute.queries.timeline import timeline as timeline_query
from romestatute.web.guard import MAX_VALUE
from romestatute.web.params import NOT_BLANK, Name
from romestatute.web.routes.status import STATE_HELP
from romestatute.web.schemas import TimelineAnswer, errors

router = APIRouter(prefix="/api", tags=["timeline"])


@router.get("/timeline/{state}", response_model=None,
            responses={200: {"model": TimelineAnswer}, **errors(404, 422)})
def read_timeline(state: Name = Path(pattern=NOT_BLANK, max_length=MAX_VALUE, description=STATE_HELP, examples=["BDI"])) -> JSONResponse:
    """Every event and status period of a state, each event with its legal meaning, article and source."""
    return JSONResponse(timeline_query(state))
