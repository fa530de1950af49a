"""rome annotate reads a Parquet file with pyarrow when it can (``bulk.source.open_parquet``): the same file,
summary and counts as when DuckDB reads it, and DuckDB still reads every file pyarrow would read differently."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("duckdb")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from romestatute.bulk import source  # noqa: E402
from romestatute.bulk.annotate import annotate_file, compile_run  # noqa: E402

COUNTRIES = ["UKR", "BI", "Burundi", "Atlantis", None, "", " Philippines ", "Myanmar (Burma)", "RUS", "USA", "GBR",
             "Narnia", "COD", "Zaire", "PSE"]
DAYS = [dt.date(1995, 1, 1) + dt.timedelta(days=d) for d in range(0, 11000, 37)]


def _events(n: int = 500) -> dict[str, Any]:
    return {"event_id": list(range(n)),
            "country": [COUNTRIES[(i * 7) % len(COUNTRIES)] for i in range(n)],
            "who": [COUNTRIES[(i * 11 + 3) % len(COUNTRIES)] for i in range(n)],
            "when": [None if i % 53 == 0 else dt.datetime.combine(DAYS[(i * 13) % len(DAYS)], dt.time(i % 24))
                     for i in range(n)],
            "deaths": [None if i % 31 == 0 else i % 1000 for i in range(n)]}


def _both(src: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> tuple[Any, Any]:
    """Annotate ``src`` read by pyarrow and read by DuckDB; return (rows, summary) of each, checking the path taken."""
    out = []
    for arrow in (True, False):
        monkeypatch.setattr(source, "ARROW_READS", arrow)
        begun = source.begin(src, tmp_path / f"probe-{arrow}.parquet", kw["territory_col"], kw["date_col"],
                             kw.get("nationality_col"), None, False)
        opened = begun.opening.result()
        assert (opened.con is None) == arrow  # the path this test means to compare
        opened.close()
        path = tmp_path / f"out-{arrow}.parquet"
        summary = annotate_file(src, path, **kw)
        import duckdb

        described = duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
        rows = duckdb.sql(f"SELECT * FROM '{path}'").fetchall()
        out.append((described, repr(rows), {k: v for k, v in summary.to_json().items() if k != "seconds"}))
    return out[0], out[1]


@pytest.mark.parametrize("strings", ["string", "large_string"])
@pytest.mark.parametrize("unit", ["us", "ns"])
def test_pyarrow_reading_gives_what_duckdb_reading_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         strings: str, unit: str) -> None:
    """Text countries (as pandas writes them: large_string), TIMESTAMP[us|ns] dates with nulls, a nationality."""
    data = _events()
    table = pa.table({"event_id": pa.array(data["event_id"], pa.int64()),
                      "country": pa.array(data["country"], getattr(pa, strings)()),
                      "who": pa.array(data["who"], getattr(pa, strings)()),
                      "when": pa.array(data["when"], pa.timestamp(unit)),
                      "deaths": pa.array(data["deaths"], pa.int32())})
    src = tmp_path / "events.parquet"
    pq.write_table(table, src, row_group_size=97)  # several row groups: a dictionary per row group
    for kw in ({"territory_col": "country", "date_col": "when"},
               {"territory_col": "country", "date_col": "when", "nationality_col": "who"}):
        arrow, duck = _both(src, tmp_path, monkeypatch, **kw)
        assert arrow == duck
        assert arrow[2]["unmatched"]  # Atlantis and Narnia are counted on both paths
        assert arrow[2]["rows_in"] == len(data["event_id"])


def test_numeric_codes_and_dates_read_by_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Gleditsch-Ward codes (UCDP's country_id) and DATE columns: the same on both paths."""
    src = tmp_path / "ged.parquet"
    codes = [369, 516, 365, 2, 200, 9999, None, 625, 490, 775]
    pq.write_table(pa.table({"country_id": pa.array([codes[i % len(codes)] for i in range(300)], pa.int32()),
                             "date_start": pa.array([DAYS[i % len(DAYS)] for i in range(300)], pa.date32())}), src)
    arrow, duck = _both(src, tmp_path, monkeypatch, territory_col="country_id", date_col="date_start")
    assert arrow == duck and arrow[2]["unmatched"] == {"country_id": [{"value": "9999", "rows": 30}]}


