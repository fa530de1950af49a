"""rome annotate / export / panel: rows and columns kept, unmatched values counted, files written."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

from romestatute.bulk.annotate import annotate_file  # noqa: E402
from romestatute.cli.main import main  # noqa: E402

ROWS = [
    # id, where, when, who: values as datasets hold them (ISO3, ISO2, names, GW codes, junk, blanks)
    ("1", "UKR", "2014-03-01", ""),
    ("2", "BI", "2017-10-26", ""),
    ("3", "Burundi", "2017-10-27", ""),
    ("4", "Atlantis", "2016-01-01", ""),
    ("5", "369", "2022-02-25", "RUS"),       # GW 369 = Ukraine
    ("6", "USA", "2003-03-20", "GBR"),       # nationality basis only
    ("7", "UKR", "not a date", ""),
    ("8", "", "2016-01-01", ""),
    ("9", " Philippines ", "2019-03-17", ""),
    ("10", "Myanmar (Burma)", "2017-08-25", "Narnia"),
]


def _write(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "where", "when", "who"])
        w.writerows(ROWS)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_rows_kept_and_answered(tmp_path: Path) -> None:
    src, out = tmp_path / "events.csv", tmp_path / "out.csv"
    _write(src)
    summary = annotate_file(src, out, territory_col="where", date_col="when", nationality_col="who")
    rows = _read(out)
    assert [(r["id"], r["where"], r["when"], r["who"]) for r in rows] == list(ROWS)  # unchanged, same order
    got = {r["id"]: r["icc_jurisdiction"] for r in rows}
    assert got == {"1": "yes", "2": "yes", "3": "no", "4": "unknown", "5": "yes", "6": "yes", "7": "unknown",
                   "8": "unknown", "9": "no", "10": "unknown"}
    basis = {r["id"]: r["icc_basis"] for r in rows}
    assert basis["1"] == "12(2)(a):UKR(declaration_12_3)"
    assert basis["6"] == "12(2)(b):GBR(party)"
    assert rows[4]["icc_territory_status"] == "signatory"  # GW 369 read as Ukraine
    assert rows[4]["icc_nationality_status"] == "signature_withdrawn"
    assert rows[2]["icc_territory_status"] == "former_party"
    assert summary.rows_in == summary.rows_out == len(ROWS)
    assert summary.outcomes == {"yes": 4, "no": 2, "unknown": 4}
    assert summary.unmatched == {"where": [("Atlantis", 1)], "who": [("Narnia", 1)]}


def test_parquet_and_cli_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, mid, out, js = tmp_path / "e.csv", tmp_path / "e.parquet", tmp_path / "o.parquet", tmp_path / "s.json"
    _write(src)

    import pyarrow as pa

    def day(text: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None

    pq.write_table(pa.table({"id": [int(r[0]) for r in ROWS], "where": [r[1] for r in ROWS],
                             "d": pa.array([day(r[2]) for r in ROWS], type=pa.date32())}), mid)
    main(["annotate", str(mid), "--territory-col", "where", "--date-col", "d", "--crime", "war_crimes",
          "--out", str(out), "--summary", str(js)])
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == list(range(1, 11))
    assert table.schema.field("d").type.__str__() == "date32[day]"  # input types kept
    assert json.loads(js.read_text())["unmatched"]["where"] == [{"value": "Atlantis", "rows": 1}]
    assert "unmatched where: 1 value, 1 row" in capsys.readouterr().err


@pytest.mark.parametrize("args,field", [
    (["--territory-col", "nope", "--date-col", "when"], "territory-col"),
    (["--territory-col", "where", "--date-col", "when", "--crime", "theft"], "crimes"),
])
def test_cli_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                   field: str) -> None:
    src = tmp_path / "e.csv"
    _write(src)
    with pytest.raises(SystemExit) as done:
        main(["annotate", str(src), *args, "--out", str(tmp_path / "o.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert done.value.code == 2 and len(err) == 1 and err[0].startswith(f"rome: error: {field}")


@pytest.mark.parametrize("name,content", [
    ("events.parquet", b"not a parquet file at all"),  # too small / no footer
    ("events.parquet", b"PAR1" + bytes(range(256)) * 4 + b"PAR1"),  # a footer that is not one
    ("events.csv", b"where,when\n\xff\xfe\x00\x81,\x90\n"),  # text that is not UTF-8
])
def test_a_file_duckdb_cannot_read_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                                content: bytes) -> None:
    """A binary or damaged input ends in one line naming the input, exit 2, no traceback, no output file."""
    src = tmp_path / name
    src.write_bytes(content)
    with pytest.raises(SystemExit) as done:
        main(["annotate", str(src), "--territory-col", "where", "--date-col", "when", "--out", str(tmp_path / "o.parquet")])
    err = capsys.readouterr().err.strip().splitlines()
    assert done.value.code == 2 and len(err) == 1 and err[0].startswith("rome: error: input: "), err
    assert "Traceback" not in err[0] and not (tmp_path / "o.parquet").exists()


def test_a_latin1_csv_is_told_it_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A spreadsheet saved as Latin-1 ("Côte d'Ivoire" with byte 0xF4): one line saying what is wrong and what to do,
    not DuckDB's bare "CSV Error on Line: 2"."""
    src = tmp_path / "events.csv"
    src.write_bytes("where,when\nC\u00f4te d'Ivoire,2012-01-01\nFRA,2012-01-01\n".encode("latin-1"))
    with pytest.raises(SystemExit) as done:
        main(["annotate", str(src), "--territory-col", "where", "--date-col", "when", "--out", str(tmp_path / "o.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert done.value.code == 2 and len(err) == 1, err
    assert err[0].startswith("rome: error: input: ") and "not UTF-8" in err[0] and "Line: 2" in err[0]


def test_a_bad_column_is_told_before_a_bad_crime(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The input is opened while the plan compiles; with both wrong, the column is what the user hears first."""
    src = tmp_path / "e.csv"
    _write(src)
    with pytest.raises(SystemExit) as done:
        main(["annotate", str(src), "--territory-col", "nope", "--date-col", "when", "--crime", "theft",
              "--out", str(tmp_path / "o.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert done.value.code == 2 and len(err) == 1 and err[0].startswith("rome: error: territory-col: no column 'nope'")


def test_frames_keep_type_and_order() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"c": [652, 369, 500, None], "d": ["2015-01-01", "2015-01-01", "2005-06-01", "2015-01-01"]})
    from romestatute.bulk import annotate

    got = annotate(frame, territory_col="c", date_col="d")
    assert isinstance(got, pd.DataFrame) and list(got.index) == list(frame.index)
    assert got["icc_territory_status"].tolist()[:3] == ["signatory", "signatory", "party"]  # SYR, UKR, UGA
    assert got["icc_jurisdiction"].tolist() == ["no", "yes", "yes", "unknown"]
    pl = pytest.importorskip("polars")
    out = annotate(pl.from_pandas(frame), territory_col="c", date_col="d")
    assert isinstance(out, pl.DataFrame) and out["icc_jurisdiction"].to_list() == got["icc_jurisdiction"].tolist()


def test_export_intervals_cover_every_day(tmp_path: Path) -> None:
    out = tmp_path / "iv.parquet"
    main(["export", "intervals", "--format", "parquet", "--out", str(out)])
    rows = pq.read_table(out).to_pylist()
    by_state: dict[str, list[dict]] = {}
    for r in rows:
        by_state.setdefault(r["state"], []).append(r)
    for state, spans in by_state.items():  # half-open, contiguous, from the first day to the open end
        assert spans[0]["valid_from"].year == 1 and spans[-1]["valid_to"].year == 9999, state
        assert all(a["valid_to"] == b["valid_from"] for a, b in zip(spans, spans[1:], strict=False)), state
    bdi = [r for r in by_state["BDI"] if r["accepts"]]
    assert [(r["valid_from"].isoformat(), r["valid_to"].isoformat()) for r in bdi] == [("2004-12-01", "2017-10-27")]


def test_panel_counts_days(tmp_path: Path) -> None:

    from romestatute.bulk.panel import panel, write

    table = panel("year", dt.date(2014, 1, 1), dt.date(2017, 12, 31))
    rows = {(r["state"], r["period"]): r for r in table.to_pylist()}
    assert rows[("BDI", "2017")]["party_days"] == 299 and rows[("BDI", "2017")]["status_end"] == "former_party"
    assert rows[("BDI", "2016")]["withdrawal_pending_end"] is True  # notified 2016-10-27
    assert rows[("BDI", "2017")]["withdrawal_pending_end"] is False
    assert rows[("BDI", "2017")]["days"] == 365
    assert rows[("PSE", "2014")]["declaration_12_3_days"] == 202 and rows[("PSE", "2014")]["party_days"] == 0
    assert rows[("PSE", "2015")]["party_days"] == 275
    assert len(table) == len({r["state"] for r in table.to_pylist()}) * 4
    pytest.importorskip("pandas")
    write(table, "dta", tmp_path / "p.dta")
    import pandas as pd

    assert len(pd.read_stata(tmp_path / "p.dta")) == len(table)


def test_parquet_written_by_arrow_equals_duckdb_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every input type the Arrow writer takes comes out as DuckDB's COPY would write it."""
    import sys

    import duckdb

    mod = sys.modules["romestatute.bulk.annotate"]  # the module (the package exports a function of that name)
    src = tmp_path / "typed.parquet"
    duckdb.sql(f"""COPY (SELECT * FROM (VALUES
        (true, '-128'::TINYINT, '-32768'::SMALLINT, '-2147483648'::INTEGER, '-9223372036854775808'::BIGINT,
         0::UTINYINT, 0::USMALLINT, 0::UINTEGER, 0::UBIGINT, 'nan'::FLOAT, '-0.0'::DOUBLE, 'UKR', DATE '2014-03-01',
         TIMESTAMP '2014-03-01 23:59:59.999999', '2014-03-01 23:59:59.999999999'::TIMESTAMP_NS),
        (NULL, 127, 32767, 2147483647, 9223372036854775807, 255, 65535, 4294967295, 18446744073709551615,
         'inf', 1e308, 'Côte d''Ivoire', DATE '0001-01-01', TIMESTAMP '1900-01-01 00:00:00',
         '1677-09-22 00:00:00'::TIMESTAMP_NS),
        (false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
        (NULL, 0, 0, 0, 0, 1, 1, 1, 1, 1.5, 'nan', '', DATE '2100-12-31', NULL, NULL))
        t(b, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, country, day, ts, tsn)) TO '{src}' (FORMAT parquet)""")
    types = {r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{src}'").fetchall()}
    assert types == set(mod.ARROW_TYPES)  # every type of the list is tried
    chunks_out, arrow_out, copy_out = tmp_path / "chunks.parquet", tmp_path / "arrow.parquet", tmp_path / "copy.parquet"
    annotate_file(src, chunks_out, territory_col="country", date_col="day")  # the input's column chunks copied
    monkeypatch.setattr(sys.modules["romestatute.bulk.source"], "COPY_CHUNKS", False)
    annotate_file(src, arrow_out, territory_col="country", date_col="day")  # decoded, written again by pyarrow
    monkeypatch.setattr(mod, "ARROW_TYPES", frozenset())
    annotate_file(src, copy_out, territory_col="country", date_col="day")
    assert pq.read_metadata(arrow_out).created_by.startswith("parquet-cpp-arrow")
    assert pq.read_metadata(chunks_out).created_by.startswith("parquet-cpp-arrow")
    assert pq.read_metadata(copy_out).created_by.startswith("DuckDB")
    stats = [pq.read_metadata(src).row_group(0).column(i).statistics for i in range(15)]
    assert [pq.read_metadata(chunks_out).row_group(0).column(i).statistics for i in range(15)] == stats
    describe = "DESCRIBE SELECT * FROM '{}'"
    rows = "SELECT * FROM '{}'"
    pd = pytest.importorskip("pandas")
    for out in (arrow_out, chunks_out):
        assert pq.read_schema(out) == pq.read_schema(copy_out)
        assert duckdb.sql(describe.format(out)).fetchall() == duckdb.sql(describe.format(copy_out)).fetchall()
        a, b = duckdb.sql(rows.format(out)).fetchall(), duckdb.sql(rows.format(copy_out)).fetchall()
        assert repr(a) == repr(b) and len(a) == 4  # repr: NaN equals NaN, -0.0 differs from 0.0
        x, y = pd.read_parquet(out), pd.read_parquet(copy_out)
        assert x.dtypes.equals(y.dtypes) and x.equals(y)


def test_values_met_batch_by_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Country values are mapped as batches bring them: 2-row batches give the same file and counts."""
    import sys

    src, whole, small = tmp_path / "e.csv", tmp_path / "whole.csv", tmp_path / "small.csv"
    _write(src)
    rows = [*ROWS, ("11", "Atlantis", "2016-01-02", "Narnia"), ("12", "Narnia", "", "Atlantis")]
    with src.open("a", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows[len(ROWS):])
    one = annotate_file(src, whole, territory_col="where", date_col="when", nationality_col="who")
    monkeypatch.setattr(sys.modules["romestatute.bulk.source"], "BATCH_ROWS", 2)
    two = annotate_file(src, small, territory_col="where", date_col="when", nationality_col="who")
    assert _read(small) == _read(whole) and len(_read(small)) == len(rows)
    assert two.unmatched == one.unmatched == {"where": [("Atlantis", 2), ("Narnia", 1)],
                                              "who": [("Narnia", 2), ("Atlantis", 1)]}
    assert two.outcomes == one.outcomes and two.rows_in == one.rows_in == two.rows_out == len(rows)


def test_annotate_does_not_import_pandas(tmp_path: Path) -> None:
    """pa.array()/to_numpy() import pandas (0.25 s); the annotate path builds its arrays without them."""
    import subprocess
    import sys

    src = tmp_path / "e.parquet"
    pq.write_table(__import__("pyarrow").table({"c": ["UKR", "Atlantis", None], "d": ["2015-01-01", "x", None]}), src)
    code = ("import sys; from romestatute.cli.main import main\n"
            f"try: main(['annotate', {str(src)!r}, '--territory-col', 'c', '--date-col', 'd', '--out', "
            f"{str(tmp_path / 'o.parquet')!r}])\n"
            "finally: print('pandas' in sys.modules, 'pyarrow.compute' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False", done.stderr  # nor pyarrow.compute's ~290 wrappers (0.03-0.05 s)
    assert pq.read_table(tmp_path / "o.parquet").column("icc_jurisdiction").to_pylist() == ["yes", "unknown", "unknown"]


def test_annotating_a_parquet_file_pyarrow_reads_does_not_import_its_filesystems(tmp_path: Path) -> None:
    """pyarrow.parquet imports pyarrow.fs and ssl (0.02 s); the reader and the writer are opened without it."""
    import subprocess
    import sys

    import pyarrow as pa

    src = tmp_path / "e.parquet"
    pq.write_table(pa.table({"c": ["UKR", "Atlantis", None], "d": [dt.date(2015, 1, 1), None, dt.date(2001, 1, 1)]}),
                   src)
    code = ("import sys; from romestatute.cli.main import main\n"
            f"try: main(['annotate', {str(src)!r}, '--territory-col', 'c', '--date-col', 'd', '--out', "
            f"{str(tmp_path / 'o.parquet')!r}])\n"
            "finally: print(sorted(m for m in ('pyarrow.parquet', 'pyarrow.fs', 'ssl', 'duckdb') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stderr  # read by pyarrow: DuckDB is not imported either
    assert pq.read_table(tmp_path / "o.parquet").column("icc_jurisdiction").to_pylist() == ["yes", "unknown", "unknown"]


def test_the_rome_process_ends_at_once_with_everything_written(tmp_path: Path) -> None:
    """A finished ``rome annotate`` process skips the interpreter's teardown (no atexit handler runs),
    with its output file, summary file and every summary line on a pipe whole; an error exits as usual."""
    import subprocess
    import sys

    src = tmp_path / "events.csv"
    _write(src)
    code = ("import atexit, sys; from romestatute.cli.main import main\n"
            "atexit.register(lambda: print('teardown', file=sys.stderr))\n"
            "sys.argv = ['rome', *sys.argv[1:]]; main()")
    base = [sys.executable, "-c", code, "annotate", str(src), "--territory-col", "where", "--as-of", "2026-01-01",
            "--date-col", "when"]  # an as-of before the data's check date: no caveat line after the unmatched values
    done = subprocess.run([*base, "--out", str(tmp_path / "o.parquet"), "--summary", str(tmp_path / "s.json")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith(f"annotated {len(ROWS)} of {len(ROWS)} rows") and "teardown" not in lines
    assert lines[-1].startswith("unmatched where: 1 value, 1 row -> unknown: 'Atlantis'")
    assert json.loads((tmp_path / "s.json").read_text())["rows_out"] == len(ROWS)
    assert pq.read_table(tmp_path / "o.parquet").column("id").to_pylist() == [r[0] for r in ROWS]
    bad = subprocess.run([*base[:-1], "nope", "--out", str(tmp_path / "p.parquet")], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.splitlines()[0].startswith("rome: error: date-col: no column 'nope'")
    assert "teardown" in bad.stderr  # an error ends the usual way


def _events(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["country_id", "date"])
        w.writerows(rows)
    return path


#: An as-of before the data's check date: no caveat that the data may miss later events.
BEFORE_CHECK = dt.date(2026, 1, 1)


def test_code_666_warns_that_gaza_and_the_west_bank_are_coded_under_israel(tmp_path: Path) -> None:
    src = _events(tmp_path / "ged.csv", [("666", "2014-08-05"), ("652", "2016-10-01")])
    summary = annotate_file(src, tmp_path / "out.csv", territory_col="country_id", date_col="date", as_of=BEFORE_CHECK)
    [caveat] = summary.caveats
    assert caveat.startswith("country_id: code 666 (Israel)") and "PSE" in caveat
    assert summary.to_json()["caveats"] == [caveat]
    assert any(line == f"caveat: {caveat}" for line in summary.lines())


def test_no_caveat_once_the_rows_are_split_or_without_666(tmp_path: Path) -> None:
    split = _events(tmp_path / "split.csv", [("666", "2014-08-05"), ("PSE", "2014-08-05")])
    assert annotate_file(split, tmp_path / "a.csv", territory_col="country_id", date_col="date",
                         as_of=BEFORE_CHECK).caveats == []
    other = _events(tmp_path / "other.csv", [("652", "2016-10-01"), ("Israel", "2014-08-05")])
    assert annotate_file(other, tmp_path / "b.csv", territory_col="country_id", date_col="date",
                         as_of=BEFORE_CHECK).caveats == []
    rows = _read(tmp_path / "a.csv")
    assert [r["icc_jurisdiction"] for r in rows] == ["no", "yes"]  # Israel, then Palestine (12(3) from 2014-06-13)


def test_panel_council_route() -> None:
    """Libya 2011: Res. 1970 from 15 February (320 days of the year); Sudan: Res. 1593 all year; Art. 12 alone: none."""

    from romestatute.bulk.panel import panel

    rows = {(r["state"], r["period"]): r for r in panel("year", dt.date(2010, 1, 1), dt.date(2011, 12, 31)).to_pylist()}
    lby, sdn = rows[("LBY", "2011")], rows[("SDN", "2011")]
    assert lby["unsc_days"] == lby["icc_days"] == 320 and lby["accepts_days"] == 0
    assert lby["icc_route_end"] == "unsc" and lby["unsc_referral_end"] == "S/RES/1970(2011)"
    assert rows[("LBY", "2010")]["icc_days"] == 0 and rows[("LBY", "2010")]["icc_route_end"] == ""
    assert sdn["unsc_days"] == 365 and sdn["icc_route_end"] == "unsc"
    assert rows[("FRA", "2011")]["icc_route_end"] == "art12" and rows[("FRA", "2011")]["unsc_days"] == 0
    alone = {(r["state"], r["period"]): r
             for r in panel("year", dt.date(2011, 1, 1), dt.date(2011, 12, 31), route="art12").to_pylist()}
    assert alone[("LBY", "2011")]["icc_days"] == 0 and alone[("LBY", "2011")]["unsc_days"] == 0
    assert alone[("FRA", "2011")]["icc_days"] == 365


def test_darfur_and_libya_are_not_no(tmp_path: Path) -> None:
    """The issue's rows: Darfur 2004 and Libya March 2011 come out yes on the Council route, with the resolution."""
    src, out, js = tmp_path / "e.csv", tmp_path / "o.csv", tmp_path / "s.json"
    src.write_text("id,country,date\n1,Sudan,2004-06-01\n2,LBY,2011-03-19\n3,620,2011-02-14\n4,SDN,2002-06-30\n",
                   encoding="utf-8")
    main(["annotate", str(src), "--territory-col", "country", "--date-col", "date", "--out", str(out),
          "--summary", str(js)])
    rows = _read(out)
    assert [r["icc_jurisdiction"] for r in rows] == ["yes", "yes", "no", "no"]  # GW 620 = Libya, day before 1970
    assert rows[0]["icc_basis"] == "13(b):S/RES/1593(2005)" and rows[0]["icc_route"] == "unsc"
    assert rows[1]["icc_basis"] == "13(b):S/RES/1970(2011)"
    assert rows[2]["icc_route"] == "" and rows[3]["icc_basis"] == ""
    summary = json.loads(js.read_text())
    assert summary["route"] == "any" and summary["referrals"] == ["S/RES/1593(2005)", "S/RES/1970(2011)"]
    assert summary["routes"] == {"none": 2, "unsc": 2}
    main(["annotate", str(src), "--territory-col", "country", "--date-col", "date", "--route", "art12",
          "--out", str(out)])
    assert [r["icc_jurisdiction"] for r in _read(out)] == ["no", "no", "no", "no"]
    assert {r["icc_route"] for r in _read(out)} == {""}


def test_summary_words_and_unreadable_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "e.csv", tmp_path / "o.csv"
    src.write_text("id,country,date\n1,UKR,2020-02-30\n2,UKR,2020-02-29\n3,,2020-01-01\n4,UKR,\n5,Atlantis,2020-01-01\n",
                   encoding="utf-8")
    main(["annotate", str(src), "--territory-col", "country", "--date-col", "date", "--out", str(out)])
    err = capsys.readouterr().err
    rows = _read(out)
    assert rows[0]["icc_jurisdiction"] == "unknown" and rows[0]["icc_territory_status"] == ""  # no status for it
    assert rows[1]["icc_jurisdiction"] == "yes" and rows[1]["icc_territory_status"] == "signatory"  # a leap day
    assert rows[3]["icc_territory_status"] == ""
    assert "no crime asked: the preconditions alone" in err and "genocide" not in err
    assert "1 row with a date in date that is not a day" in err
    assert "1 row with no value in date" in err and "1 row with no value in country" in err
    assert "unmatched country: 1 value, 1 row" in err and "1 values" not in err
    main(["annotate", str(src), "--territory-col", "country", "--date-col", "date", "--route", "art12",
          "--out", str(out)])
    assert "no crime asked: the Art. 12 preconditions alone" in capsys.readouterr().err


def test_timestamp_dates_as_pandas_writes_them(tmp_path: Path) -> None:
    """A TIMESTAMP[ns] column (pandas' to_parquet), unsorted, with times of day, nulls and days before 1970."""
    pd = pytest.importorskip("pandas")
    stamps = pd.to_datetime(["2017-10-26 23:59:59.999999999", "2017-10-27 00:00:00", None, "1969-12-31 12:00",
                             "2014-06-13 08:00", "2014-06-12 23:00"], format="ISO8601")
    src, out = tmp_path / "e.parquet", tmp_path / "o.parquet"
    pd.DataFrame({"c": ["BDI", "BDI", "BDI", "FRA", "PSE", "PSE"], "ts": stamps}).to_parquet(src, index=False)
    assert str(pq.read_schema(src).field("ts").type) == "timestamp[ns]"
    summary = annotate_file(src, out, territory_col="c", date_col="ts")
    got = pq.read_table(out)
    assert got.column("icc_jurisdiction").cast("string").to_pylist() == ["yes", "no", "unknown", "no", "yes", "no"]
    assert got.column("ts").type == pq.read_schema(src).field("ts").type  # the input column kept as it was
    assert summary.empty["date_missing"] == 1


def test_a_referral_counts_from_its_adoption_as_of(tmp_path: Path) -> None:
    """As of 30 March 2005 Res. 1593 was not yet adopted (31 March): Darfur 2004 is no; as of 31 March, yes."""
    src, out, js = tmp_path / "e.csv", tmp_path / "o.csv", tmp_path / "s.json"
    src.write_text("id,country,date\n1,SDN,2004-06-01\n", encoding="utf-8")
    for as_of, want, referrals in (("2005-03-30", "no", []), ("2005-03-31", "yes", ["S/RES/1593(2005)"])):
        main(["annotate", str(src), "--territory-col", "country", "--date-col", "date", "--as-of", as_of,
              "--out", str(out), "--summary", str(js)])
        assert _read(out)[0]["icc_jurisdiction"] == want, as_of
        assert json.loads(js.read_text())["referrals"] == referrals
