"""The as-of day of the bulk faces: today by default, as rome jurisdiction; a withdrawal around its effect."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

from romestatute import engine  # noqa: E402
from romestatute.bulk.annotate import annotate_file  # noqa: E402
from romestatute.bulk.compile import interval_rows  # noqa: E402
from romestatute.bulk.panel import panel  # noqa: E402
from romestatute.cli.main import main  # noqa: E402
from romestatute.model.errors import BadValue  # noqa: E402
from romestatute.queries.jurisdiction import jurisdiction  # noqa: E402

CHECKED = engine.ledger().facts.checked_on


def _pending() -> tuple[str, dt.date, dt.date]:
    """A withdrawal notified by the data's check date that takes effect after it (found in the data, none named)."""
    for iso3, led in sorted(engine.ledger().states.items()):
        for w in led.withdrawals:
            if w.notified <= CHECKED < w.effective and w.revoked is None:
                return iso3, w.notified, w.effective
    pytest.skip("no withdrawal pending on the data's check date")


def _csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("t,d\n" + "".join(f"{t},{d}\n" for t, d in rows), encoding="utf-8")
    return path


def _outcomes(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    col = lines[0].split(",").index("icc_jurisdiction")
    return [line.split(",")[col] for line in lines[1:]]


def _engine(iso3: str, day: dt.date, as_of: dt.date | None) -> str:
    q = {"crimes": ["genocide"], "territory": iso3, "from": day.isoformat()}
    if as_of is not None:
        q["as_of"] = as_of.isoformat()
    return str(jurisdiction(q)["outcome"])


@pytest.mark.parametrize("as_of", ["default", "checked", "before_notice"])
def test_a_pending_withdrawal_around_its_effect(tmp_path: Path, as_of: str) -> None:
    """The day before the effect is yes, the day of it no (Art. 127(1)), with and without --as-of, as the engine
    says; as of a day before the notice, the notice is not on record and both days are yes (a projection)."""
    iso3, notified, effective = _pending()
    day = {"default": None, "checked": CHECKED, "before_notice": notified - dt.timedelta(days=1)}[as_of]
    want = ["yes", "yes"] if as_of == "before_notice" else ["yes", "no"]
    days = [effective - dt.timedelta(days=1), effective]
    src = _csv(tmp_path / "e.csv", [(iso3, d.isoformat()) for d in days])
    flag = [] if day is None else ["--as-of", day.isoformat()]
    main(["annotate", str(src), "--territory-col", "t", "--date-col", "d", "--out", str(tmp_path / "o.csv"),
          "--summary", str(tmp_path / "s.json"), *flag])
    assert _outcomes(tmp_path / "o.csv") == want
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert summary["as_of"] == (day or dt.date.today()).isoformat()
    assert [_engine(iso3, d, day) for d in days] == want  # the scalar engine, asked the same (its default: today)
    api = annotate_file(src, tmp_path / "api.csv", territory_col="t", date_col="d", as_of=day)
    assert _outcomes(tmp_path / "api.csv") == want and api.as_of == summary["as_of"]


def test_burundi_as_of_before_and_after_its_notice(tmp_path: Path) -> None:
    """Burundi: notified 27 Oct 2016, effective 27 Oct 2017."""
    src = _csv(tmp_path / "bdi.csv", [("BDI", "2017-10-26"), ("BDI", "2017-10-27")])
    for as_of, want in ((None, ["yes", "no"]), (dt.date(2016, 10, 27), ["yes", "no"]),
                        (dt.date(2016, 10, 26), ["yes", "yes"])):
        annotate_file(src, tmp_path / "o.csv", territory_col="t", date_col="d", as_of=as_of)
        assert _outcomes(tmp_path / "o.csv") == want, as_of


def test_the_default_is_today_on_every_face(tmp_path: Path) -> None:
    today = dt.date.today()
    src = _csv(tmp_path / "e.csv", [("FRA", "2020-01-01")])
    summary = annotate_file(src, tmp_path / "o.csv", territory_col="t", date_col="d")
    assert summary.as_of == today.isoformat()
    assert {r["as_of"] for r in interval_rows()} == {today}
    table = panel("year", dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert table.schema.metadata[b"romestatute.as_of"].decode() == today.isoformat()
    horizon = [c for c in summary.caveats if c.startswith("The data were last checked on")]
    assert len(horizon) == (1 if today > CHECKED else 0)
    on_check = annotate_file(src, tmp_path / "o2.csv", territory_col="t", date_col="d", as_of=CHECKED)
    assert not any(c.startswith("The data were last checked on") for c in on_check.caveats)
    past = annotate_file(src, tmp_path / "o3.csv", territory_col="t", date_col="d",
                         as_of=CHECKED + dt.timedelta(days=1))
    assert any(c.startswith("The data were last checked on") for c in past.caveats)


def test_the_panel_reads_the_record_as_of_its_day() -> None:
    """A notice after the as-of day is not pending in the panel (Burundi's of 27 Oct 2016)."""
    def pending(as_of: dt.date) -> list[bool]:
        table = panel("month", dt.date(2016, 11, 1), dt.date(2016, 12, 31), as_of=as_of).to_pylist()
        return [r["withdrawal_pending_end"] for r in table if r["state"] == "BDI"]

    assert pending(dt.date(2016, 10, 1)) == [False, False]
    assert pending(dt.date(2016, 11, 30)) == [True, True]


def test_intervals_and_panel_say_when_past_the_check_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    past = (CHECKED + dt.timedelta(days=1)).isoformat()
    main(["export", "intervals", "--as-of", past, "--out", str(tmp_path / "iv.csv")])
    assert "caveat: The data were last checked on" in capsys.readouterr().err
    main(["export", "intervals", "--as-of", CHECKED.isoformat(), "--out", str(tmp_path / "iv.csv")])
    assert capsys.readouterr().err == ""
    main(["panel", "--from", "2020-01-01", "--to", "2020-12-31", "--as-of", past, "--out", str(tmp_path / "p.csv")])
    assert "caveat: The data were last checked on" in capsys.readouterr().err


@pytest.mark.parametrize("threads", ["0", "-1", "-8"])
def test_threads_below_one_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], threads: str) -> None:
    """DuckDB's own rule: at least one thread (``SET threads = 0`` is its syntax error); refused before any work."""
    src = _csv(tmp_path / "e.csv", [("FRA", "2020-01-01")])
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(src), "--territory-col", "t", "--date-col", "d", "--out", str(tmp_path / "o.csv"),
              "--threads", threads])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"threads: {threads} is not a number of threads" in err
    assert not (tmp_path / "o.csv").exists()
    with pytest.raises(BadValue, match="threads"):
        annotate_file(src, tmp_path / "o.csv", territory_col="t", date_col="d", threads=int(threads))


