"""What changed between two days: ``/api/diff`` (as ``rome diff --json``) and the ``/diff`` page.

The page is a GET form (the question lives in the address): the map coloured by change, the list
of changes below it, and a link to download the answer as a brief.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from romestatute import engine
from romestatute.i18n import N_, Translated
from romestatute.model.errors import QueryError
from romestatute.queries.diff import diff as diff_query
from romestatute.queries.diff import ledger_known_on
from romestatute.web import worldmap
from romestatute.web.answers import cached_json
from romestatute.web.errors import rome_status_code
from romestatute.web.params import DAY_ONLY
from romestatute.web.render import render
from romestatute.web.schemas import DiffAnswer, errors

router = APIRouter(tags=["diff"])

EXAMPLE = {"from": "2016-01-01", "to": "2019-12-31"}
#: How each kind of change is named on the page and its map (the keys are :func:`change_kind`'s).
CHANGE_LABEL = Translated({"joined": N_("Became a State Party"), "left": N_("Left the Statute (former party)"),
                           "other": N_("Other change of status"), "events": N_("Events, no change of status"),
                           "party": N_("State Party on both days"), "none": N_("Not a party on both days")})


def _date(description: str, example: str, alias: str | None = None, required: bool = True) -> Any:
    return Query(... if required else None, alias=alias, description=description, examples=[example],
                 pattern=DAY_ONLY, json_schema_extra={"format": "date"})


@router.get("/api/diff", response_model=None, responses={200: {"model": DiffAnswer}, **errors(422)})
async def read_diff(
    request: Request,
    from_: str = _date("The first day, YYYY-MM-DD.", "2016-01-01", alias="from"),
    to: str = _date("The second day, YYYY-MM-DD (not before the first).", "2019-12-31"),
    as_of: str | None = _date("Answer with what was known on this day; default: the whole record.", "2017-06-01",
                              required=False),
) -> Response:
    """Every state whose standing differs between two days, the events between them with their sources, the
    jurisdiction each change opens or closes and the public warrants whose duty to arrest it gains or loses."""
    return await cached_json(request, ("diff", from_, to, as_of), diff_query, from_, to, as_of)


def change_kind(change: dict[str, Any]) -> str:
    before, after = change["before"]["status"], change["after"]["status"]
    if not change["changed"]:
        return "events"
    if after == "party":
        return "joined"
    if before == "party":
        return "left"
    return "other"


@router.get("/diff", response_class=HTMLResponse, include_in_schema=False)
def diff_page(request: Request) -> HTMLResponse:
    params = request.query_params
    query = {k: (params.get(k) or "").strip() for k in ("from", "to", "as_of")}
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    code = 200
    if query["from"] or query["to"]:
        try:
            result = diff_query(query["from"], query["to"], query["as_of"] or None)
        except QueryError as exc:
            code = rome_status_code(exc)
            error = {"message": str(exc), "field": exc.field}
    colour: dict[str, str] = {}
    shapes: list[worldmap.Shape] = []
    if result is not None:
        led = ledger_known_on(dt.date.fromisoformat(result["as_of"]) if result["as_of"] else None)
        day1 = dt.date.fromisoformat(result["from"]["date"])
        day2 = dt.date.fromisoformat(result["to"]["date"])
        for iso3 in led.states:
            both = led.is_party(iso3, day1) and led.is_party(iso3, day2)
            colour[iso3] = "party" if both else "none"
        for c in result["changes"]:
            colour[c["state"]] = change_kind(c)
        try:
            shapes = list(worldmap.shapes())
        except worldmap.MapUnavailable:
            shapes = []
    counts = {k: sum(1 for v in colour.values() if v == k) for k in CHANGE_LABEL}
    return HTMLResponse(render("diff.html", query=query, result=result, error=error, example=EXAMPLE,
                               shapes=shapes, colour=colour, counts=counts, change_label=CHANGE_LABEL,
                               change_kind=change_kind, names=engine.names().states,
                               viewbox=worldmap.viewbox()), status_code=code)
