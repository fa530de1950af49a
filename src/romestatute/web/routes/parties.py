"""``/api/parties``: the States Parties on a day (as `rome parties --json`)."""

from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from romestatute.queries.parties import parties as parties_query
from romestatute.web.schemas import PartiesOut, errors

router = APIRouter(prefix="/api", tags=["parties"])


@router.get("/parties", response_model=None, responses={200: {"model": PartiesOut}, **errors(422)})
def read_parties(on: str | None = Query(None, description="YYYY-MM-DD; default today.")) -> JSONResponse:
    """The States Parties on a day, their count, and any withdrawal pending."""
    return JSONResponse(parties_query(on))
