"""The warrants' and the findings' recorded prose in French (``data/warrants.yaml``, ``data/noncompliance.yaml``):
each warrant's case title and note, each visit's note and each Art. 87(7) finding's summary have our French in the
entry's ``fr`` block; ``rome data check`` holds the data to that; every face shows the French when French is active
(the warrants and duty-to-arrest pages, ``rome warrants``/``rome obligation``, ``/api/warrants``, ``/api/obligation``),
with the same keys and codes, and English is unchanged."""

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
from romestatute.queries.obligation import obligation

#: English words that French prose never has (URLs and quoted names of documents aside).
ENGLISH = re.compile(r"\b(the|and|of|was|were|with|which|has|had|his|her|after|before|found|failed|warrant|visit|"
                     r"summit|appeal|not|by|for|from|is)\b")
URL = re.compile(r"https?://\S+|\b[\w.-]+\.(?:com|org|net|ug|ir|news)(?:/\S*)?")


def _load(name: str) -> Any:
    return yaml.safe_load((data_dir() / name).read_text(encoding="utf-8"))


def _english_words(text: str) -> list[str]:
    return ENGLISH.findall(URL.sub(" ", text))


def test_every_warrant_has_its_case_and_note_in_french() -> None:
    for w in _load("warrants.yaml")["warrants"]:
        fr = w["fr"]
        assert set(fr) == {"role", "case", "note"}, w["id"]
        assert fr["note"] != w["note"] and not _english_words(fr["note"]), (w["id"], _english_words(fr["note"]))
        if w["case"].startswith("The Prosecutor v. "):  # the Court's French form of a case's title
            assert fr["case"].startswith("Le Procureur c. "), w["id"]
            assert fr["case"].removeprefix("Le Procureur c. ").split(" (")[0].replace(" et ", " and ") == \
                w["case"].removeprefix("The Prosecutor v. ").split(" (")[0], w["id"]  # the same names, "et" for "and"
        else:
            assert fr["case"].startswith("Situation "), w["id"]
        assert not _english_words(fr["case"]), w["id"]


def test_every_visit_and_finding_is_said_in_french() -> None:
    doc = _load("noncompliance.yaml")
    for key, field in (("visits", "note"), ("findings", "summary")):
        for e in doc[key]:
            said = e["fr"][field]
            assert set(e["fr"]) == {field}, e
            assert said != e[field] and not _english_words(said), (e["person_warrant"], e["state"], _english_words(said))
            assert " ;" not in said and " :" not in said  # French spacing: a no-break space before ; and :


@pytest.mark.parametrize(("file", "old", "new", "problem"), [
    ("warrants.yaml", '    case: "Le Procureur c. Joseph Kony"\n', "", "no French case"),
    ("warrants.yaml", '    case: "Le Procureur c. Joseph Kony"\n', '    titre: "Le Procureur c. Joseph Kony"\n', "'titre'"),
    ("noncompliance.yaml", "    note: >-\n      Sommet de la Ligue des États arabes en Jordanie.\n", "", "no French note"),
    ("noncompliance.yaml", "  fr:\n    summary: >-\n      Le même jour", "  fr:\n    resume: >-\n      Le même jour",
     "'resume'"),
    ("unsc.yaml", "    fr:\n      scope: >-\n        Reconduction,", "    fr:\n      portee: >-\n        Reconduction,",
     "'portee'"),
])
def test_the_data_check_wants_the_french(data: Path, rome: Callable[..., Any], file: str, old: str, new: str,
                                         problem: str) -> None:
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0
    problems = json.dumps(json.loads(run.out)["problems"], ensure_ascii=False)
    assert problem in problems and file in problems


