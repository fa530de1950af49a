"""Facts that are each well-formed but inconsistent together never yield a silent answer.

Row checks stop loading (facts/load.py); checks across rows (a withdrawal before any ratification,
a stated effective date the calendar contradicts) now stop every query too, not only
``rome data check`` and ``rome serve``. Each test corrupts a private copy of the data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .corrupt import replace_line


def withdraw_before_joining(data: Path) -> int:
    """Burundi's 2016 notice moved to 2003, before its 2004 ratification (and its stated effect dropped)."""
    return replace_line(data / "treaty_actions.csv", "BDI,withdrawal_notification", "2016-10-27,,2017-10-27",
                        "2003-10-27,,")


@pytest.mark.parametrize("args", [
    ("status", "BDI", "--on", "2005-01-01"),
    ("status", "NLD"),  # any query: the facts as a whole are in doubt
    ("parties", "--on", "2010-01-01"),
    ("timeline", "BDI"),
])
def test_withdrawal_before_ratification_stops_every_query(data: Path, rome: Callable[..., Any],
                                                          args: tuple[str, ...]) -> None:
    line = withdraw_before_joining(data)
    run = rome(*args)
    assert run.code == 1 and run.out == ""
    assert run.err == (f"rome: error: data: treaty_actions.csv:{line}: BDI notifies a withdrawal on 2003-10-27 "
                       "before any ratification or accession\n")


def test_withdrawal_before_ratification_in_data_check(data: Path, rome: Callable[..., Any]) -> None:
    line = withdraw_before_joining(data)
    run = rome("data", "check")
    assert run.code == 1
    assert f"treaty_actions.csv:{line}: BDI notifies a withdrawal" in run.out + run.err


def test_withdrawal_before_ratification_stops_serve(data: Path, rome: Callable[..., Any]) -> None:
    pytest.importorskip("uvicorn")
    line = withdraw_before_joining(data)
    run = rome("serve", "--port", "0")
    assert run.code == 1 and run.err.count("\n") == 1
    assert f"treaty_actions.csv:{line}" in run.err and "not serving" in run.err


def test_row_without_a_source_is_named(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "treaty_actions.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, row in enumerate(lines) if row.startswith("BDI,ratification,"))
    cells = lines[n].rstrip("\n").split(",")
    cells[-3:-1] = ["", ""]  # source and document emptied (the note has no comma before them)
    lines[n] = ",".join(cells) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    for args in (("status", "BDI"), ("data", "check")):
        run = rome(*args)
        assert run.code == 1 and run.err == f"rome: error: data: treaty_actions.csv:{n + 1}: row has no source\n"


def test_unknown_state_stops_status(data: Path, rome: Callable[..., Any]) -> None:
    line = replace_line(data / "treaty_actions.csv", "BDI,ratification", "BDI,", "BDX,")
    run = rome("status", "NLD")
    assert run.code == 1 and f"treaty_actions.csv:{line}: unknown state 'BDX'" in run.err


def test_api_on_inconsistent_data_is_a_500_naming_the_file(data: Path) -> None:
    """An app started without the serve check (as in a test) still never answers from such facts."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    line = withdraw_before_joining(data)
    with pytest.raises(Exception, match=f"treaty_actions.csv:{line}"), TestClient(create_app()):
        pass  # start-up (warm) builds the ledger and refuses
    c = TestClient(create_app(), raise_server_exceptions=False)  # no lifespan: the first request builds it
    r = c.get("/api/status/BDI?on=2005-01-01")
    assert r.status_code == 500 and f"treaty_actions.csv:{line}" in r.json()["error"]
    assert "party" not in json.dumps(r.json())
