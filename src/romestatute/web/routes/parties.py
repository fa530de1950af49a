"""``/api/parties``: the States Parties on a day (as `rome parties --json`)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from romestatute.queries.parties import parties as parties_query
from romestatute.web.params import DayOrBlank
from romestatute.web.routes.status import ON
from romestatute.web.schemas import PartiesAnswer, errors

router = APIRouter(prefix="/api", tags=["parties"])


@router.get("/parties", response_model=None, responses={200: {"model": PartiesAnswer}, **errors(422)})
def read_parties(on: DayOrBlank | None = ON) -> JSONResponse:
    """The States Parties on a day, their count, and any withdrawal pending."""
    return JSONResponse(parties_query(on))
