"""Exact name lookups fold as the name table does (accents, ’, case): « Côte d’Ivoire », « Bénin », "Türkiye"; and the
reader's rules around whole names: an article before a name, a city inside another state's name, a name that is
also a first name."""

from __future__ import annotations

import pytest

from romestatute import engine
from romestatute.read import read
from romestatute.read.mentions import find_states, sentences

TODAY = "2026-12-01"


def states_in(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.key, m.text) for m in find_states(text, sentences(text), language)]


@pytest.mark.parametrize(("name", "iso3"), [
    ("Côte d’Ivoire", "CIV"), ("Côte d'Ivoire", "CIV"), ("COTE D’IVOIRE", "CIV"), ("cote  d'ivoire", "CIV"),
    ("Bénin", "BEN"), ("Benin", "BEN"), ("BÉNIN", "BEN"),
    ("Türkiye", "TUR"), ("Turquie", "TUR"),
    ("République d’El Salvador", "SLV"), ("République de Singapour", "SGP"), ("Sao Tomé-et-Principe", "STP"),
])
def test_exact_folds_as_the_table_does(name: str, iso3: str) -> None:
    assert engine.names().exact(name) == iso3


@pytest.mark.parametrize("text", ["Côte", "Ivoire ratified", "", "Salvador de Bahia"])
def test_exact_is_none_for_what_is_not_a_whole_name(text: str) -> None:
    assert engine.names().exact(text) is None


@pytest.mark.parametrize(("text", "iso3"), [
    ("Côte d’Ivoire ratified the Rome Statute.", "CIV"),
    ("Benin ratified the Rome Statute.", "BEN"),
    ("Türkiye has not ratified the Rome Statute.", "TUR"),
    ("La Côte d’Ivoire a ratifié le Statut de Rome.", "CIV"),
    ("Le Bénin a ratifié le Statut de Rome.", "BEN"),
    ("La Türkiye n’a pas ratifié le Statut de Rome.", "TUR"),
])
def test_accented_and_curly_apostrophe_names_in_english_and_french(text: str, iso3: str) -> None:
    r = read(text, "2026-11-01", today=TODAY)
    assert [s["state"] for s in r["states"]] == [iso3]


@pytest.mark.parametrize(("text", "language", "iso3"), [
    # a capital inside another state's name hides it; inside its own state's name (folded) it does not
    ("Les autorités de la République d’El Salvador ont dit.", "fr", "SLV"),
    ("Officials of the République de Singapour met.", "en", "SGP"),
    # « le Salvador »: a city takes no article in French, the state's name does
    ("Le Salvador a ratifié le Statut de Rome.", "fr", "SLV"),
    ("Le président du Salvador a parlé.", "fr", "SLV"),
    ("Elle est née à Salvador, au Brésil.", "fr", "BRA"),
    # a leading article before a name whose pattern is anchored at its start
    ("The Republic of the Congo ratified the Rome Statute.", "en", "COG"),
    ("Le Samoa a ratifié le Statut de Rome.", "fr", "WSM"),
    ("La Chine n’a pas ratifié le Statut de Rome.", "fr", "CHN"),
    ("L’Inde n’a pas ratifié le Statut de Rome.", "fr", "IND"),
])
def test_names_with_an_article_or_inside_a_name(text: str, language: str, iso3: str) -> None:
    assert {k for k, _ in states_in(text, language)} == {iso3}


def test_the_republic_of_the_congo_is_named_whole_not_as_a_bare_congo() -> None:
    assert states_in("Officials of the Republic of the Congo met.") == [("COG", "Republic of the Congo")]
    r = read("The Republic of the Congo ratified the Rome Statute.", "2026-11-01", today=TODAY)
    assert [s["state"] for s in r["states"]] == ["COG"]
    assert not [c for c in r["caveats"] if "Congo" in c]


@pytest.mark.parametrize(("text", "language", "iso3"), [
    ("Jordan ratified the Rome Statute.", "en", "JOR"),
    ("Chad has not signed the Rome Statute.", "en", "TCD"),
    ("Georgia acceded to the Rome Statute in 2003.", "en", "GEO"),
    ("Maurice a ratifié le Statut de Rome.", "fr", "MUS"),
    ("Maurice ne s’est pas retirée de la CPI, mais Maurice n’a pas ratifié le traité.", "fr", "MUS"),
])
def test_an_ambiguous_name_as_the_subject_of_an_act_on_the_statute_is_the_state(text: str, language: str,
                                                                                 iso3: str) -> None:
    assert iso3 in [k for k, _ in states_in(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Jordan ratified the deal with his agent.", "en"),  # no Court or Statute in the sentence
    ("Michael Jordan signed the Rome Statute poster.", "en"),
    ("Chad signed the contract.", "en"),
    ("Maurice Papon a quitté la Cour.", "fr"),
    ("Maurice a signé le contrat.", "fr"),
    ("Maurice est arrivé hier.", "fr"),
])
def test_an_ambiguous_name_without_that_evidence_is_not_a_state(text: str, language: str) -> None:
    assert states_in(text, language) == []
