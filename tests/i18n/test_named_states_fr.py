"""States named in the French of the reader's record lines and of the Art. 13(b) reason with the form the sentence
needs (``%(of_state)s``, ``%(the_state)s``, ``%(in_state)s``), never a line opening with the bare name nor repeating
it (« Burundi : Burundi : ... »); English as it was."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from romestatute import i18n

CORPUS = Path(__file__).resolve().parents[1] / "read" / "corpus"
NB = "\u00a0"


def _reading(name: str, lang: str) -> tuple[dict[str, Any], str]:
    from romestatute.read.explain import reading
    from romestatute.read.render import render

    body = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    with i18n.use(lang):
        r = reading(body, None, "2026-12-01")
        return r, render(r, width=100_000)


def _strings(node: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(v, k)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v, key)]
    return [(key, node)] if isinstance(node, str) else []


def _french_names() -> set[str]:
    from romestatute.facts.load import data_dir, load_states

    with i18n.use("fr"):
        return {i18n.state_name(iso3, s.name) for iso3, s in load_states(data_dir()).items()}


def test_a_status_record_and_a_declarations_effect_name_the_state_with_its_form() -> None:
    """« Burundi : Burundi : ... » no more: the record is a sentence with the state as its subject (read.claims), the
    declaration's effect names the state after « par »."""
    bdi, bdi_text = _reading("bdi-2017-10-27-afrik53-retrait", "fr")
    assert "Le 27 octobre 2017, le Burundi était un ancien État partie (depuis le 27 octobre 2017)" in bdi_text
    assert f"Burundi{NB}: Burundi{NB}:" not in bdi_text
    ukr, ukr_text = _reading("ukr-2015-09-08-icc-declaration-12-3", "fr")
    assert f"Acceptation de la compétence de la Cour par l’Ukraine — le 17 avril 2014{NB}: a déposé" in ukr_text
    en, en_text = _reading("bdi-2017-10-27-afrik53-retrait", "en")
    assert "On 27 October 2017, Burundi was a former State Party (since 27 October 2017)" in en_text
    _ukr_en, ukr_en_text = _reading("ukr-2015-09-08-icc-declaration-12-3", "en")
    assert "Ukraine: on 17 April 2014 it lodged" in ukr_en_text


def test_no_record_or_effect_of_the_corpus_opens_with_a_bare_state_name() -> None:
    names = _french_names()
    opens = re.compile(rf"^(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))}){NB}:")
    reports = sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert len(reports) >= 60
    seen = 0
    for name in reports:
        fr, text = _reading(name, "fr")
        for key, value in _strings({k: v for k, v in fr.items() if k in ("acts", "claims", "corrections")}):
            if key in ("record", "effect", "text"):
                seen += 1
                assert not opens.match(value), (name, key, value)
        assert not re.search(rf"(?m)^\W*([^\n:]{{2,60}}){NB}: \1{NB}:", text), name
    assert seen > 100


@pytest.mark.parametrize(("args", "french", "english"), [
    (("--crime", "genocide", "--territory", "SDN", "--from", "2004-01-01", "--trigger", "unsc_referral",
      "--resolution", "1593"),
     f"S/RES/1593 (2005) du 31 mars 2005 a déféré la situation au Soudan («{NB}Darfur, Sudan{NB}»){NB}; elle vise",
     "S/RES/1593 (2005) of 2005-03-31 referred the situation in Darfur, Sudan (SDN); it reaches"),
    (("--crime", "crimes_against_humanity", "--territory", "LBY", "--from", "2011-02-20", "--trigger",
      "unsc_referral", "--resolution", "1970"),
     "a déféré la situation en Libye («",
     "referred the situation in Libya (LBY); it reaches"),
])
def test_the_council_referrals_reason_names_the_place(rome: Callable[..., Any], args: tuple[str, ...], french: str,
                                                      english: str) -> None:
    fr = rome("--lang", "fr", "jurisdiction", *args, "--as-of", "2026-12-02", "--json").json()
    en = rome("jurisdiction", *args, "--as-of", "2026-12-02", "--json").json()
    said_fr = [r["explanation"] for r in fr["reasons"] if r["article"] == "13(b)"]
    said_en = [r["explanation"] for r in en["reasons"] if r["article"] == "13(b)"]
    assert any(french in s for s in said_fr), said_fr
    assert any(english in s for s in said_en), said_en
