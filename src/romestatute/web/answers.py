"""Fast JSON answers for the hot API routes: orjson bodies and a per-app cache of finished bodies.

The data are read-only while the server runs, so an answer is a function of the question (and,
for questions that default to today, of today's date, which callers put in the key). The cache
holds the encoded bytes, so a hit costs one dict look-up and no serialisation. Only answers are
cached, never errors. One cache per app (``app.state.answers``), so a fresh app starts empty.

A client that accepts gzip gets the answer compressed once and kept too (as the app's GZip middleware
would compress it, which passes an already encoded body through untouched).

A miss is computed in the thread pool, as a plain ``def`` route would be: a slow question (a long
unknown name, a heavy what-if) never blocks the event loop, and the guard's time limit still applies.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from romestatute import i18n

#: Finished bodies kept per app (a status answer is ~3 KB, a jurisdiction answer ~5 KB).
MAX_ANSWERS = 2048
#: Bodies from this size on are compressed for clients that accept gzip (the app's GZip middleware too).
GZIP_MIN = 1024
#: zlib level for gzip (6, zlib's default: near level 9's size for a fraction of its time).
GZIP_LEVEL = 6


def gzip(body: bytes) -> bytes:
    """``body`` gzip-compressed the way Starlette's GZip middleware does it at :data:`GZIP_LEVEL`."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(body) + compressor.flush()


def dumps(content: Any) -> bytes:
    """JSON bytes, the same as Starlette's ``JSONResponse`` renders (compact, UTF-8), only faster."""
    return orjson.dumps(content)


class FastJSONResponse(JSONResponse):
    """``JSONResponse`` rendered with orjson (identical bytes for the engine's JSON-safe dicts)."""

    def render(self, content: Any) -> bytes:
        return dumps(content)


class Answers:
    """A bounded least-recently-used map from a question's key to its encoded answer."""

    def __init__(self, size: int = MAX_ANSWERS) -> None:
        self.size = size
        self._bodies: OrderedDict[Hashable, bytes] = OrderedDict()

    def __len__(self) -> int:
        return len(self._bodies)

    def get(self, key: Hashable) -> bytes | None:
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def put(self, key: Hashable, body: bytes) -> None:
        self._bodies[key] = body
        self._bodies.move_to_end(key)
        if len(self._bodies) > self.size:
            self._bodies.popitem(last=False)


def answers_of(request: Request) -> Answers:
    """The app's cache (created on first use)."""
    state = request.app.state
    cache = getattr(state, "answers", None)
    if cache is None:
        cache = state.answers = Answers()
    return cache


async def cached_json(request: Request, key: Hashable, compute: Callable[..., Any], *args: Any) -> Response:
    """The answer to ``key``: from the cache, or ``compute(*args)`` in the thread pool, encoded and kept."""
    cache = answers_of(request)
    key = (key, i18n.language())  # the same question in another language is another answer
    if "gzip" in request.headers.get("accept-encoding", ""):  # the same test as the GZip middleware's
        packed = cache.get((key, "gzip"))
        if packed is not None:
            return _gzipped(packed)
    body = cache.get(key)
    if body is None:
        body = dumps(await run_in_threadpool(compute, *args))
        cache.put(key, body)
    if len(body) >= GZIP_MIN and "gzip" in request.headers.get("accept-encoding", ""):
        packed = gzip(body)
        cache.put((key, "gzip"), packed)
        return _gzipped(packed)
    return Response(body, media_type="application/json")


def _gzipped(body: bytes) -> Response:
    return Response(body, media_type="application/json",
                    headers={"content-encoding": "gzip", "vary": "Accept-Encoding"})
