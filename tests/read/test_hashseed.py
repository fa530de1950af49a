"""The reading is the same JSON whatever the interpreter's hash seed (no set's iteration order reaches the output)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
# Two (territory, nationality) questions raised by the same conduct sentence: their order came from a set.
REPORT = CORPUS / "syr-2014-05-22-sltrib-veto.txt"


def _read_json(seed: str) -> str:
    rome = Path(sys.executable).with_name("rome")
    cmd = [str(rome), "read", str(REPORT), "--json", "--today", "2026-12-01"] if rome.exists() else \
        [sys.executable, "-m", "romestatute.cli", "read", str(REPORT), "--json", "--today", "2026-12-01"]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout


def test_questions_order_does_not_depend_on_the_hash_seed() -> None:
    outputs = {seed: _read_json(seed) for seed in ("0", "1")}
    assert '"questions"' in outputs["0"] and outputs["0"].count('"territory"') >= 2
    assert outputs["0"] == outputs["1"]
