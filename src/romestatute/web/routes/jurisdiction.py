"""Jurisdiction: ``/api/jurisdiction`` (GET with query parameters, POST with a JSON body) and the checker page.

The question lives in the URL (``GET /jurisdiction?crimes=war_crimes&territory=SYR&...``)
so that an answer can be shared.  Until ``romestatute.queries.jurisdiction`` exists
the API answers 503 and the page says so.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable
from typing import Any

from fastapi import APIRouter, Body, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from romestatute.model.errors import QueryError
from romestatute.names import collect_notes
from romestatute.queries.conduct import MAX_LIST
from romestatute.web.answers import cached_json, noted_json
from romestatute.web.errors import message as error_message
from romestatute.web.errors import rome_status_code
from romestatute.web.params import (
    DATE,
    Age,
    Assume,
    Crimes,
    Day,
    DayOrBlank,
    Elements,
    Flag,
    OneState,
    Resolution,
    States,
    TriggerKey,
)
from romestatute.web.render import render
from romestatute.web.schemas import Finding, errors

router = APIRouter(tags=["jurisdiction"])

LISTS = ("crimes", "territory", "vessel_flag", "nationality", "assume", "elements")
SCALARS = ("from", "to", "age", "born", "trigger", "referred_by", "resolution", "trigger_date", "aggressor", "victim",
           "as_of", "authorised_operation")
CRIMES = ("genocide", "crimes_against_humanity", "war_crimes", "aggression")
TRIGGERS = ("state_referral", "proprio_motu", "unsc_referral")
NOT_YET = "The jurisdiction engine is not available in this version yet."
#: Longest query string whose answer is cached (longer questions are answered afresh each time).
CACHED_QUERY = 2048

ALEPPO: dict[str, Any] = {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"],
                          "from": "2016-09-01", "to": "2016-12-31"}


def engine() -> Callable[[dict[str, Any]], dict[str, Any]] | None:
    """The jurisdiction query, or None while the module is not there."""
    try:
        module = importlib.import_module("romestatute.queries.jurisdiction")
    except ModuleNotFoundError as exc:
        if exc.name == "romestatute.queries.jurisdiction":
            return None
        raise
    return getattr(module, "jurisdiction", None)


def clean(items: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """A query mapping from (key, value) pairs: repeatable keys become lists, blanks are dropped.

    A form's textarea may hold several what-if events, one per line.
    """
    query: dict[str, Any] = {}
    for key, value in items:
        value = value.strip()
        if not value or key == "lang":  # the answer's language, not part of the question (web.language)
            continue
        if key in LISTS:
            parts = value.splitlines() if key in ("assume", "elements") else [value]
            query.setdefault(key, []).extend(p.strip() for p in parts if p.strip())
        else:
            query[key] = value
    return query


def answer(query: dict[str, Any]) -> dict[str, Any]:
    run = engine()
    if run is None:
        raise HTTPException(status_code=503, detail=NOT_YET)
    return run(query)


def _list(description: str, example: str, *, required: bool = False) -> Any:
    return Query(... if required else [], description=description + " Repeat the parameter or separate values by "
                 f"commas; at most {MAX_LIST}.", examples=[[example]], min_length=1 if required else None,
                 max_length=MAX_LIST)


CRIMES_HELP = ("Crimes: genocide, crimes_against_humanity, war_crimes, aggression, or a war crime added by an "
               "amendment as war_crimes:<key> (e.g. war_crimes:starvation_niac).")
STATE_HELP = "A state (ISO3 or ISO2 code or English name); an unknown state answers 404."
NEEDS = " A territory, a vessel flag or a nationality is required (422 naming `territory` otherwise)."


@router.get("/api/jurisdiction", response_model=None,
            responses={200: {"model": Finding}, **errors(404, 422, 503)})
async def read_jurisdiction(
    request: Request,
    crimes: list[Crimes] = _list(CRIMES_HELP, "war_crimes", required=True),  # noqa: B008
    territory: list[States] = _list("States where the conduct took place." + NEEDS, "SYR"),  # noqa: B008
    vessel_flag: list[States] = _list("Flag states of a vessel or aircraft involved.", "MLT"),  # noqa: B008
    nationality: list[States] = _list("Nationalities of the accused.", "RUS"),  # noqa: B008
    from_: Day = Query(alias="from", pattern=DATE, description="First day of the conduct, YYYY-MM-DD.", examples=["2016-09-01"]),
    to: DayOrBlank | None = Query(None, description="Last day of the conduct (default: the first); not before "
                                  "`from`.", examples=["2016-12-31"]),
    age: int | None = Query(None, ge=0, le=130, description="Age of the accused at the time (Art. 26)."),
    born: DayOrBlank | None = Query(None, description="The accused's date of birth, YYYY-MM-DD, instead of `age`: "
                                    "only conduct from the eighteenth birthday counts (Art. 26)."),
    trigger: TriggerKey | None = Query(None, description="How the Court was seized (Art. 13)."),
    referred_by: OneState | None = Query(None, description="The referring State Party (Art. 14)."),
    resolution: Resolution | None = Query(None, description="The Security Council resolution referring the "
                                          "situation (Art. 13(b)), e.g. 1593 or S/RES/1593 (2005).",
                                          examples=["1593"]),
    trigger_date: DayOrBlank | None = Query(None, description="When the trigger happened, YYYY-MM-DD."),
    aggressor: OneState | None = Query(None, description="For aggression: the alleged aggressor state."),
    victim: OneState | None = Query(None, description="For aggression: the victim state."),
    assume: list[Assume] = _list("What-if events STATE:EVENT:DATE[..DATE], overlaid on the record.",  # noqa: B008
                                 "SYR:declaration_12_3:2011-03-15"),
    as_of: DayOrBlank | None = Query(None, description="The day to answer as of; default today."),
    authorised_operation: Flag | None = Query(None, description="yes if the accused served in an operation the "
                                              "Security Council or the African Union established or authorised "
                                              "(Res. 1593 and 1970, para. 6; Art. 16 requests)."),
    elements: list[Elements] = _list("An element of a crime on another territory, ACT:STATE (ACT: deportation, "  # noqa: B008
                                     "persecution, other_inhumane_acts or a crime named in `crimes`).",
                                     "deportation:BGD"),
) -> Response:
    """Whether the Court could exercise jurisdiction over the given conduct, with windows and the full trace."""
    def run() -> dict[str, Any]:
        return answer(clean(request.query_params.multi_items()))

    raw = request.scope.get("query_string", b"")
    if len(raw) > CACHED_QUERY:
        return JSONResponse(await run_in_threadpool(run))
    # the answer depends on today's date only through a missing as_of; today is in the key either way
    return await cached_json(request, ("jurisdiction", raw, dt.date.today()), run)


OneOrMany = list[States] | States


class Question(BaseModel):
    """A jurisdiction question as a JSON object: the GET parameters' keys; lists or comma-separated text for
    the repeatable ones; null or an empty list is the same as leaving a key out. (A finding's ``query``
    is such an object.)"""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    crimes: list[Crimes] | Crimes = Field(description=CRIMES_HELP)
    territory: OneOrMany | None = Field(None, description="States where the conduct took place." + NEEDS)
    vessel_flag: OneOrMany | None = None
    nationality: OneOrMany | None = None
    from_: Day = Field(alias="from", description="First day of the conduct.")
    to: DayOrBlank | None = None
    age: Age | None = Field(None, ge=0, le=130)
    born: DayOrBlank | None = None
    trigger: TriggerKey | None = None
    referred_by: OneState | None = None
    resolution: Resolution | None = None
    trigger_date: DayOrBlank | None = None
    aggressor: OneState | None = None
    victim: OneState | None = None
    assume: list[Assume] | Assume | None = None
    as_of: DayOrBlank | None = None
    authorised_operation: bool | Flag | None = None
    elements: list[Elements] | Elements | None = None


@router.post("/api/jurisdiction", response_model=None,
             responses={200: {"model": Finding}, **errors(404, 422, 503)})
def post_jurisdiction(
    body: Question = Body(..., openapi_examples={"aleppo": {"summary": "Aleppo, autumn 2016",  # noqa: B008
                                                             "value": ALEPPO}}),
) -> JSONResponse:
    """The same question as a JSON object (keys as the GET parameters; lists for the repeatable ones)."""
    return noted_json(answer, body.model_dump(by_alias=True, exclude_none=True))


@router.get("/jurisdiction", response_class=HTMLResponse, include_in_schema=False)
def checker_page(request: Request) -> HTMLResponse:
    query = clean(request.query_params.multi_items())
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    status = 200
    run = engine()
    notes: list[str] = []
    if query and run is not None:
        try:
            with collect_notes() as notes:  # "Congo": which state was taken, and which others it could mean
                result = run(query)
        except QueryError as exc:
            status = rome_status_code(exc)
            error = {"message": error_message(exc, api=False), "field": exc.field}
    return HTMLResponse(render("jurisdiction.html", query=query, result=result, error=error, notes=notes,
                               available=run is not None, crimes=CRIMES, triggers=TRIGGERS,
                               not_yet=NOT_YET), status_code=status)


@router.get("/example/aleppo", response_class=HTMLResponse, include_in_schema=False)
def aleppo_page() -> HTMLResponse:
    run = engine()
    result = run(dict(ALEPPO)) if run is not None else None
    whatif = dict(ALEPPO, assume=["SYR:declaration_12_3:2011-03-15"])
    whatif_result = run(dict(whatif)) if run is not None else None
    return HTMLResponse(render("aleppo.html", query=ALEPPO, result=result, whatif=whatif,
                               whatif_result=whatif_result, available=run is not None, not_yet=NOT_YET))
