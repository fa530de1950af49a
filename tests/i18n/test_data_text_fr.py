"""The data's own English inside a French answer is either said in French or quoted as the source's words, never left
bare in a French sentence: the Council's name of a referred situation (unsc.yaml has no French for it), the titles of
the decisions a reading follows, and a declaration's note on the state page (declarations.csv's, written for whoever
checks the sources)."""

from __future__ import annotations

import re
from typing import Any

import romestatute as rs
from romestatute import i18n

NB = "\u00a0"
LIBYA = {"crimes": ["war_crimes"], "territory": ["LBY"], "from": "2011-02-15", "trigger": "unsc_referral",
         "resolution": "1970", "as_of": "2026-12-01"}


def _council_facts(finding: Any) -> list[str]:
    return [f["fact"] for r in finding["reasons"] for f in r.get("facts") or [] if f.get("event") == "unsc_referral"]


def test_the_councils_name_of_a_situation_is_quoted_in_french() -> None:
    assert _council_facts(rs.jurisdiction(LIBYA)) == ["Security Council S/RES/1970 (2011): Libya"]  # as before
    with i18n.use("fr"):
        assert _council_facts(rs.jurisdiction(LIBYA)) == [f"Conseil de sécurité, S/RES/1970 (2011){NB}: «{NB}Libya{NB}»"]


def test_a_readings_decision_titles_are_quoted_in_french() -> None:
    query = {"crimes": ["crimes_against_humanity"], "territory": ["MMR"], "from": "2017-08-25",
             "elements": ["deportation:BGD"], "as_of": "2026-12-01"}
    with i18n.use("fr"):
        readings = " ".join(r.get("reading") or "" for r in rs.jurisdiction(query)["reasons"])
    assert f"«{NB}Decision on the Prosecution’s request for a ruling on jurisdiction under article 19(3){NB}»" in readings
    assert f"«{NB}Decision authorising the investigation into the situation in Bangladesh/Myanmar{NB}»" in readings
    unquoted = re.sub(r"«[^»]*»", "", readings)
    assert "Decision" not in unquoted


def _declarations(html: str) -> str:
    found = re.search(r'<ul class="decls">.*?</ul>', html, re.S)
    assert found
    return re.sub(r"[ \t\n]+", " ", found.group(0))


def test_the_state_pages_declarations_in_french(client: Any) -> None:
    fr = _declarations(client.get("/state/KEN?lang=fr").text)
    assert f"<strong>Déclaration au titre de l’art. 15 bis(4)</strong>, 30 novembre 2015{NB}: couvre les comportements " \
           "à compter du 30 novembre 2015, sans terme." in fr
    assert '<span class="note" lang="en">First art 15 bis(4) declaration' in fr  # the data's note, quoted as English
    assert "2015-11-30" not in fr and "15bis4" not in fr and "au sans terme" not in fr
    civ = _declarations(client.get("/state/CIV?lang=fr").text)
    assert "couvre les comportements à compter du 19 septembre 2002, sans terme" in civ
    ukr = _declarations(client.get("/state/UKR?lang=fr").text)
    assert "couvre les comportements du 21 novembre 2013 au 22 février 2014" in ukr


def test_the_state_pages_declarations_in_english(client: Any) -> None:
    en = _declarations(client.get("/state/KEN").text)
    assert ("<strong>Declaration under Art. 15 bis(4)</strong>, 30 November 2015: covers conduct from 30 November 2015, "
            "open-ended.") in en
    assert '<span class="note">First art 15 bis(4) declaration' in en  # no lang attribute: the page is English
    ukr = _declarations(client.get("/state/UKR").text)
    assert "covers conduct from 21 November 2013 to 22 February 2014" in ukr


def test_the_referrals_carve_out_names_the_states_in_french() -> None:
    """Res. 1970's para. 6 on a non-party national: the states by their codes in English, by their names in French."""
    query = {"crimes": ["war_crimes"], "territory": ["LBY"], "nationality": ["USA"], "from": "2011-02-15",
             "trigger": "unsc_referral", "resolution": "1970", "as_of": "2026-12-01"}
    english = rs.jurisdiction(query)
    assert any("If the accused (USA) served" in c for c in english["caveats"])
    with i18n.use("fr"):
        french = rs.jurisdiction(query)
    said = " ".join([r["explanation"] for r in french["reasons"]] + [str(c) for c in french["caveats"]])
    assert f"(ici{NB}: États-Unis)" in said and "Si l’accusé (États-Unis) a servi" in said
    assert "(USA)" not in said and f"ici{NB}: USA" not in said


def test_a_facts_own_note_is_the_same_bytes_in_the_french_json() -> None:
    """A fact's ``note`` (declarations.csv, treaty_actions.csv: written in English for whoever checks the sources) is
    data, as codes are: the JSON gives it as recorded in either language, never half-translated, while the sentences the
    engine writes about the same fact (``meaning``) are French (docs/i18n.md)."""
    en = rs.status("ARM", "2023-12-01")
    with i18n.use("fr"):
        fr = rs.status("ARM", "2023-12-01")
    assert fr["declarations_12_3"][0]["note"] == en["declarations_12_3"][0]["note"]
    assert fr["declarations_12_3"][0]["note"].startswith("Made with the ratification")
    assert [e["source"].get("note") for e in fr["events"]] == [e["source"].get("note") for e in en["events"]]
    assert [e["meaning"] for e in fr["events"]] != [e["meaning"] for e in en["events"]]
    assert "son texte n’a pas été trouvé" in fr["events"][-1]["meaning"]  # the unknown scope, said in French
