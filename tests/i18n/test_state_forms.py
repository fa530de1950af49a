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


def test_english_is_the_english_name_whatever_the_form() -> None:
    for form in ("name", "le", "de", "à", "Le"):
        assert i18n.state_name("PHL", "Philippines", form) == "Philippines"


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
    ("FRA,", ",medium,", ",sure,", "confidence"),
])
def test_data_check_names_the_row(data: Path, rome: Callable[..., Any], starts: str, old: str, new: str,
                                  message: str) -> None:
    path = data / "states_fr.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    [i] = [n for n, line in enumerate(lines) if line.startswith(starts)]
    assert old in lines[i]
    lines[i] = lines[i].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")
    report = json.loads(rome("data", "check", "--json").out)
    assert not report["ok"]
    assert any(p.startswith(f"states_fr.csv:{i + 1}:") and message in p for p in report["problems"]), report["problems"]


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
