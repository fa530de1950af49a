"""A corrupted data file fails loudly, naming file and line, and never yields a silent answer.

Each test corrupts a private copy of the data (the ``data`` fixture points ROMESTATUTE_DATA at it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .corrupt import replace_line


def test_bad_date_stops_status_with_file_and_line(data: Path, rome: Callable[..., Any]) -> None:
    line = replace_line(data / "treaty_actions.csv", "BDI,withdrawal_notification", "2016-10-27", "2016-10-32")
    run = rome("status", "BDI", "--on", "2017-01-01")
    assert run.code == 1 and run.out == ""
    assert f"treaty_actions.csv:{line}" in run.err and run.err.startswith("rome: error: data:")
    assert "Traceback" not in run.err


def test_unknown_state_in_declarations_is_named(data: Path, rome: Callable[..., Any]) -> None:
    line = replace_line(data / "declarations.csv", "UKR,12_3", "UKR,", "XKX,")
    run = rome("data", "check")
    assert run.code != 0 and f"declarations.csv:{line}" in (run.out + run.err)


@pytest.mark.parametrize("name", ["unsc.yaml", "situations.yaml", "warrants.yaml", "articles.yaml"])
def test_broken_yaml_is_named_with_its_line(data: Path, rome: Callable[..., Any], name: str) -> None:
    path = data / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(5, "  - [unclosed: {\n")
    path.write_text("".join(lines), encoding="utf-8")
    run = rome("data", "check")
    text = run.out + run.err
    assert run.code != 0
    assert re.search(rf"{re.escape(name)}:\d+: not valid YAML", text), text  # where the parser stopped


def test_entry_without_source_in_yaml_is_named(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "unsc.yaml"
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.partition("\nreferrals:")
    assert "    source:" in tail
    tail = tail.replace("    source:", "    sauce:", 1).replace("    document:", "    doc:", 1)  # the first referral
    path.write_text(head + "\nreferrals:" + tail, encoding="utf-8")
    run = rome("data", "check")
    assert run.code != 0 and "unsc.yaml" in run.out and "no source" in run.out


def test_serve_refuses_to_start_on_corrupt_data(data: Path, rome: Callable[..., Any]) -> None:
    pytest.importorskip("uvicorn")
    line = replace_line(data / "treaty_actions.csv", "BDI,withdrawal_notification", "BDI,", "BDI,withdrawal_before_joining_")
    run = rome("serve", "--port", "0")
    assert run.code == 1
    assert f"treaty_actions.csv:{line}" in run.err and "\n" == run.err[-1] and run.err.count("\n") == 1


def test_serve_refuses_on_an_inconsistent_row(data: Path, rome: Callable[..., Any]) -> None:
    """A withdrawal that the calendar says took effect on another day than the row states."""
    pytest.importorskip("uvicorn")
    replace_line(data / "treaty_actions.csv", "BDI,withdrawal_notification", "2017-10-27", "2017-10-28")
    run = rome("serve", "--port", "0")
    assert run.code == 1 and "not serving" in run.err and "Art. 127(1)" in run.err
