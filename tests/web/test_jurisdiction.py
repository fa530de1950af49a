"""/api/jurisdiction (GET and POST) returns the engine's finding; the checker page renders it from the URL."""

from __future__ import annotations

from typing import Any

import pytest

from romestatute.web.routes.jurisdiction import ALEPPO, clean, engine

needs_engine = pytest.mark.skipif(engine() is None, reason="romestatute.queries.jurisdiction not there yet")

ALEPPO_PARAMS = [("crimes", "war_crimes"), ("territory", "SYR"), ("nationality", "RUS"),
                 ("from", "2016-09-01"), ("to", "2016-12-31")]


def test_clean_makes_lists_and_drops_blanks() -> None:
    q = clean([("crimes", "war_crimes"), ("crimes", "genocide"), ("to", " "), ("assume", "A:x:1\nB:y:2\n")])
    assert q == {"crimes": ["war_crimes", "genocide"], "assume": ["A:x:1", "B:y:2"]}


@needs_engine
def test_get_and_post_agree_with_the_engine(client: Any) -> None:
    run = engine()
    assert run is not None
    expected = run(dict(ALEPPO))
    got = client.get("/api/jurisdiction", params=ALEPPO_PARAMS).json()
    posted = client.post("/api/jurisdiction", json=ALEPPO).json()
    assert got == posted == expected
    assert got["outcome"] == "no"
    assert {r["article"] for r in got["reasons"]} >= {"12(2)(a)", "12(2)(b)"}


@needs_engine
def test_what_if_declaration_is_repeatable_param(client: Any) -> None:
    r = client.get("/api/jurisdiction", params=[*ALEPPO_PARAMS, ("assume", "SYR:declaration_12_3:2011-03-15")])
    assert r.status_code == 200
    assert r.json()["outcome"] == "yes"


@needs_engine
def test_bad_field_is_named(client: Any) -> None:
    r = client.get("/api/jurisdiction", params=[("crimes", "piracy"), ("territory", "SYR"), ("from", "2016-01-01")])
    assert r.status_code == 422 and r.json()["field"] == "crimes"
    r = client.post("/api/jurisdiction", json={**ALEPPO, "territory": ["Atlantis"]})
    assert r.status_code in (404, 422) and r.json()["field"] == "territory"


@needs_engine
def test_checker_page_answers_from_the_url(client: Any) -> None:
    html = client.get("/jurisdiction", params=ALEPPO_PARAMS).text
    assert 'id="outcome">no<' in html
    assert 'href="/article/art-12#p-12-2-a"' in html


@needs_engine
def test_checker_page_shows_the_bad_field(client: Any) -> None:
    r = client.get("/jurisdiction", params=[("crimes", "war_crimes"), ("territory", "Atlantis"), ("from", "2016-01-01")])
    assert r.status_code in (404, 422)
    assert 'id="err-territory"' in r.text and 'aria-invalid="true"' in r.text


def test_empty_checker_renders_the_form(client: Any) -> None:
    html = client.get("/jurisdiction").text
    assert '<form class="checker" method="get" action="/jurisdiction#answer"' in html
    assert 'id="outcome"' not in html


DARFUR_USA = [("crimes", "war_crimes"), ("territory", "SDN"), ("nationality", "USA"), ("from", "2004-06-01"),
              ("trigger", "unsc_referral"), ("resolution", "1593"), ("as_of", "2010-01-01")]


@needs_engine
def test_authorised_operation_parameter_applies_the_res_1593_carve_out(client: Any) -> None:
    plain = client.get("/api/jurisdiction", params=DARFUR_USA).json()
    flagged = client.get("/api/jurisdiction", params=[*DARFUR_USA, ("authorised_operation", "yes")]).json()
    posted = client.post("/api/jurisdiction", json={**dict(DARFUR_USA), "authorised_operation": True}).json()
    assert plain["outcome"] == "yes" and flagged["outcome"] == "no" and posted == flagged


@needs_engine
def test_a_bad_authorised_operation_value_is_a_422_naming_the_field(client: Any) -> None:
    r = client.get("/api/jurisdiction", params=[*DARFUR_USA, ("authorised_operation", "perhaps")])
    assert r.status_code == 422 and r.json()["field"] == "authorised_operation"


@needs_engine
def test_elements_parameter_and_the_form_give_the_bangladesh_answer(client: Any) -> None:
    params = [("crimes", "crimes_against_humanity"), ("territory", "MMR"), ("from", "2017-08-25"),
              ("as_of", "2020-01-01"), ("elements", "deportation:BGD")]
    assert client.get("/api/jurisdiction", params=params).json()["outcome"] == "yes"
    page = client.get("/jurisdiction", params=params)
    assert page.status_code == 200 and 'id="elements"' in page.text and "deportation:BGD" in page.text
    assert 'id="authorised_operation"' in page.text


@needs_engine
def test_the_checker_page_flags_a_hypothetical_referral_in_the_outcome(client: Any) -> None:
    page = client.get("/jurisdiction", params=[("crimes", "war_crimes"), ("territory", "SYR"),
                                              ("from", "2016-09-01"), ("trigger", "unsc_referral")])
    assert "what-if: hypothetical referral" in page.text


SYRIA_COUNCIL = {"crimes": ["war_crimes"], "territory": ["SYR"], "from": "2014-01-01", "as_of": "2024-01-01",
                 "trigger": "unsc_referral"}


@needs_engine
def test_the_api_refuses_a_council_act_it_cannot_read_with_422(client: Any) -> None:
    r = client.post("/api/jurisdiction", json={**SYRIA_COUNCIL, "resolution": "foo"})
    assert r.status_code == 422 and r.json()["field"] == "resolution"
    r = client.post("/api/jurisdiction", json={**SYRIA_COUNCIL, "resolution": "2014/348"})
    assert r.status_code == 200 and r.json()["outcome"] == "no"


@needs_engine
def test_the_api_refuses_a_boolean_or_fractional_age_instead_of_reading_it_as_a_number(client: Any) -> None:
    base = {"crimes": ["war_crimes"], "territory": ["FRA"], "from": "2014-01-01", "as_of": "2024-01-01"}
    for age in (True, False, 17.9):
        r = client.post("/api/jurisdiction", json={**base, "age": age})
        assert r.status_code == 422 and r.json()["field"] == "age", (age, r.text[:200])
    assert client.post("/api/jurisdiction", json={**base, "age": 17}).json()["outcome"] == "no"


@needs_engine
def test_born_is_read_on_get_and_post_and_a_bad_one_is_a_422(client: Any) -> None:
    q = {"crimes": ["war_crimes"], "territory": ["SDN"], "from": "2004-03-14", "to": "2004-03-16",
         "born": "1986-03-15", "trigger": "unsc_referral", "resolution": "1593", "as_of": "2024-01-01"}
    post = client.post("/api/jurisdiction", json=q).json()
    get = client.get("/api/jurisdiction", params=[(k, v) for k, vs in q.items()
                                                  for v in (vs if isinstance(vs, list) else [vs])]).json()
    for f in (post, get):
        assert f["outcome"] == "partial" and f["windows"][0]["from"] == "2004-03-15"
    r = client.post("/api/jurisdiction", json={**q, "born": "2005-01-01"})
    assert r.status_code == 422 and r.json()["field"] == "born"
