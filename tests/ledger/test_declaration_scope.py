"""``rome status``: an Art. 12(3) declaration says what it reaches (its territory, its nationals, or not known)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import romestatute as rs
from romestatute.cli.main import cli


@pytest.mark.parametrize(("state", "on", "scope"), [("ARM", "2023-12-01", "unknown"), ("UKR", "2020-12-01", "territory")])
def test_the_json_gives_each_declarations_scope_on_both_faces(state: str, on: str, scope: str) -> None:
    run = CliRunner().invoke(cli, ["status", state, "--on", on, "--json"])
    assert run.exit_code == 0, run.output
    by_cli = json.loads(run.stdout)
    assert by_cli["declarations_12_3"] and {d["scope"] for d in by_cli["declarations_12_3"]} == {scope}
    assert json.loads(json.dumps(rs.status(state, on=on)))["declarations_12_3"] == by_cli["declarations_12_3"]


def test_the_text_says_an_unknown_scope_and_an_open_end_in_words() -> None:
    english = CliRunner().invoke(cli, ["status", "ARM", "--on", "2023-12-01"]).stdout
    assert "conduct from 2021-05-10 onwards; scope not known (its text was not found)" in english
    assert "open-ended" not in english
    french = CliRunner().invoke(cli, ["status", "ARM", "--on", "2023-12-01", "--lang", "fr"]).stdout
    assert "à compter du 10 mai 2021, sans terme\u00a0; portée inconnue" in french


def test_a_territorial_declaration_says_so_and_the_day_it_ends() -> None:
    text = CliRunner().invoke(cli, ["status", "UKR", "--on", "2020-12-01"]).stdout
    assert "declaration of 2014-04-09: conduct from 2013-11-21 to 2014-02-22; on its territory only" in text
    assert "declaration of 2015-09-08: conduct from 2014-02-20 onwards; on its territory only" in text
