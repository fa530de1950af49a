"""The reader names a wanted person's state of nationality as it names every state, never by its code: "national of
the Russian Federation" in English (as the duty to arrest's Art. 27(2) line says it), « nationalité : Fédération de
Russie » in French, on the command line and on the read page; the record of a warrant a report names too."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "read" / "corpus"
NB = "\u00a0"

#: (corpus report, the English words, the French words)
PEOPLE = [
    ("mng-2024-09-02-moscowtimes-putin-arrives", "national of the Russian Federation;", f"nationalité{NB}: Fédération de Russie{NB};"),
    ("jor-2017-03-28-sudantribune-bashir-amman", "national of the Sudan;", f"nationalité{NB}: Soudan{NB};"),
]
#: "national of RUS", « nationalité : RUS »: a state's code where its name is meant
CODE = re.compile(rf"national of [A-Z]{{3}}\b|nationalité{NB}: [A-Z]{{3}}\b")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.mark.parametrize(("name", "english", "french"), PEOPLE)
def test_the_command_line_names_the_state(rome: Callable[..., Any], name: str, english: str, french: str) -> None:
    path = str(CORPUS / f"{name}.txt")
    en = rome("read", path, "--today", "2026-12-01").out.replace("\n", " ")
    fr = rome("read", path, "--today", "2026-12-01", "--lang", "fr").out.replace("\n", " ")
    assert english in en and french in fr
    assert not CODE.search(en) and not CODE.search(fr)


def test_no_report_of_the_corpus_names_a_nationality_by_its_code(rome: Callable[..., Any]) -> None:
    checked = 0
    for path in sorted(CORPUS.glob("*.txt")):
        if not re.search(r"Putin|Poutine|Bashir|Netanyahu|Duterte|Gallant|Kony|Ongwen|Gbagbo|Lubanga", path.read_text("utf-8")):
            continue
        for lang in ("en", "fr"):
            out = rome("read", str(path), "--today", "2026-12-01", "--lang", lang).out.replace("\n", " ")
            assert not CODE.search(out), (path.name, lang, CODE.search(out))
            checked += "national of" in out or "nationalité" in out
    assert checked >= 20


@pytest.mark.parametrize(("name", "english", "french"), PEOPLE)
def test_the_read_page_names_the_state(client: Any, name: str, english: str, french: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text("utf-8")
    en = client.post("/read", data={"text": text, "today": "2026-12-01"}).text
    fr = client.post("/read?lang=fr", data={"text": text, "today": "2026-12-01"}).text
    english_line = english.rstrip(";")
    assert english_line in en and "national of RUS" not in en and "national of SDN" not in en
    assert french.rstrip(f"{NB};") in fr and f"nationalité{NB}: RUS" not in fr and f"nationalité{NB}: SDN" not in fr


def test_a_warrant_on_record_names_the_persons_state() -> None:
    """A report that names a warrant against a state's nationals: the record lists each with the state's name."""
    from romestatute import i18n
    from romestatute.read import questions

    def record(lang: str) -> str:
        with i18n.use(lang):
            return str(questions.explain_trigger("warrant", "", {"SDN"}, dt.date(2010, 1, 1), {"SDN": "Sudan"})["effect"])

    en, fr = record("en"), record("fr")
    assert "Omar Hassan Ahmad Al Bashir (Sudan), issued 2009-03-04" in en
    assert "Omar Hassan Ahmad Al Bashir (Soudan), délivré le 4 mars 2009" in fr
    assert "(SDN)" not in en + fr


def test_the_read_page_names_the_situation_in_french(client: Any) -> None:
    text = (CORPUS / "mng-2024-09-02-moscowtimes-putin-arrives.txt").read_text("utf-8")
    en = client.post("/read", data={"text": text, "today": "2026-12-01"}).text
    fr = client.post("/read?lang=fr", data={"text": text, "today": "2026-12-01"}).text
    assert 'situation <a href="/situation/ukraine">ukraine</a>' in en  # as it always was
    assert '<a href="/situation/ukraine?lang=fr">Situation en Ukraine</a>' in fr and ">ukraine</a>" not in fr