def test_the_api_says_the_warrants_in_the_language_keys_unchanged(client: Any) -> None:
    fr = {w["id"]: w for w in client.get("/api/warrants?lang=fr").json()["warrants"]}
    en = {w["id"]: w for w in client.get("/api/warrants").json()["warrants"]}
    assert [list(w) for w in fr.values()] == [list(w) for w in en.values()]  # the same keys, no fr block
    assert all(fr[i][k] == en[i][k] for i in en for k in ("id", "status", "kind", "situation", "issued", "document"))
    assert fr["al-bashir-1"]["case"] == "Le Procureur c. Omar Hassan Ahmad Al Bashir"
    assert en["al-bashir-1"]["case"] == "The Prosecutor v. Omar Hassan Ahmad Al Bashir"
    assert fr["al-bashir-1"]["note"].startswith("Premier mandat d’arrêt contre un chef d’État en exercice")
    assert en["al-bashir-1"]["note"].startswith("First warrant against a sitting head of state")


def test_the_duty_to_arrest_says_the_record_in_french(client: Any) -> None:
    q = "/api/obligation?person=al-Bashir&state=JOR&on=2017-03-29"
    fr, en = client.get(q + "&lang=fr").json(), client.get(q).json()
    assert [list(v) for v in fr["visits"]] == [list(v) for v in en["visits"]]
    assert [list(f) for f in fr["findings"]] == [list(f) for f in en["findings"]]
    assert [f["finding"] for f in fr["findings"]] == [f["finding"] for f in en["findings"]] == ["non_compliance",
                                                                                                "no_referral"]
    assert fr["visits"][0]["note"] == "Sommet de la Ligue des États arabes en Jordanie."
    assert en["visits"][0]["note"] == "League of Arab States summit in Jordan."
    assert fr["findings"][1]["summary"].startswith("La Chambre d’appel a confirmé à l’unanimité")
    said = json.dumps(fr, ensure_ascii=False)
    assert "Appeals Chamber unanimously" not in said and "summit in Jordan" not in said
    # the Art. 87(7) note of the trace quotes the summary in the language asked
    notes = [r["explanation"] for r in fr["reasons"] if r["article"] == "87(7)"]
    assert notes and all("La Chambre" in n for n in notes)
    assert [r["explanation"].split(" - ")[1][:24] for r in en["reasons"] if r["article"] == "87(7)"] == [
        "PTC II found Jordan fail", "Appeals Chamber unanimou"]


def test_english_keeps_its_record_and_no_language_block() -> None:
    said = obligation("Putin", "MNG", "2024-09-03")
    assert said["visits"][0]["note"].startswith("Official visit to Ulaanbaatar")
    assert "fr" not in said["visits"][0] and "fr" not in said["findings"][0]
    with i18n.use("fr"):
        said = obligation("Putin", "MNG", "2024-09-03")
    assert said["visits"][0]["note"].startswith("Visite officielle à Oulan-Bator")
    assert said["findings"][0]["summary"].startswith("La Chambre préliminaire II a constaté que la Mongolie")


def test_the_cli_in_french(rome: Callable[..., Any]) -> None:
    out = rome("--lang", "fr", "warrants", "--situation", "darfur").out
    assert out.splitlines()[0].split() == ["id", "personne", "situation", "nature", "délivré", "statut"]
    assert "mandat d’arrêt" in out and "citation à comparaître" in out and "en fuite" in out
    assert out.rstrip().endswith("10 mandats et citations à comparaître.")
    en = rome("warrants", "--situation", "darfur").out
    assert en.splitlines()[0].split() == ["id", "person", "situation", "kind", "issued", "status"]
    assert "arrest warrant" in en and "at large" in en and en.rstrip().endswith("10 shown.")
    out = rome("--lang", "fr", "obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-03").out
    assert "visite au dossier\u00a0: 3 septembre 2024 - Visite officielle à Oulan-Bator" in out
    assert "Official visit" not in out and "PTC II" not in out
    out = rome("--lang", "fr", "obligation", "--person", "Putin", "--on", "2024-09-03", "--map").out
    assert out.splitlines()[0].split() == ["État", "nom", "fondement"]
    assert "Mongolie" in out and re.search(r"\d+ États tenus d’arrêter Vladimir Vladimirovich Putin le 3 septembre 2024\.",
                                           out)
    en = rome("obligation", "--person", "Putin", "--on", "2024-09-03", "--map").out
    assert re.search(r"\d+ states obliged to arrest Vladimir Vladimirovich Putin on 2024-09-03\.", en)
    assert "Mongolia" in en


