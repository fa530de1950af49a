"""HTML to text without the site's boilerplate, and the report's date."""

from __future__ import annotations

import datetime as dt

import pytest

from romestatute.read import read
from romestatute.read.extract import find_date, to_text

DAY = dt.date(2016, 11, 17)


@pytest.mark.parametrize("written", ["Thursday November 17, 2016", "Thursday, 17 November 2016", "17 November 2016",
                                     "Nov. 17, 2016", "17th of November, 2016", "2016-11-17"])
def test_date_forms(written: str) -> None:
    text = f"Some headline\n{written} 6:35 PM\nBody text mentioning 2014 only as a year."
    found = find_date(text, text)
    assert found is not None and found.date == DAY and found.how == "dateline"


def test_impossible_dates_and_bare_years_are_not_dates() -> None:
    text = "On February 30, 2016 nothing happened; in 2014 a draft failed."
    assert find_date(text, text) is None


PAGE = """<!doctype html><html><head><title>Site</title>
<meta property="article:published_time" content="2016-11-17T18:35:00Z">
<script>var menu = "Ukraine Russia";</script><style>.x{}</style></head>
<body><nav><a href="/">Home</a> <a href="/k">Kenya news</a></nav>
<header>Breaking: Jordan</header>
<article><h1>A small court story</h1>
<p>Officials in <b>Burundi</b> confirmed the notice of withdrawal from the International Criminal Court.</p>
<p>Published 1 March 2015 in an older edition.</p></article>
<aside>Most read: Venezuela</aside><footer>© Mexico Media</footer></body></html>"""


def test_html_boilerplate_is_dropped_and_metadata_dates_it() -> None:
    text, html = to_text(PAGE)
    assert html
    assert "Burundi confirmed" in text.replace("\n", " ").replace("  ", " ") or "Burundi" in text
    for junk in ("var menu", "Kenya", "Jordan", "Venezuela", "Mexico", "Home"):
        assert junk not in text
    r = read(PAGE, today="2026-01-01")
    assert r["date"] == {"value": "2016-11-17", "text": "2016-11-17T18:35:00Z", "start": None, "how": "metadata",
                         "relative": []}
    assert [s["state"] for s in r["states"]] == ["BDI"]
    assert r["input"]["html"] is True


def test_plain_text_is_kept_as_given() -> None:
    text = "  Russia <3 the ICC?  \n"
    assert to_text(text) == (text, False)
