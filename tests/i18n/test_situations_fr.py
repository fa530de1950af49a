"""The situations' recorded prose in French (``data/situations.yaml``): each situation's note and explained
disagreement, and the notes of its further referrals and Art. 12(3) declarations, have our own French in a
``fr`` block; ``rome data check`` holds every English prose field to that and a ``fr`` block to nothing else;
``rome situation(s)``, the API and the pages say the French when French is active, with the same keys; English is
unchanged."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from romestatute.facts.load import data_dir

#: English words with no French homograph (as in test_pages_fr): one in a French text means English left in it.
ENGLISH = re.compile(r"(?<![\w’'])(the|and|of|with|which|was|were|has|have|not|from|by|is|since|only|found|"
                     r"referral|Court|Prosecutor)(?![\w’'])")


@pytest.fixture(scope="module")
def situations() -> list[dict[str, Any]]:
    doc = yaml.safe_load((data_dir() / "situations.yaml").read_text(encoding="utf-8"))
    return list(doc["situations"])


def _prose(s: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, English, French) for each prose field of a situation that wants our French."""
    fr = s.get("fr") or {}
    yield "note", s.get("note"), fr.get("note")
    if s.get("disagreement"):
        yield "disagreement", s["disagreement"].get("explanation"), (fr.get("disagreement") or {}).get("explanation")
    for key in ("additional_referrals", "declarations_12_3"):
        for i, x in enumerate(s.get(key) or []):
            yield f"{key} #{i + 1}", x.get("note"), (x.get("fr") or {}).get("note")


def test_every_english_prose_field_has_its_french(situations: list[dict[str, Any]]) -> None:
    seen = 0
    for s in situations:
        for where, english, french in _prose(s):
            if not english:
                continue
            seen += 1
            assert isinstance(french, str) and french.strip() and french != english, (s["id"], where)
            left = {w for w in ENGLISH.findall(french) if w not in {"Court", "Prosecutor"}}  # a quoted source may hold one
            assert not left - {"from", "by"} or "«" in french, (s["id"], where, left)
            assert not re.search(r" [:;?!»]|« ", french), (s["id"], where)  # French spacing: non-breaking
    assert seen >= 44  # 31 notes, 6 explanations, 6 declarations, 1 further referral


def test_the_courts_vocabulary(situations: list[dict[str, Any]]) -> None:
    by_id = {s["id"]: s for s in situations}
    assert "Chambre préliminaire II" in by_id["afghanistan"]["fr"]["note"]
    assert "examen préliminaire" in by_id["lithuania-belarus"]["fr"]["note"]
    assert "renvoi" in by_id["car-ii"]["fr"]["note"] and "ouverture de l’enquête" in by_id["car-ii"]["fr"]["note"]
    assert "art. 11, par. 2" in by_id["uganda"]["fr"]["disagreement"]["explanation"]


@pytest.mark.parametrize(("edit", "expected"), [
    # the French note of a situation taken out
    (lambda t: re.sub(r"\n      note: >-\n        Enquête ouverte le 3 mars 2011[^\n]*(\n        [^\n]*)*", "", t, count=1),
     "(situations #7, libya): fr: no French note"),
    # a declaration's French note taken out
    (lambda t: t.replace("        fr:\n          note: >-\n            Déclaration datée du 9 avril 2014", "        fr:\n"
                         "          nota: >-\n            Déclaration datée du 9 avril 2014", 1),
     "declarations_12_3 #1: fr: no French note"),
    # an explained disagreement left English in French
    (lambda t: t.replace("      disagreement:\n        explanation: >-\n          Le Honduras", "      disagreement:\n"
                         "        explication: >-\n          Le Honduras", 1),
     "fr.disagreement: 'explication' is not a field with a French form"),
    # French for a field the English does not have
    (lambda t: t.replace("      name: Situation en Ouganda\n", "      name: Situation en Ouganda\n      source: Page en français\n", 1),
     "fr: 'source' is not a field with a French form"),
])
def test_the_data_check_wants_french_for_every_prose_field(data: Path, rome: Callable[..., Any],
                                                           edit: Callable[[str], str], expected: str) -> None:
    path = data / "situations.yaml"
    before = path.read_text(encoding="utf-8")
    after = edit(before)
    assert after != before
    path.write_text(after, encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0
    assert expected in json.dumps(json.loads(run.out)["problems"], ensure_ascii=False)


def test_the_data_check_passes_on_the_bundled_data(rome: Callable[..., Any]) -> None:
    assert rome("data", "check").code == 0


def test_the_api_says_the_french_with_the_same_keys(client: Any) -> None:
    en = client.get("/api/situations/uganda").json()
    fr = client.get("/api/situations/uganda?lang=fr").json()
    assert _keys(en) == _keys(fr)
    assert fr["disagreement"]["explanation"].startswith("Le moteur fait partir l’acceptation de l’Ouganda")
    assert en["disagreement"]["explanation"].startswith("The engine dates Uganda's acceptance")
    assert (fr["engine_outcome"], fr["court_outcome"], fr["verdict"]) == (en["engine_outcome"], en["court_outcome"],
                                                                          en["verdict"])
    listed = {s["id"]: s for s in client.get("/api/situations?lang=fr").json()["situations"]}
    assert listed["honduras"]["disagreement"]["explanation"].startswith("Le Honduras est partie au Statut")
    # the list is derived once: English asked after French is English again, and no fr block shows in either
    again = {s["id"]: s for s in client.get("/api/situations").json()["situations"]}
    assert again["honduras"]["disagreement"]["explanation"].startswith("Honduras has been a party since 2002")
    assert '"fr"' not in json.dumps(fr) and '"fr"' not in json.dumps(en)


def _keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_keys(v) for v in value]
    return None