def test_the_pages_say_the_record_in_french(client: Any) -> None:
    tree = LexborHTMLParser(client.get("/warrants?lang=fr&situation=darfur").text)
    quoted = " ".join(n.text() for n in tree.css("[lang='en']"))
    assert "Prosecutor" not in quoted and "Le Procureur c. Omar Hassan Ahmad Al Bashir" in tree.body.text()
    english = LexborHTMLParser(client.get("/warrants?situation=darfur").text)
    assert "The Prosecutor v. Omar Hassan Ahmad Al Bashir" in " ".join(n.text() for n in english.css("[lang='en']"))
    page = client.get("/obligation?lang=fr&person=al-Bashir&state=JOR&on=2017-03-29").text
    text = LexborHTMLParser(page).css_first("#noncompliance").text()
    assert "Sommet de la Ligue des États arabes en Jordanie." in text and "La Chambre d’appel a confirmé" in text
    assert "summit" not in text and "Chamber" not in text


def test_the_councils_acts_in_french(rome: Callable[..., Any]) -> None:
    """A resolution's duty to cooperate (the duty to arrest's Art. 13(b) reason) and a draft's subject (the
    jurisdiction trace) in the language asked; the answer's acts keep their keys, with no fr block."""
    import romestatute as rs

    with i18n.use("fr"):
        duty = obligation("Harun", "SDN", "2012-01-01")
    council = next(r for r in duty["reasons"] if r["article"] == "13(b)")
    assert "Lie le Gouvernement soudanais" in council["explanation"] and "Binding on" not in json.dumps(duty)
    assert "Binding on the Government of Sudan" in next(
        r for r in obligation("Harun", "SDN", "2012-01-01")["reasons"] if r["article"] == "13(b)")["explanation"]
    q = {"crimes": ["war_crimes"], "territory": ["SYR"], "from": "2015-01-01", "as_of": "2020-01-01",
         "trigger": "unsc_referral", "resolution": "2118"}
    en = rs.jurisdiction(q)
    with i18n.use("fr"):
        fr = rs.jurisdiction(q)
    ven, vfr = en["routes"]["unsc_referral"]["vetoed_referrals"], fr["routes"]["unsc_referral"]["vetoed_referrals"]
    assert [list(v) for v in ven] == [list(v) for v in vfr] and "fr" not in ven[0]
    assert (ven[0]["subject"], vfr[0]["subject"]) == ("referral of the situation in Syria to the Prosecutor",
                                                      "renvoi de la situation en Syrie au Procureur")
    out = rome("--lang", "fr", "jurisdiction", "--crime", "war_crimes", "--territory", "LBR", "--from", "2003-09-01",
               "--trigger", "unsc_referral", "--resolution", "1497").out
    assert "(Force multinationale au Libéria)" in out and "Multinational Force" not in out


def test_amendments_titled_in_french(client: Any, data: Path, rome: Callable[..., Any]) -> None:
    en = client.get("/api/status/DEU").json()["amendments"]
    fr = client.get("/api/status/DEU?lang=fr").json()["amendments"]
    assert [list(a) for a in en] == [list(a) for a in fr] and [a["key"] for a in en] == [a["key"] for a in fr]
    titles = {a["key"]: (a["title"], b["title"]) for a, b in zip(en, fr, strict=True)}
    assert titles["aggression_2010"] == ("Definition of the crime of aggression and conditions for exercising "
                                         "jurisdiction over it", "Définition du crime d’agression et conditions "
                                         "d’exercice de la compétence à son égard")
    assert "Définition du crime d’agression" in client.get("/state/DEU?lang=fr").text
    path = data / "amendments.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '      title: "Définition du crime d’agression et conditions d’exercice de la compétence à son égard"\n', ""),
        encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0 and "aggression_2010" in run.out and "no French title" in run.out


