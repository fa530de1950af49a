"""The JSON API returns the CLI's --json dicts, names the bad field on errors, and sets its headers."""

from __future__ import annotations

from typing import Any

from romestatute import __version__
from romestatute.facts.load import facts
from romestatute.queries.parties import parties
from romestatute.queries.status import status
from romestatute.queries.timeline import timeline


def test_status_is_the_cli_dict(client: Any) -> None:
    r = client.get("/api/status/BDI", params={"on": "2016-11-17"})
    assert r.status_code == 200
    assert r.json() == status("BDI", "2016-11-17")
    assert r.json()["withdrawal_pending"]["effective"] == "2017-10-27"


def test_status_accepts_names(client: Any) -> None:
    assert client.get("/api/status/Burundi?on=2020-01-01").json()["status"] == "former_party"


def test_parties_and_timeline_are_the_cli_dicts(client: Any) -> None:
    assert client.get("/api/parties?on=2016-11-17").json() == parties("2016-11-17")
    assert client.get("/api/timeline/BDI").json() == timeline("BDI")


def test_statuses_compact_record(client: Any) -> None:
    body = client.get("/api/statuses?on=2016-11-17").json()
    assert body["schema"] == "romestatute.statuses/1"
    assert body["statuses"]["BDI"] == "party"
    assert body["withdrawal_pending"]["BDI"] == "2017-10-27"
    assert body["count"] == parties("2016-11-17")["count"] == body["counts"]["party"]
    assert sum(body["counts"].values()) == len(body["statuses"])


def test_unknown_state_is_404_naming_the_field(client: Any) -> None:
    r = client.get("/api/status/Atlantis")
    assert r.status_code == 404
    assert r.json()["field"] == "state" and "Atlantis" in r.json()["error"]


def test_bad_date_is_422_naming_the_field(client: Any) -> None:
    r = client.get("/api/status/BDI?on=2016-13-45")
    assert r.status_code == 422
    assert r.json()["field"] == "on"


def test_validation_errors_are_reshaped(client: Any) -> None:
    r = client.post("/api/jurisdiction", content=b"[1, 2", headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert set(r.json()) == {"error", "field"}


def test_unknown_api_path_is_json_404(client: Any) -> None:
    r = client.get("/api/nothing")
    assert r.status_code == 404 and set(r.json()) == {"error", "field"}


def test_headers_on_every_response(client: Any) -> None:
    for url in ("/api/parties", "/", "/api/status/Atlantis", "/static/style.css"):
        h = client.get(url).headers
        assert h["x-romestatute-version"] == __version__
        assert h["x-romestatute-data"] == facts().checked_on.isoformat()
        csp = h["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"


def test_openapi_lists_the_api(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/status/{state}", "/api/statuses", "/api/parties", "/api/timeline/{state}",
                 "/api/jurisdiction", "/api/articles/{id}"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/jurisdiction"]
    assert not any(p.startswith("/state") or p == "/" for p in spec["paths"])


def test_docs_are_served_without_a_cdn(client: Any) -> None:
    html = client.get("/docs").text
    assert "cdn" not in html.lower() and "https://" not in html.split("<main")[0]
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200


def test_articles_api(client: Any) -> None:
    arts = client.get("/api/articles").json()
    assert any(a["id"] == "art-12" for a in arts)
    assert client.get("/api/articles/art-12-2-a").json()["id"] == "art-12"
    assert client.get("/api/articles/art-999").status_code == 404
