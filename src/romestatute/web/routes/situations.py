"""Situations: ``/api/situations`` (as ``rome situations/situation --json``) and their pages.

In the API an id is exact (``/api/situations/darfur``; anything else is 404 naming the closest ids);
finding a situation by a word of its name is the search, ``/api/situations?q=darfur``. The pages
still take a name and redirect to the id.

``/situations`` lists every situation with the engine's finding beside the Court's
record; ``/situation/{id}`` shows one: its facts, the decisions, the Court's
recorded position, and the engine's finding with its trace and a link that puts
the same question to the checker.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from romestatute.i18n import N_, Translated
from romestatute.model.errors import BadValue, NotFound
from romestatute.queries import docket
from romestatute.web.guard import MAX_VALUE
from romestatute.web.params import NOT_BLANK, Name
from romestatute.web.render import render
from romestatute.web.schemas import SituationAnswer, SituationsAnswer, errors

router = APIRouter(tags=["situations"])

KIND_LABEL = Translated({"investigation": N_("Investigation"), "preliminary_examination": N_("Preliminary examination")})
TRIGGER_LABEL = Translated({"state_referral": N_("Referral by a State Party (Art. 13(a))"),
                            "unsc_referral": N_("Referral by the Security Council (Art. 13(b))"),
                            "proprio_motu": N_("The Prosecutor's own initiative (Arts. 13(c), 15)")})
VERDICT_LABEL = Translated({"agrees": N_("agrees"), "explained": N_("disagrees (explained)"),
                            "unexplained": N_("disagrees (unexplained)"), "no_record": N_("no Court record to compare")})


@router.get("/api/situations", response_model=None,
            responses={200: {"model": SituationsAnswer}, **errors(422)})
def list_situations(q: str | None = Query(None, pattern=NOT_BLANK, max_length=MAX_VALUE, examples=["darfur"],
                                          description="Search: keep the situations whose id or name holds "
                                                      "this text (case and accents ignored).")) -> JSONResponse:
    """Every situation before the Court, with the engine's re-derivation of its jurisdictional basis."""
    record = docket.situations()
    if q:
        found = set(docket.search_situations(q))
        record["situations"] = [s for s in record["situations"] if s["id"] in found]
    return JSONResponse(record)


@router.get("/api/situations/{id}", response_model=None,
            responses={200: {"model": SituationAnswer}, **errors(404, 422)})
def read_situation(id: Name = Path(pattern=NOT_BLANK, max_length=MAX_VALUE, description="The situation's id, exactly (darfur, car-ii); an unknown id "
                                               "answers 404. To find one by name: /api/situations?q=...",
                                   examples=["darfur"])) -> JSONResponse:
    """One situation by its id, re-derived by the engine beside the Court's record."""
    try:
        found = docket.situation_by_id(id)
    except NotFound as exc:  # an id names one situation or none; finding one by name is the search's job
        raise NotFound(N_("%(message)s; search by name: /api/situations?q=%(query)s"), field="id",
                       params={"message": exc, "query": quote(id, safe="")}) from None
    return JSONResponse(docket.rederive(found))


def _globals() -> dict[str, Any]:
    return {"kind_label": KIND_LABEL, "stage_label": docket.stage_labels(), "trigger_label": TRIGGER_LABEL,
            "verdict_label": VERDICT_LABEL}


@router.get("/situations", response_class=HTMLResponse, include_in_schema=False)
def situations_page() -> HTMLResponse:
    record = docket.situations()
    english = {s["id"]: s.get("disagreement") or {} for s in docket.all_situations()}  # what is still English
    return HTMLResponse(render("situations.html", record=record, english=english, **_globals()))


@router.get("/situation/{name}", response_class=HTMLResponse, include_in_schema=False)
def situation_page(name: str) -> Response:
    try:
        raw = docket.find_situation(name)
    except BadValue as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    if raw["id"] != name:
        return RedirectResponse(f"/situation/{raw['id']}", status_code=308)
    local = docket.local_situation(raw)
    result = docket.rederive(local, localise=False)
    count = docket.warrants(None, raw["id"])["count"]
    return HTMLResponse(render("situation.html", s=local, english=docket.local_situation(raw, "en"),
                               r=result, warrant_count=count, **_globals()))
