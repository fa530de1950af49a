"""``/docs``: interactive API documentation served from this origin, never from a CDN.

Swagger UI comes from the ``swagger-ui-bundle`` package (the ``web`` extra), mounted
from site-packages at ``/static/swagger``; without it the page links the raw spec.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from romestatute.web.render import render

router = APIRouter(include_in_schema=False)


def swagger_dir() -> str | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return str(swagger_ui_path)


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return HTMLResponse(render("docs.html", swagger=swagger_dir() is not None))
