"""Script payloads in a shared URL never run in the browser (same fixtures and skip rules as test_browser.py)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

PAYLOAD = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


def test_payloads_in_urls_do_not_execute(page: Any, live_server: str) -> None:
    p = quote(PAYLOAD, safe="")
    for url in (f"/jurisdiction?crimes=war_crimes&territory={p}&from=2016-01-01",
                f"/obligation?person={p}&state=MNG&on=2024-09-03",
                f"/warrants?situation={p}",
                f"/?on={p}"):
        page.goto(live_server + url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
        assert page.locator("script:has-text('__pwned')").count() == 0, url
