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


def _texts(node: Any, keys: tuple[str, ...]) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k in keys and isinstance(v, str)] + [
            t for v in node.values() for t in _texts(v, keys)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v, keys)]
    return []


def test_corrections_and_questions_in_french(rome: Callable[..., Any], tmp_path: Path) -> None:
    """The corrections of counts, firsts and the Statute's dates, and the questions' titles, in French; the same
    reading in English as it was."""
    import json

    report = tmp_path / "report.txt"
    report.write_text("Nairobi, 27 October 2017. Burundi became the first country to leave the International Criminal "
                      "Court, whose 1999 Rome Statute now has 125 countries as parties.", encoding="utf-8")
    fr = json.loads(rome("--lang", "fr", "read", str(report), "--json", "--today", "2026-12-01").out)
    en = json.loads(rome("read", str(report), "--json", "--today", "2026-12-01").out)
    records = _texts(fr.get("claims"), ("record",))
    titles = [q["title"] for q in fr.get("questions") or [] if "title" in q]
    assert any(r.startswith("Retraits ayant pris effet, dans l’ordre\u00a0: Burundi (27 octobre 2017)") for r in records)
    assert any("États parties au 27 octobre 2017" in r for r in records)
    assert any("c’est le Statut de 1998" in r for r in records)
    for english in ("Withdrawals that took effect", "States Parties on", "The Rome Statute was adopted",
                    "Can the Court act"):
        assert not any(english in t for t in records + titles)
    en_records = _texts(en.get("claims"), ("record",))
    assert any(r.startswith("Withdrawals that took effect, in order: Burundi (27 October 2017)") for r in en_records)
    assert any(r.startswith("The Rome Statute was adopted on 17 July 1998 and entered into force on 1 July 2002")
               for r in en_records)
