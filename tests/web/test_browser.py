"""End to end in headless Chromium against a live ``rome serve`` (skips without Chromium unless CI is set)."""

from __future__ import annotations

from typing import Any

BDI_PATH = '#map a[data-state="BDI"] path'


def test_map_renders_with_legend_and_chart(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/")
    assert page.locator("#map path").count() > 150
    assert page.locator("#map a[data-state]").count() > 150
    assert page.locator("#chart polyline.series").count() == 1
    assert page.locator(".legend li").count() >= 7
    assert page.is_visible("#slider") and page.is_visible("#play")
    shoot(page, "home")
    assert page.console_errors == []


def test_slider_to_2016_11_17_shows_burundi_pending(page: Any, live_server: str, shoot: Any, move_slider: Any) -> None:
    page.goto(live_server + "/?on=2010-01-01")
    assert "pending" not in (page.get_attribute(BDI_PATH, "class") or "")
    move_slider(page, "2016-11-17")
    classes = (page.get_attribute(BDI_PATH, "class") or "").split()
    assert "st-party" in classes and "pending" in classes
    assert "Burundi: State Party, withdrawal pending" == page.get_attribute('#map a[data-state="BDI"]', "aria-label")
    summary = page.inner_text("#summary")
    assert "17 November 2016" in summary and "Burundi (takes effect 2017-10-27)" in summary
    assert page.input_value("#on") == "2016-11-17"
    assert page.url.endswith("/?on=2016-11-17")
    # the JSON links follow the day shown, not the day the page was loaded for
    assert page.get_attribute('a[data-api="/api/parties"]', "href") == "/api/parties?on=2016-11-17"
    assert page.inner_text('a[data-api="/api/statuses"]') == "/api/statuses?on=2016-11-17"
    shoot(page, "home-2016-11-17")
    page.click('#map a[data-state="BDI"]')
    page.wait_for_url("**/state/BDI")
    assert page.console_errors == []


def test_play_button_animates_and_pauses(page: Any, live_server: str) -> None:
    page.goto(live_server + "/?on=1998-07-17")
    page.click("#play")
    assert page.get_attribute("#play", "aria-pressed") == "true"
    page.wait_for_selector('#map:not([data-on="1998-07-17"])')
    page.click("#play")
    assert page.get_attribute("#play", "aria-pressed") == "false"


def test_date_form_works_with_javascript_off(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/")
    assert not page.is_visible("#slider")
    page.fill("#on", "2016-11-17")
    page.click("#show")
    page.wait_for_url("**/?on=2016-11-17")
    assert "pending" in (page.get_attribute(BDI_PATH, "class") or "")
    context.close()


def test_checker_answers_aleppo_with_its_trace(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/jurisdiction")
    page.check('input[name="crimes"][value="war_crimes"]')
    page.fill("#territory", "SYR")
    page.fill("#nationality", "RUS")
    page.fill("#from", "2016-09-01")
    page.fill("#to", "2016-12-31")
    page.click("button[type=submit]")
    page.wait_for_selector("#outcome")
    assert "territory=SYR" in page.url and "nationality=RUS" in page.url
    assert page.inner_text("#outcome").lower() == "no"
    trace = page.inner_text(".trace")
    assert "Art. 12(2)(a)" in trace and "Art. 12(2)(b)" in trace
    shoot(page, "checker-aleppo")
    page.click('.trace a[href^="/article/art-12"]')
    page.wait_for_url("**/article/art-12*")
    assert "Preconditions" in page.inner_text("h1")
    assert page.console_errors == []


def test_aleppo_example_opens_the_checker(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/example/aleppo")
    shoot(page, "example-aleppo")
    page.click("#open-checker")
    page.wait_for_selector("#outcome")
    assert page.input_value("#territory") == "SYR"


def test_state_page_lists_sources(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/state/BDI")
    assert "Burundi" in page.inner_text("h1")
    assert page.locator("#events li").count() >= 3
    assert page.locator("#events a.src").count() >= 2
    assert page.locator("#events a.art").count() >= 3
    shoot(page, "state-BDI")


def test_keyboard_and_phone(browser: Any, live_server: str, shoot: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shoot(page, "home-phone", full_page=False)
    page.goto(live_server + "/jurisdiction")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    # every form control has a label
    unlabeled = page.evaluate("""() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.name)""")
    assert unlabeled == []
    context.close()


def test_docs_render_from_local_assets(page: Any, live_server: str, shoot: Any) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(live_server + "/docs")
    page.wait_for_selector(".swagger-ui .info", timeout=15000)
    assert all(u.startswith((live_server, "data:")) for u in requests), requests
    shoot(page, "docs")
