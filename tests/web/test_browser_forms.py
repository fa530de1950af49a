"""The forms in Chromium: dates typed and shown as yyyy-mm-dd, and the answer brought into view after
"Check jurisdiction" (with JavaScript off too); ISO dates in the warrants table stay on one line."""

from __future__ import annotations

from typing import Any

DATE_INPUTS = [("/", ["#on"]), ("/jurisdiction", ["#from", "#to", "#as_of", "#trigger_date"]),
               ("/obligation", ["#on"]), ("/read", ["#date"]), ("/diff", ["#from", "#to", "#as_of"])]


def in_view(page: Any, selector: str) -> bool:
    return bool(page.eval_on_selector(selector, """(el) => {
        const r = el.getBoundingClientRect();
        return r.top >= -1 && r.top < window.innerHeight * 0.5;
    }"""))


def test_date_inputs_take_and_show_iso_dates(page: Any, live_server: str) -> None:
    for path, selectors in DATE_INPUTS:
        page.goto(live_server + path)
        for sel in selectors:
            # a text input shows exactly what it holds: no locale picker turning 2016-11-17 into 11/17/2016
            assert page.get_attribute(sel, "type") == "text", (path, sel)
            assert page.get_attribute(sel, "placeholder") == "yyyy-mm-dd", (path, sel)
    page.goto(live_server + "/?on=2016-11-17")
    assert page.input_value("#on") == "2016-11-17"
    assert page.eval_on_selector("#on", "el => { el.value = '17/11/2016'; return el.checkValidity(); }") is False
    assert page.eval_on_selector("#on", "el => { el.value = '2016-11-17'; return el.checkValidity(); }") is True


def _ask_aleppo(page: Any) -> None:
    page.check('input[name="crimes"][value="war_crimes"]')
    page.fill("#territory", "SYR")
    page.fill("#nationality", "RUS")
    page.fill("#from", "2016-09-01")
    page.fill("#to", "2016-12-31")
    page.fill("#as_of", "2016-11-17")
    page.click("button[type=submit]")
    page.wait_for_selector("#outcome")


def test_check_jurisdiction_brings_the_answer_into_view(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/jurisdiction")
    _ask_aleppo(page)
    assert page.url.endswith("#answer")
    assert in_view(page, "#answer")
    shoot(page, "checker-answer-in-view", full_page=False)
    page.click('a[href="#checker"]')
    assert in_view(page, "#checker")
    assert page.console_errors == []


def test_the_answer_comes_into_view_without_javascript(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server + "/jurisdiction")
    _ask_aleppo(page)
    assert page.url.endswith("#answer") and in_view(page, "#answer")
    assert page.inner_text("#outcome").lower() == "no"
    page.goto(live_server + "/obligation")
    page.fill("#person", "Putin")
    page.fill("#state", "MNG")
    page.fill("#on", "2024-09-03")
    page.click("#obligation-form button[type=submit]")
    page.wait_for_selector("#obliged")
    assert page.url.endswith("#answer") and in_view(page, "#answer")
    context.close()


def test_warrant_dates_stay_on_one_line(page: Any, live_server: str, shoot: Any) -> None:
    page.set_viewport_size({"width": 700, "height": 900})
    page.goto(live_server + "/warrants")
    heights = page.eval_on_selector_all("td time.day", """(els) => els.map(el => {
        const r = el.getBoundingClientRect(); return [el.textContent, r.height, parseFloat(getComputedStyle(el).lineHeight) || 20];
    })""")
    assert len(heights) > 20
    broken = [text for text, h, line in heights if h > line * 1.5]
    assert broken == []
    shoot(page, "warrants-narrow", full_page=False)
