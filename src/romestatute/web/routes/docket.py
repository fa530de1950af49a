"""The docket (JSON only for now): situations, warrants, and a state's duty to arrest a person.

Same dicts as ``rome situations/warrants/obligation --json`` (``romestatute.queries.docket``
and ``romestatute.queries.obligation``); mounted only when those modules exist.
"""

from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from romestatute.queries import docket, obligation
from romestatute.web.schemas import errors

router = APIRouter(prefix="/api", tags=["docket"])


@router.get("/situations", response_model=None)
def list_situations() -> JSONResponse:
    """Every situation before the Court, with the engine's re-derivation of its jurisdictional basis."""
    return JSONResponse(docket.situations())


@router.get("/situations/{name}", response_model=None, responses=errors(404, 422))
def read_situation(name: str) -> JSONResponse:
    """One situation, by id or name."""
    return JSONResponse(docket.situation(name))


@router.get("/warrants", response_model=None, responses=errors(422))
def list_warrants(status: list[str] = Query([], description="Filter by status; repeatable."),  # noqa: B008
                  situation: str | None = Query(None, description="Filter by situation.")) -> JSONResponse:
    """Arrest warrants and summonses, optionally filtered."""
    return JSONResponse(docket.warrants(status or None, situation))


@router.get("/obligation", response_model=None, responses=errors(404, 422))
def read_obligation(person: str = Query(..., description="The person named in a warrant.", examples=["Putin"]),
                    state: str = Query(..., description="The state asked to arrest.", examples=["MNG"]),
                    on: str | None = Query(None, description="YYYY-MM-DD; default today.",
                                           examples=["2024-09-03"])) -> JSONResponse:
    """Whether a state must arrest and surrender a person on a day (Part 9), with the trace."""
    return JSONResponse(obligation.obligation(person, state, on))
