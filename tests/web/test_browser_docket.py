"""The duty-to-arrest checker, the reader and the situations table in headless Chromium against a live
``rome serve`` (same fixtures and skip rules as test_browser.py)."""

from __future__ import annotations

from typing import Any

# Written for this test (not taken from any outlet).
REPORT = ("Nairobi, 18 November 2016. Russia withdraws from the International Criminal Court, the Kremlin said, "
          "weeks after Burundi said it would leave.")


def test_obligation_checker_answers_putin_in_mongolia(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/obligation")
    page.fill("#person", "Putin")
    page.fill("#state", "Mongolia")
    page.fill("#on", "2024-09-03")
    page.click("#obligation-form button[type=submit]")
    page.wait_for_selector("#obliged")
    assert "person=Putin" in page.url and "on=2024-09-03" in page.url
    assert page.inner_text("#obliged").lower() == "yes"
    assert "Mongolia had to arrest and surrender" in page.inner_text("#obligation-summary")
    trace = page.inner_text(".trace")
    assert "Art. 86" in trace and "Art. 89(1)" in trace and "Art. 98(1)" in trace and "Art. 87(7)" in trace
    assert page.locator("#noncompliance li").count() >= 2  # the visit and the Court's finding
    shoot(page, "obligation-putin-mongolia")
    page.click("text=every obliged state that day")
    page.wait_for_selector("#obligation-map")
    assert page.locator('#map a[data-state="MNG"] path.ob-party').count() == 1
    assert page.locator('#map a[data-state="RUS"] path.ob-none').count() == 1
    shoot(page, "obligation-putin-map")
    assert page.console_errors == []


def test_obligation_worked_link(page: Any, live_server: str) -> None:
    page.goto(live_server + "/obligation")
    page.click("#example-putin")
    page.wait_for_selector("#obliged")
    assert page.input_value("#state") == "MNG"


def test_read_shows_a_correction(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/read")
    page.fill("#text", REPORT)
    page.click("#read-form button[type=submit]")
    page.wait_for_selector("#reading")
    assert "18 November 2016" in page.inner_text("#report-date")
    corrections = page.inner_text("#corrections")
    assert "Russian Federation" in corrections and "never became a party" in corrections
    # corrections come before the states
    assert page.evaluate("""() => document.getElementById('corrections')
        .compareDocumentPosition(document.getElementById('states-h')) & Node.DOCUMENT_POSITION_FOLLOWING""")
    assert "pending" in page.inner_text("#state-BDI")  # Burundi's withdrawal was pending on the report's date
    assert page.input_value("#text") == REPORT  # the text stays in the form, as typed
    shoot(page, "read-correction")
    assert page.console_errors == []


def test_read_works_with_javascript_off(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/read")
    page.click("#read-sample")
    page.wait_for_selector("#reading")
    assert page.locator("#corrections li").count() >= 1
    assert page.locator(".question-reading a.open-checker").count() >= 1
    page.click(".question-reading a.open-checker")
    page.wait_for_selector("#outcome")
    assert page.input_value("#territory") == "SYR"
    context.close()


def test_situations_list_agree_and_disagree(page: Any, live_server: str, shoot: Any) -> None:
    page.goto(live_server + "/situations")
    agree = page.locator('#situations-table tr[data-verdict="agrees"]').count()
    explained = page.locator('#situations-table tr[data-verdict="explained"]').count()
    assert agree == int(page.inner_text("#agreeing"))
    assert explained >= 1 and page.locator('#situations-table tr[data-verdict="unexplained"]').count() == 0
    row = page.locator('#situations-table tr[data-verdict="explained"]').first
    assert "disagrees" in row.inner_text()
    shoot(page, "situations")
    row.locator("a[href^='#why-']").click()
    assert page.url.split("#")[1].startswith("why-")
    page.click('#situations-table a[href="/situation/bangladesh-myanmar"]')
    page.wait_for_selector("#engine-outcome")
    assert page.locator("#decisions tbody tr").count() >= 2
    shoot(page, "situation-bangladesh-myanmar")
    page.click("#open-checker")
    page.wait_for_selector("#outcome")
    assert page.inner_text("#outcome").lower() == "partial"


def test_warrants_filter_and_phone(browser: Any, live_server: str, shoot: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    for url in ("/warrants", "/situations", "/obligation?person=Putin&state=MNG&on=2024-09-03", "/read"):
        page.goto(live_server + url)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), url
        unlabeled = page.evaluate("""() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.name)""")
        assert unlabeled == [], url
    page.goto(live_server + "/warrants")
    page.check('input[name="status"][value="at_large"]')
    page.select_option("#situation", "darfur")
    page.click("#warrant-filter button[type=submit]")
    page.wait_for_url("**/warrants?*situation=darfur*")
    statuses = page.eval_on_selector_all("#warrants-table tbody tr", "rows => rows.map(r => r.dataset.status)")
    assert statuses and set(statuses) == {"at_large"}
    shoot(page, "warrants-phone", full_page=False)
    context.close()
