"""The reader's counts agree with their number: one sentence, one mention; several, in English and French."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("THE HAGUE, 2 Jan 2025 - Ukraine is now a party to the Rome Statute.", "en",
     ["1 sentence read.", "Ukraine (UKR) — 1 mention: Ukraine"], ["sentences read", "mention(s)"]),
    ("THE HAGUE, 2 Jan 2025 - Ukraine is now a party. Ukraine deposited its instrument in October.", "en",
     ["2 sentences read.", "Ukraine (UKR) — 2 mentions: Ukraine"], ["sentence read.", "mention(s)"]),
    ("THE HAGUE, 2 Jan 2025 - Ukraine is now a party to the Rome Statute.", "en",
     ["12(3) declarations in force: conduct from"], ["declaration(s)"]),
    ("THE HAGUE, 2 Jan 2016 - Côte d'Ivoire remains under the Court's scrutiny.", "en",
     ["1 sentence read."], ["sentences read"]),
    ("LA HAYE, 2 janvier 2025 - L’Ukraine est désormais partie au Statut de Rome.", "fr",
     ["1 phrase lue.", "1 mention : Ukraine"], ["phrases lues", "mention(s)"]),
])
def test_counts_agree(tmp_path: Path, rome: Callable[..., Any], text: str, lang: str, expected: list[str],
                      wrong: list[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    run = rome("--lang", lang, "read", str(report), "--today", "2025-01-02")
    assert run.code == 0, run.err
    flat = re.sub(r"[ \n\u00a0\u202f]+", " ", run.out)  # the renderer wraps long lines
    for piece in expected:
        assert piece in flat, (piece, run.out)
    for piece in wrong:
        assert piece not in flat
