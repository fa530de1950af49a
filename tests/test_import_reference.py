"""scripts/import_reference.py: the rows corrected by hand survive a new import, and on the reference as it is the
import gives the bundled tables back unchanged."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: ../shared/reference beside the checkout (or beside the folder of worktrees), where a maintainer has it
REFERENCE = next((p / "shared" / "reference" for p in (ROOT.parent, ROOT.parent.parent)
                  if (p / "shared" / "reference").is_dir()), ROOT.parent / "shared" / "reference")


@pytest.fixture
def script(repo_script: Callable[[str], Any]) -> Any:
    return repo_script("scripts/import_reference.py")


def row(state: str, action: str, date: str, note: str) -> dict[str, str]:
    return {"state": state, "action": action, "date": date, "note": note}


def test_a_hand_corrected_row_is_kept_and_said(script: Any) -> None:
    keep = script.keep_hand_corrected
    imported = [row("BDI", "ratification", "2004-09-21", "reference"), row("KEN", "ratification", "2005-03-15", "new"),
                row("MLT", "ratification", "2015-01-29", "reference")]
    bundled = [row("BDI", "ratification", "2004-09-21", "gazette"), row("KEN", "ratification", "2005-03-15", "old"),
               row("MLT", "ratification", "2015-01-30", "release, 30 not 29"),
               row("DNK", "ratification", "2025-01-01", "only here")]
    out, said = keep(imported, bundled, ("state", "action"),
                     frozenset({("BDI", "ratification"), ("MLT", "ratification"), ("DNK", "ratification")}))
    assert out == [bundled[0], imported[1], bundled[2], bundled[3]]  # KEN is not listed: the reference's newer word
    assert said == ["kept the bundled row BDI/ratification (corrected by hand; the reference differs)",
                    "kept the bundled row MLT/ratification (corrected by hand; the reference differs)",
                    "kept the bundled row DNK/ratification (corrected by hand; not in the reference)"]


def test_a_listed_row_the_bundle_lacks_is_imported_and_an_unchanged_one_is_not_said(script: Any) -> None:
    keep = script.keep_hand_corrected
    imported = [row("BDI", "ratification", "2004-09-21", "same"), row("GMB", "accession", "2002-06-28", "new")]
    out, said = keep(imported, [row("BDI", "ratification", "2004-09-21", "same")], ("state", "action"),
                     frozenset({("BDI", "ratification"), ("GMB", "accession")}))
    assert out == imported and said == []


def test_every_listed_key_is_a_row_of_the_bundled_table(script: Any) -> None:
    """A key listed as corrected by hand that names no bundled row is a typo: it would keep nothing."""
    import csv

    keys = {"treaty_actions.csv": ("state", "action"), "amendment_acceptances.csv": ("state", "amendment")}
    for name, corrected in script.HAND_CORRECTED.items():
        with (ROOT / "src" / "romestatute" / "data" / name).open(encoding="utf-8") as f:
            bundled = {tuple(r[k] for k in keys[name]) for r in csv.DictReader(f)}
        assert corrected <= bundled, sorted(corrected - bundled)


@pytest.mark.skipif(not (REFERENCE / "rome_statute_events.csv").exists(), reason="../shared/reference is absent")
def test_the_import_gives_the_bundled_tables_back(tmp_path: Path, script: Any) -> None:
    data = ROOT / "src" / "romestatute" / "data"
    for name in ("treaty_actions.csv", "amendment_acceptances.csv"):
        shutil.copy(data / name, tmp_path / name)
    script.DATA = tmp_path
    script.import_actions(REFERENCE)
    script.import_acceptances(REFERENCE)
    for name in ("treaty_actions.csv", "amendment_acceptances.csv"):
        assert (tmp_path / name).read_bytes() == (data / name).read_bytes(), name
