"""The explorer's pages: the home map (``/``) and a state's page (``/state/{iso3}``)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from romestatute import engine, i18n
from romestatute.queries.status import status as status_query
from romestatute.queries.timeline import timeline as timeline_query
from romestatute.web import language, overview, worldmap
from romestatute.web.render import FIRST_DAY, render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(on: str | None = Query(None)) -> HTMLResponse:
    day = engine.as_of(on, field="on")
    today = dt.date.today()
    return HTMLResponse(_home(min(max(day, FIRST_DAY), today), today, i18n.language(), language.link_lang()))


@lru_cache(maxsize=256)
def _home(day: dt.date, today: dt.date, lang: str, link_lang: str | None) -> str:
    """The home page for a day (read-only data: the same day renders the same page)."""
    record = overview.statuses(day)
    names = {iso3: i18n.state_name(iso3, name) for iso3, name in engine.names().states.items()}  # the page's language
    shapes = worldmap.shapes()
    drawn = {s.iso3 for s in shapes if not s.small}  # a speck on the map is listed beside it too
    missing = sorted((iso3 for iso3 in names if iso3 not in drawn), key=lambda i: i18n.sort_key(names[i]))
    chart = overview.chart(today)
    pending = sorted(record["withdrawal_pending"].items(), key=lambda kv: i18n.sort_key(names[kv[0]]))
    return render(
        "home.html", day=day.isoformat(), first=FIRST_DAY.isoformat(), last=today.isoformat(),
        record=record, shapes=shapes, names=names, missing=missing, pending=pending,
        chart=chart, marker_x=chart["x_of"](day), viewbox=worldmap.viewbox(),
        slider_max=(today - FIRST_DAY).days, slider_value=(day - FIRST_DAY).days,
        by_name=sorted(names, key=lambda i: i18n.sort_key(names[i])),
    )


@router.get("/state/{state}", response_class=HTMLResponse)
def state_page(state: str) -> Response:
    iso3 = engine.resolve_state(state)
    if iso3 != state:
        return RedirectResponse(f"/state/{iso3}", status_code=308)
    now = status_query(iso3)
    history = timeline_query(iso3)
    return HTMLResponse(render("state.html", status=now, timeline=history))
