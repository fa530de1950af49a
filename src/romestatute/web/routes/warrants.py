"""Warrants: ``/api/warrants`` (as ``rome warrants --json``) and the ``/warrants`` page.

The page filters by status and situation through a GET form, so a filtered list
has its own address and works with JavaScript off.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from romestatute.i18n import N_, Translated
from romestatute.model.errors import QueryError
from romestatute.queries import docket
from romestatute.web.errors import message as error_message
from romestatute.web.errors import rome_status_code
from romestatute.web.params import Name, WarrantStatus
from romestatute.web.render import render
from romestatute.web.schemas import WarrantsAnswer, errors

router = APIRouter(tags=["warrants"])

WARRANT_STATUS = Translated({
    "at_large": N_("at large"), "in_custody": N_("in custody"), "appeared": N_("appeared (summons)"),
    "deceased": N_("deceased"), "withdrawn": N_("withdrawn"), "convicted": N_("convicted"), "acquitted": N_("acquitted"),
    "proceedings_terminated": N_("proceedings terminated")})
KIND_LABEL = Translated({"arrest_warrant": N_("warrant of arrest"), "summons": N_("summons to appear")})


@router.get("/api/warrants", response_model=None, responses={200: {"model": WarrantsAnswer}, **errors(404, 422)})
def list_warrants(status: list[WarrantStatus] = Query([], description="Keep these statuses; repeatable."),  # noqa: B008
                  situation: Name | None = Query(None, description="Keep one situation, by its id (darfur); an "
                                                 "unknown id answers 404.", examples=["darfur"])) -> JSONResponse:
    """Arrest warrants and summonses, optionally filtered."""
    sid = docket.situation_by_id(situation, field="situation")["id"] if situation else None
    return JSONResponse(docket.warrants(list(status) or None, sid))


@router.get("/warrants", response_class=HTMLResponse, include_in_schema=False)
def warrants_page(request: Request) -> HTMLResponse:
    params = request.query_params
    status = [s for s in params.getlist("status") if s.strip()]
    situation = (params.get("situation") or "").strip() or None
    error: dict[str, Any] | None = None
    code = 200
    try:
        record = docket.warrants(status or None, situation)
    except QueryError as exc:
        code = rome_status_code(exc)
        error = {"message": error_message(exc, api=False), "field": exc.field}
        record = docket.warrants(None, None)
    sits = docket.names()
    chosen = {"status": status, "situation": record["filters"]["situation"] if not error else situation}
    return HTMLResponse(render("warrants.html", record=record, error=error, chosen=chosen, situations=sits,
                               statuses=docket.STATUSES, warrant_status=WARRANT_STATUS, kind_label=KIND_LABEL),
                        status_code=code)