@pytest.mark.parametrize("case", ["int96", "utc", "text_dates", "nested", "binary_country"])
def test_files_pyarrow_would_read_differently_go_to_duckdb(tmp_path: Path, case: str) -> None:
    """INT96 timestamps (TIMESTAMP_NS to pyarrow, TIMESTAMP to DuckDB), time zones, dates as text, nested
    columns, text stored without a UTF-8 annotation: DuckDB reads them, as before."""
    n = 40
    when: Any = pa.array([dt.datetime(2015, 1, 1 + i % 28) for i in range(n)], pa.timestamp("ns"))
    columns: dict[str, Any] = {"country": pa.array(["UKR", "RUS"] * (n // 2)), "when": when}
    options: dict[str, Any] = {}
    if case == "int96":
        options["use_deprecated_int96_timestamps"] = True
    elif case == "utc":
        columns["when"] = pa.array([dt.datetime(2015, 1, 1 + i % 28) for i in range(n)], pa.timestamp("us", "UTC"))
    elif case == "text_dates":
        columns["when"] = pa.array([f"2015-01-{1 + i % 28:02d}" for i in range(n)])
    elif case == "nested":
        columns["tags"] = pa.array([[i, i + 1] for i in range(n)])
    else:
        columns["country"] = pa.array([b"UKR", b"RUS"] * (n // 2), pa.binary())
    src = tmp_path / "e.parquet"
    pq.write_table(pa.table(columns), src, **options)
    begun = source.begin(src, tmp_path / "out.parquet", "country", "when", None, None, False)
    opened = begun.opening.result()
    assert opened.con is not None  # DuckDB's reading
    opened.close()
    opened.con.close()
    summary = annotate_file(src, tmp_path / "out.parquet", territory_col="country", date_col="when")
    assert summary.rows_in == summary.rows_out == n
    if case != "binary_country":
        assert summary.outcomes == {"yes": n // 2, "no": n // 2}  # Ukraine's 12(3) declaration covers 2015


def test_missing_column_same_message_on_both_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "e.parquet"
    pq.write_table(pa.table({"country": ["UKR"], "when": pa.array([dt.date(2015, 1, 1)], pa.date32())}), src)
    said = []
    for arrow in (True, False):
        monkeypatch.setattr(source, "ARROW_READS", arrow)
        with pytest.raises(Exception) as caught:
            annotate_file(src, tmp_path / "o.parquet", territory_col="pays", date_col="when")
        said.append(str(caught.value))
    assert said[0] == said[1] and "territory-col: no column 'pays'" in said[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=60), st.integers(1, 4))
def test_dictionary_column_looked_up_as_text(values: list[str | None], parts: int) -> None:
    """The lookup of a dictionary-encoded country column (one dictionary per batch, values met batch by batch)
    gives the columns and counts of the same values as plain text."""
    days = pa.array([DAYS[i % len(DAYS)] for i in range(len(values))], pa.date32())
    runs = [compile_run("c", "d", None, None, None, "gw") for _ in range(2)]
    cut = [len(values) * k // parts for k in range(parts + 1)]
    got = []
    for run, encode in zip(runs, (False, True), strict=True):
        cols = []
        for a, b in zip(cut, cut[1:], strict=False):
            text = pa.array(values[a:b], pa.string())
            column = text.dictionary_encode() if encode else text
            out = run.lookup.columns(column, None, days.slice(a, b - a), days.slice(a, b - a))
            cols.append({k: v.cast(pa.string()).to_pylist() for k, v in out.items()})
        got.append((cols, run.lookup.unmatched("t"), run.lookup.counts, run.lookup.routes()))
    assert got[0] == got[1]


def test_reading_module_does_not_import_numpy() -> None:
    """``rome annotate`` opens the input before numpy is imported: ``bulk.source`` (and the package) import none."""
    import subprocess

    code = ("import sys; import romestatute.bulk.source; "
            "print(sorted(m for m in ('numpy', 'pyarrow', 'duckdb') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_cli_allocator_default_leaves_a_users_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """``rome annotate`` picks the C library's allocator for Arrow unless ARROW_DEFAULT_MEMORY_POOL is set."""
    import os

    from romestatute.cli.bulk import _arrow_allocator

    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    _arrow_allocator()
    assert os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system"
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    _arrow_allocator()
    assert os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "jemalloc"


@pytest.mark.parametrize("strings", ["string", "large_string"])
def test_opened_schema_is_the_batches_schema(tmp_path: Path, strings: str) -> None:
    """The schema the stream promises is the one its batches have: a large_string country (as pandas writes it) read
    dictionary-encoded comes as dictionary<int32, string>; a schema saying large_string would make every annotated
    batch be cast (and import pyarrow.compute for it)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    events = _events(300)
    table = pa.table({"country": pa.array(events["country"], getattr(pa, strings)()),
                      "when": pa.array(events["when"], pa.timestamp("ns"))})
    src = tmp_path / "events.parquet"
    pq.write_table(table, src)
    opened = source.begin(src, tmp_path / "out.parquet", "country", "when", None, None, False).opening.result()
    try:
        batches = list(opened.ahead)
    finally:
        opened.close()
    assert opened.con is None  # read by pyarrow
    assert all(b.schema == opened.ahead.schema for b in batches) and batches
    assert pa.types.is_dictionary(opened.ahead.schema.field("country").type)
