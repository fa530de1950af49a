"""``/api/diff``, the ``/diff`` page and the ``/brief/*`` downloads."""

from __future__ import annotations

import json
from typing import Any

from romestatute.queries.diff import diff


def test_api_diff_is_the_cli_json(client: Any, rome: Any) -> None:
    r = client.get("/api/diff", params={"from": "2016-01-01", "to": "2019-12-31"})
    assert r.status_code == 200
    assert r.json() == rome("diff", "2016-01-01", "2019-12-31", "--json").json()
    known = client.get("/api/diff", params={"from": "2016-01-01", "to": "2019-12-31", "as_of": "2016-11-01"}).json()
    assert known == json.loads(json.dumps(diff("2016-01-01", "2019-12-31", "2016-11-01")))


def test_api_diff_bad_input_names_the_field(client: Any) -> None:
    for params, field in (({"from": "2016-01-01"}, "to"), ({"from": "2016-1-1", "to": "2019-12-31"}, "from"),
                          ({"from": "2019-12-31", "to": "2016-01-01"}, "to"),
                          ({"from": "2016-01-01", "to": "2019-12-31", "as_of": "1999-01-01"}, "as_of"),
                          ({"from": "2016-02-30", "to": "2019-12-31"}, "from")):
        r = client.get("/api/diff", params=params)
        assert r.status_code == 422, params
        assert r.json()["field"] == field, (params, r.json())


def test_openapi_declares_the_diff_dates(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/diff"]["get"]["parameters"] if p["name"] != "lang"}
    assert set(params) == {"from", "to", "as_of"}  # and `lang`, which every route takes (docs/i18n.md)
    assert params["from"]["required"] and params["to"]["required"] and not params["as_of"].get("required")
    for p in params.values():
        schema = p["schema"] if "anyOf" not in p["schema"] else p["schema"]["anyOf"][0]
        assert schema.get("format") == "date" or p["schema"].get("format") == "date", p
        assert "pattern" in json.dumps(p["schema"])


def test_diff_page_has_the_map_coloured_by_change_and_the_list(client: Any) -> None:
    r = client.get("/diff", params={"from": "2016-01-01", "to": "2019-12-31"})
    assert r.status_code == 200
    html = r.text
    assert 'data-state="BDI" data-change="left"' in html and 'data-state="SLV" data-change="joined"' in html
    assert 'data-state="ZAF" data-change="events"' in html
    assert 'id="change-BDI"' in html and 'id="change-GMB"' in html
    assert 'href="/brief/diff?from=2016-01-01&amp;to=2019-12-31&amp;format=html"' in html
    assert "<script" not in html.split("</main>")[0].split("<main")[1]


def test_diff_page_errors_keep_the_form(client: Any) -> None:
    r = client.get("/diff", params={"from": "2019-12-31", "to": "2016-01-01"})
    assert r.status_code == 422 and 'id="err-to"' in r.text and 'value="2019-12-31"' in r.text
    assert client.get("/diff").status_code == 200


def test_brief_downloads(client: Any, rome: Any, tmp_path: Any) -> None:
    r = client.get("/brief/diff", params={"from": "2016-01-01", "to": "2019-12-31", "format": "html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["content-disposition"] == 'attachment; filename="brief-diff-2016-01-01-2019-12-31.html"'
    assert r.headers["content-security-policy"].startswith("default-src 'none'; style-src 'sha256-")
    target = tmp_path / "b.html"
    rome("diff", "2016-01-01", "2019-12-31", "--brief", str(target))
    assert r.content == target.read_bytes()  # the page's brief is the command's, byte for byte
    md = client.get("/brief/status/Burundi", params={"on": "2017-01-01"})
    assert md.status_code == 200 and md.text.startswith("# Status of a state") and "BDI" in md.headers["content-disposition"]
    j = client.get("/brief/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31"
                   "&as_of=2016-11-17&format=md")
    assert j.status_code == 200 and "Outcome (art12 preconditions): NO" in j.text
    o = client.get("/brief/obligation", params={"person": "Putin", "state": "MNG", "on": "2024-09-03"})
    assert o.status_code == 200 and "Mongolia must arrest and surrender" in o.text
    assert client.get("/brief/diff", params={"from": "2016-01-01", "to": "2019-12-31", "format": "pdf"}).status_code == 422


def test_pages_link_their_brief(client: Any) -> None:
    assert 'href="/brief/status/BDI?on=' in client.get("/state/BDI").text
    j = client.get("/jurisdiction?crimes=war_crimes&territory=SYR&from=2016-09-01").text
    assert 'id="brief-html" href="/brief/jurisdiction?' in j
    o = client.get("/obligation", params={"person": "Putin", "state": "MNG", "on": "2024-09-03"}).text
    assert 'href="/brief/obligation?person=Putin&amp;state=MNG&amp;on=2024-09-03&amp;format=md"' in o


def test_read_page_offers_its_brief_and_the_brief_posts_the_same_text(client: Any) -> None:
    text = "17 November 2016\nBurundi withdraws from the International Criminal Court."
    page = client.post("/read", data={"text": text}).text
    assert 'id="brief-form"' in page and 'formaction="/brief/read?format=html"' in page
    r = client.post("/brief/read?format=md", data={"text": text})
    assert r.status_code == 200 and r.text.startswith("# What a news report means in law")
    assert "Burundi" in r.text and r.headers["content-disposition"].endswith('.md"')
    assert client.post("/brief/read?format=md", data={"text": ""}).json()["field"] == "text"


def test_diff_page_as_known_then_colours_what_was_known(client: Any) -> None:
    html = client.get("/diff", params={"from": "2016-01-01", "to": "2019-12-31", "as_of": "2016-11-01"}).text
    assert 'data-state="ZAF" data-change="left"' in html  # its revocation was not yet known
    assert 'data-state="GMB" data-change="party"' in html  # its notice was not yet given


def test_openapi_documents_the_diff_answer(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    ref = spec["paths"]["/api/diff"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    model = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert {"from", "to", "changes"} <= set(model["required"])
