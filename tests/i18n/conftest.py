"""An in-process client of the web app (the faces' tests need it; the browser ones live in tests/web)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c
