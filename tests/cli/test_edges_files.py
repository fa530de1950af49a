"""Round 22: a web address where a file is expected, on ``rome read`` and ``rome annotate``: one line, exit 2, no
traceback, the address as the user gave it (not with its '//' folded to '/'), and what to do instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

URL = "https://example.com/reports/x.csv"


def one_line(run: Any) -> str:
    assert run.code == 2 and run.out == "", (run.code, run.out)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rome: error: "), run.err
    assert "Traceback" not in run.err
    return lines[0]


def test_read_says_a_url_is_not_a_file(rome: Any) -> None:
    line = one_line(rome("read", URL))
    assert repr(URL) in line and "local file" in line


def test_annotate_says_a_url_is_not_a_file_and_keeps_it_as_given(rome: Any, tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    line = one_line(rome("annotate", URL, "--territory-col", "t", "--date-col", "d", "--out", str(tmp_path / "o.csv")))
    assert repr(URL) in line and "local file" in line


def test_a_missing_local_file_is_still_named_as_given(rome: Any, tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.csv")
    line = one_line(rome("annotate", missing, "--territory-col", "t", "--date-col", "d", "--out",
                         str(tmp_path / "o.csv")))
    assert repr(missing) in line
