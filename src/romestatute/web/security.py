"""Headers on every response: the engine and data versions, and a strict security policy.

A pure ASGI middleware (no per-request task switch, unlike ``BaseHTTPMiddleware``).
The policy allows scripts and styles from this origin only, so templates carry no
inline ``<script>`` or ``style=``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from romestatute import __version__
from romestatute.facts.load import facts

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")


def response_headers() -> list[tuple[bytes, bytes]]:
    """The headers added to every response."""
    return [
        (b"x-romestatute-version", __version__.encode()),
        (b"x-romestatute-data", facts().checked_on.isoformat().encode()),
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]


class HeadersMiddleware:
    """Adds :func:`response_headers` to each HTTP response start."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = response_headers()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                own = list(message.get("headers", []))
                # a response with a policy of its own (a downloaded brief: one stylesheet by its hash) keeps it
                keep = {name.lower() for name, _ in own}
                message["headers"] = own + [h for h in self.headers
                                            if not (h[0] == b"content-security-policy" and h[0] in keep)]
            await send(message)

        await self.app(scope, receive, send_with_headers)
