"""A warrant's status agrees in French with the person (« acquittée », « décédée », « détenue », « déclarée coupable »
for a woman), from the civility warrants.yaml records with its source, never from a name; English unchanged."""

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

FEMININE = {"acquitted": ("acquitté", "acquittée"), "deceased": ("décédé", "décédée"),
            "in_custody": ("détenu", "détenue"), "convicted": ("déclaré coupable", "déclarée coupable")}


def _set(data: Path, warrant: str, field: str, old: str, new: str) -> None:
    """In the copy's warrants.yaml, ``field: old`` -> ``field: new`` inside warrant ``warrant``'s entry."""
    path = data / "warrants.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {warrant}\n")
    end = text.find("\n- id: ", start + 1)
    entry = text[start:end]
    assert f"{field}: {old}\n" in entry, (warrant, field, old)
    path.write_text(text[:start] + entry.replace(f"{field}: {old}\n", f"{field}: {new}\n", 1) + text[end:],
                    encoding="utf-8")


def _row(out: str, warrant: str) -> str:
    [line] = [line for line in out.splitlines() if line.startswith(warrant + " ")]
    return line


def test_every_warrant_has_a_sourced_civility_and_two_are_women() -> None:
    warrants = yaml.safe_load((data_dir() / "warrants.yaml").read_text(encoding="utf-8"))["warrants"]
    assert all(w["civility"]["title"] in ("Mr", "Ms") and w["civility"]["source"].startswith("http")
               and w["civility"]["confidence"] in ("high", "medium", "low") for w in warrants)
    women = {w["id"]: w["civility"] for w in warrants if w["civility"]["title"] == "Ms"}
    assert set(women) == {"gbagbo-simone-1", "lvova-belova-1"}
    assert all(c["confidence"] == "high" and c["note"] for c in women.values())
    assert docket.is_woman("gbagbo-simone-1") and not docket.is_woman("gbagbo-laurent-1") and not docket.is_woman(None)


@pytest.mark.parametrize("status", sorted(FEMININE))
def test_a_womans_status_agrees_in_the_french_cli(data: Path, rome: Callable[..., Any], status: str) -> None:
    _set(data, "gbagbo-simone-1", "status", "withdrawn", status)
    _set(data, "gbagbo-laurent-1", "status", "acquitted", status)
    masculine, feminine = FEMININE[status]
    out = rome("--lang", "fr", "warrants", "--situation", "cote-divoire").out
    assert _row(out, "gbagbo-simone-1").endswith(" " + feminine), out
    assert _row(out, "gbagbo-laurent-1").endswith(" " + masculine), out
    english = rome("warrants", "--situation", "cote-divoire").out
    assert _row(english, "gbagbo-simone-1").endswith(" " + status.replace("_", " "))


def test_the_label_follows_the_recorded_civility_not_the_name(data: Path, rome: Callable[..., Any]) -> None:
    """Recorded as "Ms", Charles Blé Goudé's status would be said in the feminine: the name decides nothing."""
    _set(data, "ble-goude-1", "title", "Mr", "Ms")
    out = rome("--lang", "fr", "warrants", "--situation", "cote-divoire").out
    assert _row(out, "ble-goude-1").endswith(" acquittée") and _row(out, "gbagbo-laurent-1").endswith(" acquitté")


def test_the_pages_in_french_agree_english_unchanged(data: Path, client: Any) -> None:
    _set(data, "gbagbo-simone-1", "status", "withdrawn", "acquitted")
    _set(data, "lvova-belova-1", "status", "at_large", "deceased")
    page = LexborHTMLParser(client.get("/warrants?lang=fr&situation=cote-divoire").text)
    statuses = {who: row.css_first(".wstatus").text().strip() for row in page.css("tbody tr") if row.css_first(".wstatus")
                for who in ("Simone Ehivet Gbagbo", "Laurent Koudou Gbagbo") if who in row.text()}
    assert statuses == {"Simone Ehivet Gbagbo": "acquittée", "Laurent Koudou Gbagbo": "acquitté"}, statuses
    english = LexborHTMLParser(client.get("/warrants?situation=cote-divoire").text)
    assert {r.css_first(".wstatus").text().strip() for r in english.css("tbody tr") if r.css_first(".wstatus")} \
        == {"acquitted"}
    duty = client.get("/obligation?lang=fr&person=Lvova-Belova&state=MNG&on=2024-09-02").text
    used = LexborHTMLParser(duty).css_first("#warrants-used").text()
    assert re.search(r"(?:statut|état)\s+décédée\.", used), used


def test_the_answers_keep_their_keys(client: Any) -> None:
    """The civility is data the labels read: no answer carries it, in any language (English byte for byte)."""
    for lang in ("en", "fr"):
        rows = client.get(f"/api/warrants?lang={lang}").json()["warrants"]
        assert rows and all("civility" not in w and "fr" not in w for w in rows)
    with i18n.use("fr"):
        assert "civility" not in json.dumps(docket.warrants())


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("    title: Ms\n", "", "civility: title None is not one of Mr, Ms"),
    ("    title: Ms\n", "    title: Mrs\n", "title 'Mrs' is not one of Mr, Ms"),
    ("    confidence: high\n    note:", "    confidence: sure\n    note:", "civility: confidence 'sure'"),
])
def test_the_data_check_wants_a_sourced_civility(data: Path, rome: Callable[..., Any], old: str, new: str,
                                                 problem: str) -> None:
    path = data / "warrants.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: gbagbo-simone-1\n")
    at = text.index(old, start)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0
    problems = [p for p in json.loads(run.out)["problems"] if "civility" in p]
    assert any("gbagbo-simone-1" in p and problem in p for p in problems), problems


def test_the_data_check_wants_a_civility_on_every_warrant(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "warrants.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: kony-1\n")
    block = re.compile(r"  civility:\n(    .*\n)+")
    m = block.search(text, start)
    assert m is not None
    path.write_text(text[:m.start()] + text[m.end():], encoding="utf-8")
    run = rome("data", "check", "--json")
    assert any("kony-1" in p and "no civility" in p for p in json.loads(run.out)["problems"])