def test_the_cli_in_french(rome: Callable[..., Any]) -> None:
    out = rome("--lang", "fr", "situation", "honduras").out
    head = out.split("\n\n")[0]
    assert head.startswith("Situation au Honduras (honduras\u00a0; examen préliminaire, clos)\n"
                           "Moteur\u00a0: oui   Cour\u00a0: non   -> diverge (expliqué)")
    assert "Pourquoi ils divergent\u00a0: Le Honduras est partie au Statut" in head
    assert not ENGLISH.search(head.split("[")[0]), head
    listing = rome("--lang", "fr", "situations").out
    assert "comparaison" in listing and "examen prélim." in listing and "diverge (expliqué)" in listing
    assert "Le moteur concorde avec la Cour dans" in listing and "compared situations" not in listing


def test_the_cli_in_english_is_unchanged(rome: Callable[..., Any]) -> None:
    out = rome("situation", "honduras").out
    assert out.startswith("Situation in Honduras (honduras; preliminary examination, closed)\n"
                          "Engine: yes   Court: no   -> differs (explained)\n")
    assert "Why they differ: Honduras has been a party since 2002" in out
    listing = rome("situations").out
    assert re.match(r"situation +kind +engine +court +comparison\n", listing)
    assert re.search(r"\n\n\d+ of \d+ compared situations agree \(\d+ in all; \d+ differences explained, \d+ "
                     r"unexplained, \d+ without a Court record\)\. 'rome situation ID' shows one", listing)


def test_the_decisions_described_in_french_a_documents_name_quoted(client: Any) -> None:
    """A decision the data describe in our words is described in French, unquoted; a document's own name (Georgia's
    authorisation) stays English, marked lang="en"; the API has the same keys in both languages."""
    from selectolax.lexbor import LexborHTMLParser

    page = LexborHTMLParser(client.get("/situation/afghanistan?lang=fr").text)
    cells = page.css("#decisions tbody tr td:nth-child(2)")
    assert [c.attributes.get("lang") for c in cells] == [None, None, None]
    assert cells[1].text() == "La Chambre d’appel modifie cette décision et autorise l’enquête (à l’unanimité)"
    georgia = LexborHTMLParser(client.get("/situation/georgia?lang=fr").text)
    cell = georgia.css_first("#decisions tbody tr td:nth-child(2)")
    assert cell.attributes.get("lang") == "en" and cell.text().startswith("Decision on the Prosecutor's request")
    en = client.get("/api/situations/comoros-vessels").json()
    fr = client.get("/api/situations/comoros-vessels?lang=fr").json()
    assert _keys(en) == _keys(fr)
    assert fr["decisions"][0]["title"] == "Le Bureau du Procureur décide de ne pas ouvrir d’enquête (gravité insuffisante)"
    assert en["decisions"][0]["title"] == "OTP decides not to open an investigation (insufficient gravity)"
    assert fr["court_position"]["decision"].startswith("rapport du Bureau du Procureur au titre de l’article 53")
    assert en["court_position"]["decision"] == "OTP Article 53(1) report of 6 Nov 2014"
    assert [d["document"] for d in fr["decisions"]] == [d["document"] for d in en["decisions"]]
