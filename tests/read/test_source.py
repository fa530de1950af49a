"""The cold start's shortcuts give the answers of the libraries they spare: langdetect's language, dateparser's
dates (on the corpus's real reports and on short and mixed texts)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from romestatute.read import dates, source

CORPUS = Path(__file__).parent / "corpus"


def _bodies() -> list[str]:
    return [p.read_text(encoding="utf-8").split("\n---\n", 1)[1] for p in sorted(CORPUS.glob("*.txt"))]


def _samples() -> list[str]:
    bodies = _bodies()
    rnd = random.Random(7)
    out = list(bodies)
    for body in bodies:
        for size in (40, 120, 600):
            start = rnd.randrange(max(1, len(body) - size))
            out.append(body[start:start + size])
    return out + ["Der Präsident sprach heute in Berlin über den Strafgerichtshof.", "Президент выступил сегодня в Гааге",
                  "El presidente habló hoy sobre la Corte Penal Internacional.", "la la la la la la la la la la la",
                  "Published 17 November 2016\nRussia withdrew its signature from the Rome Statute.\n"]


def test_the_lazy_profiles_name_the_language_langdetect_names() -> None:
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    checked = 0
    for text in _samples():
        sample = text[:5000]
        if sum(ch.isalpha() for ch in sample) < 20:
            continue
        try:
            expected: str | None = detect(sample)
        except LangDetectException:
            expected = None
        assert source.language(text) == expected, text[:80]
        checked += 1
    assert checked > 150


def test_a_line_whose_years_are_all_in_dates_read_whole_gives_what_dateparser_would(monkeypatch: pytest.MonkeyPatch
                                                                                     ) -> None:
    lines = [ln[:2000] for body in _bodies() for ln in body.split("\n") if dates.YEAR.search(ln)]
    lines += ["Published 17 November 2016", "THE HAGUE, 17 November 2016 - 2016-11-17T10:00", "Nov. 17, 2016South Africa",
              "le 1er avril 2025 et le 2 avril 2025", "Posted 11/12/2017 | Updated 12/12/2017"]
    fast = [dates.dates_in_line(ln, 0, True, dates.LANGUAGES) for ln in lines]
    monkeypatch.setattr(dates, "ANY_YEAR", re.compile(""))  # a year everywhere: dateparser always asked
    slow = [dates.dates_in_line(ln, 0, True, dates.LANGUAGES) for ln in lines]
    # dateparser's search also re-finds a date already read whole; one it cannot find again in the line is placed
    # nowhere (it once went to the first word's place: "onference in Abidjan, Co" for "Aug. 18, 2011")
    assert fast == slow
    assert sum(1 for f in fast if f) > 40
