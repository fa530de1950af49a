"""An in-process client of the web app (the faces' tests need it; the browser ones live in tests/web), and a\ndata check run on one edited row of a names file."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


@pytest.fixture
def edited_row(data: Path, rome: Callable[..., Any]) -> Callable[[str, str, str, str], list[str]]:
    """Edit the row of ``file`` (in the private data copy) that starts with ``starts``, replacing ``old`` by
    ``new``; run ``rome data check --json``, which must fail, and return the problems reported on that line."""

    def edit(file: str, starts: str, old: str, new: str) -> list[str]:
        path = data / file
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        [i] = [n for n, line in enumerate(lines) if line.startswith(starts)]
        assert old in lines[i]
        lines[i] = lines[i].replace(old, new, 1)
        path.write_text("".join(lines), encoding="utf-8")
        report = json.loads(rome("data", "check", "--json").out)
        assert not report["ok"]
        return [p for p in report["problems"] if p.startswith(f"{file}:{i + 1}:")]

    return edit
