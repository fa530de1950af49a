"""The situations, warrants, obligation and read pages: rendered server-side, no inline script or style,
the key content, and user input always escaped."""

from __future__ import annotations

import re
from typing import Any

import pytest

from romestatute.queries import docket, obligation

PAGES = ["/situations", "/situation/darfur", "/situation/uganda", "/warrants", "/warrants?status=at_large",
         "/obligation", "/obligation?person=Putin&state=MNG&on=2024-09-03", "/obligation?person=Putin&on=2024-09-03",
         "/read"]
PAYLOAD = '<script>alert("x")</script>'


def no_inline_code(html: str) -> None:
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert " style=" not in html and "<style" not in html
    assert "cdn" not in html.lower()


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_without_inline_code(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    no_inline_code(r.text)


def test_nav_links_the_new_pages(client: Any) -> None:
    html = client.get("/").text
    for href in ("/situations", "/warrants", "/obligation", "/read"):
        assert f'<a href="{href}"' in html
    assert 'href="/example/aleppo" id="home-aleppo"' in html and 'href="/read" id="home-read"' in html
    assert 'href="/situations" aria-current="page"' in client.get("/situations").text


def test_situations_table_matches_the_query(client: Any) -> None:
    record = docket.situations()
    html = client.get("/situations").text
    assert f'<strong id="agreeing">{record["agreeing"]}</strong>' in html
    assert f'<strong id="compared">{record["compared"]}</strong>' in html
    rows = re.findall(r'<tr data-id="([^"]+)" data-verdict="([^"]+)">', html)
    assert rows == [(s["id"], s["verdict"]) for s in record["situations"]]
    for s in record["situations"]:
        if s["verdict"] == "explained":  # each explained disagreement is shown with its explanation
            assert f'id="why-{s["id"]}"' in html
            assert str(s["disagreement"]["explanation"]).replace("'", "&#39;")[:60] in html


def test_situation_page_facts_decisions_and_checker_link(client: Any) -> None:
    html = client.get("/situation/bangladesh-myanmar").text
    assert "ICC-RoC46(3)-01/18" in html and "ICC-01/19-27" in html  # document numbers of the decisions
    assert 'id="engine-outcome">partial<' in html
    link = re.search(r'id="open-checker" href="(/jurisdiction\?[^"]+)"', html)
    assert link and "territory=" in link.group(1) and "as_of=" in link.group(1)
    assert 'class="trace"' in html  # the engine's trace, rendered with the checker's macro
    checker = client.get(link.group(1).replace("&amp;", "&"))
    assert checker.status_code == 200 and 'id="outcome">partial<' in checker.text


def test_situation_page_redirects_and_404s(client: Any) -> None:
    r = client.get("/situation/Darfur", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == "/situation/darfur"
    r = client.get("/situation/atlantis")
    assert r.status_code == 404 and "atlantis" in r.text


def test_warrants_filter_by_status_and_situation(client: Any) -> None:
    html = client.get("/warrants", params={"status": "at_large", "situation": "darfur"}).text
    expected = docket.warrants(["at_large"], "darfur")
    statuses = re.findall(r'<tr data-status="([^"]+)" data-situation="([^"]+)">', html)
    assert len(statuses) == expected["count"] > 0
    assert set(statuses) == {("at_large", "darfur")}
    assert 'value="at_large" checked' in html and '<option value="darfur" selected>' in html
    everything = client.get("/warrants").text
    assert everything.count("<tr data-status=") == docket.warrants()["count"]


def test_warrants_bad_filter_is_422_and_escaped(client: Any) -> None:
    r = client.get("/warrants", params={"status": PAYLOAD})
    assert r.status_code == 422 and 'role="alert"' in r.text
    assert PAYLOAD not in r.text and "&lt;script&gt;" in r.text
    r = client.get("/warrants", params={"situation": PAYLOAD})
    assert r.status_code == 404 and PAYLOAD not in r.text  # no situation by that name


def test_obligation_answers_putin_in_mongolia(client: Any) -> None:
    html = client.get("/obligation", params={"person": "Putin", "state": "Mongolia", "on": "2024-09-03"}).text
    assert 'id="obliged">yes<' in html
    assert 'href="/article/art-86' in html and 'href="/article/art-89' in html and 'href="/article/art-98' in html
    assert "non compliance" in html  # the Court's Art. 87(7) finding, shown as a fact
    expected = obligation.obligation("Putin", "MNG", "2024-09-03")
    assert html.count('class="reason ') == len(expected["reasons"])


def test_obligation_page_names_the_worked_example(client: Any) -> None:
    html = client.get("/obligation").text
    assert 'id="example-putin" href="/obligation?person=Putin&amp;state=MNG&amp;on=2024-09-03"' in html
    assert 'id="visits"' in html  # the visits on record, each a ready question


def test_obligation_map_draws_obliged_states(client: Any) -> None:
    html = client.get("/obligation", params={"person": "Putin", "on": "2024-09-03"}).text
    record = obligation.obligation_map("Putin", "2024-09-03")
    assert f'<span id="obliged-count">{record["count"]}</span>' in html
    assert re.search(r'data-state="MNG"><path class="c ob-party"', html)
    assert re.search(r'data-state="RUS"><path class="c ob-none"', html)
    assert html.count('<li><a href="/obligation?') == record["count"]


def test_obligation_errors_name_the_field_and_escape(client: Any) -> None:
    r = client.get("/obligation", params={"person": PAYLOAD, "state": "MNG"})
    assert r.status_code == 404 and 'id="err-person"' in r.text  # nobody by that name
    assert PAYLOAD not in r.text and "&lt;script&gt;" in r.text
    r = client.get("/obligation", params={"person": "Putin", "state": PAYLOAD})
    assert r.status_code == 404 and 'aria-invalid="true" aria-describedby="err-state"' in r.text
    assert PAYLOAD not in r.text
    r = client.get("/obligation", params={"person": "Putin", "state": "MNG", "on": "soon"})
    assert r.status_code == 422 and 'id="err-on"' in r.text


def test_obligation_map_api(client: Any) -> None:
    r = client.get("/api/obligation/map", params={"person": "Putin", "on": "2024-09-03"})
    assert r.status_code == 200 and r.json() == obligation.obligation_map("Putin", "2024-09-03")
    assert client.get("/api/obligation/map", params={"person": "Nobody Known"}).json()["field"] == "person"


# -- the reader page -------------------------------------------------------------------------------

# Written for these tests (not taken from any outlet).
REPORT = ("Geneva, 5 December 2016. Russia withdraws from the International Criminal Court, state media said. "
          "Russian air strikes on Aleppo in Syria went on.")


def test_read_page_shows_correction_first_and_questions(client: Any) -> None:
    r = client.post("/read", data={"text": REPORT})
    assert r.status_code == 200
    html = r.text
    no_inline_code(html)
    assert html.index('id="corrections"') < html.index('id="states-h"') < html.index('id="acts-h"')
    assert "never became a party" in html
    assert 'data-when="report"' in html and 'data-when="today"' in html
    q = re.search(r'class="button open-checker" href="(/jurisdiction\?[^"]+)"', html)
    assert q and "territory=SYR" in q.group(1) and "nationality=RUS" in q.group(1)
    assert 'id="outcome-1">no<' in html


def test_read_page_escapes_the_text(client: Any) -> None:
    text = f"{PAYLOAD} Burundi withdraws from the court. <img src=x onerror=alert(1)>"
    html = client.post("/read", data={"text": text, "date": "2016-11-17"}).text
    assert PAYLOAD not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html or "&lt;script" in html


def test_read_page_errors(client: Any) -> None:
    r = client.post("/read", data={"text": "  "})
    assert r.status_code == 422 and 'id="read-error"' in r.text and 'aria-invalid="true"' in r.text
    r = client.post("/read", data={"text": "x" * 200_001})
    assert r.status_code == 413 and "200 KB" in r.text
    r = client.post("/read", data={"text": REPORT, "date": PAYLOAD})
    assert r.status_code == 422 and PAYLOAD not in r.text


def test_read_page_empty_answer(client: Any) -> None:
    html = client.post("/read", data={"text": "The weather was mild and the market rose."}).text
    assert 'id="nothing"' in html and 'id="corrections"' not in html


def test_read_page_shows_how_many_states_must_arrest_a_wanted_person(client: Any) -> None:
    from romestatute.queries.obligation import obligation_map

    html = client.post("/read", data={"text": "The ICC issued an arrest warrant for Vladimir Putin.",
                                      "date": "2023-03-17"}).text
    count = obligation_map("Vladimir Putin", "2023-03-17")["count"]
    duty = re.search(r'data-duty="putin">(\d+) states must arrest', html)
    assert duty and int(duty.group(1)) == count
    assert 'href="/obligation?person=Vladimir%20Vladimirovich%20Putin&amp;on=2023-03-17"' in html
