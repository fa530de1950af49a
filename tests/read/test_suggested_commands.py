"""A command the reader suggests runs as written: the reader's text is a user's next step."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_the_suggested_obligation_map_runs(tmp_path: Path, rome: Callable[..., Any]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("ULAANBAATAR, 3 Sep 2024 - Vladimir Putin visited Mongolia, a State Party to the Rome Statute, "
                      "despite an ICC arrest warrant.", encoding="utf-8")
    out = re.sub(r"\s*\n\s*", " ", rome("read", str(report), "--today", "2024-09-03").out)  # lines are wrapped
    [command] = re.findall(r"(rome obligation [^)]*--map --on \d{4}-\d{2}-\d{2})", out)
    args = shlex.split(command)[1:]
    run = rome(*args)
    assert run.code == 0, (command, run.err)
    assert "Mongolia" in run.out
