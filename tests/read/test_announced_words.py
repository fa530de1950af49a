"""An announced act other than a withdrawal or a ratification is named in words, not by its code's words
("An announced not party notice" read as broken English)."""

from __future__ import annotations

from romestatute.read import read

REPORT = ("MOSCOW, 16 November 2016. Russia announced it would not become a party to the Rome Statute of the "
          "International Criminal Court.\n")


def test_an_announced_notice_of_not_becoming_a_party_is_named_in_words() -> None:
    reading = read(REPORT, today="2026-12-01")
    records = [c["record"] for c in reading["claims"] if c["kind"] == "announcement"]
    assert records, reading["claims"]
    assert any("An announced notice of intention not to become a party has no legal effect" in r for r in records)
    assert not any("not party notice" in r for r in records)
