"""Which language a request is answered in: ``?lang=``, else ``Accept-Language``, else English.

A pure ASGI middleware sets the active language (:mod:`romestatute.i18n`) for the request, adds
``Content-Language`` (the language used) and ``Vary: Accept-Language`` to the response, and answers an
unsupported ``?lang=`` with the usual error (422 naming the field ``lang``), never a silent fallback.

Links on the pages carry the language on when it was asked for in the address or is not English
(:func:`keep_language`), so an answer shared in French opens in French.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal
from urllib.parse import parse_qsl

from fastapi import Query

from romestatute import i18n
from romestatute.model.errors import RomeError
from romestatute.web.security import ASGIApp, Message, Receive, Scope, Send

#: The language links carry on (``None``: links stay bare, the reader's browser decides).
_link_lang: ContextVar[str | None] = ContextVar("romestatute_link_lang", default=None)
#: The address asked for (path and query), for the language switch.
_here: ContextVar[str] = ContextVar("romestatute_here", default="/")


def link_lang() -> str | None:
    return _link_lang.get()


@contextmanager
def switching_to(address: str) -> Iterator[None]:
    """While a page is drawn, its language switch links to ``address`` rather than the address asked for (the guard's
    error pages: a URL refused for its length is not written back into the page twice)."""
    token = _here.set(address)
    try:
        yield
    finally:
        _here.reset(token)


def switch() -> list[dict[str, str | bool]]:
    """The language switch: each language with the address of this page in it."""
    here = _here.get()
    return [{"code": code, "name": i18n.AUTONYMS[code], "href": with_lang(here, code),
             "current": code == i18n.language()} for code in i18n.LANGUAGES]


def lang_parameter(
    lang: Literal["en", "fr"] | None = Query(
        None, description="Language of the text meant for people (`meaning`, `explanation`, `label`, `title`): "
        "en or fr. Default: the `Accept-Language` header, else en. Keys and codes never change; the answer's "
        "`Content-Language` header names the language used.", examples=["fr"]),
) -> None:
    """``lang`` in the API's spec (the middleware has already applied it; this only documents it)."""


def negotiate(query_lang: str | None, accept_language: str | None) -> tuple[str, bool]:
    """(language, whether it was asked for explicitly). An unsupported explicit one raises BadValue."""
    if query_lang is not None and query_lang.strip():
        return i18n.parse(query_lang), True
    return i18n.from_accept_language(accept_language) or i18n.DEFAULT, False


def with_lang(url: str, lang: str | None) -> str:
    """``url`` (a path on this site, maybe with a query and a fragment) with ``lang=`` set to ``lang``."""
    if not lang:
        return url
    path, hash_, fragment = url.partition("#")
    base, _, query = path.partition("?")
    pairs = [p for p in query.split("&") if p and not p.startswith("lang=")]
    pairs.append(f"lang={lang}")
    return f"{base}?{'&'.join(pairs)}" + (hash_ + fragment if hash_ else "")


_LINK = re.compile(r'(\s(?:href|action)=")(/(?!/|static/|vendor/|openapi\.json|docs)[^"]*)(")')
_FORM = re.compile(r'(<form\b(?![^>]*method="post")[^>]*>)', re.IGNORECASE)


def keep_language(html: str, lang: str | None) -> str:
    """``html`` with ``lang`` carried by every link to this site and every GET form."""
    if not lang:
        return html
    def carry(m: re.Match[str]) -> str:
        url = m.group(2).replace("&amp;", "&")
        if re.search(r"[?&]lang=", url):  # the language switch names its own
            return m.group(0)
        return m.group(1) + with_lang(url, lang).replace("&", "&amp;") + m.group(3)

    html = _LINK.sub(carry, html)
    return _FORM.sub(lambda m: m.group(1) + f'<input type="hidden" name="lang" value="{lang}">', html)


class LanguageMiddleware:
    """Sets the request's language and says which one answered (``Content-Language``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        accept = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"accept-language"), None)
        try:
            lang, explicit = negotiate(query.get("lang"), accept)
        except RomeError as exc:
            await _refuse(scope, receive, send, str(exc), exc.field)
            return
        token = i18n.activate(lang)
        here_token = _here.set(scope.get("path", "/") + ("?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else ""))
        link_token = _link_lang.set(lang if explicit or lang != i18n.DEFAULT else None)

        async def send_with_language(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"vary"]
                vary = [v for k, v in message.get("headers", []) if k.lower() == b"vary"]
                if not explicit:  # the answer depended on the header
                    vary.append(b"Accept-Language")
                if vary:
                    headers.append((b"vary", b", ".join(vary)))
                message["headers"] = [*headers, (b"content-language", lang.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_language)
        finally:
            _here.reset(here_token)
            _link_lang.reset(link_token)
            i18n.deactivate(token)


async def _refuse(scope: Scope, receive: Receive, send: Send, message: str, field: str | None) -> None:
    """The 422 an unsupported ``?lang=`` gets: JSON for the API, the error page (in English) for pages."""
    from starlette.responses import HTMLResponse, JSONResponse, Response

    path = scope.get("path", "")
    response: Response
    if path.startswith("/api") or path == "/openapi.json":
        response = JSONResponse({"error": message, "field": field}, status_code=422)
    else:
        from romestatute.web.render import render

        response = HTMLResponse(render("error.html", status=422, message=message, field=field), status_code=422)
    response.headers["content-language"] = i18n.DEFAULT
    await response(scope, receive, send)
