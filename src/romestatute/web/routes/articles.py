"""Articles: ``/api/articles``, ``/api/articles/{id}``, and the pages ``/articles`` and ``/article/{id}``.

The summaries are our own plain-language paraphrases (``data/articles.yaml``), never the Statute's text.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse

from romestatute.model.errors import quoted
from romestatute.web import articles
from romestatute.web.render import render
from romestatute.web.schemas import ArticleOut, errors

router = APIRouter(tags=["articles"])


def _find(id: str) -> tuple[articles.Article, str | None]:
    found = articles.lookup(id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"unknown article {quoted(id)}; ids look like art-12 or art-12-2-a")
    return found


@router.get("/api/articles", response_model=None, responses={200: {"model": list[ArticleOut]}})
def list_articles() -> JSONResponse:
    """Every article in the index: number, Part, heading and our summary."""
    return JSONResponse([a.to_json() for a in articles.articles().values()])


@router.get("/api/articles/{id}", response_model=None, responses={200: {"model": ArticleOut}, **errors(404)})
def read_article(id: str) -> JSONResponse:
    """One article by id (art-12), pinpoint id (art-12-2-a) or pinpoint (12(2)(a))."""
    return JSONResponse(_find(id)[0].to_json())


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page() -> HTMLResponse:
    idx = articles.index()
    return HTMLResponse(render("articles.html", articles=list(idx["articles"].values()), parts=idx["parts"]))


@router.get("/article/{id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(id: str) -> HTMLResponse:
    article, anchor = _find(id)
    idx = articles.index()
    return HTMLResponse(render("article.html", article=article, focus=anchor, part=idx["parts"].get(article.part),
                               anchor=articles.anchor, source=idx["source"], source_url=idx["source_url"]))
