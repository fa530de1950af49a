"""The ASGI app: the JSON API under ``/api``, the explorer's pages, static assets and the docs.

Read-only over the bundled data; the engine is built once at startup.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from romestatute import __version__, engine
from romestatute.read import warm as read_warm
from romestatute.web import answers, errors, language, overview, worldmap
from romestatute.web.guard import GuardMiddleware, document_limits
from romestatute.web.routes import (
    articles,
    brief,
    diff,
    docs,
    explorer,
    jurisdiction,
    obligation,
    parties,
    read,
    situations,
    status,
    timeline,
    warrants,
)
from romestatute.web.security import HeadersMiddleware

STATIC = Path(__file__).parent / "static"

DESCRIPTION = """The Rome Statute of the International Criminal Court as sourced, dated facts plus rules.

Every endpoint returns the same JSON as the `rome` command's `--json`. Errors are
`{"error": "...", "field": "..."}` with a 4xx status. Each response carries the engine
version (`X-Romestatute-Version`) and the day the data were last checked (`X-Romestatute-Data`).
Text meant for people (`meaning`, `explanation`, `label`, `title`) comes in English or French: `?lang=fr`,
else the `Accept-Language` header, else English; `Content-Language` says which. Keys and codes never change.
"""


#: Threads for plain ``def`` routes and cache misses (anyio's default is 40). Python runs one at a time;
#: more threads than this only add queues, and each thread's malloc arena grows the server's memory.
WORKER_THREADS = 8


def warm() -> None:
    """Build the ledger, the name table and the map once, before the first request."""
    engine.ledger()
    engine.names().resolve("NLD")
    overview.statuses(None)
    read_warm()  # the reader's tables (dateparser, language profiles, geonames): seconds, paid here once
    try:
        worldmap.shapes()
        explorer.home(None)
    except worldmap.MapUnavailable:
        pass


def freeze() -> None:
    """Keep what was built at startup out of the cyclic garbage collector's full passes.

    The ledger, name table and map are tens of thousands of objects that live as long as the
    process; a full collection walked them all (about 40 ms, a stall every few thousand requests).
    """
    gc.collect()
    gc.freeze()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    warm()
    freeze()
    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    yield


def create_app() -> FastAPI:
    app = FastAPI(title="romestatute", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    for module in (status, parties, timeline, jurisdiction, situations, warrants, obligation, read, diff, articles,
                   explorer, brief, docs):
        app.include_router(module.router, dependencies=[Depends(language.lang_parameter)])
    errors.install(app)
    document_limits(app)  # the guard's 413/414/422/500/503 in the spec
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    swagger = docs.swagger_dir()
    if swagger:
        app.mount("/vendor/swagger", StaticFiles(directory=swagger), name="swagger")
    # level 6 (zlib's default): the 190 KB home page in ~8 ms instead of ~28 ms at 9, for 1.5% more bytes
    app.add_middleware(GZipMiddleware, minimum_size=answers.GZIP_MIN, compresslevel=answers.GZIP_LEVEL)
    # the guard inside the language middleware: its refusals (413, 414, 422, 503) and a bug's 500 are said in the
    # request's language with Content-Language; negotiating reads only the address and the headers, never the body
    app.add_middleware(GuardMiddleware)
    app.add_middleware(language.LanguageMiddleware)  # ?lang=, Accept-Language; Content-Language on every answer
    app.add_middleware(HeadersMiddleware)
    return app
