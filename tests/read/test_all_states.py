"""Every state in the bundled data, in English and in French, named as the subject of a ratification, must be read as
exactly that state: the sweep that once found 16 states the reader never named.  One sentence per state, language
and place in the sentence (at its start, capitalised, and after a clause, with the article in lower case:
"the Philippines", « les Philippines », « la Mongolie »)."""

from __future__ import annotations

import pytest

from romestatute import engine, i18n
from romestatute.read import read

TODAY = "2026-12-01"
STATES: dict[str, str] = dict(sorted(engine.names().states.items()))

#: English names that take "the" (English style; the data has no English article).  The Republic of the Congo is
#: written in full: "Congo" alone could be either Congo, and the reader then counts neither (read/congo.py).
ENGLISH_THE = {"ARE", "BHS", "CAF", "COD", "COK", "COM", "DOM", "GBR", "GMB", "KOR", "LAO", "MDA", "MDV", "MHL", "NLD",
               "PHL", "PRK", "PSE", "RUS", "SLB", "SYR", "TZA", "USA", "VAT"}
ENGLISH_NAME = {"COG": "the Republic of the Congo"}


def english(iso3: str, *, start: bool) -> str:
    name = ENGLISH_NAME.get(iso3) or (f"the {STATES[iso3]}" if iso3 in ENGLISH_THE else STATES[iso3])
    return (name[:1].upper() + name[1:] if start else name) + " ratified the Rome Statute."


def french(iso3: str, *, start: bool) -> str:
    with i18n.use("fr"):
        name = i18n.state_name(iso3, STATES[iso3], form="Le" if start else "le")
        verb = "ont" if i18n.state_plural(iso3, STATES[iso3]) else "a"
    return f"{name} {verb} ratifié le Statut de Rome."


@pytest.mark.parametrize("start", [True, False], ids=["start", "after-clause"])
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("iso3", list(STATES))
def test_every_state_is_found_as_the_subject_of_a_ratification(iso3: str, language: str, start: bool) -> None:
    sentence = english(iso3, start=start) if language == "en" else french(iso3, start=start)
    if not start:
        sentence = ("The statement said " if language == "en" else "Selon le communiqué, ") + sentence
    r = read(sentence, "2026-11-01", today=TODAY)
    assert [s["state"] for s in r["states"]] == [iso3], sentence
    # a ratification the record has is an act; one it lacks (Angola, Zimbabwe) a claim marked wrong: never dropped
    acts = [(a["state"], a["kind"]) for a in r["acts"]]
    claims = [(c["state"], c["act"]) for c in r["claims"] if c["kind"] == "act" and c["verdict"] == "wrong"]
    assert acts + claims == [(iso3, "ratification")], sentence


def test_the_templates_take_the_article_where_the_language_wants_it() -> None:
    assert english("PHL", start=True) == "The Philippines ratified the Rome Statute."
    assert french("PHL", start=False) == "les Philippines ont ratifié le Statut de Rome."
    assert french("MNG", start=False) == "la Mongolie a ratifié le Statut de Rome."
    assert french("AFG", start=True) == "L’Afghanistan a ratifié le Statut de Rome."
    assert len(STATES) > 190
