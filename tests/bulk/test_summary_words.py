"""Every count in the bulk summaries agrees with its number, in English and in French (0 and 1 take the singular
in French, 2 the plural)."""

from __future__ import annotations

import pytest

from romestatute import i18n
from romestatute.bulk.annotate import Summary


def _lines(lang: str, n: int) -> list[str]:
    summary = Summary(rows_in=n, rows_out=n, outcomes={"yes": n}, lowered=n, lowered_states=["ARM"],
                      empty={"date_missing": n}, columns={"territory": "t", "date": "d"}, unmatched={"t": [("X", n)]},
                      as_of="2026-11-28")
    with i18n.use(lang):
        return summary.lines()


@pytest.mark.parametrize("n,first,lowered,empty,unmatched", [
    (0, "annotated 0 of 0 rows", None, None, "unmatched t: 1 value, 0 rows"),
    (1, "annotated 1 of 1 row in", "lowered confidence: 1 row rests only on", "1 row with no value in d",
     "unmatched t: 1 value, 1 row"),
    (2, "annotated 2 of 2 rows", "lowered confidence: 2 rows rest only on", "2 rows with no value in d",
     "unmatched t: 1 value, 2 rows"),
])
def test_english_counts(n: int, first: str, lowered: str | None, empty: str | None, unmatched: str) -> None:
    lines = _lines("en", n)
    assert lines[0].startswith(first)
    assert any(line.startswith(lowered) for line in lines) if lowered else not any("lowered" in x for x in lines)
    assert any(line.startswith(empty) for line in lines) if empty else not any("no value" in x for x in lines)
    assert any(line.startswith(unmatched) for line in lines)
    if n == 1:
        assert "its icc_basis" in "\n".join(lines)
    if n == 2:
        assert "their icc_basis" in "\n".join(lines)


@pytest.mark.parametrize("n,first,lowered,unmatched", [
    (0, "0 annotée sur 0 ligne\u00a0;", None, "1 valeur, 0 ligne"),
    (1, "1 annotée sur 1 ligne\u00a0;", "confiance réduite\u00a0: 1 ligne repose seulement", "1 valeur, 1 ligne"),
    (2, "2 annotées sur 2 lignes\u00a0;", "confiance réduite\u00a0: 2 lignes reposent seulement", "1 valeur, 2 lignes"),
])
def test_french_counts(n: int, first: str, lowered: str | None, unmatched: str) -> None:
    lines = _lines("fr", n)
    assert lines[0].startswith(first)
    assert any(line.startswith(lowered) for line in lines) if lowered else not any("confiance" in x for x in lines)
    assert any(unmatched in line for line in lines)
    if n:
        assert f"{n} ligne{'s' if n > 1 else ''} sans valeur dans d -> unknown" in lines
    text = "\n".join(lines)
    assert "annotées sur 1 ligne" not in text and "1 lignes" not in text and "0 lignes" not in text


def test_no_referral_on_record_agrees_with_its_noun() -> None:
    """« les renvois du Conseil de sécurité consignés (aucun) »: masculine, as « renvoi »."""
    summary = Summary(rows_in=1, rows_out=1, outcomes={"yes": 1}, as_of="2004-01-01", referrals=[])
    with i18n.use("fr"):
        first = summary.lines()[0]
    assert "consignés (aucun)" in first and "(aucune)" not in first
    assert "on record (none)" in summary.lines()[0]
