"""Every demonym of the reader's tables, in the language it is read in, must name exactly its state: the sweep of
``test_all_states.py`` for adjectives ("The Hungarian government", « le gouvernement hongrois », "el gobierno
israelí").  The sentences speak of the Court, so the reading goes through the whole pipeline; the French and Spanish
ones are long enough for the language to be told (a short Spanish sentence reads as Catalan).  And a demonym that
names a language ("the Chinese, French and Spanish texts", "en ruso.") names no state."""

from __future__ import annotations

import pytest

from romestatute import engine
from romestatute.read import lexicon as lx
from romestatute.read import read

TODAY = "2026-12-01"
KNOWN = set(engine.names().states)
TEMPLATES = {
    "en": "The {d} government said it would cooperate with the ICC.",
    "fr": "Le gouvernement {d} a déclaré qu'il coopérerait pleinement avec la Cour pénale internationale dans cette affaire.",
    "es": "El gobierno {d} declaró que cooperaría plenamente con la Corte Penal Internacional en este asunto.",
}
TABLES = {"en": lx.DEMONYMS, "fr": lx.DEMONYMS_FR, "es": lx.DEMONYMS_ES}
CASES = [(lang, d, iso3) for lang, table in TABLES.items() for d, iso3 in sorted(table.items()) if iso3 in KNOWN]


def test_the_sweep_covers_every_table_and_leaves_out_only_states_the_data_lack() -> None:
    left_out = {iso3 for table in TABLES.values() for iso3 in table.values()} - KNOWN
    assert left_out == {"XKX"}  # Kosovo: no row in states.csv
    assert {lang for lang, _, _ in CASES} == set(TABLES) and len(CASES) > 200


@pytest.mark.parametrize(("language", "demonym", "iso3"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_every_demonym_names_its_state(language: str, demonym: str, iso3: str) -> None:
    r = read(TEMPLATES[language].format(d=demonym), "2026-11-01", today=TODAY)
    assert r["language"] == language
    assert [(s["state"], [m["via"] for m in s["mentions"]]) for s in r["states"]] == [(iso3, ["demonym"])]


@pytest.mark.parametrize("text", [
    "The Arabic, Chinese, English, French, Russian and Spanish texts of the Statute are equally authentic.",
    "The Statute's authentic French, Russian and Spanish texts were corrected by the depositary in 1999.",
    "The court's Russian-language statement was read out in The Hague.",
    "La Corte Penal Internacional publicó su comunicado en inglés, en francés y en ruso.",
])
def test_a_language_names_no_state(text: str) -> None:
    assert read(text, "2026-11-01", today=TODAY)["states"] == []


def test_a_demonym_before_another_noun_still_names_its_state() -> None:
    r = read("The Chinese and Russian delegations voted against the ICC referral.", "2026-11-01", today=TODAY)
    assert sorted(s["state"] for s in r["states"]) == ["CHN", "RUS"]
