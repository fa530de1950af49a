"""The failures issue 12 lists, as the reader met them in real reports (texts written here, in the reports' manner).

People and warrants, visits and the duty to arrest, questions from warrants and investigations,
acts whose subject is not a state or whose object is not the Statute, claims checked against the
record, revocations, dates, places, French, and input that is not text.
"""

from __future__ import annotations

import json
import os

from click.testing import CliRunner

from romestatute.cli.main import cli
from romestatute.queries.obligation import obligation
from romestatute.queries.parties import parties
from romestatute.read import read

TODAY = "2026-11-01"


def acts(r: dict) -> set[tuple[str, str, bool]]:
    return {(a["state"], a["kind"], a["negated"]) for a in r["acts"]}


def states(r: dict) -> set[str]:
    return {s["state"] for s in r["states"]}


def person(r: dict, key: str) -> dict:
    return next(p for p in r["people"] if p["key"] == key)


# -- people, warrants and duties ------------------------------------------------------------------

def test_the_press_forms_of_a_name_link_the_person_to_the_warrants() -> None:
    text = ("Omar al-Bashir landed on Saturday. Bashir, wanted by the ICC, spoke briefly; President al-Bashir's "
            "plane left later. Vladimir Putin and Putin's spokesman; Mohammed Deif, also named Ibrahim Al-Masri; "
            "Rodrigo Duterte.")
    r = read(text, date="2025-03-12", today=TODAY)
    assert {p["key"] for p in r["people"]} == {"al-bashir", "putin", "deif", "duterte"}
    assert {m["text"] for m in person(r, "al-bashir")["mentions"]} == {"Omar al-Bashir", "Bashir", "al-Bashir"}
    assert {m["text"] for m in person(r, "deif")["mentions"]} == {"Mohammed Deif", "Ibrahim Al-Masri"}


def test_a_warrant_status_of_later_years_is_marked_later_not_shown_as_then() -> None:
    r = read("Dominic Ongwen appeared before the International Criminal Court.", date="2016-01-21", today=TODAY)
    [w] = person(r, "ongwen")["warrants"]
    assert w["public_on_report_date"] and w["status_on_report_date"] == "in_force"
    assert w["later"] == {"status": "convicted", "date": "2021-02-04"}
    after = read("Dominic Ongwen was convicted by the International Criminal Court.", date="2021-02-05", today=TODAY)
    assert person(after, "ongwen")["warrants"][0]["status_on_report_date"] == "convicted"


def test_a_warrant_not_yet_public_on_the_report_s_date_is_not_in_force_then() -> None:
    r = read("Vladimir Putin met the Mongolian president in Ulaanbaatar.", date="2019-09-03", today=TODAY)
    [w] = person(r, "putin")["warrants"]
    assert w["public_on_report_date"] is False and w["later"]["status"] == "made public"
    assert [q for q in r["questions"] if q["kind"] == "obligation"] == []


def test_a_visit_raises_the_duty_to_arrest_answered_as_rome_obligation_answers_it() -> None:
    r = read("Russian President Vladimir Putin arrived in Ulaanbaatar on Monday, despite an ICC warrant.",
             date="2024-09-03", today=TODAY)
    assert "MNG" in states(r)  # the capital names the state
    [q] = [q for q in r["questions"] if q["kind"] == "obligation" and q["query"]["state"] == "MNG"]
    assert q["query"] == {"person": "Vladimir Vladimirovich Putin", "person_key": "putin", "state": "MNG",
                          "on": "2024-09-03"}
    expected = obligation("Putin", "MNG", "2024-09-03")
    assert q["answer"]["obliged"] is expected["obliged"] is True
    assert q["answer"]["bases"] == expected["bases"]


def test_a_visit_to_a_state_not_party_is_answered_no() -> None:
    r = read("Omar al-Bashir visited Riyadh for a summit, the Sudanese leader's office said.", date="2017-05-20",
             today=TODAY)
    [q] = [q for q in r["questions"] if q["kind"] == "obligation"]
    assert q["query"]["state"] == "SAU" and q["answer"]["obliged"] is False


def test_a_warrant_report_asks_the_duty_of_the_person_s_own_state() -> None:
    r = read("The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir.",
             date="2009-03-05", today=TODAY)
    [q] = [q for q in r["questions"] if q["kind"] == "obligation"]
    assert q["query"]["state"] == "SDN"
    assert q["answer"]["obliged"] is obligation("al-Bashir", "SDN", "2009-03-05")["obliged"]


