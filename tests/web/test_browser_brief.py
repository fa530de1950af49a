"""The HTML brief renders in headless Chromium, as a page and printed to A4 (skips without Chromium unless CI)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from romestatute.briefs import write
from romestatute.queries.diff import diff
from romestatute.queries.jurisdiction import jurisdiction


def test_html_brief_renders_and_prints_on_a4(page: Any, tmp_path: Path, shoot: Any) -> None:
    target = write("diff", diff("2016-01-01", "2019-12-31"), str(tmp_path / "diff.html"))
    page.goto(target.as_uri())
    assert page.inner_text("h1") == "What changed between two days"
    notes = page.locator("section.footnotes li")
    assert notes.count() > 10
    first_ref = page.locator("sup a.ref").first
    href = first_ref.get_attribute("href")
    assert page.locator(href).count() == 1  # the footnote a reference points to is on the page
    assert page.evaluate("document.scripts.length") == 0
    # the stylesheet applied: footnotes set apart by a rule, the body in a serif face
    assert page.eval_on_selector("section.footnotes", "e => getComputedStyle(e).borderTopStyle") == "solid"
    assert "serif" in page.eval_on_selector("body", "e => getComputedStyle(e).fontFamily").lower()
    shoot(page, "brief-diff")
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = {tuple(round(float(x)) for x in m.split()) for m in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf)}
    assert pdf.startswith(b"%PDF") and boxes == {(0, 0, 595, 842)}  # every page A4: 595 x 842 points
    assert page.console_errors == []


def test_what_if_brief_marks_the_what_if(page: Any, tmp_path: Path) -> None:
    answer = jurisdiction({"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"],
                           "from": "2016-09-01", "to": "2016-12-31", "assume": ["SYR:declaration_12_3:2011-03-15"]})
    target = write("jurisdiction", answer, str(tmp_path / "whatif.html"))
    page.goto(target.as_uri())
    assert page.is_visible("#what-if") and "SYR:declaration_12_3:2011-03-15" in page.inner_text("#what-if")
    assert page.console_errors == []


def test_diff_page_map_and_list(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/diff")
    page.fill("#from", "2016-01-01")
    page.fill("#to", "2019-12-31")
    page.click("#diff-form button[type=submit]")
    page.wait_for_url("**/diff?from=2016-01-01&to=2019-12-31*")
    assert "df-left" in (page.get_attribute('#map a[data-state="BDI"] path', "class") or "")
    assert "df-joined" in (page.get_attribute('#map a[data-state="SLV"] path', "class") or "")
    assert page.inner_text("#count-from") == "123" and page.inner_text("#count-to") == "122"
    assert page.locator("#changes > li").count() >= 8
    page.click('#map a[data-state="BDI"]')
    assert page.url.endswith("#change-BDI")
    shoot(page, "diff-2016-2019")
    assert page.console_errors == []
