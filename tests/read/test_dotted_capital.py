"""A capital that lowers to two characters ("İ" to "i" and a combining dot) inside a day name: the reader
reads the report, without a traceback, and takes the day name for the weekday it spells."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from romestatute.read import read
from romestatute.read.dates import WEEKDAYS, weekday_of

REPORT = "Published 20 November 2016\nOn Frİday, South Africa said it would withdraw from the Rome Statute.\n"


def test_a_dotted_capital_in_a_weekday_is_read() -> None:
    reading = read(REPORT, today="2026-12-01")
    assert reading["date"]["value"] == "2016-11-20"
    assert "ZAF" in {s["state"] for s in reading["states"]}


def test_the_command_line_reads_it_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "romestatute.cli.main", "read", str(path), "--json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@given(st.sampled_from(sorted(WEEKDAYS)), st.data())
def test_weekday_of_any_casing(name: str, data: st.DataObject) -> None:
    cased = "".join(data.draw(st.sampled_from([c.lower(), c.upper(), "İ" if c == "i" else c])) for c in name)
    assert weekday_of(cased) == WEEKDAYS[name]


def test_not_a_day_name() -> None:
    assert weekday_of("Fryday") is None
