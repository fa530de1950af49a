"""``POST /api/read``: the reading dict of ``romestatute.read.read``, a size limit, and errors naming the field."""

from __future__ import annotations

from typing import Any

from romestatute.read import read
from romestatute.web.routes.read import MAX_TEXT

# Written for these tests (not taken from any outlet).
REPORT = ("Geneva, 5 December 2016. Russia withdraws from the International Criminal Court, state media said, "
          "a month after Burundi announced it would leave the court.")


def test_json_body_is_the_python_reading(client: Any) -> None:
    r = client.post("/api/read", json={"text": REPORT})
    assert r.status_code == 200
    body = r.json()
    assert body == read(REPORT)
    assert body["schema"] == "romestatute.reading/2"
    assert body["date"]["value"] == "2016-12-05"
    assert [c["state"] for c in body["corrections"]] == ["RUS"]


def test_date_given_in_the_body_wins(client: Any) -> None:
    body = client.post("/api/read", json={"text": REPORT, "date": "2016-11-17"}).json()
    assert body["date"] == {"value": "2016-11-17", "text": None, "start": None, "how": "given", "relative": []}


def test_form_and_plain_text_bodies(client: Any) -> None:
    form = client.post("/api/read", data={"text": REPORT, "date": "2016-11-17"})
    assert form.status_code == 200 and form.json()["date"]["value"] == "2016-11-17"
    plain = client.post("/api/read?date=2016-11-18", content=REPORT.encode(),
                        headers={"content-type": "text/plain; charset=utf-8"})
    assert plain.status_code == 200 and plain.json()["date"]["value"] == "2016-11-18"
    assert plain.json()["corrections"][0]["state"] == "RUS"


def test_html_body_drops_boilerplate(client: Any) -> None:
    page = (f"<html><body><nav>Burundi news menu</nav><article><p>{REPORT}</p></article>"
            "<footer>South Africa edition</footer></body></html>")
    body = client.post("/api/read", content=page.encode(), headers={"content-type": "text/html"}).json()
    assert body["input"]["html"] is True
    assert {s["state"] for s in body["states"]} == {"RUS", "BDI"}


def test_too_large_is_413_naming_text(client: Any) -> None:
    big = "Burundi. " * (MAX_TEXT // 9 + 10)
    r = client.post("/api/read", json={"text": big})
    assert r.status_code == 413
    assert r.json()["field"] == "text" and "200 KB" in r.json()["error"]
    r = client.post("/api/read", content=b"x" * (MAX_TEXT + 1000), headers={"content-type": "text/plain"})
    assert r.status_code == 413 and r.json()["field"] == "text"
    # past the server-wide body limit (web/guard.py) the answer comes before the reader sees the text
    r = client.post("/api/read", content=b"x" * (5 * MAX_TEXT), headers={"content-type": "text/plain"})
    assert r.status_code == 413 and r.json()["field"] == "body"


def test_just_under_the_limit_is_read(client: Any) -> None:
    text = ("Nothing here. " * (MAX_TEXT // 14))[: MAX_TEXT - 10]
    r = client.post("/api/read", json={"text": text})
    assert r.status_code == 200 and r.json()["empty"] is True


def test_empty_and_missing_text_are_422_naming_text(client: Any) -> None:
    for body in ({"text": ""}, {"text": "   \n"}, {}, {"date": "2016-11-17"}):
        r = client.post("/api/read", json=body)
        assert r.status_code == 422, body
        assert r.json()["field"] == "text"
    r = client.post("/api/read", content=b"", headers={"content-type": "text/plain"})
    assert r.status_code == 422 and r.json()["field"] == "text"


def test_bad_bodies_name_their_field(client: Any) -> None:
    assert client.post("/api/read", json={"text": REPORT, "date": "yesterday"}).json()["field"] == "date"
    r = client.post("/api/read", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["field"] == "body"
    r = client.post("/api/read", json=["a list"])
    assert r.status_code == 422 and r.json()["field"] == "body"
    r = client.post("/api/read", json={"text": 42})
    assert r.status_code == 422 and r.json()["field"] == "text"
    r = client.post("/api/read", content=b"%PDF", headers={"content-type": "application/pdf"})
    assert r.status_code == 415


def test_read_is_in_the_openapi_spec(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/read"]["post"]
    assert set(op["requestBody"]["content"]) >= {"application/json", "text/plain"}
    assert "413" in op["responses"]
    for path in ("/api/situations", "/api/warrants", "/api/obligation", "/api/obligation/map"):
        assert path in spec["paths"], path


def test_binary_text_is_refused_with_422_naming_text(client: Any) -> None:
    noise = bytes(range(256)).decode("latin-1") * 20
    r = client.post("/api/read", json={"text": noise})
    assert r.status_code == 422 and r.json()["field"] == "text" and "not text" in r.json()["error"]


def test_people_duties_and_claims_are_shown_on_the_page_and_in_the_api(client: Any) -> None:
    text = ("2 September 2024. Russian President Vladimir Putin arrived in Ulaanbaatar. There are 120 countries "
            "that are parties to the International Criminal Court.")
    body = client.post("/api/read", json={"text": text}).json()
    assert body["schema"] == "romestatute.reading/2"
    assert [p["key"] for p in body["people"]] == ["putin"]
    [q] = [q for q in body["questions"] if q["kind"] == "obligation"]
    assert q["query"]["state"] == "MNG" and q["answer"]["obliged"] is True
    assert [c["verdict"] for c in body["claims"] if c["kind"] == "party_count"] == ["wrong"]
    page = client.post("/read", data={"text": text})
    assert page.status_code == 200
    html = page.text
    assert 'id="people"' in html and "Vladimir Vladimirovich Putin" in html
    assert "Must Mongolia arrest and surrender" in html and 'id="claims"' in html
