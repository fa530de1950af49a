"""States Parties counted on checkpoint days, through the user's paths, against published figures.

The figures come from /work/shared/reference/README.md, section "Totals (as the data say)", which
compiles them from the UN depositary record as quoted by UK Hansard (8 Jul 2002), UN News, the ICC/ASP
and CICC/PGA; each row below names the line of that table it checks.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import romestatute as rs
from romestatute.cli.main import cli

CHECKPOINTS = [
    # Totals: "2002-07-01 | 66 | The 66 instruments deposited by 11 Apr 2002" (Art. 126(1): in force
    # for them on 1 Jul 2002; later deposits count only from their own 60-day date).
    ("2002-07-01", 66),
    # Totals: "2016-11-17 | 124 | El Salvador in force from 1 Jun 2016. The Burundi, South African and
    # Gambian notices were pending" (pending notices do not reduce the count).
    ("2016-11-17", 124),
    # Totals: 124 on 2016-11-17, less Burundi (left 27 Oct 2017) and the Philippines (left 17 Mar 2019)
    # = 122, the figure the ICC gave after the Philippines left; the "2024-02-01" row (124 = 122 + Armenia)
    # confirms it, since no one joined or left in between.
    ("2019-03-17", 122),
    # Totals: "2024-02-01 | 124 | Armenia in force from 1 Feb 2024. Burundi (2017) and the Philippines
    # (2019) had left."
    ("2024-02-01", 124),
    # Totals: "2025-01-01 | 125 | Ukraine in force."
    ("2025-01-01", 125),
    # Totals: "2026-11-28 | 125 | Hungary's notice was revoked before it took effect" (revoked 29 May
    # 2026; it would have taken effect on 2 Jun 2026, so Hungary is still counted that day).
    ("2026-06-02", 125),
]


@pytest.mark.parametrize(("day", "count"), CHECKPOINTS)
def test_party_count_through_cli_json(day: str, count: int) -> None:
    result = CliRunner().invoke(cli, ["parties", "--on", day, "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["on"] == day
    assert doc["count"] == count
    assert len(doc["parties"]) == count
    assert len({p["state"] for p in doc["parties"]}) == count


@pytest.mark.parametrize(("day", "count"), CHECKPOINTS)
def test_party_count_through_python_api(day: str, count: int) -> None:
    assert rs.parties(day)["count"] == count


@pytest.mark.parametrize(
    ("day_before", "day_of", "iso3", "delta"),
    [
        ("2017-10-26", "2017-10-27", "BDI", -1),  # Burundi's withdrawal takes effect (Art. 127(1))
        ("2019-03-16", "2019-03-17", "PHL", -1),  # the Philippines' withdrawal takes effect
        ("2024-01-31", "2024-02-01", "ARM", +1),  # Armenia: deposit 14 Nov 2023, Art. 126(2)
        ("2024-12-31", "2025-01-01", "UKR", +1),  # Ukraine: deposit 25 Oct 2024, Art. 126(2)
        ("2002-06-30", "2002-07-01", "FRA", +66),  # the Statute enters into force (Art. 126(1))
    ],
)
def test_count_moves_on_the_day_of_the_effect(day_before: str, day_of: str, iso3: str, delta: int) -> None:
    before, after = rs.parties(day_before), rs.parties(day_of)
    assert after["count"] - before["count"] == delta
    in_before = iso3 in {p["state"] for p in before["parties"]}
    in_after = iso3 in {p["state"] for p in after["parties"]}
    assert (in_before, in_after) == ((True, False) if delta < 0 else (False, True))


def test_nobody_is_a_party_before_entry_into_force() -> None:
    assert rs.parties("2002-06-30")["count"] == 0


def test_pending_withdrawals_are_flagged_in_the_parties_list() -> None:
    rows = {p["state"]: p for p in rs.parties("2016-11-17")["parties"]}
    assert rows["BDI"]["withdrawal_pending"] == {"notified": "2016-10-27", "effective": "2017-10-27",
                                                 "revoked": None, "took_effect": True}
    assert rows["ZAF"]["withdrawal_pending"]["effective"] == "2017-10-19"
    assert rows["ZAF"]["withdrawal_pending"]["revoked"] == "2017-03-07"  # later revoked: never took effect
    assert rows["GMB"]["withdrawal_pending"]["effective"] == "2017-11-10"
    assert rows["GMB"]["withdrawal_pending"]["took_effect"] is False
    assert rows["FRA"]["withdrawal_pending"] is None
    assert rows["FRA"]["since"] == "2002-07-01"


def test_parties_csv_format_has_one_row_per_party() -> None:
    result = CliRunner().invoke(cli, ["parties", "--on", "2025-01-01", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("state,name,since")
    assert len(lines) == 1 + 125
