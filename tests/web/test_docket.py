"""The docket endpoints return the query modules' dicts (skipped while those modules are absent)."""

from __future__ import annotations

from typing import Any

import pytest

docket = pytest.importorskip("romestatute.queries.docket")
obligation = pytest.importorskip("romestatute.queries.obligation")


def test_situations_and_warrants(client: Any) -> None:
    assert client.get("/api/situations").json() == docket.situations()
    assert client.get("/api/warrants").json() == docket.warrants(None, None)


def test_obligation_same_as_query(client: Any) -> None:
    r = client.get("/api/obligation", params={"person": "Putin", "state": "MNG", "on": "2024-09-03"})
    assert r.status_code == 200
    assert r.json() == obligation.obligation("Putin", "MNG", "2024-09-03")


def test_obligation_names_bad_field(client: Any) -> None:
    r = client.get("/api/obligation", params={"person": "Putin", "state": "Atlantis"})
    assert r.status_code in (404, 422) and r.json()["field"]
    r = client.get("/api/obligation", params={"state": "MNG"})
    assert r.status_code == 422 and r.json()["field"] == "person"
