"""The duty to arrest: ``/api/obligation`` and ``/api/obligation/map`` (as ``rome obligation [--map] --json``)
and the ``/obligation`` checker page.

The page is a GET form (the question lives in the address): with a state it
answers whether that state must arrest and surrender the person on the day, with
the trace; without one it draws every obliged state on the world map.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from romestatute import engine, i18n
from romestatute.facts import docket as docket_data
from romestatute.model.errors import BadValue, QueryError
from romestatute.names import collect_notes
from romestatute.queries import obligation
from romestatute.web import worldmap
from romestatute.web.answers import noted_json
from romestatute.web.errors import message as error_message
from romestatute.web.errors import rome_status_code
from romestatute.web.guard import MAX_VALUE
from romestatute.web.params import NOT_BLANK, ON_HELP, DayOrBlank, Name
from romestatute.web.render import render
from romestatute.web.schemas import ObligationAnswer, ObligationMapAnswer, errors

router = APIRouter(tags=["obligation"])

#: How each basis of a duty is named on the page (the keys are the query's ``bases``).
BASIS_LABEL = obligation.BASIS_LABEL
EXAMPLE = {"person": "Putin", "state": "MNG", "on": "2024-09-03"}


PERSON = Query(pattern=NOT_BLANK, description="A person named in a public warrant, by a name or alias (case, accents and "
                            "'al-' ignored); nobody by that name: 404.", examples=["Putin"], max_length=MAX_VALUE)


@router.get("/api/obligation", response_model=None,
            responses={200: {"model": ObligationAnswer}, **errors(404, 422)})
def read_obligation(person: Name = PERSON,
                    state: Name = Query(pattern=NOT_BLANK, max_length=MAX_VALUE, description="The state asked to arrest: ISO3 or ISO2 code or English "
                                        "name; unknown: 404.", examples=["MNG"]),
                    on: DayOrBlank | None = Query(None, description=ON_HELP, examples=["2024-09-03"])) -> JSONResponse:
    """Whether a state must arrest and surrender a person on a day (Part 9), with the trace."""
    return noted_json(obligation.obligation, person, state, on)


@router.get("/api/obligation/map", response_model=None,
            responses={200: {"model": ObligationMapAnswer}, **errors(404, 422)})
def read_obligation_map(person: Name = PERSON,
                        on: DayOrBlank | None = Query(None, description=ON_HELP, examples=["2024-09-03"])
                        ) -> JSONResponse:
    """Every state obliged to arrest and surrender a person on a day, with the basis of each duty."""
    return JSONResponse(obligation_map(person, on))


def obligation_map(person: str, on: str | None) -> dict[str, Any]:
    who, _ = obligation.find_person(person)
    return _map(who, engine.as_of(on, field="on"))


@lru_cache(maxsize=64)
def _map(who: str, day: dt.date) -> dict[str, Any]:
    """The map for a person and a day (read-only data: the same question gives the same answer)."""
    return obligation.obligation_map(who, day)


def visits_on_record() -> list[dict[str, Any]]:
    """The visits in ``noncompliance.yaml``, each as a ready question for the checker."""
    people = {w["id"]: w["person"] for w in (docket_data.load("warrants.yaml") or {}).get("warrants") or []}
    names = engine.names().states
    out = []
    for v in (docket_data.load("noncompliance.yaml") or {}).get("visits") or []:
        who = people.get(v.get("person_warrant", ""))
        if who and v.get("state") in names and v.get("date"):
            out.append({"person": who, "state": v["state"], "name": names[v["state"]], "on": str(v["date"])})
    return sorted(out, key=lambda v: v["on"])


def _people() -> list[str]:
    return sorted({w["person"] for w in (docket_data.load("warrants.yaml") or {}).get("warrants") or []
                   if w.get("kind") == "arrest_warrant"})


@router.get("/obligation", response_class=HTMLResponse, include_in_schema=False)
def obligation_page(request: Request) -> HTMLResponse:
    params = request.query_params
    query = {k: (params.get(k) or "").strip() for k in ("person", "state", "on")}
    result: dict[str, Any] | None = None
    chart: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    code = 200
    notes: list[str] = []
    if query["person"] or query["state"]:
        try:
            if not query["person"]:
                raise BadValue("person: give the name of a person named in a warrant, e.g. Putin",
                                          field="person")
            if query["state"]:
                with collect_notes() as notes:  # "Korea": which state was taken, and the other
                    result = obligation.obligation(query["person"], query["state"], query["on"] or None)
            else:
                chart = obligation_map(query["person"], query["on"] or None)
        except QueryError as exc:
            code = rome_status_code(exc)
            error = {"message": error_message(exc, api=False), "field": exc.field}
    shapes: list[worldmap.Shape] = []
    if chart is not None:
        try:
            shapes = list(worldmap.shapes())
        except worldmap.MapUnavailable:
            shapes = []
    obliged = {s["state"]: s["bases"][0] if s["bases"] else "party" for s in (chart or {}).get("states", [])}
    return HTMLResponse(render("obligation.html", query=query, result=result, chart=chart, error=error,
                               example=EXAMPLE, visits=visits_on_record(), people=_people(),
                               basis_label=dict(BASIS_LABEL.items()), shapes=shapes, obliged=obliged, notes=notes,
                               names={i: i18n.state_name(i, n) for i, n in engine.names().states.items()}, viewbox=worldmap.viewbox()), status_code=code)
