"""Situations: ``/api/situations`` (as ``rome situations/situation --json``) and their pages.

``/situations`` lists every situation with the engine's finding beside the Court's
record; ``/situation/{id}`` shows one: its facts, the decisions, the Court's
recorded position, and the engine's finding with its trace and a link that puts
the same question to the checker.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from romestatute.model.errors import BadValue
from romestatute.queries import docket
from romestatute.web.render import render
from romestatute.web.schemas import errors

router = APIRouter(tags=["situations"])

KIND_LABEL = {"investigation": "Investigation", "preliminary_examination": "Preliminary examination"}
STAGE_LABEL = {"open": "open", "closed": "closed", "concluded": "concluded",
               "investigation_concluded": "investigation concluded"}
TRIGGER_LABEL = {"state_referral": "Referral by a State Party (Art. 13(a))",
                 "unsc_referral": "Referral by the Security Council (Art. 13(b))",
                 "proprio_motu": "The Prosecutor's own initiative (Arts. 13(c), 15)"}
VERDICT_LABEL = {"agrees": "agrees", "explained": "disagrees (explained)", "unexplained": "disagrees (unexplained)",
                 "no_record": "no Court record to compare"}


@router.get("/api/situations", response_model=None)
def list_situations() -> JSONResponse:
    """Every situation before the Court, with the engine's re-derivation of its jurisdictional basis."""
    return JSONResponse(docket.situations())


@router.get("/api/situations/{name}", response_model=None, responses=errors(404, 422))
def read_situation(name: str) -> JSONResponse:
    """One situation, by id or name."""
    return JSONResponse(docket.situation(name))


def _globals() -> dict[str, Any]:
    return {"kind_label": KIND_LABEL, "stage_label": STAGE_LABEL, "trigger_label": TRIGGER_LABEL,
            "verdict_label": VERDICT_LABEL}


@router.get("/situations", response_class=HTMLResponse, include_in_schema=False)
def situations_page() -> HTMLResponse:
    record = docket.situations()
    return HTMLResponse(render("situations.html", record=record, **_globals()))


@router.get("/situation/{name}", response_class=HTMLResponse, include_in_schema=False)
def situation_page(name: str) -> Response:
    try:
        raw = docket.find_situation(name)
    except BadValue as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    if raw["id"] != name:
        return RedirectResponse(f"/situation/{raw['id']}", status_code=308)
    result = docket.rederive(raw)
    count = docket.warrants(None, raw["id"])["count"]
    return HTMLResponse(render("situation.html", s=raw, r=result, warrant_count=count, **_globals()))