def test_a_warrant_report_raises_its_situation_s_jurisdiction_question() -> None:
    r = read("The ICC issued an arrest warrant for Vladimir Putin over the deportation of children.",
             date="2023-03-17", today=TODAY)
    [q] = [q for q in r["questions"] if q.get("situation") == "ukraine"]
    assert q["kind"] == "jurisdiction" and q["query"]["territory"] == ["UKR"]
    assert q["query"]["as_of"] == "2023-03-17" and q["finding"]["outcome"] == "yes"
    warrant = next(t for t in r["triggers"] if t["kind"] == "warrant")
    assert [w["id"] for w in warrant["record"]] == ["putin-1"]


def test_an_investigation_report_raises_the_situation_question() -> None:
    r = read("ICC judges authorised an investigation into crimes against the Rohingya in Bangladesh and Myanmar.",
             date="2019-11-14", today=TODAY)
    assert any(q["kind"] == "jurisdiction" and "BGD" in q["query"]["territory"] for q in r["questions"])


# -- acts: a state as subject, the Statute as object ----------------------------------------------

def test_signing_something_else_or_leaving_a_country_is_no_act_on_the_statute() -> None:
    for text, date in (
        ("The ICC judge noted the document signed by South Africa's minister.", "2016-10-21"),
        ("Jordan's judge, who also signed Monday's order at the ICC, dissented.", "2017-03-30"),
        ("The two signed a collaboration agreement with the International Criminal Court in Caracas, Venezuela.",
         "2021-11-04"),
        ("Bashir leaves South Africa despite the ICC warrant.", "2015-06-15"),
    ):
        r = read(text, date=date, today=TODAY)
        assert not {a for a in acts(r) if a[1] in ("signature", "withdrawal")}, text


def test_an_announcement_is_not_a_notice_and_says_when_the_notice_came() -> None:
    r = read("Hungary will withdraw from the International Criminal Court, Prime Minister Viktor Orban said.",
             date="2025-04-03", today=TODAY)
    assert acts(r) == set()
    [c] = [c for c in r["claims"] if c["kind"] == "announcement"]
    assert c["state"] == "HUN" and "not a withdrawal" in c["record"] and "2025" in c["record"]


def test_revocations_are_acts_of_their_own() -> None:
    r = read("South Africa's withdrawal from the ICC was revoked in March. Gambia's new government reversed its "
             "withdrawal in February.", date="2017-10-27", today=TODAY)
    assert {("ZAF", "revocation", False), ("GMB", "revocation", False)} <= acts(r)
    assert {("ZAF", "withdrawal", False), ("GMB", "withdrawal", False)} <= acts(r)


def test_negation_is_kept() -> None:
    r = read("Israel, like the United States, is not a party to the Rome Statute. India never ratified the treaty.",
             date="2015-01-07", today=TODAY)
    assert {("ISR", "ratification", True), ("USA", "ratification", True), ("IND", "ratification", True)} <= acts(r)
    assert all(not a["correction"] for a in r["acts"])


# -- claims checked against the record ------------------------------------------------------------

def test_a_count_of_parties_is_checked_against_the_record() -> None:
    for day in ("2016-11-17", "2024-08-21"):
        count = parties(day)["count"]
        for n, verdict in ((count, "right"), (count - 1, "wrong")):
            r = read(f"There are {n} countries that are parties to the ICC.", date=day, today=TODAY)
            [c] = [c for c in r["claims"] if c["kind"] == "party_count"]
            assert c["verdict"] == verdict and str(count) in c["record"] and c["article"] == "126"


def test_ratified_on_the_day_of_the_vote_is_told_apart_from_deposit_and_entry_into_force() -> None:
    r = read("Ukraine ratified the Rome Statute of the International Criminal Court on Wednesday.",
             date="2024-08-21", today=TODAY)
    assert ("UKR", "ratification", False) not in acts(r)
    [c] = [c for c in r["claims"] if c["kind"] == "act" and c["state"] == "UKR"]
    assert c["verdict"] == "wrong" and c["article"] == "126(2)"
    assert "25 October 2024" in c["record"] and "1 January 2025" in c["record"]
    assert any(x["state"] == "UKR" for x in r["corrections"])


def test_a_state_that_acceded_did_not_sign() -> None:
    r = read("The Palestinian government signed the Rome Statute on December 31.", date="2015-01-07", today=TODAY)
    # the act is kept as the report asserts it (the corpus's convention), with the record's correction
    [c] = [c for c in r["corrections"] if c["state"] == "PSE"]
    assert c["kind"] == "signature" and c["record_shows"] == "accession" and "accession" in c["text"]
    assert c["article"] == "125"


