"""The bulk commands' own checks (``rome annotate``, ``rome panel``, ``rome export``) and the query layer's rarer
refusals in French: one line on stderr, exit 2, the English line as it always was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

NB = "\u00a0"


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def events(tmp_path: Path) -> Path:
    path = tmp_path / "events.csv"
    path.write_text("country,date,icc_jurisdiction\nFRA,2020-01-01,x\n", encoding="utf-8")
    return path


#: (arguments, the English line, the French line): the checks no click type makes
BULK = [
    (("panel", "--from", "2020-01-01", "--to", "2019-01-01"),
     "to: 2019-01-01 is before from 2020-01-01",
     f"to{NB}: le 1er janvier 2019 est antérieur à from (le 1er janvier 2020)"),
    (("panel", "--from", "2020-01-01", "--to", "2020-12-31", "--format", "dta"),
     "out: give --out FILE for dta output", f"out{NB}: indiquez --out FICHIER pour une sortie dta"),
    (("export", "intervals", "--format", "parquet"),
     "out: give --out FILE for parquet output", f"out{NB}: indiquez --out FICHIER pour une sortie parquet"),
    (("export", "sql", "--territory-col", " "),
     "territory-col: give a column name", f"territory-col{NB}: indiquez un nom de colonne"),
    (("export", "sql", "--events-table", "project..events"),
     "events-table: give a table name", f"events-table{NB}: indiquez un nom de table"),
]


@pytest.mark.parametrize(("args", "english", "french"), BULK, ids=lambda a: " ".join(a) if isinstance(a, tuple) else "")
def test_bulk_checks_in_both_languages(rome: Callable[..., Any], args: tuple[str, ...], english: str,
                                       french: str) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("sqlglot")
    en = rome(*args)
    fr = rome(*args, "--lang", "fr")
    assert en.code == fr.code == 2 and en.out == fr.out == ""
    assert en.err == f"rome: error: {english}\n"
    assert fr.err == f"rome{NB}: erreur{NB}: {french}\n"


def test_an_input_that_already_has_an_added_column(rome: Callable[..., Any], events: Path, tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    args = ("annotate", str(events), "--territory-col", "country", "--date-col", "date", "--out", str(tmp_path / "o.csv"))
    en, fr = rome(*args), rome(*args, "--lang", "fr")
    assert en.code == fr.code == 2
    assert en.err == "rome: error: input: already has a column 'icc_jurisdiction'; rename it first\n"
    assert fr.err == (f"rome{NB}: erreur{NB}: input{NB}: le fichier d’entrée a déjà une colonne 'icc_jurisdiction'{NB}; "
                      "renommez-la d’abord\n")


def test_the_locale_alone_gives_french(rome: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("duckdb")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    r = rome("panel", "--from", "2020-01-01", "--to", "2019-12-31")
    assert r.code == 2 and r.err.startswith(f"rome{NB}: erreur{NB}: to{NB}: le 31 décembre 2019 est antérieur")


def test_python_api_bulk_checks_are_said_in_french() -> None:
    pytest.importorskip("duckdb")
    from romestatute import i18n
    from romestatute.bulk import panel
    from romestatute.model.errors import BadValue

    with pytest.raises(BadValue) as caught:
        panel.panel("week", panel.dt.date(2020, 1, 1), panel.dt.date(2020, 2, 1))
    assert str(caught.value) == "freq: 'week' is not one of year, month, day"
    with i18n.use("fr"):
        assert str(caught.value) == f"freq{NB}: «{NB}week{NB}» n’est pas l’une des valeurs admises{NB}: year, month, day"


#: The query layer's refusals the command line reaches (arguments, English, French)
QUERIES = [
    (("jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2016-01-01", "--to", "2015-12-31"),
     "to: 2015-12-31 is before from 2016-01-01", f"to{NB}: le 31 décembre 2015 est antérieur à from (le 1er janvier 2016)"),
    (("jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2016-01-01", "--age", "200"),
     "age: give an age between 0 and 130", f"age{NB}: indiquez un âge entre 0 et 130 ans"),
    (("jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2016-01-01",
      "--assume", "UNSC:deferral:2016-01-01..2017-06-30"),
     "assume: 'UNSC:deferral:2016-01-01..2017-06-30': an Art. 16 request lasts at most twelve months (renew it with "
     "another)", f"assume{NB}: «{NB}UNSC:deferral:2016-01-01..2017-06-30{NB}»{NB}: une demande au titre de l’art. 16 "
     "vaut douze mois au plus (renouvelez-la par une autre)"),
    (("diff", "2019-01-01", "2016-01-01"), "to: 2016-01-01 is before from 2019-01-01",
     f"to{NB}: le 1er janvier 2016 est antérieur à from (le 1er janvier 2019)"),
    (("warrants", "--status", "fled"),
     "status: 'fled' is not one of at_large, in_custody, appeared, deceased, withdrawn, convicted, acquitted, "
     "proceedings_terminated", f"status{NB}: «{NB}fled{NB}» n’est pas l’une des valeurs admises{NB}: at_large, "
     "in_custody, appeared, deceased, withdrawn, convicted, acquitted, proceedings_terminated"),
    (("statuses", "--status", "member"),
     "status: 'member' is not one of party, ratified_not_in_force, signatory, signature_withdrawn, former_party, "
     "non_signatory", f"status{NB}: «{NB}member{NB}» n’est pas l’une des valeurs admises{NB}: party, "
     "ratified_not_in_force, signatory, signature_withdrawn, former_party, non_signatory"),
    (("situation", "congo"), "situation: 'congo' matches several: drc, drc-ii",
     f"situation{NB}: «{NB}congo{NB}» désigne plusieurs situations{NB}: drc, drc-ii"),
    (("status", "NLD", "--brief", "answer.txt"), "brief: 'answer.txt' must end in .md, .html or .pdf",
     f"brief{NB}: «{NB}answer.txt{NB}» doit se terminer par .md, .html ou .pdf"),
]


@pytest.mark.parametrize(("args", "english", "french"), QUERIES, ids=lambda a: " ".join(a[:2]) if isinstance(a, tuple) else "")
def test_query_refusals_in_both_languages(rome: Callable[..., Any], args: tuple[str, ...], english: str,
                                          french: str) -> None:
    en = rome(*args)
    fr = rome(*args, "--lang", "fr")
    assert en.code == fr.code == 2 and en.out == fr.out == ""
    assert en.err == f"rome: error: {english}\n"
    assert fr.err == f"rome{NB}: erreur{NB}: {french}\n"


def test_a_flag_that_is_not_yes_or_no() -> None:
    """``conduct._flag``: the Python API's ``authorised_operation`` given something else than yes or no."""
    import romestatute as rs
    from romestatute import i18n
    from romestatute.model.errors import BadValue

    query = {"crimes": ["war_crimes"], "territory": ["SDN"], "from": "2005-01-01", "authorised_operation": "maybe"}
    with pytest.raises(BadValue) as caught:
        rs.jurisdiction(query)
    assert caught.value.field == "authorised_operation"
    assert str(caught.value) == "authorised_operation: 'maybe' is not yes or no"
    with i18n.use("fr"):
        assert str(caught.value) == f"authorised_operation{NB}: «{NB}maybe{NB}» n’est ni yes ni no"
