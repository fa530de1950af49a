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
from romestatute.names import collect_notes

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
        self._notes: dict[Hashable, bytes] = {}  # the X-Rome-Note of an answer that has one, kept and dropped with it

    def __len__(self) -> int:
        return len(self._bodies)

    def get(self, key: Hashable) -> bytes | None:
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def note(self, key: Hashable) -> bytes | None:
        return self._notes.get(key)

    def put(self, key: Hashable, body: bytes, note: bytes = b"") -> None:
        self._bodies[key] = body
        self._bodies.move_to_end(key)
        if note:
            self._notes[key] = note
        if len(self._bodies) > self.size:
            gone, _ = self._bodies.popitem(last=False)
            self._notes.pop(gone, None)


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
            return _gzipped(packed, cache.note((key, "gzip")))
    body = cache.get(key)
    if body is None:
        with collect_notes() as notes:
            body = dumps(await run_in_threadpool(compute, *args))
        cache.put(key, body, note_header(notes))
    note = cache.note(key)
    if len(body) >= GZIP_MIN and "gzip" in request.headers.get("accept-encoding", ""):
        packed = gzip(body)
        cache.put((key, "gzip"), packed, note or b"")
        return _gzipped(packed, note)
    return Response(body, media_type="application/json", headers=_note(note))


#: The header that says how an ambiguous name was read ("Congo": the Republic of the Congo, not the DRC).
NOTE_HEADER = "X-Rome-Note"


def note_header(notes: list[str]) -> bytes:
    """The notes as one header value: ASCII (other characters as \\u escapes), joined by " | "."""
    return " | ".join(notes).encode("ascii", "backslashreplace")


def noted_json(compute: Callable[..., Any], *args: Any) -> JSONResponse:
    """``compute(*args)`` as JSON (uncached), with the :data:`NOTE_HEADER` when a name in it was ambiguous."""
    with collect_notes() as notes:
        content = compute(*args)
    return FastJSONResponse(content, headers=_note(note_header(notes)))


def _note(value: bytes | None) -> dict[str, str]:
    return {NOTE_HEADER: value.decode("ascii")} if value else {}


def _gzipped(body: bytes, note: bytes | None = None) -> Response:
    return Response(body, media_type="application/json",
                    headers={"content-encoding": "gzip", "vary": "Accept-Encoding", **_note(note)})
