"""What the reader asks after a withdrawal took effect (Art. 127), of the conduct a warrant covers, and which
Congo a bare "Congo" is.  Every answer is the engine's own: each test asks ``jurisdiction`` the same query."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from romestatute import i18n
from romestatute.queries.jurisdiction import jurisdiction
from romestatute.read import read

TODAY = "2026-12-01"
BURUNDI = "Le Burundi a notifié son retrait de la Cour pénale internationale (CPI) aux Nations unies."
PHILIPPINES = "The Philippines has withdrawn from the International Criminal Court."


def art127(r: dict[str, Any], which: str) -> list[dict[str, Any]]:
    return [q for q in r["questions"] if q.get("article") == which]


@pytest.mark.parametrize("day", ["2017-10-27", "2017-10-28", TODAY])
def test_after_the_withdrawal_took_effect_both_questions_are_raised(day: str) -> None:
    r = read(BURUNDI, date=day, today=TODAY)
    [kept], [since] = art127(r, "127(2)"), art127(r, "127(1)")
    # the years as a party: from the Statute's entry into force for Burundi to the day before the withdrawal took effect
    assert (kept["query"]["from"], kept["query"]["to"]) == ("2004-12-01", "2017-10-26")
    assert kept["finding"]["outcome"] == "yes" and "127(2)" in kept["title"] and "Reading applied" in kept["reading"]
    assert (since["query"]["from"], since["query"]["to"]) == ("2017-10-27", day)
    assert since["finding"]["outcome"] == "no" and "127(1)" in since["title"]
    for q in (kept, since):
        assert q["finding"] == jurisdiction(q["query"])  # the engine's own answer, same query


def test_the_day_before_the_withdrawal_took_effect_no_art_127_question() -> None:
    r = read(BURUNDI, date="2017-10-26", today=TODAY)
    assert not art127(r, "127(2)") and not art127(r, "127(1)")
    assert any(q["finding"]["outcome"] == "yes" for q in r["questions"] if "BDI" in q["query"].get("territory", []))


def test_a_revoked_withdrawal_raises_no_art_127_question() -> None:
    r = read("South Africa withdrew from the International Criminal Court.", date="2020-01-01", today=TODAY)
    assert not art127(r, "127(2)") and not art127(r, "127(1)")


def test_the_philippines_read_later_asks_both_even_beside_the_situation() -> None:
    r = read(PHILIPPINES, date="2030-01-01", today=TODAY)
    [kept] = art127(r, "127(2)")
    assert (kept["query"]["from"], kept["query"]["to"]) == ("2011-11-01", "2019-03-16")
    assert [q["finding"]["outcome"] for q in art127(r, "127(1)")] == ["no"]


def test_the_art_127_titles_in_french() -> None:
    with i18n.use("fr"):
        r = read(BURUNDI, date="2020-01-01", today=TODAY)
    [kept], [since] = art127(r, "127(2)"), art127(r, "127(1)")
    assert kept["title"].startswith("La Cour peut-elle encore connaître des crimes commis au Burundi") \
        and "art. 127(2)" in kept["title"]
    assert "1er décembre 2004" in kept["title"] and "26 octobre 2017" in kept["title"]
    assert "commis au Burundi depuis que le retrait de cet État a pris effet, le 27 octobre 2017" in since["title"]
    assert kept["reading"].startswith("Lecture retenue")


# -- the conduct a warrant covers ---------------------------------------------------------------------------------

WARRANTS = ("The ICC issued arrest warrants for Benjamin Netanyahu, Yoav Gallant and Mohammed Deif.")


def conduct_questions(r: dict[str, Any]) -> dict[tuple[tuple[str, ...], tuple[str, ...]], dict[str, Any]]:
    return {(tuple(q["query"]["territory"]), tuple(q["query"]["nationality"])): q for q in r["questions"]
            if q["kind"] == "jurisdiction" and "conduct_source" in q}


def test_a_warrant_with_recorded_conduct_asks_about_that_conduct() -> None:
    r = read(WARRANTS, date="2024-11-21", today=TODAY)
    qs = conduct_questions(r)
    gaza, oct7 = qs[("PSE",), ("ISR",)], qs[("ISR", "PSE"), ("PSE",)]
    assert (gaza["query"]["from"], gaza["query"]["to"]) == ("2023-10-08", "2024-05-20")
    assert "Netanyahu and Yoav Gallant" in gaza["title"] and "warrants for" in gaza["title"]
    # no end named by the Court: to the report's date
    assert (oct7["query"]["from"], oct7["query"]["to"]) == ("2023-10-07", "2024-11-21")
    for q in (gaza, oct7):
        assert q["finding"]["outcome"] == "yes" and q["finding"] == jurisdiction(q["query"])
        assert q["conduct_source"]["url"].startswith("https://")


def test_a_warrant_without_recorded_conduct_asks_the_situation_question() -> None:
    r = read("The ICC issued an arrest warrant for Joseph Kony.", date="2005-10-16", today=TODAY)
    assert not conduct_questions(r)
    assert any(q.get("situation") == "uganda" for q in r["questions"])


def test_before_the_conduct_began_no_conduct_question() -> None:
    # the warrants were not public yet: nothing to ask of them
    r = read(WARRANTS, date="2023-10-01", today=TODAY)
    assert not conduct_questions(r)


@pytest.mark.parametrize("edit, message", [
    ("    - PSE\n    nationality:\n    - ISR\n", "    - XXX\n    nationality:\n    - ISR\n"),
    ("    from: 2023-10-08\n", "    from: next week\n"),
    ("    to: 2024-05-20\n", "    to: 2020-05-20\n"),
    ("    confidence: medium\n    note: The Court's", "    confidence: sure\n    note: The Court's"),
    ("    from: 2023-10-08\n", "    from: 2023-10-08\n    place: Gaza\n"),
])
def test_data_check_refuses_a_bad_conduct_block(data: Path, rome: Any, edit: str, message: str) -> None:
    path = data / "warrants.yaml"
    text = path.read_text(encoding="utf-8")
    assert edit in text
    path.write_text(text.replace(edit, message, 1), encoding="utf-8")
    r = rome("data", "check")
    assert r.code != 0 and "conduct:" in r.out + r.err


# -- "Congo" ------------------------------------------------------------------------------------------------------

def states(r: dict[str, Any]) -> set[str]:
    return {s["state"] for s in r["states"]}


@pytest.mark.parametrize("text, want", [
    ("The suspects were moving among Uganda, Sudan and Congo.", "COD"),  # Uganda borders the DRC only
    ("Rebels crossed from Gabon into Congo last week.", "COG"),  # Gabon borders the Republic of the Congo only
    ("Officials in Kinshasa said the Congo army had moved.", "COD"),
    ("Officials in Brazzaville said Congo would ratify.", "COG"),
    ("Congolese warlord Thomas Lubanga was convicted by the ICC.", "COD"),  # his warrant: the DRC situation
])
def test_a_bare_congo_is_decided_from_the_report(text: str, want: str) -> None:
    r = read(text, date="2020-01-01", today=TODAY)
    assert want in states(r) and ({"COD", "COG"} - {want}).isdisjoint(states(r))
    assert not any("could be the Democratic Republic" in c for c in r["caveats"])


@pytest.mark.parametrize("text", [
    "Congo has joined the talks.",
    "Kinshasa and Brazzaville face each other across the river; Congo sent a delegation.",
])
def test_an_undecidable_congo_is_marked_ambiguous(text: str) -> None:
    r = read(text, date="2020-01-01", today=TODAY)
    assert not any(m["text"] == "Congo" for s in r["states"] for m in s["mentions"])
    assert any("could be the Democratic Republic of the Congo or the Republic of the Congo" in c for c in r["caveats"])


def test_data_check_reports_an_impossible_date_without_a_traceback(data: Path, rome: Any) -> None:
    path = data / "warrants.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    from: 2023-10-08\n", "    from: 2023-13-08\n", 1),
                    encoding="utf-8")
    r = rome("data", "check")
    assert r.code != 0 and "impossible date" in r.out + r.err and "Traceback" not in r.out + r.err


# -- names that are not the state, datelines, possessives, transliterations ----------------------------------------

@pytest.mark.parametrize("text, gone, kept", [
    ("(Kuwait News Agency) Armenia deposited its instrument of ratification of the Rome Statute.", "KWT", "ARM"),
    ("MOSCOW (Pakistan Point News) The ICC found Dominic Ongwen of Uganda guilty.", "PAK", "UGA"),
    ("Leaders of Southern Africa met in Malawi with Omar al-Bashir.", "ZAF", "MWI"),
])
def test_an_outlet_or_a_region_is_not_the_state(text: str, gone: str, kept: str) -> None:
    found = states(read(text, date="2020-01-01", today=TODAY))
    assert gone not in found and kept in found


def test_a_state_before_an_ordinary_word_still_counts() -> None:
    assert "KWT" in states(read("Kuwait ratified nothing; Kuwait officials said so.", date="2020-01-01", today=TODAY))


@pytest.mark.parametrize("text, want", [
    ("Baku-APA. Sudan's President Omar al-Bashir returned home from Malawi.", "AZE"),
    ("Brussels – Rome, 6 July 2017\n\nThe ICC found that South Africa failed to arrest al-Bashir.", "ITA"),
])
def test_a_dateline_city_names_its_state(text: str, want: str) -> None:
    assert want in states(read(text, today=TODAY))


def test_rome_of_the_rome_statute_is_not_italy() -> None:
    assert "ITA" not in states(read("Ukraine ratified the Rome Statute.", date="2024-08-21", today=TODAY))


def test_the_hague_in_a_dateline_is_the_court_not_a_state() -> None:
    assert "NLD" not in states(read("The Hague, 6 July 2017\n\nThe ICC ruled on South Africa.", today=TODAY))


def test_a_plural_possessive_is_the_state() -> None:
    assert "USA" in states(read("The group was on the US' list of terrorist organisations.", date="2021-02-04",
                                today=TODAY))


@pytest.mark.parametrize("name", ["Saif al-Islam", "Seif al-Islam", "Seif al-Islam Gaddafi"])
def test_the_press_forms_of_saif_al_islam(name: str) -> None:
    r = read(f"The ICC issued a warrant for {name} on Monday.", date="2011-06-27", today=TODAY)
    assert [p["key"] for p in r["people"]] == ["gaddafi-saif"]


# -- found on the reports added for the under-represented kinds ---------------------------------------------------

def test_a_state_after_of_the_in_a_long_phrase() -> None:
    r = read("A new President, Judge O-Gon Kwon of the Republic of Korea, was elected.", date="2017-12-26",
             today=TODAY)
    assert "KOR" in states(r) and "PRK" not in states(r)


def test_a_name_that_completes_a_stem() -> None:
    assert "SVK" in states(read("Vice-Presidents from Senegal and Slovakia.", date="2017-12-26", today=TODAY))


def test_a_french_name_without_its_capital_accent() -> None:
    r = read("Position des Etats-Unis sur la Cour pénale internationale.", date="2015-01-18", today=TODAY)
    assert "USA" in states(r)


def test_a_capital_before_based_names_its_state() -> None:
    assert "GBR" in states(read("London-based rights group Amnesty International criticised the veto.",
                                date="2014-05-23", today=TODAY))


def test_article_12_3_written_with_a_dot() -> None:
    r = read("La Palestine a adressé une déclaration à la CPI au titre de l'article 12.3 du Statut.", date="2015-01-18",
             today=TODAY)
    assert ("PSE", "declaration_12_3", False) in {(a["state"], a["kind"], a["negated"]) for a in r["acts"]}


def test_a_number_twelve_point_three_is_not_a_declaration() -> None:
    r = read("Palestine recorded 12.3 percent growth, the Court said.", date="2015-01-18", today=TODAY)
    assert not [a for a in r["acts"] if a["kind"] == "declaration_12_3"]


@pytest.mark.parametrize("text, negated", [
    ("Siria no es parte del Estatuto de Roma que estableció la Corte Penal Internacional.", True),
    ("Siria es parte del Estatuto de Roma.", False),
])
def test_a_spanish_status_is_checked(text: str, negated: bool) -> None:
    r = read(text, date="2014-05-22", today=TODAY)
    [claim] = [c for c in r["claims"] if c["kind"] == "status"]
    # Syria signed in 2000 and never ratified: "no es parte" is right, "es parte" wrong
    assert claim["state"] == "SYR" and claim["verdict"] == ("right" if negated else "wrong")


def test_a_report_about_a_case_asks_the_own_states_duty() -> None:
    r = read("The Appeals Chamber confirmed the admissibility of the case against Saif Al-Islam Gaddafi.",
             date="2020-03-09", today=TODAY)
    duty = {(q["query"]["person_key"], q["query"]["state"]): q["answer"]["obliged"] for q in r["questions"]
            if q["kind"] == "obligation"}
    assert duty[("gaddafi-saif", "LBY")] is True  # Res. 1970 (2011), as `rome obligation` answers


def test_gaddafi_alone_is_the_one_named_in_full() -> None:
    r = read("The case against Saif Al-Islam Gaddafi is admissible; Mr Gaddafi appealed.", date="2020-03-09",
             today=TODAY)
    assert [p["key"] for p in r["people"]] == ["gaddafi-saif"]
