"""``rome read --lang fr``: the reading's frame (headings, labels, the date line, the answers' frame) in French,
the English output unchanged. The reader's own sentences (read/explain.py, claims, questions) are not yet French
(docs/i18n.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

REPORT = ("The Hague, 20 November 2016. Russia withdraws from the International Criminal Court, a spokesman said, "
          "weeks after Burundi and South Africa announced that they would leave the court. Omar al-Bashir visited "
          "South Africa in June 2015.\nRussian air strikes on Aleppo in Syria went on this month.")


def test_rome_read_speaks_french_around_the_readers_sentences(rome: Callable[..., Any], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    fr = rome("read", str(report), "--lang", "fr", "--today", "2026-12-01").out
    assert fr.startswith("Article daté du 20 novembre 2016 (trouvée dans la ligne de date")
    for heading in ("États que mentionne l’article", "Personnes citées qui sont recherchées par la Cour",
                    "Questions que soulève l’article", "Remarques"):
        assert heading in fr
    assert "Fédération de Russie (RUS)" in fr and "à la date de l’article (2016-11-20)\u00a0:" in fr
    for english in ("Report dated", "States the report mentions", "on the report's date (", "Questions the report"):
        assert english not in fr


def test_rome_read_in_english_is_as_it_was(rome: Callable[..., Any], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    en = rome("read", str(report), "--today", "2026-12-01").out
    assert en.startswith("Report dated 20 November 2016 (found in the dateline: \"20 November 2016\"); today is "
                         "1 December 2026.")
    assert "Russian Federation (RUS) — 2 mention(s): Russia, Russian" in en
    assert "on the report's date (2016-11-20): signatory" in en
