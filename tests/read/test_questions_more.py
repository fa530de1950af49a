"""Questions a report raises beyond conduct next to a place: withdrawals still pending, the parts of a partial
answer, the duty to arrest of states named with an arrest or a wanted person's presence, and the states obliged
to arrest in a warrant report.  Every answer comes from the same query functions `rome jurisdiction` and
`rome obligation` use, so each test asks the engine too."""

from __future__ import annotations

from romestatute.queries.obligation import obligation, obligation_map
from romestatute.read import read

TODAY = "2026-12-01"


def duties(r: dict) -> dict[tuple[str, str], bool]:
    return {(q["query"]["person_key"], q["query"]["state"]): q["answer"]["obliged"]
            for q in r["questions"] if q["kind"] == "obligation"}


def outcomes(r: dict, iso3: str) -> set[str]:
    return {q["finding"]["outcome"] for q in r["questions"] if q["kind"] == "jurisdiction"
            and iso3 in q["query"]["territory"]}


def test_an_announced_withdrawal_asks_what_the_court_can_still_do() -> None:
    r = read("Burkina Faso, Mali and Niger announced their withdrawal from the ICC with immediate effect.",
             date="2025-09-22", today=TODAY)
    # all three were still parties: the Court keeps jurisdiction (Art. 127(1), (2))
    assert outcomes(r, "MLI") == {"yes"} and outcomes(r, "BFA") == {"yes"}


def test_a_notice_of_withdrawal_asks_about_the_situation_on_its_territory() -> None:
    r = read("The Philippines has transmitted its notice of withdrawal from the ICC to the United Nations.",
             date="2018-03-16", today=TODAY)
    assert "yes" in outcomes(r, "PHL")


def test_a_partial_answer_is_split_into_the_part_the_court_can_act_on() -> None:
    r = read("The ICC unsealed arrest warrants for Joseph Kony and four commanders of the LRA.", date="2005-10-16",
             today=TODAY)
    found = outcomes(r, "UGA")
    assert "partial" in found and "yes" in found
    part = next(q for q in r["questions"] if q["kind"] == "jurisdiction" and q["finding"]["outcome"] == "yes"
                and q["query"]["territory"] == ["UGA"])
    assert part["query"]["from"] == "2002-09-01"  # Uganda's entry into force (Art. 126(2), 11(2))


def test_a_state_named_with_an_order_to_arrest_is_asked() -> None:
    r = read("Pretoria announced its intention to leave the ICC after the court criticised it for disregarding an "
             "order to arrest Sudanese President Omar al-Bashir.", date="2017-03-08", today=TODAY)
    assert duties(r)[("al-bashir", "ZAF")] is obligation("Omar al-Bashir", "ZAF", "2017-03-08")["obliged"] is True


def test_a_state_party_named_in_a_warrant_report_is_asked_for_each_wanted_person() -> None:
    r = read("The ICC issued an arrest warrant for Vladimir Putin and Maria Lvova-Belova. Some 123 countries are "
             "closed to them, including Mongolia.", date="2024-10-24", today=TODAY)
    assert duties(r)[("lvova-belova", "MNG")] is True
    assert duties(r)[("putin", "MNG")] is True


def test_a_wanted_person_believed_to_be_in_a_state() -> None:
    r = read("The warrants named Joseph Kony. The suspects were believed to be moving among Uganda and Sudan.",
             date="2005-10-16", today=TODAY)
    assert duties(r)[("kony", "SDN")] is obligation("Joseph Kony", "SDN", "2005-10-16")["obliged"] is False


def test_a_flight_to_the_courts_seat_puts_the_person_in_its_state() -> None:
    r = read("Rodrigo Duterte was arrested in Manila. The plane carrying him landed in The Hague on Wednesday.",
             date="2025-03-12", today=TODAY)
    assert duties(r)[("duterte", "NLD")] is True


def test_a_warrant_report_lists_the_states_obliged_to_arrest() -> None:
    r = read("The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday.",
             date="2023-03-17", today=TODAY)
    [p] = r["people"]
    m = obligation_map("Vladimir Putin", "2023-03-17")
    assert p["obliged_to_arrest"]["count"] == m["count"] > 120
    assert {s["state"] for s in p["obliged_to_arrest"]["states"]} == {s["state"] for s in m["states"]}
    assert "RUS" not in {s["state"] for s in p["obliged_to_arrest"]["states"]}


def test_a_spanish_warrant_report_asks_the_persons_own_state() -> None:
    r = read("El expresidente Rodrigo Duterte fue detenido en Manila. La Interpol recibió una copia de la orden de "
             "arresto de la Corte Penal Internacional (CPI) por crímenes de lesa humanidad.", date="2025-03-11",
             today=TODAY)
    assert duties(r)[("duterte", "PHL")] is obligation("Rodrigo Duterte", "PHL", "2025-03-11")["obliged"] is False
    assert any(t["kind"] == "warrant" for t in r["triggers"])
    assert "crimes_against_humanity" in {c["key"] for c in r["mentions"]["crimes"]}


def test_delegations_at_a_summit_are_not_a_wanted_persons_whereabouts() -> None:
    r = read("Sudanese President Omar al-Bashir arrived in Jordan for the Arab summit. Delegations representing "
             "Russia, the United States and France will attend the summit.", date="2017-03-28", today=TODAY)
    found = duties(r)
    assert found[("al-bashir", "JOR")] is True
    assert not {("al-bashir", "RUS"), ("al-bashir", "USA")} & set(found)


def test_the_courts_seat_in_a_dateline_is_not_asked() -> None:
    r = read("The Hague, Netherlands - The International Criminal Court issued an arrest warrant for Benjamin "
             "Netanyahu on Thursday.", date="2024-11-21", today=TODAY)
    assert ("netanyahu", "NLD") not in duties(r)
