"""Bounds on every request: body size and time, as plain ASGI middleware.

* A body larger than ``MAX_BODY`` bytes (by its Content-Length or as it streams in) gets 413.
* A request still running after ``TIME_LIMIT`` seconds gets 503; the work it started is not
  allowed to answer late.
Both answer with the API's error shape, ``{"error": ..., "field": ...}``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Largest request body accepted (the reader's own limit on a report's text is 200 KB).
MAX_BODY = 256 * 1024
#: Longest a request may run, in seconds.
TIME_LIMIT = 10.0


class _TooLarge(Exception):
    pass


async def _error(send: Send, status: int, message: str, field: str | None) -> None:
    body = json.dumps({"error": message, "field": field}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    def __init__(self, app: ASGIApp, *, max_body: int = MAX_BODY, time_limit: float = TIME_LIMIT) -> None:
        self.app = app
        self.max_body = max_body
        self.time_limit = time_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _error(send, 413, f"body: larger than {self.max_body // 1024} KB", "body")
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await asyncio.wait_for(self.app(scope, limited_receive, tracking_send), self.time_limit)
        except _TooLarge:
            if not started:
                await _error(send, 413, f"body: larger than {self.max_body // 1024} KB", "body")
        except TimeoutError:
            if not started:
                await _error(send, 503, f"the request took longer than {self.time_limit:g} s", None)
