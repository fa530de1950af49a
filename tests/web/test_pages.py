"""The explorer's pages render server-side (JavaScript off) with no inline script or style."""

from __future__ import annotations

import re
from typing import Any

import pytest

PAGES = ["/", "/?on=2016-11-17", "/state/BDI", "/jurisdiction", "/example/aleppo", "/articles", "/article/art-12",
         "/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_no_inline_script_or_style(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    html = r.text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert " style=" not in html and "<style" not in html
    assert "cdn" not in html.lower()
    assert 'lang="en"' in html and 'name="viewport"' in html


def test_home_map_is_server_rendered(client: Any) -> None:
    html = client.get("/?on=2016-11-17").text
    assert html.count("<path") > 150
    bdi = re.search(r'<a href="/state/BDI"[^>]*>\s*<path class="([^"]+)"', html)
    assert bdi and bdi.group(1) == "c st-party pending"
    assert "Withdrawal pending" in html and "Burundi" in html
    assert 'id="chart"' in html


def test_home_clamps_and_rejects_dates(client: Any) -> None:
    assert client.get("/?on=1990-01-01").status_code == 200
    r = client.get("/?on=not-a-day")
    assert r.status_code == 422 and "<h1>" in r.text


def test_state_page_lists_sources(client: Any) -> None:
    html = client.get("/state/BDI").text
    assert "Burundi" in html and "Former party" in html
    assert html.count('class="src"') >= 3
    assert 'href="/article/art-127' in html


def test_state_page_redirects_names_to_iso3(client: Any) -> None:
    r = client.get("/state/burundi", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == "/state/BDI"
    assert client.get("/state/Atlantis").status_code == 404


def test_article_page_highlights_a_paragraph(client: Any) -> None:
    html = client.get("/article/art-12-2-a").text
    assert 'class="para focus" id="p-12-2-a"' in html


def test_aleppo_example_links_the_checker(client: Any) -> None:
    html = client.get("/example/aleppo").text
    assert "/jurisdiction?crimes=war_crimes&amp;territory=SYR&amp;nationality=RUS&amp;from=2016-09-01&amp;to=2016-12-31" in html
