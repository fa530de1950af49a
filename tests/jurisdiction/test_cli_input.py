"""Art. 5's vocabulary and bad input through ``rome jurisdiction``: one line, exit 2, no traceback."""

from __future__ import annotations

import json
from typing import Any

import pytest

BASE = ["jurisdiction", "--territory", "COD", "--from", "2003-01-01", "--as-of", "2012-03-14"]


@pytest.mark.parametrize("crime", ["genocide", "crimes_against_humanity", "war_crimes", "aggression",
                                   "war-crimes", "Crimes against humanity", "war_crimes:starvation_niac"])
def test_article_5_crimes_are_accepted(rome: Any, crime: str) -> None:
    run = rome(*BASE, "--crime", crime, "--json")
    assert run.code == 0, run.err
    f = json.loads(run.out)
    assert f["reasons"][0]["article"] == "5" and f["reasons"][0]["holds"] is True


@pytest.mark.parametrize("args, says", [
    (["--crime", "terrorism"], "crimes"),
    (["--crime", "war_crimes:piracy"], "crimes"),
    (["--crime", "war_crimes", "--territory", "Atlantis"], "unknown state 'Atlantis'"),
    (["--crime", "war_crimes", "--to", "2002-01-01"], "to"),
    (["--crime", "war_crimes", "--as-of", "17/11/2016"], "as_of"),
    (["--crime", "war_crimes", "--assume", "SYR:declaration_12_3"], "assume"),
    (["--crime", "war_crimes", "--assume", "SYR:coup:2011-01-01"], "assume"),
    (["--crime", "war_crimes", "--age", "200"], "age"),
    (["--crime", "war_crimes", "--referred-by", "Narnia", "--trigger", "state_referral"], "unknown state 'Narnia'"),
])
def test_bad_input_is_one_line_exit_2(rome: Any, args: list[str], says: str) -> None:
    run = rome(*BASE, *args)
    assert run.code == 2
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rome: error: "), run.err
    assert "Traceback" not in run.err
    assert says in lines[0]  # the field, or the value at fault


def test_unknown_crime_names_the_known_ones(rome: Any) -> None:
    run = rome(*BASE, "--crime", "genocid")
    assert run.code == 2 and "genocide" in run.err
