"""French state names with their articles (``i18n.state_name(iso3, english, form=...)``, ``data/states_fr.csv``):
elision, contraction and the preposition of place on the names that trip a sentence up, and ``rome data check``
naming a row that does not agree."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from romestatute import i18n

#: iso3 -> name, with article, after "de", as a place
TRICKY = {
    "PHL": ("Philippines", "les Philippines", "des Philippines", "aux Philippines"),
    "COM": ("Comores", "les Comores", "des Comores", "aux Comores"),
    "AFG": ("Afghanistan", "l’Afghanistan", "de l’Afghanistan", "en Afghanistan"),
    "BDI": ("Burundi", "le Burundi", "du Burundi", "au Burundi"),
    "CIV": ("Côte d’Ivoire", "la Côte d’Ivoire", "de la Côte d’Ivoire", "en Côte d’Ivoire"),
    "USA": ("États-Unis", "les États-Unis", "des États-Unis", "aux États-Unis"),
    "ISR": ("Israël", "Israël", "d’Israël", "en Israël"),
    "CYP": ("Chypre", "Chypre", "de Chypre", "à Chypre"),
    "COD": ("République démocratique du Congo", "la République démocratique du Congo",
            "de la République démocratique du Congo", "en République démocratique du Congo"),
    "HND": ("Honduras", "le Honduras", "du Honduras", "au Honduras"),  # h aspiré: no elision
    "HTI": ("Haïti", "Haïti", "d’Haïti", "en Haïti"),  # h muet
    "YEM": ("Yémen", "le Yémen", "du Yémen", "au Yémen"),  # no elision before Y
    "PSE": ("État de Palestine", "l’État de Palestine", "de l’État de Palestine", "dans l’État de Palestine"),
    "UGA": ("Ouganda", "l’Ouganda", "de l’Ouganda", "en Ouganda"),
    "IRN": ("République islamique d’Iran", "la République islamique d’Iran", "de la République islamique d’Iran",
            "en République islamique d’Iran"),
}


@pytest.mark.parametrize("iso3", sorted(TRICKY))
def test_forms_of_tricky_names(iso3: str) -> None:
    with i18n.use("fr"):
        got = tuple(i18n.state_name(iso3, "English", form) for form in ("name", "le", "de", "à"))
    assert got == TRICKY[iso3]


def test_capitalised_forms_open_a_sentence() -> None:
    with i18n.use("fr"):
        assert i18n.state_name("AFG", "Afghanistan", "Le") == "L’Afghanistan"
        assert i18n.state_name("PHL", "Philippines", "Le") == "Les Philippines"
        assert i18n.state_name("CYP", "Cyprus", "À") == "À Chypre"
        assert i18n.state_name("BDI", "Burundi", "De") == "Du Burundi"


def test_english_is_the_english_name_with_its_article_in_a_sentence() -> None:
    """English has no preposition in a name: every sentence form is the name with its article (data/states_en.csv);
    the bare name is the "name" form (titles, lists)."""
    assert i18n.state_name("PHL", "Philippines") == "Philippines"
    for form in ("le", "de", "à"):
        assert i18n.state_name("PHL", "Philippines", form) == "the Philippines"
        assert i18n.state_name("BDI", "Burundi", form) == "Burundi"
    assert i18n.state_name("PHL", "Philippines", "Le") == "The Philippines"


def test_an_unknown_form_is_refused() -> None:
    with i18n.use("fr"), pytest.raises(ValueError, match="unknown form"):
        i18n.state_name("BDI", "Burundi", "dans")


def test_every_state_has_its_forms_and_the_data_agrees() -> None:
    """No state of states.csv falls back to the bare name: each has an article on record (or none, said)."""
    import csv

    from romestatute.facts.load import DATA_DIR

    with (DATA_DIR / "states.csv").open(encoding="utf-8") as f:
        states = {row["iso3"] for row in csv.DictReader(f)}
    forms = i18n.french_forms()
    assert set(forms) == states
    with i18n.use("fr"):
        for iso3 in states:
            assert forms[iso3].name == i18n.state_name(iso3, "x")
            de = i18n.state_name(iso3, "x", "de")
            assert not de.startswith(("de le ", "de les ", "de A", "de E", "de I", "de O", "de U", "de É")), de
            assert "'" not in de  # one apostrophe in French text


def test_a_name_without_data_falls_back_to_safe_forms(data: Path) -> None:
    lines = (data / "states_fr.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "states_fr.csv").write_text("".join(line for line in lines if not line.startswith("AFG,")), encoding="utf-8")
    with i18n.use("fr"):
        assert i18n.state_name("AFG", "Afghanistan", "de") == "d’Afghanistan"
        assert i18n.state_name("AFG", "Afghanistan", "le") == "Afghanistan"


def test_french_names_are_typed_with_either_apostrophe() -> None:
    names = i18n.french_names("IRN")
    assert "République islamique d’Iran" in names and "République islamique d'Iran" in names


@pytest.mark.parametrize(("starts", "old", "new", "message"), [
    ("BDI,", ",le,m,s,au,", ",la,m,s,au,", "does not agree with gender"),
    ("AFG,", ",l’,m,s,en,", ",le,m,s,au,", "the article elides"),
    ("PHL,", ",les,f,p,aux,", ",les,f,p,en,", "does not go with article"),
    ("CYP,", "Chypre,", "Chipre,", "is not the French name shown"),
    ("FRA,", ",high,", ",sure,", "confidence"),
    ("GNQ,", ",Guinée Équatoriale,", ",Guinée Equatoriale,", "is not the one pycountry/CLDR give"),
    ("VEN,", ",République bolivarienne du Vénézuela,", ",République bolivarienne du Venezuela,", "is the name itself"),
])
def test_data_check_names_the_row(edited_row: Callable[..., list[str]], starts: str, old: str, new: str,
                                  message: str) -> None:
    problems = edited_row("states_fr.csv", starts, old, new)
    assert any(message in p for p in problems), problems


def test_data_check_wants_a_row_per_state(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "states_fr.csv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("MNG,")), encoding="utf-8")
    report = json.loads(rome("data", "check", "--json").out)
    assert "states_fr.csv: no row for MNG" in report["problems"]


@pytest.mark.parametrize(("inverted", "straight"), [
    ("Russie, Fédération de", "Fédération de Russie"),
    ("Iran, République islamique d'", "République islamique d'Iran"),
    ("Syrienne, République arabe", "République arabe syrienne"),
    ("Malouines, Îles (Falkland)", "Îles Malouines (Falkland)"),
    ("Bolivie, état plurinational de", "État plurinational de Bolivie"),
    ("Taïwan, province de Chine", "Taïwan, province de Chine"),  # not inverted: the comma is the name's own
    ("Bonaire, Saint-Eustache et Saba", "Bonaire, Saint-Eustache et Saba"),
])
def test_iso_names_read_straight(inverted: str, straight: str) -> None:
    assert i18n._uninvert(inverted) == straight


def test_the_reader_knows_every_french_name_i18n_accepts() -> None:
    """One source of French state names: the reader's gazetteer holds all of i18n's (and its own extras)."""
    from romestatute.read import places

    names = places.foreign_names("fr")
    for iso3 in ("RUS", "IRN", "CIV", "COD", "PSE", "SYR", "VAT"):
        for name in i18n.french_names(iso3):
            if len(name) > 3 and name not in places.NOT_NAMES:
                assert names.get(name) == iso3, (name, iso3)
    assert names["Corée"] == "KOR" and names["Russie"] == "RUS"  # the reader's extras: heads of inverted names


#: Where iso-codes or CLDR write a name otherwise than a lawyer's French (ISO 3166-1's French short names, as the UN
#: writes them): iso3 -> (the name shown, the library's, which stays accepted as input)
OVERRIDES = {
    "GNQ": ("Guinée équatoriale", "Guinée Équatoriale"),
    "PRK": ("République populaire démocratique de Corée", "République démocratique populaire de Corée"),
    "VEN": ("République bolivarienne du Venezuela", "République bolivarienne du Vénézuela"),
    "TZA": ("République-Unie de Tanzanie", "République unie de Tanzanie"),
    "MMR": ("Myanmar", "Birmanie"),
    "TLS": ("Timor-Leste", "Timor oriental"),
    "KNA": ("Saint-Kitts-et-Nevis", "Saint-Christophe-et-Niévès"),
    "NGA": ("Nigéria", "Nigeria"),
}


@pytest.mark.parametrize("iso3", sorted(OVERRIDES))
def test_overridden_names_are_shown_and_both_spellings_accepted(iso3: str) -> None:
    from romestatute.names import Names

    ours, library = OVERRIDES[iso3]
    with i18n.use("fr"):
        assert i18n.state_name(iso3, "English") == ours
    names = i18n.french_names(iso3)
    assert ours in names and library in names
    resolver = Names({iso3: "English", "FRA": "France"})
    assert resolver._exact[_fold(ours)] == iso3 and resolver._exact[_fold(library)] == iso3


def _fold(name: str) -> str:
    from romestatute.names import _fold as fold

    return fold(name)


@pytest.mark.parametrize(("iso3", "forms"), [
    ("MMR", ("le Myanmar", "du Myanmar", "au Myanmar")),  # was "la Birmanie": the article follows the name shown
    ("TUV", ("les Tuvalu", "des Tuvalu", "aux Tuvalu")),  # ISO: « Tuvalu (les) »
    ("VEN", ("la République bolivarienne du Venezuela", "de la République bolivarienne du Venezuela",
             "en République bolivarienne du Venezuela")),
    ("KNA", ("Saint-Kitts-et-Nevis", "de Saint-Kitts-et-Nevis", "à Saint-Kitts-et-Nevis")),
    ("RUS", ("la Fédération de Russie", "de la Fédération de Russie", "en Fédération de Russie")),
    ("GBR", ("le Royaume-Uni", "du Royaume-Uni", "au Royaume-Uni")),
    ("NLD", ("les Pays-Bas", "des Pays-Bas", "aux Pays-Bas")),
    ("BRB", ("la Barbade", "de la Barbade", "à la Barbade")),
    ("MDG", ("Madagascar", "de Madagascar", "à Madagascar")),
    ("ECU", ("l’Équateur", "de l’Équateur", "en Équateur")),
])
def test_articles_and_prepositions_of_a_sample(iso3: str, forms: tuple[str, str, str]) -> None:
    with i18n.use("fr"):
        assert tuple(i18n.state_name(iso3, "x", form) for form in ("le", "de", "à")) == forms


def test_a_change_in_the_librarys_name_falls_back_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """An override is the grammar of one library name: if iso-codes renamed the state, its new name is shown (with the
    safe forms) rather than our override of a name it no longer gives, and the data check says so."""
    table = dict(i18n._french_table())
    table["MMR"] = ("Myanmar (nouveau)", table["MMR"][1])
    monkeypatch.setattr(i18n, "_french_table", lambda: table)
    with i18n.use("fr"):
        assert i18n.state_name("MMR", "Myanmar", "le") == "Myanmar (nouveau)"


def test_every_row_has_a_stored_source_and_the_overrides_say_so() -> None:
    import csv

    from romestatute.facts.load import DATA_DIR

    with (DATA_DIR / "states_fr.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert all(r["source"].startswith("https://") and r["confidence"] in ("high", "medium") for r in rows)
    assert all("ISO 3166-1" in r["note"] for r in rows)
    assert {r["iso3"] for r in rows if r["library"]} >= set(OVERRIDES)
