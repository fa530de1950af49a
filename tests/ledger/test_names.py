"""State names as people type them, and the errors a user sees for names and dates they get wrong."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import romestatute as rs
from romestatute.model.errors import BadDate, UnknownState

NAMES = [
    ("Russia", "RUS"),
    ("russian federation", "RUS"),
    ("RU", "RUS"),
    ("RUS", "RUS"),
    ("rus", "RUS"),
    ("  Russia  ", "RUS"),
    ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Côte d’Ivoire", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Palestine", "PSE"),
    ("DRC", "COD"),
    ("UK", "GBR"),
    ("Gambia", "GMB"),
    ("The Gambia", "GMB"),
    ("USA", "USA"),
    ("United States", "USA"),
]


@pytest.mark.parametrize(("given", "iso3"), NAMES)
def test_names_resolve_through_the_python_api(given: str, iso3: str) -> None:
    assert rs.status(given, "2016-11-17")["state"] == iso3


@pytest.mark.parametrize(("given", "iso3"), NAMES)
def test_names_resolve_through_the_cli(rome: Callable[..., Any], given: str, iso3: str) -> None:
    run = rome("status", given, "--on", "2016-11-17")
    assert run.code == 0, run.err
    assert f"({iso3}) on 2016-11-17" in run.out.splitlines()[0]


def assert_user_error(run: Any) -> None:
    assert run.code == 2
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("rome: error:")
    assert "Traceback" not in run.err
    assert run.out == ""


@pytest.mark.parametrize(
    "args",
    [
        ["status", "Narnia"],
        ["status", "Rusia", "--on", "2016-11-17"],
        ["status", "", "--on", "2016-11-17"],
        ["timeline", "Atlantis"],
        ["status", "Xyzzy", "--json"],
    ],
)
def test_unknown_names_are_a_user_error(rome: Callable[..., Any], args: list[str]) -> None:
    run = rome(*args)
    assert_user_error(run)
    assert "unknown state" in run.err


@pytest.mark.parametrize(
    "args",
    [
        ["status", "RUS", "--on", "2016-13-01"],
        ["status", "RUS", "--on", "2016-02-30"],
        ["status", "RUS", "--on", "17/11/2016"],
        ["status", "RUS", "--on", "yesterday"],
        ["status", "RUS", "--on", "1800-01-01"],
        ["status", "RUS", "--on", "2016-11-17T00:00"],
        ["parties", "--on", "2016-1-1"],
        ["parties", "--on", "not a date", "--format", "json"],
    ],
)
def test_bad_dates_are_a_user_error(rome: Callable[..., Any], args: list[str]) -> None:
    run = rome(*args)
    assert_user_error(run)
    assert "on:" in run.err


def test_a_bad_option_is_a_user_error(rome: Callable[..., Any]) -> None:
    assert_user_error(rome("parties", "--format", "xml"))
    assert_user_error(rome("status"))


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("Rusia", "Russian Federation (RUS)"), ("Frnace", "France (FRA)"), ("Phillipines", "Philippines (PHL)"),
     ("Burundy", "Burundi (BDI)")],
)
def test_a_misspelling_gets_suggestions(rome: Callable[..., Any], typo: str, meant: str) -> None:
    run = rome("status", typo)
    assert_user_error(run)
    assert "did you mean" in run.err
    assert meant in run.err
    with pytest.raises(UnknownState) as exc:
        rs.status(typo, "2016-11-17")
    assert meant in exc.value.suggestions


def test_python_api_raises_typed_errors() -> None:
    with pytest.raises(UnknownState):
        rs.status("Narnia", "2016-11-17")
    with pytest.raises(BadDate):
        rs.status("RUS", "2016-02-30")
    with pytest.raises(BadDate):
        rs.parties("1899-12-31")


def test_installed_command_prints_no_traceback() -> None:
    rome = Path(sys.executable).with_name("rome")
    if not rome.exists():
        pytest.skip("the rome command is not installed in this environment")
    done = subprocess.run([str(rome), "status", "Rusia", "--on", "2016-11-17"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("rome: error: unknown state 'Rusia'; did you mean Russian Federation (RUS)")
