"""``rome data check``: passes on the bundled facts, and names the file and line of each corruption.

Each corrupting test works on its own copy of the data folder (facts are cached per folder), pointed
at by ``ROMESTATUTE_DATA``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from romestatute.facts.load import DATA_ENV


def edit(path: Path, starts: str, old: str, new: str) -> int:
    """Replace ``old`` with ``new`` on the one line starting with ``starts``; return that line's number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    hits = [i for i, line in enumerate(lines) if line.startswith(starts)]
    assert len(hits) == 1, f"{starts!r} matches {len(hits)} lines of {path.name}"
    i = hits[0]
    assert old in lines[i], (old, lines[i])
    lines[i] = lines[i].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")
    return i + 1


def append(path: Path, row: str) -> int:
    """Add a row at the end of a CSV file; return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    text += row + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def assert_fails_at(run: Any, where: str) -> None:
    assert run.code != 0
    assert "Traceback" not in run.err
    assert where in run.out + run.err, (where, run.out, run.err)


def test_bundled_data_passes(rome: Callable[..., Any]) -> None:
    run = rome("data", "check")
    assert run.code == 0, run.out + run.err
    assert "ok: every check passed" in run.out
    report = json.loads(rome("data", "check", "--json").out)
    assert report["ok"] is True
    assert report["problems"] == []
    assert report["counts"]["states"] > 190
    assert report["counts"]["treaty_actions"] > 280


def test_the_copy_passes_untouched(data: Path, rome: Callable[..., Any]) -> None:
    run = rome("data", "check", "--json")
    assert run.code == 0, run.out + run.err
    assert json.loads(run.out)["data"] == str(data)


# -- a row on its own is wrong: loading stops with file and line ------------------------------------


def test_bad_date(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "treaty_actions.csv", "ALB,ratification,", "2003-01-31", "2003-02-30")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "'2003-02-30' is not a date" in run.err


def test_bad_date_in_declarations(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "declarations.csv", "UKR,12_3,2015-09-08", "2015-09-08", "8 Sep 2015")
    assert_fails_at(rome("data", "check"), f"declarations.csv:{line}")


def test_unknown_state(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "treaty_actions.csv", "ALB,ratification,", "ALB,", "XAL,")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "unknown state 'XAL'" in run.err


def test_row_without_source(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "treaty_actions.csv"
    url = "http://www2.senat.fr/rap/l03-093/l03-0938.html"
    line = edit(path, "ALB,ratification,", url, "")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "no source" in run.err


def test_unknown_action(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "treaty_actions.csv", "ALB,ratification,", "ratification", "ratifcation")
    assert_fails_at(rome("data", "check"), f"treaty_actions.csv:{line}")


# -- rows disagree with each other or with the calendar rules: the check lists each problem ------------


def test_withdrawal_before_any_ratification(data: Path, rome: Callable[..., Any]) -> None:
    line = append(data / "treaty_actions.csv",
                  "CHN,withdrawal_notification,2010-01-01,,,,test row,https://example.org/notice,,high")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "before any ratification" in run.out


def test_stated_effective_disagrees_with_art_126(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "treaty_actions.csv", "ALB,ratification,", "2003-05-01", "2003-04-01")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "Art. 126 gives 2003-05-01" in run.out


def test_stated_effective_disagrees_with_art_127(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "treaty_actions.csv", "BDI,withdrawal_notification,", "2017-10-27", "2017-10-26")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "Art. 127(1) gives 2017-10-27" in run.out


def test_stated_effective_disagrees_with_art_121_5(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "amendment_acceptances.csv", "AND,aggression_2010,", "2014-09-26", "2014-09-25")
    assert_fails_at(rome("data", "check"), f"amendment_acceptances.csv:{line}")


def test_revocation_of_nothing(data: Path, rome: Callable[..., Any]) -> None:
    line = append(data / "treaty_actions.csv", "FRA,withdrawal_revoked,2010-01-01,,,,test row,https://example.org/r,,high")
    run = rome("data", "check")
    assert_fails_at(run, f"treaty_actions.csv:{line}")
    assert "never notified" in run.out


def test_the_corrupt_copy_does_not_leak_into_the_bundled_answers(data: Path, rome: Callable[..., Any],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    edit(data / "treaty_actions.csv", "ALB,ratification,", "2003-01-31", "2003-02-30")
    assert rome("status", "ALB", "--on", "2004-01-01").code == 1  # the engine refuses corrupt facts too
    monkeypatch.delenv(DATA_ENV)
    run = rome("status", "ALB", "--on", "2004-01-01", "--json")
    assert run.code == 0
    assert json.loads(run.out)["status"] == "party"


def test_every_yaml_file_is_parsed_once_by_the_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The checks and the ledger's loader share one parse of each file (``facts.load.parsed_yaml``)."""
    import shutil

    from romestatute.facts import load
    from romestatute.ledger_check import run

    data = tmp_path / "data"
    shutil.copytree(load.DATA_DIR, data)
    monkeypatch.setenv("ROMESTATUTE_CACHE", str(tmp_path / "cache"))  # none kept yet: each file is parsed
    parsed: list[str] = []
    read = load._load_yaml

    def counted(text: bytes, name: str) -> Any:
        parsed.append(name)
        return read(text, name)

    monkeypatch.setattr(load, "_load_yaml", counted)
    assert run(data)["ok"]
    assert sorted(parsed) == sorted(set(parsed)) and "warrants.yaml" in parsed


