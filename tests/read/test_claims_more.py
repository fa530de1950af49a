"""Claims the record decides, beyond counts and statuses: a withdrawal 'with immediate effect', the Statute's
year, a signatory's duty to arrest, 'as a signatory' said of a party, 'not signatories' said of a state that
unsigned, the Court's founding year, the Statute 'in force' before 1 July 2002, 'charged in YEAR', 'withdrew its
signature', 'among the first signatories'.  Each correction names its article."""

from __future__ import annotations

from romestatute.read import read

TODAY = "2026-12-01"


def flagged(r: dict, kind: str | None = None) -> list[dict]:
    return [c for c in r["claims"] if c["verdict"] in ("wrong", "loose", "unconfirmed") and (kind is None or c["kind"] == kind)]


def test_a_withdrawal_with_immediate_effect_is_wrong() -> None:
    r = read("The Philippines sent its notice of withdrawal from the ICC. The letter makes no mention of the "
             "withdrawal being \"effective immediately\" as Duterte insisted.", date="2018-03-16", today=TODAY)
    [c] = flagged(r, "effect")
    assert c["state"] == "PHL" and c["verdict"] == "wrong" and c["article"] == "127(1)"
    assert "17 March 2019" in c["record"]


def test_a_revocation_with_immediate_effect_is_no_such_claim() -> None:
    r = read("South Africa said its withdrawal from the ICC would be revoked with immediate effect.",
             date="2017-03-08", today=TODAY)
    assert flagged(r, "effect") == []


def test_an_announced_withdrawal_with_immediate_effect_in_french() -> None:
    r = read("Le Burkina Faso, le Mali et le Niger ont annoncé leur retrait de la Cour pénale internationale. La "
             "décision, qualifiée de « avec effet immédiat », a été communiquée lundi.", date="2025-09-22",
             today=TODAY)
    assert {c["state"] for c in flagged(r, "effect")} == {"BFA", "MLI", "NER"}


def test_the_statutes_year_is_1998() -> None:
    r = read("Russia never ratified the 2002 Rome Statute.", date="2016-11-17", today=TODAY)
    [c] = flagged(r, "statute_year")
    assert c["verdict"] == "loose" and "17 July 1998" in c["record"] and "1 July 2002" in c["record"]
    assert flagged(read("Russia never ratified the 1998 Rome Statute.", date="2016-11-17", today=TODAY),
                   "statute_year") == []


def test_a_signatory_is_not_bound_to_arrest() -> None:
    r = read("The 1998 Rome Treaty establishing the ICC dictates that every signatory is legally bound to arrest a "
             "wanted suspect in its territory.", date="2016-10-21", today=TODAY)
    [c] = flagged(r, "duty")
    assert c["verdict"] == "loose" and "86" in c["article"]


def test_as_a_signatory_said_of_a_party() -> None:
    r = read("As a signatory of the Rome Statute establishing the court, South Africa is bound to arrest the "
             "Sudanese leader.", date="2015-06-15", today=TODAY)
    [c] = flagged(r, "status")
    assert c["state"] == "ZAF" and c["verdict"] == "loose" and "party" in c["record"]


def test_they_are_not_signatories_said_of_a_state_that_unsigned() -> None:
    r = read("Neither the United States nor Rwanda has an obligation to hand the commander to the ICC as they are "
             "not signatories to the Rome Statute.", date="2013-03-19", today=TODAY)
    verdicts = {c["state"]: c["verdict"] for c in r["claims"] if c["kind"] == "status"}
    assert verdicts == {"USA": "loose", "RWA": "right"}


def test_the_courts_founding_year() -> None:
    r = read("Opened in 2004, the International Criminal Court has tried few cases.", date="2016-10-21", today=TODAY)
    [c] = flagged(r, "founding")
    assert c["verdict"] == "wrong" and "1 July 2002" in c["record"]
    assert flagged(read("The ICC, which was inaugurated in July 2002, has 124 member states.", date="2017-03-08",
                        today=TODAY), "founding") == []


