"""The Art. 12(3) declarations on record, asked as a user asks: Armenia's of 2023 (back to 10 May 2021),
and the day each declaration counts from (the Registrar's receipt, ``lodged``) against the day before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def outcome(rome: Callable[..., Any], *args: str) -> str:
    return str(rome("jurisdiction", "--crime", "war_crimes", *args, "--json").json()["outcome"])


def test_armenia_accepts_jurisdiction_for_the_september_2022_fighting(rome: Callable[..., Any]) -> None:
    args = ("--territory", "ARM", "--nationality", "AZE", "--from", "2022-09-13", "--to", "2022-09-14")
    found = rome("jurisdiction", "--crime", "war_crimes", *args, "--as-of", "2024-06-01", "--json").json()
    assert found["outcome"] == "yes"
    text = rome("jurisdiction", "--crime", "war_crimes", *args, "--as-of", "2024-06-01").out
    assert "Art. 12(3) declaration" in text and "2021-05-10" in text


@pytest.mark.parametrize("conduct, as_of, expected", [
    ("2021-05-10", "2024-06-01", "yes"),  # the first day the declaration covers
    ("2021-05-09", "2024-06-01", "no"),  # the day before
    ("2022-09-13", "2023-11-15", "yes"),  # the day the Registrar received it
    ("2022-09-13", "2023-11-14", "no"),  # the day before: ratified, but not yet accepted for the past
])
def test_armenia_declaration_edges(rome: Callable[..., Any], conduct: str, as_of: str, expected: str) -> None:
    assert outcome(rome, "--territory", "ARM", "--from", conduct, "--as-of", as_of) == expected


@pytest.mark.parametrize("state, conduct, received", [
    ("UKR", "2014-02-01", "2014-04-17"),  # dated 9 Apr 2014, received 17 Apr 2014 (OTP release of 25 Apr 2014)
    ("PSE", "2014-07-08", "2015-01-01"),  # dated 31 Dec 2014, received 1 Jan 2015
])
def test_a_declaration_counts_from_the_day_the_registrar_received_it(
        rome: Callable[..., Any], state: str, conduct: str, received: str) -> None:
    import datetime as dt

    day_before = (dt.date.fromisoformat(received) - dt.timedelta(days=1)).isoformat()
    assert outcome(rome, "--territory", state, "--from", conduct, "--as-of", received) == "yes"
    assert outcome(rome, "--territory", state, "--from", conduct, "--as-of", day_before) == "no"


def test_declaration_rows_keep_both_dates() -> None:
    from romestatute.facts.load import DATA_DIR, load

    decl = {(d.state, d.date.isoformat()): d for ds in load(DATA_DIR).declarations.values() for d in ds}
    assert decl[("UKR", "2014-04-09")].lodged.isoformat() == "2014-04-17"  # type: ignore[union-attr]
    assert decl[("PSE", "2014-12-31")].lodged.isoformat() == "2015-01-01"  # type: ignore[union-attr]
    arm = decl[("ARM", "2023-11-15")]
    assert arm.covers is not None and arm.covers.start.isoformat() == "2021-05-10" and arm.valid