def test_source_and_confidence_are_checked_alike_for_every_fact() -> None:
    from romestatute.facts.records import CONFIDENCES
    from romestatute.facts.sources import sourced_problems

    assert sourced_problems("https://www.icc-cpi.int/x", "", "high") == []
    assert sourced_problems("", "ICC-01/04-01/06", "medium") == []  # a document alone is a source
    assert sourced_problems(None, None, "low") == ["no source"]
    assert sourced_problems("https://www.icc-cpi.int/x", "", "hypothetical") == [
        "confidence 'hypothetical' is not high, medium or low"]
    assert sourced_problems("https://www.icc-cpi.int/x", "", "hypothetical", CONFIDENCES) == []
    assert sourced_problems("https://www.icc-cpi.int/x", "", None, CONFIDENCES) == [
        "confidence None is not high, medium, low or hypothetical"]
    assert sourced_problems("https://en.wikipedia.org/wiki/X?utm_source=a", "", "high") == [
        "source URL carries tracking parameters (utm_source): cite the page without them",
        "confidence high, but the only source is a copy of Wikipedia (https://en.wikipedia.org/wiki/X?utm_source=a): "
        "cite a first-hand source or lower the confidence and say why in the note"]


def test_a_declaration_scope_outside_the_vocabulary_is_refused(tmp_path: Path) -> None:
    """declarations.csv ``scope``: nationals, nationals_and_territory or territory (Arts. 124, 12(3)); any other word
    would silently read as both preconditions."""
    import shutil

    from romestatute.facts import load
    from romestatute.model.errors import DataError

    data = tmp_path / "data"
    shutil.copytree(load.DATA_DIR, data)
    path = data / "declarations.csv"
    text = path.read_text(encoding="utf-8")
    assert ",state,territory," in text  # the territorial declarations the engine reads
    path.write_text(text.replace(",state,territory,", ",state,everywhere,", 1), encoding="utf-8")
    states = load.load_states(data)
    with pytest.raises(DataError, match="scope"):
        load.load_declarations(data, states)
    assert {d.scope for ds in load.load_declarations(load.DATA_DIR, states).values() for d in ds} <= {
        "nationals", "nationals_and_territory", "territory", "unknown"}


def test_an_unknown_scope_is_only_for_an_art_12_3_declaration(tmp_path: Any) -> None:
    """``unknown`` says an Art. 12(3) declaration's text was not found; an Art. 124 declaration's scope is always
    read from its text, so the loader refuses it there."""
    import shutil

    from romestatute.facts import load
    from romestatute.model.errors import DataError

    data = tmp_path / "data"
    shutil.copytree(load.DATA_DIR, data)
    path = data / "declarations.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if ",124," in line and ",nationals," in line)
    lines[row] = lines[row].replace(",nationals,", ",unknown,", 1)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match="'unknown' is for Art. 12\\(3\\)"):
        load.load_declarations(data, load.load_states(data))
