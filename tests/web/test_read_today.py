"""``today`` on ``POST /api/read``: the same reading every day for an undated report; a bad day is a 422 naming it."""

from __future__ import annotations

from typing import Any

import pytest

from romestatute.read import read

# Written for these tests (not taken from any outlet): no year anywhere, so it is read as of today.
UNDATED = "On Friday Burundi left the International Criminal Court, a spokesman said."


def test_today_in_a_json_body_a_form_and_the_address(client: Any) -> None:
    want = read(UNDATED, today="2017-10-28")
    assert want["date"]["value"] == "2017-10-28" and want["today"] == "2017-10-28"
    assert client.post("/api/read", json={"text": UNDATED, "today": "2017-10-28"}).json() == want
    assert client.post("/api/read", data={"text": UNDATED, "today": "2017-10-28"}).json() == want
    plain = client.post("/api/read?today=2017-10-28", content=UNDATED.encode(), headers={"content-type": "text/plain"})
    assert plain.json() == want


def test_the_day_after_reads_the_day_after(client: Any) -> None:
    a = client.post("/api/read", json={"text": UNDATED, "today": "2017-10-26"}).json()
    b = client.post("/api/read", json={"text": UNDATED, "today": "2017-10-27"}).json()
    assert (a["date"]["value"], b["date"]["value"]) == ("2017-10-26", "2017-10-27")
    # Burundi's withdrawal took effect on 2017-10-27: a party the day before, not on the day
    [sa] = [s for s in a["states"] if s["state"] == "BDI"]
    [sb] = [s for s in b["states"] if s["state"] == "BDI"]
    assert sa["on_report_date"] != sb["on_report_date"]


@pytest.mark.parametrize("bad", ["2017-02-30", "yesterday", "27/10/2017", 20171027, ["2017-10-27"]])
def test_a_bad_today_is_422_naming_today(client: Any, bad: object) -> None:
    r = client.post("/api/read", json={"text": UNDATED, "today": bad})
    assert r.status_code == 422 and r.json()["field"] == "today", r.json()


def test_the_spec_declares_today(client: Any) -> None:
    op = client.get("/openapi.json").json()["paths"]["/api/read"]["post"]
    assert "today" in [p["name"] for p in op["parameters"]]
    assert "today" in op["requestBody"]["content"]["application/json"]["schema"]["properties"]