def test_one_thread_is_taken(tmp_path: Path) -> None:
    src = _csv(tmp_path / "e.csv", [("FRA", "2020-01-01")])
    summary = annotate_file(src, tmp_path / "o.csv", territory_col="t", date_col="d", threads=1)
    assert summary.outcomes == {"yes": 1}


def test_the_panel_names_a_declaration_of_unknown_scope(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Armenia's declaration (from 10 May 2021, lodged 15 Nov 2023): counted as conduct on its territory, with a
    caveat on its reach to its nationals abroad; not before its period, nor as of a day before it was lodged."""
    from romestatute.bulk.panel import caveats

    def unsure(start: str, end: str, as_of: dt.date) -> bool:
        return any("Armenia" in c and "not known" in c
                   for c in caveats(dt.date.fromisoformat(start), dt.date.fromisoformat(end), as_of))

    assert unsure("2022-01-01", "2022-12-31", CHECKED)
    assert not unsure("2020-01-01", "2020-12-31", CHECKED)  # before its period
    assert not unsure("2022-01-01", "2022-12-31", dt.date(2023, 11, 14))  # not lodged yet
    table = panel("year", dt.date(2022, 1, 1), dt.date(2022, 12, 31), as_of=CHECKED)
    notes = json.loads(table.schema.metadata[b"romestatute.caveats"])
    assert any("Armenia" in c for c in notes)
    [arm] = [r for r in table.to_pylist() if r["state"] == "ARM"]
    assert arm["declaration_12_3_days"] == arm["accepts_days"] == 365  # its territory: as any other declaration
    main(["panel", "--from", "2022-01-01", "--to", "2022-12-31", "--as-of", CHECKED.isoformat(), "--format", "parquet",
          "--out", str(tmp_path / "p.parquet")])
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("wrote ") and err[1].startswith("caveat: The Art. 12(3) declaration of Armenia")
    kept = pq.read_schema(tmp_path / "p.parquet").metadata
    assert json.loads(kept[b"romestatute.caveats"]) == notes