def test_the_statute_in_force_before_1_july_2002() -> None:
    r = read("Now that the Statute has come into force, the United States said it will not become a party.",
             date="2002-05-06", today=TODAY)
    [c] = flagged(r, "in_force")
    assert c["verdict"] == "wrong" and "1 July 2002" in c["record"] and c["article"] == "126(1)"


def test_charged_in_a_year_before_the_warrant() -> None:
    r = read("Al-Bashir was charged by the ICC in 2008 over the ethnic cleansing in Sudan's Darfur region.",
             date="2016-10-21", today=TODAY)
    [c] = flagged(r, "warrant_year")
    assert c["state"] == "SDN" and c["verdict"] == "wrong" and "4 March 2009" in c["record"]
    assert flagged(read("Al-Bashir was charged by the ICC in 2009.", date="2016-10-21", today=TODAY),
                   "warrant_year") == []


def test_withdrawing_a_signature_is_a_notice_not_to_become_a_party() -> None:
    r = read("By withdrawing its signature from the Rome Statute, the United States is free of its obligations.",
             date="2002-05-06", today=TODAY)
    [a] = [a for a in r["acts"] if a["state"] == "USA"]
    assert a["kind"] == "not_party_notice" and a["correction"]["record_shows"] == "signature_kept"


def test_among_the_first_signatories_is_checked_against_the_order_of_signatures() -> None:
    r = read("The Gambia played a major role in the negotiations on the Rome Statute and was among its first "
             "signatories.", date="2017-02-17", today=TODAY)
    [c] = [c for c in r["claims"] if c["kind"] == "first_signatory"]
    assert c["state"] == "GMB" and c["verdict"] == "loose" and "4 December 1998" in c["record"]


def test_a_date_next_to_an_act_is_checked_against_the_record() -> None:
    r = read("The probe covers killings from November 1, 2011, the date the Philippines joined the ICC, to March 16, "
             "2019, when the Philippines withdrew its membership from the court.", date="2021-09-16", today=TODAY)
    [c] = [c for c in r["claims"] if c["kind"] == "act_date"]
    assert c["state"] == "PHL" and c["verdict"] == "loose" and c["text"] == "March 16, 2019"
    assert "17 March 2018" in c["record"] and "17 March 2019" in c["record"] and c["article"] == "127(1)"


def test_restoring_the_membership_of_a_state_that_never_stopped_being_a_party() -> None:
    r = read("The vote ends a period of uncertainty about Hungary's commitment to the ICC. The vote on May 27, 2026, "
             "restores the country's membership in the court.", date="2026-05-27", today=TODAY)
    [c] = [c for c in r["claims"] if c["kind"] == "restored"]
    assert c["state"] == "HUN" and c["verdict"] == "wrong" and "never stopped being a party" in c["record"]


def test_the_last_day_of_jurisdiction_after_a_withdrawal_is_the_day_before_it_takes_effect() -> None:
    r = read("Le Burundi a quitté la CPI. Ce retrait n'affecte pas la compétence de la Cour concernant les crimes "
             "commis pendant la période où le Burundi était État partie, à savoir jusqu'au 27 octobre 2017.",
             date="2017-10-27", today=TODAY)
    [c] = [c for c in r["claims"] if c["kind"] == "last_day"]
    assert c["state"] == "BDI" and c["verdict"] == "loose" and "26 October 2017" in c["record"]
    assert c["article"] == "127(2)"


def test_an_announced_exit_whose_notice_was_later_revoked_is_loose() -> None:
    r = read("Gambia to leave the International Criminal Court in November 2017, its minister said.",
             date="2016-11-15", today=TODAY)
    [c] = [c for c in r["claims"] if c["kind"] == "announcement" and c["state"] == "GMB"]
    assert c["verdict"] == "loose" and "revoked on 10 February 2017" in c["record"]