def _drop_french(text: str, act: str, field: str) -> str:
    """unsc.yaml with ``field`` taken out of act ``act``'s fr block."""
    lines = text.split("\n")
    at = lines.index(f"  - id: {act}")
    at = lines.index("    fr:", at)
    at = lines.index(f"      {field}: >-", at)
    stop = at + 1
    while lines[stop].startswith(" " * 8):
        stop += 1
    return "\n".join(lines[:at] + lines[stop:])


@pytest.mark.parametrize(("act", "field"), [("res-1422", "scope"), ("res-1497", "scope"), ("res-1593", "note"),
                                            ("s-2013-660", "note")])
def test_the_data_check_wants_each_acts_scope_and_note_in_french(data: Path, rome: Callable[..., Any], act: str,
                                                                 field: str) -> None:
    path = data / "unsc.yaml"
    path.write_text(_drop_french(path.read_text(encoding="utf-8"), act, field), encoding="utf-8")
    run = rome("data", "check", "--json")
    assert run.code != 0
    problems = [p for p in json.loads(run.out)["problems"] if "unsc.yaml" in p]
    assert problems == [p for p in problems if act in p and f"no French {field}" in p] and problems, problems


def test_every_council_act_says_its_scope_and_note_in_french() -> None:
    unsc = yaml.safe_load((data_dir() / "unsc.yaml").read_text(encoding="utf-8"))
    acts = [a for key in ("referrals", "vetoed_referrals", "deferrals", "failed_deferral_requests",
                          "other_jurisdiction_clauses") for a in unsc[key]]
    for a in acts:
        for field in ("scope", "note"):
            if a.get(field):
                said = a["fr"][field]
                assert said.strip() != a[field].strip() and not _english_words(said), (a["id"], field)
                assert " ;" not in said and " :" not in said, (a["id"], field)


def test_a_deferrals_scope_in_the_language_asked(rome: Callable[..., Any]) -> None:
    """The Art. 16 request's scope is the fact the trace cites (JSON and text), in French from its fr block; a referral's
    and a vetoed draft's note in French in the answer, with the same keys; English unchanged."""
    import romestatute as rs

    q = {"crimes": ["war_crimes"], "territory": ["UGA"], "from": "2004-01-01", "as_of": "2003-12-16",
         "trigger": "state_referral", "referred_by": "UGA"}
    en = rs.jurisdiction(q)
    with i18n.use("fr"):
        fr = rs.jurisdiction(q)
    [fen] = [r["facts"][0]["fact"] for r in en["reasons"] if r["article"] == "16"]
    [ffr] = [r["facts"][0]["fact"] for r in fr["reasons"] if r["article"] == "16"]
    assert fen.startswith("Renewal, in the same terms, of the resolution 1422 request")
    assert ffr.startswith("Reconduction, dans les mêmes termes, de la demande de la résolution 1422")
    out = rome("--lang", "fr", "situation", "uganda").out
    assert "Reconduction, dans les mêmes termes" in out and "Renewal, in the same terms" not in out
    r = {"crimes": ["war_crimes"], "territory": ["SDN"], "from": "2005-01-01", "trigger": "unsc_referral",
         "resolution": "1593"}
    en_ref = rs.jurisdiction(r)["routes"]["unsc_referral"]["referral"]
    with i18n.use("fr"):
        fr_ref = rs.jurisdiction(r)["routes"]["unsc_referral"]["referral"]
    assert list(en_ref) == list(fr_ref) and "fr" not in fr_ref
    assert en_ref["note"].startswith("First Council referral.") and fr_ref["note"].startswith("Premier renvoi du Conseil.")


def test_a_what_if_deferrals_scope_in_french() -> None:
    import romestatute as rs

    q = {"crimes": ["war_crimes"], "territory": ["UGA"], "from": "2016-01-01", "as_of": "2016-06-01",
         "assume": ["UNSC:deferral:2016-01-01"], "trigger": "state_referral", "referred_by": "UGA"}
    with i18n.use("fr"):
        fr = rs.jurisdiction(q)
    facts = [f["fact"] for r in fr["reasons"] if r["article"] == "16" for f in r["facts"]]
    assert facts and all(f.startswith("Demande hypothétique donnée avec la question") for f in facts), facts
