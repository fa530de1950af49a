"""Fixtures for the web tests: an in-process client, a live uvicorn server, headless Chromium.

Browser tests skip when /usr/bin/chromium is absent, unless CI is set: then they must run
(and fail if Chromium is missing). Playwright never downloads a browser here; it drives
Debian's Chromium.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    """``rome serve`` in a child process, waited on until it answers."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "from romestatute.cli.main import main; main()", "serve", "--port", str(port),
         "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"rome serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("rome serve did not start within 30 s")


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    port = free_port()
    proc = start_server(port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {CHROMIUM} is missing: the browser tests must run in CI")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.console_errors = errors
    yield pg
    context.close()


def screenshot(page: Any, name: str, full_page: bool = True) -> Path:
    """Save a PNG under artifacts/screenshots/ (gitignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture()
def shoot() -> Any:
    return screenshot


def _move_slider(page: Any, day: str) -> None:
    """Set the home page's date slider to ``day`` (yyyy-mm-dd) as a user dragging it would, and wait for the map."""
    page.eval_on_selector("#slider", """(el, day) => {
        const first = new Date(el.dataset.first + 'T00:00:00Z');
        el.value = String(Math.round((new Date(day + 'T00:00:00Z') - first) / 86400000));
        el.dispatchEvent(new Event('input', {bubbles: true}));
    }""", day)
    page.wait_for_selector(f'#map[data-on="{day}"]')


@pytest.fixture
def move_slider() -> Any:
    """The slider helper, for browser tests of the home page."""
    return _move_slider
