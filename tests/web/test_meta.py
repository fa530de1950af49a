"""Every HTML page has a meta description of its own (Lighthouse's SEO audit), found by crawling the site."""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import urlsplit

META = re.compile(r'<meta name="description" content="([^"]*)">')
HREF = re.compile(r'href="(/[^"#]*)')

#: Pages with a question in the address, and an error page: the crawl reaches the forms, not their answers.
ANSWERS = ["/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31"
           "&as_of=2016-11-17", "/obligation?person=Putin&state=MNG&on=2024-09-03", "/obligation?person=Putin",
           "/?on=2016-11-17", "/state/nowhere-at-all", "/no/such/page"]


def _crawl(client: Any, limit: int = 80) -> dict[str, str]:
    """Path -> HTML for the pages reached from the home page (one per path, queries aside), plus ANSWERS."""
    seen: dict[str, str] = {}
    todo = ["/", *ANSWERS]
    visited: set[str] = set()
    per_kind: dict[str, int] = {}
    while todo and len(seen) < limit:
        url = todo.pop(0)
        key = url if url in ANSWERS else urlsplit(url).path
        kind = key.split("/")[1] if url not in ANSWERS else url
        if key in visited or key.startswith(("/api", "/static", "/openapi.json")) or per_kind.get(kind, 0) >= 3:
            continue  # three pages of a kind (/state/..., /article/...) are enough
        visited.add(key)
        per_kind[kind] = per_kind.get(kind, 0) + 1
        r = client.get(url)
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        seen[url] = r.text
        todo += [h for h in HREF.findall(r.text) if urlsplit(h).path not in visited]
    return seen


def test_every_page_has_a_meta_description(client: Any) -> None:
    pages = _crawl(client)
    assert {"/", "/jurisdiction", "/obligation", "/situations", "/warrants", "/read", "/articles", "/docs",
            "/example/aleppo"} <= set(pages), sorted(pages)
    assert any(p.startswith("/state/") for p in pages) and any(p.startswith("/article/") for p in pages)
    missing, bad = [], []
    for url, html in pages.items():
        found = META.findall(html)
        if len(found) != 1:
            missing.append(url)
        elif not 50 <= len(unescape(found[0])) <= 200:
            bad.append((url, found[0]))
    assert missing == [] and bad == []


def test_descriptions_say_what_the_page_holds(client: Any) -> None:
    def description(url: str) -> str:
        return unescape(META.findall(client.get(url).text)[0])

    assert "Burundi" in description("/state/BDI")
    assert "Art. 12" in description("/article/art-12")
    assert description("/situations") != description("/warrants") != description("/")
