"""Rules that new reports of 2026-12-02 (late evening) showed missing: every announcement checked where it is said,
the year an act is said to have been done in, and a short Spanish text read as Spanish.  Annotated from the record
(`rome timeline HUN`, `TJK`, `PHL`), never from the reader's output."""

from __future__ import annotations

from romestatute.read import read, source

TODAY = "2026-12-01"


def _claims(r: dict, kind: str, state: str) -> list[dict]:
    return [c for c in r["claims"] if c["kind"] == kind and c["state"] == state]


def test_two_announcements_by_one_state_are_two_claims() -> None:
    # Duterte announced on 2018-03-14; the notice reached the depositary on 2018-03-17: both unconfirmed on the 15th
    text = ("The Philippines will withdraw from the International Criminal Court, President Duterte said on Wednesday. "
            "Officials said the government planned to leave the Rome Statute with immediate effect.")
    r = read(text, "2018-03-15", today=TODAY)
    said = _claims(r, "announcement", "PHL")
    assert len(said) == 2 and all(c["verdict"] == "unconfirmed" for c in said)
    assert _claims(r, "effect", "PHL")  # "with immediate effect" goes with the second announcement


def test_an_announcement_and_the_notice_are_both_checked() -> None:
    # Hungary announced on 2025-04-03; its notice reached the depositary on 2025-06-02
    text = ("Hungary announced in April that it would withdraw from the International Criminal Court. "
            "In June, Hungary formally notified the UN Secretary-General of its withdrawal from the Rome Statute.")
    r = read(text, "2025-06-10", today=TODAY)
    assert [a["kind"] for a in r["acts"] if a["state"] == "HUN"] == ["withdrawal"]
    assert _claims(r, "announcement", "HUN")  # dropped before, the state having a withdrawal act too


def test_an_act_and_its_announcement_in_one_sentence_are_told_once() -> None:
    r = read("Burundi withdrew from the International Criminal Court a year after it announced it would leave.",
             "2017-10-28", today=TODAY)
    assert [a["kind"] for a in r["acts"] if a["state"] == "BDI"] == ["withdrawal"]
    assert not _claims(r, "announcement", "BDI")


def test_the_year_of_an_act() -> None:
    def verdict(text: str) -> list[str]:
        return [c["verdict"] for c in read(text, "2025-10-08", today=TODAY)["claims"] if c["kind"] == "act_date"]

    # Tajikistan deposited on 2000-05-05 and became a party on 2002-07-01
    assert verdict("Tajikistan ratified the Rome Statute in 1999, the ICC says.") == ["wrong"]
    assert verdict("Tajikistan ratified the Rome Statute in 2000, the ICC says.") == []
    assert verdict("Tajikistan joined the ICC in 2002, the Court says.") == ["loose"]
    assert verdict("Tajikistan joined the ICC in 2000, the Court says.") == []
    # the Philippines' notice was received in 2018 and took effect in 2019: either year is the withdrawal's
    assert verdict("The Philippines withdrew from the ICC in 2019, the Court said.") == []
    assert verdict("The Philippines withdrew from the ICC in 2018, the Court said.") == []
    assert verdict("The Philippines withdrew from the ICC in 2017, the Court said.") == ["wrong"]
    # a year that dates something else in the sentence is not the act's
    assert verdict("Tajikistan ratified the Rome Statute, and in 1999 it hosted a summit on the ICC.") == []


def test_the_record_is_said_in_the_claim() -> None:
    r = read("Tajikistan ratified the Rome Statute in 1999, the ICC says.", "2025-10-08", today=TODAY)
    (c,) = [c for c in r["claims"] if c["kind"] == "act_date"]
    assert "5 May 2000" in c["record"] and "1 July 2002" in c["record"]
    assert c["text"] == "ratified the Rome Statute in 1999"


def test_a_short_spanish_sentence_is_spanish_and_catalan_stays_catalan() -> None:
    assert source.language("El primer ministro israelí viajó a Budapest.") == "es"
    assert source.language("El Govern català ha criticat la Cort Penal Internacional per les ordres de detenció.") == "ca"
    assert source.language("The Court issued a warrant for the arrest of the President.") == "en"
