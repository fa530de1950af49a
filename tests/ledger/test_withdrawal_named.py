"""Art. 127(1): a withdrawal takes effect one year after the notice, or on a later date the notice names.

No notice on record names a later date, so these tests give one to a copy of the data (Burundi's
notice of 27 October 2016, which took effect a year later) and ask through the user's commands.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .test_data_check import edit

BDI_NOTICE = "BDI,withdrawal_notification,2016-10-27,"


def name_a_day(data: Path, named: str, stated: str = "") -> int:
    """Give Burundi's notice a named day (and the stated effective day the sources would then give)."""
    return edit(data / "treaty_actions.csv", BDI_NOTICE, "2016-10-27,,2017-10-27,,", f"2016-10-27,,{stated},{named},")


def test_a_later_named_day_is_when_the_withdrawal_takes_effect(data: Path, rome: Callable[..., Any]) -> None:
    name_a_day(data, "2018-01-01", stated="2018-01-01")
    before = rome("status", "BDI", "--on", "2017-12-31", "--json").json()
    assert before["status"] == "party"
    pending = before["withdrawal_pending"]
    assert (pending["notified"], pending["effective"], pending["article"]) == ("2016-10-27", "2018-01-01", "127(1)")
    assert rome("status", "BDI", "--on", "2018-01-01", "--json").json()["status"] == "former_party"
    notice = next(e for e in rome("timeline", "BDI", "--json").json()["events"]
                  if e["event"] == "withdrawal_notification")
    assert notice["effective_date"] == "2018-01-01"
    assert "the later date its notice names" in notice["meaning"]
    assert rome("data", "check").code == 0


def test_a_named_day_within_the_year_does_not_shorten_it(data: Path, rome: Callable[..., Any]) -> None:
    name_a_day(data, "2017-06-01")
    assert rome("status", "BDI", "--on", "2017-10-26", "--json").json()["status"] == "party"
    assert rome("status", "BDI", "--on", "2017-10-27", "--json").json()["status"] == "former_party"
    notice = next(e for e in rome("timeline", "BDI", "--json").json()["events"]
                  if e["event"] == "withdrawal_notification")
    assert "names 2017-06-01, earlier than the year Art. 127(1) requires" in notice["meaning"]


def test_data_check_compares_a_stated_day_with_the_named_one(data: Path, rome: Callable[..., Any]) -> None:
    line = name_a_day(data, "2018-01-01", stated="2017-10-27")
    run = rome("data", "check")
    assert run.code == 1
    assert f"treaty_actions.csv:{line}" in run.out + run.err and "gives 2018-01-01" in run.out + run.err


def test_a_named_day_on_another_act_or_before_the_notice_is_refused(data: Path, rome: Callable[..., Any]) -> None:
    line = edit(data / "treaty_actions.csv", "BDI,ratification,", ",2004-12-01,,", ",2004-12-01,2005-01-01,")
    run = rome("status", "BDI")
    assert run.code == 1 and f"treaty_actions.csv:{line}" in run.err and "withdrawal notifications only" in run.err
    edit(data / "treaty_actions.csv", "BDI,ratification,", ",2004-12-01,2005-01-01,", ",2004-12-01,,")
    line = name_a_day(data, "2016-10-01")
    run = rome("status", "BDI")
    assert run.code == 1 and f"treaty_actions.csv:{line}" in run.err and "is not after the notice" in run.err


def test_a_what_if_withdrawal_may_name_its_day(rome: Callable[..., Any]) -> None:
    ask = ["jurisdiction", "--crime", "war_crimes", "--territory", "DEU", "--from", "2031-01-01", "--to", "2031-12-31",
           "--as-of", "2032-06-01", "--json"]
    plain = rome(*ask, "--assume", "DEU:withdrawal:2030-01-01").json()
    named = rome(*ask, "--assume", "DEU:withdrawal:2030-01-01..2031-07-01").json()
    assert plain["outcome"] == "no"
    assert named["outcome"] == "partial"
    assert [(w["from"], w["to"]) for w in named["windows"]] == [("2031-01-01", "2031-06-30")]
    bad = rome(*ask, "--assume", "DEU:withdrawal:2030-01-01..2029-12-31")
    assert bad.code == 2 and bad.err.count("\n") == 1 and "assume" in bad.err
