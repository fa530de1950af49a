"""Ambiguous names: "Congo", "Korea", "Guinea", "Sudan", "Niger", "Dominica" answer, and say on stderr (the
API: in the X-Rome-Note header) which state was taken and which others the name could mean."""

from __future__ import annotations

from typing import Any

import pytest

from romestatute import engine
from romestatute.names import collect_notes

AMBIGUOUS = [("Congo", "COG", ["COD"]), ("korea", "KOR", ["PRK"]), ("Guinea", "GIN", ["GNB", "GNQ", "PNG"]),
             ("Sudan", "SDN", ["SSD"]), ("Niger", "NER", ["NGA"]), ("Dominica", "DMA", ["DOM"])]
CLEAR = ["COG", "COD", "DRC", "Republic of the Congo", "South Korea", "North Korea", "South Sudan", "Nigeria",
         "Dominican Republic", "Guinea-Bissau", "Ireland", "Mali", "Oman", "Austria", "CG", "KR"]


@pytest.mark.parametrize("given, taken, others", AMBIGUOUS)
def test_the_cli_answers_and_names_the_other_states_on_stderr(rome: Any, given: str, taken: str,
                                                                others: list[str]) -> None:
    run = rome("status", given, "--on", "2020-01-01", "--json")
    assert run.json()["state"] == taken  # the answer is given, and stdout stays pure JSON
    notes = [line for line in run.err.splitlines() if line.startswith("rome: note: ")]
    assert len(notes) == 1, run.err
    assert f"'{given}' taken as" in notes[0] and f"({taken}" in notes[0]
    assert all(f"({o}" in notes[0] for o in others), notes[0]
    assert "ISO3" in notes[0]


@pytest.mark.parametrize("given", CLEAR)
def test_a_clear_name_or_code_gets_no_note(rome: Any, given: str) -> None:
    run = rome("status", given, "--on", "2020-01-01", "--json")
    assert run.code == 0 and run.err == "", run.err


def test_every_field_names_itself_and_a_name_is_noted_once(rome: Any) -> None:
    run = rome("jurisdiction", "--crime", "genocide", "--territory", "Sudan", "--territory", "Sudan",
               "--nationality", "Niger", "--from", "2020-01-01", "--as-of", "2021-01-01", "--json")
    assert run.code == 0, run.err
    notes = run.err.strip().splitlines()
    assert len(notes) == 2
    assert notes[0].startswith("rome: note: territory: 'Sudan'") and notes[1].startswith("rome: note: nationality: 'Niger'")


def test_notes_are_collected_only_where_asked() -> None:
    names = engine.names()
    assert names.resolve("Congo") == "COG"  # outside a collector: no error, nothing kept
    with collect_notes() as notes:
        names.resolve("Congo")
        names.resolve("COD")
    assert len(notes) == 1 and "COD" in notes[0]


def test_the_api_says_it_in_a_header() -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    api = TestClient(create_app())
    for _ in range(2):  # the second answer comes from the cache and keeps its note
        r = api.get("/api/status/Congo", params={"on": "2020-01-01"})
        assert r.status_code == 200 and r.json()["state"] == "COG"
        assert "(COD" in r.headers["x-rome-note"]
    assert "x-rome-note" not in api.get("/api/status/COD").headers
    r = api.get("/api/obligation", params={"person": "Putin", "state": "Korea", "on": "2024-01-01"})
    assert r.status_code == 200 and "(PRK" in r.headers["x-rome-note"]
    r = api.post("/api/jurisdiction", json={"crimes": ["genocide"], "territory": ["Sudan"], "from": "2020-01-01"})
    assert r.status_code == 200 and "(SSD" in r.headers["x-rome-note"]

