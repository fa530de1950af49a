"""The situations' French names (``data/situations.yaml``'s ``fr`` blocks): every situation has the Court's French
name, ``rome data check`` holds it to that, and every face shows it when French is active (pages, ``rome``, the
API's ``name``), never marked as English; English is unchanged."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser

from romestatute import i18n
from romestatute.facts.load import data_dir
from romestatute.queries import docket


@pytest.fixture(scope="module")
def situations() -> list[dict[str, Any]]:
    doc = yaml.safe_load((data_dir() / "situations.yaml").read_text(encoding="utf-8"))
    return list(doc["situations"])


def test_every_situation_has_its_french_name(situations: list[dict[str, Any]]) -> None:
    for s in situations:
        fr = s.get("fr") or {}
        assert fr.get("name", "").startswith("Situation "), s["id"]
        assert fr["name"] != s["name"], s["id"]
        assert " in " not in fr["name"] and " of " not in fr["name"], s["id"]


def test_the_courts_own_french_names() -> None:
    fr = docket.names("fr")
    assert fr["darfur"] == "Situation au Darfour (Soudan)"
    assert fr["drc"] == "Situation en République démocratique du Congo"
    assert fr["bangladesh-myanmar"] == "Situation en République populaire du Bangladesh/République de l’Union du Myanmar"
    assert docket.names("en")["darfur"] == "Situation in Darfur, Sudan"


def test_the_data_check_wants_a_french_name(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "situations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      name: Situation au Darfour (Soudan)\n", "      nom: Situation au Darfour\n"),
                    encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0
    problems = json.dumps(json.loads(run.out)["problems"], ensure_ascii=False)
    assert "darfur" in problems and "no French name" in problems and "'nom'" in problems


def test_found_by_its_french_name() -> None:
    assert docket.find_situation("Darfour")["id"] == "darfur"
    assert docket.find_situation("Situation en République démocratique du Congo II")["id"] == "drc-ii"
    assert docket.search_situations("Côte d’Ivoire") == ["cote-divoire"]


def test_the_api_names_in_the_language_keys_unchanged(client: Any) -> None:
    en = client.get("/api/situations/darfur").json()
    fr = client.get("/api/situations/darfur?lang=fr").json()
    assert (en["name"], fr["name"]) == ("Situation in Darfur, Sudan", "Situation au Darfour (Soudan)")
    assert list(en) == list(fr) and en["id"] == fr["id"]
    listed = {s["id"]: s["name"] for s in client.get("/api/situations?lang=fr").json()["situations"]}
    assert listed == docket.names("fr")
    # the record is derived once; English asked after French is English again
    assert client.get("/api/situations").json()["situations"][3]["name"] == "Situation in Darfur, Sudan"


@pytest.mark.parametrize("path", ["/situations", "/situation/darfur", "/warrants?situation=darfur"])
def test_the_pages_say_the_french_name_unquoted(client: Any, path: str) -> None:
    html = client.get(path + ("&" if "?" in path else "?") + "lang=fr").text
    assert "Situation au Darfour (Soudan)" in html
    tree = LexborHTMLParser(html)
    quoted = " ".join(n.text() for n in tree.css("[lang='en']"))
    assert "Situation" not in quoted and "Darfour" not in quoted
    english = client.get(path + ("&" if "?" in path else "?") + "lang=en").text
    assert "Situation au Darfour" not in english and "Situation in Darfur, Sudan" in english


def test_the_situation_page_is_titled_in_french(client: Any) -> None:
    tree = LexborHTMLParser(client.get("/situation/darfur?lang=fr").text)
    assert tree.css_first("h1").text() == "Situation au Darfour (Soudan)"
    assert tree.css_first("title").text().startswith("Situation au Darfour (Soudan)")


def test_the_cli_names_in_the_language(rome: Callable[..., Any]) -> None:
    assert rome("--lang", "fr", "situation", "darfour").out.startswith("Situation au Darfour (Soudan) (darfur\u00a0;")
    assert rome("situation", "darfur").out.startswith("Situation in Darfur, Sudan (darfur;")
    with i18n.use("fr"):
        assert docket.situation("darfur")["name"] == "Situation au Darfour (Soudan)"


def test_every_warrant_has_the_persons_role_in_french() -> None:
    doc = yaml.safe_load((data_dir() / "warrants.yaml").read_text(encoding="utf-8"))
    for w in doc["warrants"]:
        assert w["fr"]["role"] and w["fr"]["role"] != w["role"], w["id"]
        assert not re.search(r"\b(the|of|and|at|former)\b", w["fr"]["role"]), w["id"]


def test_the_warrants_say_the_role_in_the_language(client: Any) -> None:
    fr = client.get("/api/warrants?lang=fr&situation=ukraine").json()
    en = client.get("/api/warrants?situation=ukraine").json()
    putin = {w["id"]: w for w in fr["warrants"]}["putin-1"]
    assert putin["role"] == "Président de la Fédération de Russie"
    assert {w["id"]: w for w in en["warrants"]}["putin-1"]["role"] == "President of the Russian Federation"
    assert [list(w) for w in fr["warrants"]] == [list(w) for w in en["warrants"]]  # same keys, no fr block
    tree = LexborHTMLParser(client.get("/warrants?lang=fr&situation=ukraine").text)
    quoted = " ".join(n.text() for n in tree.css("[lang='en']"))
    assert "President" not in quoted and "Président de la Fédération de Russie" in tree.body.text()


def test_the_duty_to_arrest_names_the_role_in_french() -> None:
    from romestatute.queries.obligation import obligation

    with i18n.use("fr"):
        said = json.dumps(obligation("Putin", "MNG", "2024-09-03"), ensure_ascii=False)
    assert "Putin (Président de la Fédération de Russie, nationalité" in said
    assert "President of the Russian Federation" not in said


def test_the_data_check_wants_a_french_role(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "warrants.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('    role: "Président de la Fédération de Russie"\n', ""), encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0
    assert "putin-1" in run.out and "no French role" in run.out


def test_the_courts_recorded_position_is_summarised_in_french(situations: list[dict[str, Any]], client: Any) -> None:
    for s in situations:
        if (s.get("court_position") or {}).get("summary"):
            said = s["fr"]["court_position"]["summary"]
            assert said and not re.search(r"\b(the|and|of|which|was|has)\b", said), s["id"]
    fr = client.get("/api/situations/darfur?lang=fr").json()["court_position"]
    en = client.get("/api/situations/darfur").json()["court_position"]
    assert list(fr) == list(en) and fr["outcome"] == en["outcome"] and fr["decision"] == en["decision"]
    assert fr["summary"].startswith("Le Soudan n’est pas partie") and en["summary"].startswith("Sudan is not a party")
    tree = LexborHTMLParser(client.get("/situation/darfur?lang=fr").text)
    assert "Le Soudan n’est pas partie" in tree.body.text()
    assert "Sudan is not" not in " ".join(n.text() for n in tree.css("[lang='en']"))
