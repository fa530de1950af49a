"""Acts whose state is not written right next to the act word: lists with 'nor', companions ('as did the
U.S.', 'après l'Afrique du Sud'), 'his country', 'to do so', hard-wrapped lines; acts the record corrects but
that the report asserts (kept, with their correction).  Short sentences written here, in the reports' manner."""

from __future__ import annotations

from romestatute.read import read

TODAY = "2026-12-01"


def acts(r: dict) -> set[tuple[str, str, bool]]:
    return {(a["state"], a["kind"], a["negated"]) for a in r["acts"]}


def test_signatories_is_a_signature_and_a_list_with_nor_shares_it() -> None:
    # a hard-wrapped line is one sentence with the next when that one goes on in lower case
    r = read("Neither the United States nor Rwanda has an obligation to\nhand over the commander to the ICC as\n"
             "they are not signatories to the Rome Statute which set up the court.", date="2013-03-19", today=TODAY)
    assert {("USA", "signature", True), ("RWA", "signature", True)} <= acts(r)


def test_among_the_first_signatories() -> None:
    r = read("The Gambia played a major role in the negotiations leading to the adoption of the Rome Statute and "
             "was among its first signatories.", date="2017-02-17", today=TODAY)
    assert ("GMB", "signature", False) in acts(r)


def test_signatory_of_another_agreement_is_no_act() -> None:
    r = read("Kenya is a signatory of the trade agreement, the ICC spokesman said.", date="2017-02-17", today=TODAY)
    assert not any(k == "signature" for _, k, _ in acts(r))


def test_as_did_the_us_shares_the_act_and_its_subject_shares_the_next() -> None:
    r = read("The Rome Statute set up the Court. Russia signed the statute — as did the U.S. — but later withdrew "
             "its signature.", date="2024-08-21", today=TODAY)
    assert {("RUS", "signature", False), ("USA", "signature", False),
            ("RUS", "not_party_notice", False), ("USA", "not_party_notice", False)} <= acts(r)


def test_after_a_state_in_french_is_the_same_act() -> None:
    r = read("Le Burundi a fait parvenir la notification de son retrait de la CPI aux Nations unies. C'est le second "
             "pays à préciser par écrit son retrait de l'instance judiciaire, après l'Afrique du Sud.",
             date="2016-10-27", today=TODAY)
    assert {("BDI", "withdrawal", False), ("ZAF", "withdrawal", False)} <= acts(r)


def test_to_do_so_after_a_state_and_a_year() -> None:
    r = read("Les Philippines doivent se retirer dimanche de la Cour pénale internationale. Depuis sa fondation, ce "
             "sera le deuxième pays à le faire, après le Burundi en 2017.", date="2019-03-16", today=TODAY)
    assert ("BDI", "withdrawal", False) in acts(r)


def test_his_country_is_the_named_persons_state() -> None:
    r = read("The Philippines joined the ICC on November 1, 2011. The prosecutor said crimes were committed there "
             "after Duterte took office and until March 16, 2019, when he withdrew his country's membership from "
             "the court.", date="2021-09-16", today=TODAY)
    assert ("PHL", "withdrawal", False) in acts(r)


def test_a_possessive_plural_demonym_is_its_state() -> None:
    r = read("Israel has never ratified the Rome Statute, but the court ruled that it had jurisdiction because the UN "
             "secretary general accepted the Palestinians' accession to the treaty in 2015.", date="2021-03-04",
             today=TODAY)
    assert {("ISR", "ratification", True), ("PSE", "ratification", False)} <= acts(r)


def test_withdrawing_an_instrument_before_it_entered_into_force_is_kept_and_corrected() -> None:
    r = read("The UN confirmed Malaysia's withdrawal from the Rome Statute.", date="2019-05-09", today=TODAY)
    [a] = [a for a in r["acts"] if a["state"] == "MYS"]
    assert a["kind"] == "withdrawal" and a["correction"]["record_shows"] == "instrument_withdrawn"
    assert "29 April 2019" in a["effect"] and "126(2)" in a["effect"]
    assert "MYS" in {c["state"] for c in r["corrections"]}


def test_a_signature_the_record_shows_was_an_accession_is_kept_with_its_correction() -> None:
    r = read("The Palestinian government signed the Rome Statute on December 31.", date="2015-01-07", today=TODAY)
    [a] = [a for a in r["acts"] if a["state"] == "PSE"]
    assert a["kind"] == "signature" and a["correction"]["record_shows"] == "accession"
    assert "PSE" in {c["state"] for c in r["corrections"]}


def test_a_parliament_vote_is_a_claim_not_an_act() -> None:
    r = read("Ukraine's parliament ratified the Rome Statute of the International Criminal Court.",
             date="2024-08-21", today=TODAY)
    assert ("UKR", "ratification", False) not in acts(r)
    assert any(c["state"] == "UKR" and c["verdict"] == "wrong" for c in r["claims"])


def test_a_capital_naming_a_meeting_is_a_place_not_the_state_that_acts() -> None:
    text = ("The amendments adopted at the Kampala Review Conference enter into force for those States Parties which "
            "have accepted them one year after the deposit of their instruments of ratification.")
    r = read(text, date="2017-12-17", today="2026-12-01")
    assert r["acts"] == [] and [s["state"] for s in r["states"]] == ["UGA"]
    assert [m["key"] for m in r["mentions"]["places"]] == ["UGA"]
    r = read("Kampala ratified the Rome Statute of the ICC in 2002.", date="2017-12-17", today="2026-12-01")
    assert [(a["state"], a["kind"]) for a in r["acts"]] == [("UGA", "ratification")]