def test_the_first_to_leave() -> None:
    r = read("Burundi is becoming the first country to withdraw from the International Criminal Court.",
             date="2017-10-27", today=TODAY)
    [c] = [c for c in r["claims"] if c["kind"] == "first"]
    assert c["state"] == "BDI" and c["verdict"] == "right"


# -- dates ----------------------------------------------------------------------------------------

def test_glued_dateline() -> None:
    r = read("Published October 21, 2016South Africa is to leave the International Criminal Court.", today=TODAY)
    assert r["date"]["value"] == "2016-10-21"


def test_published_line_beats_a_date_quoted_in_the_body() -> None:
    r = read("South Africa revokes ICC withdrawal\nOn 29 March 2017 the court ruled.\nPublished on 11/12/2017\n",
             today=TODAY)
    assert r["date"]["value"] == "2017-12-11" and r["date"]["how"] == "published"


def test_posted_line_beats_a_photo_caption() -> None:
    text = ("Photo: Aug. 21, 2024, the Rada in session (Reuters/File)\nUkraine votes to join the ICC\n"
            "Posted August 22, 2024\nThe parliament voted on Wednesday.")
    assert read(text, today=TODAY)["date"]["value"] == "2024-08-22"


def test_no_year_reads_as_of_today_with_the_caveat() -> None:
    r = read("On 19 October the letter reached the United Nations.", today=TODAY)
    assert r["date"] == {"value": TODAY, "text": None, "start": None, "how": "today", "relative": []}
    assert any("read as of today" in c for c in r["caveats"])


# -- places, adjectives, French -------------------------------------------------------------------

def test_capitals_adjectives_and_regions_name_their_states() -> None:
    r = read("In Ulaanbaatar, officials met. The Philippine government objected. Strikes on Gaza went on.",
             date="2024-09-03", today=TODAY)
    assert {"MNG", "PHL", "PSE"} <= states(r)


def test_the_seat_of_the_court_is_not_the_netherlands() -> None:
    r = read("The International Criminal Court in The Hague said the Rome Statute applies.", date="2020-01-01",
             today=TODAY)
    assert states(r) == set()


def test_a_french_report_is_read() -> None:
    text = ("Vendredi 27 octobre 2017\nLe Burundi est devenu le premier pays à quitter la Cour pénale "
            "internationale. La Gambie et l'Afrique du Sud avaient annoncé leur retrait. Le président russe "
            "Vladimir Poutine est arrivé à Oulan-Bator. Des crimes contre l'humanité auraient été commis.")
    r = read(text, today=TODAY)
    assert r["language"] == "fr"
    assert r["date"]["value"] == "2017-10-27"
    assert {"BDI", "GMB", "ZAF", "RUS", "MNG"} <= states(r)
    assert ("BDI", "withdrawal", False) in acts(r)
    assert "putin" in {p["key"] for p in r["people"]}
    assert "crimes_against_humanity" in {c["key"] for c in r["mentions"]["crimes"]}


def test_a_language_the_reader_does_not_read_gets_a_caveat_naming_it() -> None:
    text = ("Russland zieht seine Unterschrift unter das Römische Statut des Internationalen Strafgerichtshofs "
            "zurück, teilte das Außenministerium in Moskau am Mittwoch mit.")
    r = read(text, today=TODAY)
    assert r["language"] == "de"
    assert any("German" in c for c in r["caveats"])


# -- input ----------------------------------------------------------------------------------------

def test_random_bytes_are_refused_in_one_line_exit_2(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from romestatute.cli.main import main

    path = tmp_path / "noise.bin"
    path.write_bytes(os.urandom(200_000))
    try:
        main(["read", str(path), "--today", TODAY])
        code = 0
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("rome: error: text:") and err.count("\n") == 1 and "not text" in err



def test_latin_1_is_detected_and_said(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "latin1.txt"
    text = ("Vendredi 27 octobre 2017. Le Burundi a quitté la Cour pénale internationale, première défection "
            "d'un État partie. La Gambie et l'Afrique du Sud ont renoncé à leur retrait.")
    path.write_bytes(text.encode("latin-1"))
    out = CliRunner().invoke(cli, ["read", str(path), "--json", "--today", TODAY])
    assert out.exit_code == 0, out.output
    r = json.loads(out.output)
    assert "quitté" in r["text"] and "\ufffd" not in r["text"]
    assert any("not UTF-8" in c for c in r["caveats"])
    assert "BDI" in states(r)
