"""State names inside sentences, in English and French (``data/states_en.csv``, ``data/states_fr.csv``).

English puts "the" before the names ISO 3166-1's English short names mark with "(the)" ("the Philippines", "the
Netherlands", "the Gambia") and before "State of ..."; "The" at the start of a sentence; titles, tables and JSON
``name`` fields keep the bare name. French opens a trace line with a sentence, not a bare name followed by a colon
(« La Mongolie est un État partie », « Le Statut ne lie pas Israël »), and a verb whose subject is the state agrees in
number as ``states_fr.csv`` gives it (« les Pays-Bas DOIVENT arrêter »), never in gender.

Checked through the Python API, the command line and the HTTP API."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import romestatute as rs
from romestatute import i18n

#: iso3 -> (bare English name, in a sentence, at a sentence start)
ENGLISH = {
    "PHL": ("Philippines", "the Philippines", "The Philippines"),
    "NLD": ("Netherlands", "the Netherlands", "The Netherlands"),
    "USA": ("United States of America", "the United States of America", "The United States of America"),
    "GMB": ("Gambia", "the Gambia", "The Gambia"),
    "COD": ("Democratic Republic of the Congo", "the Democratic Republic of the Congo",
            "The Democratic Republic of the Congo"),
    "PSE": ("State of Palestine", "the State of Palestine", "The State of Palestine"),
    "ISR": ("Israel", "Israel", "Israel"),
    "MNG": ("Mongolia", "Mongolia", "Mongolia"),
    "BDI": ("Burundi", "Burundi", "Burundi"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
}

#: The duty to arrest Putin on 2 September 2024 (the day of his visit to Mongolia): the Art. 86 sentence of each state,
#: in English and in French, as the trace gives it (the expert's cases: a plural name, an article, none, an elision).
ART_86 = {
    "PHL": ("The Philippines is not a State Party on 2024-09-02 (its status then: former party).",
            "Le 2 septembre 2024, les Philippines ne sont pas un État partie (leur statut alors\u00a0: ancien État "
            "partie)."),
    "NLD": ("The Netherlands is a State Party on 2024-09-02: it must cooperate fully with the Court.",
            "Le 2 septembre 2024, les Pays-Bas sont un État partie\u00a0: cet État doit coopérer pleinement avec la "
            "Cour."),
    "USA": ("The United States of America is not a State Party on 2024-09-02 (its status then: signature "
            "withdrawn).",
            "Le 2 septembre 2024, les États-Unis ne sont pas un État partie (leur statut alors\u00a0: signature "
            "retirée)."),
    "GMB": ("The Gambia is a State Party on 2024-09-02: it must cooperate fully with the Court.",
            "Le 2 septembre 2024, la Gambie est un État partie\u00a0: cet État doit coopérer pleinement avec la Cour."),
    "COD": ("The Democratic Republic of the Congo is a State Party on 2024-09-02: it must cooperate fully with the "
            "Court.",
            "Le 2 septembre 2024, la République démocratique du Congo est un État partie\u00a0: cet État doit coopérer "
            "pleinement avec la Cour."),
    "PSE": ("The State of Palestine is a State Party on 2024-09-02: it must cooperate fully with the Court.",
            "Le 2 septembre 2024, l’État de Palestine est un État partie\u00a0: cet État doit coopérer pleinement "
            "avec la Cour."),
    "ISR": ("Israel is not a State Party on 2024-09-02 (its status then: signature withdrawn).",
            "Le 2 septembre 2024, Israël n’est pas un État partie (son statut alors\u00a0: signature retirée)."),
    "MNG": ("Mongolia is a State Party on 2024-09-02: it must cooperate fully with the Court.",
            "Le 2 septembre 2024, la Mongolie est un État partie\u00a0: cet État doit coopérer pleinement avec la "
            "Cour."),
    "BDI": ("Burundi is not a State Party on 2024-09-02 (its status then: former party).",
            "Le 2 septembre 2024, le Burundi n’est pas un État partie (son statut alors\u00a0: ancien État partie)."),
    "CIV": ("Côte d'Ivoire is a State Party on 2024-09-02: it must cooperate fully with the Court.",
            "Le 2 septembre 2024, la Côte d’Ivoire est un État partie\u00a0: cet État doit coopérer pleinement avec "
            "la Cour."),
}



def bare_lead(text: str, iso3: str) -> bool:
    """Whether a French trace line opens with the state's bare name and a colon (« Mongolie : État partie ... »), the
    old fallback."""
    with i18n.use("fr"):
        name = i18n.state_name(iso3, iso3)
    return text.startswith(name + "\u00a0:")


@pytest.mark.parametrize("iso3", sorted(ENGLISH))
def test_english_forms(iso3: str) -> None:
    bare, inside, start = ENGLISH[iso3]
    assert i18n.state_name(iso3, bare) == bare  # a title, a list, a table
    assert i18n.state_name(iso3, bare, "le") == inside
    assert i18n.state_name(iso3, bare, "de") == inside  # English puts no preposition in the name
    assert i18n.state_name(iso3, bare, "à") == inside
    assert i18n.state_name(iso3, bare, "Le") == start


def test_a_code_shown_for_want_of_a_name_takes_no_article() -> None:
    assert i18n.state_name("PHL", "PHL", "le") == "PHL"


def test_the_english_table_has_a_row_per_state_with_a_source() -> None:
    from romestatute import engine

    table = i18n.english_articles()
    assert set(table) == set(engine.ledger().states)
    assert {iso3 for iso3, (_name, article) in table.items() if article} >= {"PHL", "NLD", "USA", "GMB", "COD", "PSE"}
    assert not any(table[iso3][1] for iso3 in ("ISR", "MNG", "BDI", "CIV", "FRA"))


def test_sentence_capitalises_only_the_first_letter() -> None:
    assert i18n.sentence("the Philippines was a party.") == "The Philippines was a party."
    assert i18n.sentence("les Pays-Bas sont") == "Les Pays-Bas sont"
    assert i18n.sentence("") == ""


@pytest.mark.parametrize("iso3", sorted(ART_86))
def test_duty_to_arrest_sentence_python_api(iso3: str) -> None:
    english, french = ART_86[iso3]
    en = rs.obligation("Putin", iso3, "2024-09-02")
    with i18n.use("fr"):
        fr = rs.obligation("Putin", iso3, "2024-09-02")
    assert english in [r["explanation"] for r in en["reasons"] if r["article"] == "86"]
    assert french in [r["explanation"] for r in fr["reasons"] if r["article"] == "86"]
    assert en["state_name"] == ENGLISH[iso3][0]  # the JSON's name field keeps the bare name


@pytest.mark.parametrize("iso3", ["PHL", "ISR", "NLD", "MNG"])
def test_duty_to_arrest_sentence_http_api(client: Any, iso3: str) -> None:
    english, french = ART_86[iso3]
    en = client.get("/api/obligation", params={"person": "Putin", "state": iso3, "on": "2024-09-02"}).json()
    fr = client.get("/api/obligation", params={"person": "Putin", "state": iso3, "on": "2024-09-02",
                                               "lang": "fr"}).json()
    assert english in [r["explanation"] for r in en["reasons"]]
    assert french in [r["explanation"] for r in fr["reasons"]]


@pytest.mark.parametrize(("iso3", "english", "french"), [
    ("NLD", "On 2024-09-02, the Netherlands (NLD) MUST arrest and surrender",
     "Le 2 septembre 2024, les Pays-Bas (NLD) DOIVENT arrêter et remettre"),
    ("PHL", "On 2024-09-02, the Philippines (PHL) need not arrest and surrender",
     "Le 2 septembre 2024, les Philippines (PHL) n’ont pas l’obligation d’arrêter"),
    ("MNG", "On 2024-09-02, Mongolia (MNG) MUST arrest and surrender",
     "Le 2 septembre 2024, la Mongolie (MNG) DOIT arrêter et remettre"),
    ("ISR", "On 2024-09-02, Israel (ISR) need not arrest and surrender",
     "Le 2 septembre 2024, Israël (ISR) n’a pas l’obligation d’arrêter"),
])
def test_duty_to_arrest_cli_head_agrees(rome: Callable[..., Any], iso3: str, english: str, french: str) -> None:
    en = rome("obligation", "--person", "Putin", "--state", iso3, "--on", "2024-09-02").out
    fr = rome("obligation", "--person", "Putin", "--state", iso3, "--on", "2024-09-02", "--lang", "fr").out
    assert en.startswith(english)
    assert fr.startswith(french)
    assert ART_86[iso3][0] in en and ART_86[iso3][1] in fr


def test_israel_not_bound_is_a_sentence(rome: Callable[..., Any]) -> None:
    en = rome("obligation", "--person", "Netanyahu", "--state", "ISR", "--on", "2025-01-01").out
    fr = rome("obligation", "--person", "Netanyahu", "--state", "ISR", "--on", "2025-01-01", "--lang", "fr").out
    assert "Israel is not bound by the Statute" in en
    assert "Le Statut ne lie pas Israël\u00a0;" in fr


def test_burundi_former_party_is_a_sentence() -> None:
    with i18n.use("fr"):
        fr = rs.obligation("Putin", "BDI", "2024-09-02")
    en = rs.obligation("Putin", "BDI", "2024-09-02")
    assert any(r["explanation"].startswith("Burundi is a former party") for r in en["reasons"])
    assert any(r["explanation"].startswith("La qualité d’État partie du Burundi a pris fin") for r in fr["reasons"])


@pytest.mark.parametrize("iso3", sorted(ART_86))
def test_no_french_duty_to_arrest_line_opens_with_a_bare_name(iso3: str) -> None:
    with i18n.use("fr"):
        fr = rs.obligation("Putin", iso3, "2024-09-02")
    bad = [r["explanation"] for r in fr["reasons"] if bare_lead(r["explanation"], iso3)]
    assert bad == []
    assert any(r["explanation"].startswith("Le 2 septembre 2024, ") for r in fr["reasons"] if r["article"] == "86")


def test_jurisdiction_trace_names_the_philippines_in_both_languages() -> None:
    query = {"territory": ["PHL"], "crimes": ["crimes_against_humanity"], "from": "2016-07-01", "to": "2019-03-16"}
    en = rs.jurisdiction(query)
    with i18n.use("fr"):
        fr = rs.jurisdiction(query)
    en_text = [r["explanation"] for r in en["reasons"]]
    fr_text = [r["explanation"] for r in fr["reasons"]]
    # mid-sentence, after the role's colon; and at a sentence start
    assert any(": the Philippines was a State Party from 2016-07-01 to 2019-03-16" in t for t in en_text), en_text
    assert any(t.startswith("The withdrawal of the Philippines, notified on 2018-03-17, took effect on 2019-03-17")
               for t in en_text), en_text
    assert any("\u00a0: les Philippines étaient un État partie pendant la période considérée" in t for t in fr_text)
    assert any(t.startswith("Le retrait des Philippines, notifié le 17 mars 2018, a pris effet le 17 mars 2019")
               for t in fr_text), fr_text
    assert not [t for t in fr_text if bare_lead(t, "PHL")]


def test_jurisdiction_referral_by_a_state_is_a_sentence(rome: Callable[..., Any]) -> None:
    args = ("jurisdiction", "--territory", "MNG", "--crime", "war_crimes", "--from", "2020-01-01", "--to", "2020-12-31",
            "--trigger", "state_referral", "--referred-by", "NLD")
    en = rome(*args).out
    fr = rome(*args, "--lang", "fr").out
    assert "The Netherlands is a State Party on" in en
    assert "les Pays-Bas sont un État partie\u00a0: cet État peut donc déférer une situation" in fr


def test_read_status_record_takes_the_article() -> None:
    """The reader's status record (the journalist's case): "On 1 January 2015, the Philippines was a State Party", not
    "..., Philippines was"; in French the verb agrees with the plural name."""
    en = json.dumps(rs.read("MANILA, 1 January 2015 - The Philippines is a member of the International Criminal Court, "
                            "officials said.", "2015-01-01"), ensure_ascii=False)
    with i18n.use("fr"):
        fr = json.dumps(rs.read("MANILLE, 1er janvier 2015 - Les Philippines sont membres de la Cour pénale "
                                "internationale.", "2015-01-01"), ensure_ascii=False)
    assert "On 1 January 2015, the Philippines was a State Party (since 1 November 2011)." in en
    assert "2015, Philippines was" not in en
    assert "Le 1er janvier 2015, les Philippines étaient un État partie (depuis le 1er novembre 2011)." in fr


@pytest.mark.parametrize(("starts", "old", "new", "message"), [
    ("PHL,", ",the,", ",,", "does not follow the ISO name quoted"),
    ("MNG,", ",,", ",the,", "does not follow the ISO name quoted"),
    ("BDI,", ",,", ",a,", "is not 'the' or empty"),
    ("USA,", "United States of America,", "United States,", "is not the one states.csv gives"),
    ("FRA,", ",high,", ",sure,", "confidence"),
])
def test_data_check_names_the_english_row(edited_row: Callable[..., list[str]], starts: str, old: str, new: str,
                                          message: str) -> None:
    problems = edited_row("states_en.csv", starts, old, new)
    assert any(message in p for p in problems), problems


def test_data_check_wants_an_english_row_per_state(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "states_en.csv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("GMB,")), encoding="utf-8")
    report = json.loads(rome("data", "check", "--json").out)
    assert "states_en.csv: no row for GMB" in report["problems"]
    with i18n.use("en"):
        assert i18n.state_name("GMB", "Gambia", "le") == "Gambia"  # no row: no article, never a guess


@pytest.mark.parametrize(("person", "state", "day", "english", "french"), [
    ("Putin", "MNG", "2024-09-03", "national of the Russian Federation)", "nationalité\u00a0: Fédération de Russie)"),
    ("Duterte", "NLD", "2025-03-12", "national of the Philippines)", "nationalité\u00a0: Philippines)"),
])
def test_art_27_2_names_the_nationality(rome: Callable[..., Any], person: str, state: str, day: str, english: str,
                                        french: str) -> None:
    en = rome("obligation", "--person", person, "--state", state, "--on", day).out
    assert english in en and "national of RUS" not in en and "national of PHL" not in en
    assert french in rome("--lang", "fr", "obligation", "--person", person, "--state", state, "--on", day).out
