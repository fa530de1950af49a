"""A Parquet input's column chunks copied into the annotated file (bulk/chunks.py).

The oracle is the same annotation with the input's columns decoded and written again (``COPY_CHUNKS``
off): the same rows and values, column for column, read by pyarrow and by DuckDB.  Then what copying
promises: each input row group is a row group of the output, its input column chunks are the input's
bytes, statistics and encodings; and a file it cannot copy safely is decoded instead.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

duckdb = pytest.importorskip("duckdb")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from romestatute.bulk import chunks, source  # noqa: E402
from romestatute.bulk.annotate import annotate_file  # noqa: E402

COUNTRIES = ["UKR", "BI", "Burundi", "Atlantis", None, "", "PHL", "Myanmar (Burma)", "RUS", "USA", "GBR", "COD", "PSE"]


def events(n: int, seed: int = 0) -> Any:
    """n events: ids, country names and codes with nulls, timestamps with nulls, a nationality, counts with nulls."""
    import numpy as np

    rng = np.random.default_rng(seed)
    names = np.array(COUNTRIES, dtype=object)
    when = np.datetime64("1995-01-01", "ns") + rng.integers(0, 11_300, n).astype("timedelta64[D]")
    return pa.table({
        "event_id": pa.array(np.arange(n)),
        "country": pa.array(names[rng.integers(0, len(names), n)]),
        "who": pa.array(names[rng.integers(0, len(names), n)]),
        "when": pa.array(when, mask=rng.random(n) < 0.02),
        "deaths": pa.array(rng.integers(0, 1000, n).astype("int32"), mask=rng.random(n) < 0.1),
    })


def annotate_both(src: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> tuple[Path, Path]:
    """The file annotated with its chunks copied, and with its columns decoded and written again; checks the path."""
    kw = {"territory_col": "country", "date_col": "when", **kw}
    copied, again = tmp_path / "copied.parquet", tmp_path / "again.parquet"
    begun = source.begin(src, copied, kw["territory_col"], kw["date_col"], kw.get("nationality_col"), None, False)
    opened = begun.opening.result()
    assert opened.copy is not None  # the path this test means to check
    opened.close()
    annotate_file(src, copied, **kw)
    monkeypatch.setattr(source, "COPY_CHUNKS", False)
    annotate_file(src, again, **kw)
    monkeypatch.setattr(source, "COPY_CHUNKS", True)
    return copied, again


def same_rows(a: Path, b: Path) -> None:
    assert pq.read_table(a).equals(pq.read_table(b))
    assert pq.read_schema(a) == pq.read_schema(b)
    assert duckdb.sql(f"DESCRIBE SELECT * FROM '{a}'").fetchall() == duckdb.sql(f"DESCRIBE SELECT * FROM '{b}'").fetchall()
    assert duckdb.sql(f"SELECT count(*) FROM (SELECT * FROM '{a}' EXCEPT ALL SELECT * FROM '{b}')").fetchall() == [(0,)]


def input_chunks(path: Path) -> list[list[bytes]]:
    """Each row group's column chunks, as bytes, read by pyarrow's footer (not ours)."""
    meta, data = pq.read_metadata(path), path.read_bytes()
    groups = []
    for g in range(meta.num_row_groups):
        row = []
        for c in range(meta.num_columns):
            col = meta.row_group(g).column(c)
            start = col.dictionary_page_offset if col.has_dictionary_page else col.data_page_offset
            row.append(data[start:start + col.total_compressed_size])
        groups.append(row)
    return groups


@pytest.mark.parametrize("compression", ["snappy", "zstd", "none"])
def test_row_groups_copied_as_they_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compression: str) -> None:
    """4 row groups of 100,000 rows or fewer; the 262,144-row batches run over from one to the next."""
    table = events(350_000)
    src = tmp_path / "events.parquet"
    pq.write_table(table, src, row_group_size=100_000, compression=compression)
    copied, again = annotate_both(src, tmp_path, monkeypatch, nationality_col="who")
    same_rows(copied, again)
    meta, given_meta = pq.read_metadata(copied), pq.read_metadata(src)
    assert [meta.row_group(g).num_rows for g in range(meta.num_row_groups)] == [100_000] * 3 + [50_000]
    assert meta.num_columns == 5 + 5  # the input's, then icc_jurisdiction, basis, route and the two statuses
    assert [c[:5] for c in input_chunks(copied)] == input_chunks(src)  # the very bytes
    for g in range(4):
        for c in range(5):
            out, given_col = meta.row_group(g).column(c), given_meta.row_group(g).column(c)
            assert (out.statistics, out.compression, out.encodings) == (given_col.statistics, given_col.compression,
                                                                       given_col.encodings)
    assert pq.read_metadata(copied).metadata is None  # pandas' or Arrow's schema would not describe this file


def test_pandas_file_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    frame = events(120_000, seed=2).to_pandas()
    src = tmp_path / "events.parquet"
    frame.to_parquet(src, index=False)  # large_string countries, TIMESTAMP[ns], pandas' metadata
    copied, again = annotate_both(src, tmp_path, monkeypatch)
    same_rows(copied, again)
    assert pd.read_parquet(copied).equals(pd.read_parquet(again))
    assert pd.read_parquet(copied)[frame.columns].equals(frame)


def test_many_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """More than 15 row groups and columns of their own long list headers; offsets past 2**21 bytes."""
    table = events(40 * 33_000, seed=3)
    src = tmp_path / "events.parquet"
    pq.write_table(table, src, row_group_size=33_000)
    copied, again = annotate_both(src, tmp_path, monkeypatch, nationality_col="who")
    same_rows(copied, again)
    assert pq.read_metadata(copied).num_row_groups == 40
    assert [m.num_rows for m in (pq.read_metadata(copied).row_group(g) for g in range(40))] == [33_000] * 40


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=1, max_size=6), st.integers(1, 50))
def test_any_row_groups_any_batches(tmp_path_factory: Any, groups: list[int], batch: int) -> None:
    """Row groups of any size, batches of any size: the same rows as decoding and writing again."""
    tmp = tmp_path_factory.mktemp("chunks")
    table = events(sum(groups), seed=len(groups))
    src = tmp / "events.parquet"
    with pq.ParquetWriter(src, table.schema) as writer:
        at = 0
        for size in groups:
            writer.write_table(table.slice(at, size))
            at += size
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(chunks, "MIN_AVERAGE_ROWS", 1)
        mp.setattr(source, "BATCH_ROWS", batch)
        copied, again = annotate_both(src, tmp, mp)
    same_rows(copied, again)
    assert pq.read_metadata(copied).num_row_groups == len(groups)


def written(tmp_path: Path, **kw: Any) -> Path:
    src = tmp_path / "events.parquet"
    pq.write_table(events(100_000), src, **kw)
    return src


def test_page_index_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page index lies outside the column chunks and points into the input: the chunks are copied without it."""
    src = written(tmp_path, write_page_index=True, row_group_size=40_000)
    assert pq.read_metadata(src).row_group(0).column(0).has_column_index
    copied, again = annotate_both(src, tmp_path, monkeypatch)
    same_rows(copied, again)
    meta = pq.read_metadata(copied)
    assert not any(meta.row_group(g).column(c).has_column_index or meta.row_group(g).column(c).has_offset_index
                   for g in range(meta.num_row_groups) for c in range(meta.num_columns))
    assert [c[:5] for c in input_chunks(copied)] == input_chunks(src)


def test_polars_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Polars writes a page index, and names itself 'Polars (python) version ...'."""
    pl = pytest.importorskip("polars")
    src = tmp_path / "events.parquet"
    pl.from_arrow(events(150_000, seed=7)).write_parquet(src, row_group_size=50_000)
    assert pq.read_metadata(src).created_by.startswith("Polars")
    copied, again = annotate_both(src, tmp_path, monkeypatch)
    same_rows(copied, again)
    assert [c[:5] for c in input_chunks(copied)] == input_chunks(src)


def test_not_copied_small_row_groups(tmp_path: Path) -> None:
    assert chunks.copyable(written(tmp_path, row_group_size=10_000)) is None  # 10 row groups of 10,000 rows
    assert chunks.copyable(written(tmp_path, row_group_size=50_000)) is not None


def test_not_copied_unknown_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = written(tmp_path)
    monkeypatch.setattr(chunks, "WRITERS", ("DuckDB",))
    assert chunks.copyable(src) is None


@pytest.mark.parametrize("bloom", [True, False])
def test_duckdb_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bloom: bool) -> None:
    """A file DuckDB wrote (row groups of 122,880 rows, no dictionary_page_offset), with its Bloom filters (its
    default for dictionary-encoded columns; they lie outside the chunks and are copied after the row groups)
    or without."""
    pq.write_table(events(300_000, seed=5), tmp_path / "plain.parquet")
    src = tmp_path / "events.parquet"
    duckdb.sql(f"COPY (SELECT * FROM '{tmp_path / 'plain.parquet'}') TO '{src}' (FORMAT parquet"
               f"{'' if bloom else ', WRITE_BLOOM_FILTER false'})")
    assert pq.read_metadata(src).created_by.startswith("DuckDB")
    copied, again = annotate_both(src, tmp_path, monkeypatch)
    same_rows(copied, again)
    assert [c[:5] for c in input_chunks(copied)] == input_chunks(src)
    assert pq.read_metadata(copied).num_row_groups == 3
    probes = [(column, value) for column in ("country", "who") for value in ("UKR", "Atlantis", "Narnia", "")]
    for column, value in probes:  # DuckDB reads the copied filters: the same answer for each row group
        probe = "SELECT row_group_id, bloom_filter_excludes FROM parquet_bloom_probe('{}', '{}', '{}') ORDER BY 1"
        got = duckdb.sql(probe.format(copied, column, value)).fetchall()
        assert got == duckdb.sql(probe.format(src, column, value)).fetchall()
        assert (value == "Narnia") <= all(excluded for _, excluded in got) if bloom else True


@pytest.mark.parametrize("damage", ["truncated", "text", "empty"])
def test_not_a_file_to_copy(tmp_path: Path, damage: str) -> None:
    src = written(tmp_path)
    data = src.read_bytes()
    bad = tmp_path / "bad.parquet"
    bad.write_bytes({"truncated": data[: len(data) - 100], "text": b"event_id,country\n1,UKR\n", "empty": b""}[damage])
    assert chunks.copyable(bad) is None
    assert chunks.copyable(tmp_path / "missing.parquet") is None


def test_csv_out_is_not_copied(tmp_path: Path) -> None:
    src = written(tmp_path)
    begun = source.begin(src, tmp_path / "out.csv", "country", "when", None, None, False)
    opened = begun.opening.result()
    assert opened.copy is None
    opened.close()
    summary = annotate_file(src, tmp_path / "out.csv", territory_col="country", date_col="when")
    assert summary.rows_out == 100_000


def test_date_outside_the_day_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates before 1900 and after 2100 (unknown), a date at each edge: the same outcomes as decoding again."""
    days = [dt.datetime(1899, 12, 31), dt.datetime(1900, 1, 1), dt.datetime(2002, 7, 1), dt.datetime(2100, 12, 31),
            dt.datetime(2101, 1, 1), None] * 10_000
    table = pa.table({"country": ["UKR", "BDI", "PHL", "RUS", "Atlantis", None] * 10_000,
                      "when": pa.array(days, pa.timestamp("us"))})
    src = tmp_path / "edges.parquet"
    pq.write_table(table, src)
    copied, again = annotate_both(src, tmp_path, monkeypatch)
    same_rows(copied, again)


@pytest.mark.parametrize("kernel", ["absent", "refuses"])
def test_copied_without_copy_file_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel: str) -> None:
    """No os.copy_file_range (not Linux), or a file system that refuses it: the bytes go through a memory map."""
    import os

    src = written(tmp_path, row_group_size=40_000)
    copied, again = annotate_both(src, tmp_path, monkeypatch)
    if kernel == "absent":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    else:
        def refuse(*args: Any) -> int:
            raise OSError(18, "Invalid cross-device link")
        monkeypatch.setattr(os, "copy_file_range", refuse)
    mapped = tmp_path / "mapped.parquet"
    annotate_file(src, mapped, territory_col="country", date_col="when")
    assert mapped.read_bytes() == copied.read_bytes()
    same_rows(mapped, again)


def test_out_a_hard_link_of_the_input(tmp_path: Path) -> None:
    """Writing the output would empty the input it reads: refused in one line (exit 2), the input untouched."""
    import os
    import subprocess
    import sys

    src = written(tmp_path)
    before = src.read_bytes()
    os.link(src, tmp_path / "linked.parquet")
    done = subprocess.run([sys.executable, "-m", "romestatute.cli.main", "annotate", str(src), "--territory-col",
                           "country", "--date-col", "when", "--out", str(tmp_path / "linked.parquet")],
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0
    assert "different file than the input" in done.stderr
    assert src.read_bytes() == before


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["BDI", "PHL", "UKR", "PSE", "RUS", "USA", "SDN", "LBY", "ARM", "HUN",
                                           "Atlantis", None]),
                          st.dates(dt.date(1998, 1, 1), dt.date(2033, 12, 31)),
                          st.sampled_from(["UKR", "RUS", "ARM", "USA", None])), min_size=1, max_size=30),
       st.sampled_from([None, ["war_crimes"], ["aggression"], ["genocide", "war_crimes"]]),
       st.sampled_from(["any", "art12"]))
def test_copied_file_answers_as_the_frame(tmp_path_factory: Any, events: list[tuple[Any, ...]], crimes: Any,
                                          route: str) -> None:
    """Through the copy, the same answers as ``annotate`` on a frame (which tests/bulk/test_equality.py holds to
    the scalar engine's), row for row."""
    pd = pytest.importorskip("pandas")
    from romestatute.bulk.annotate import annotate

    tmp = tmp_path_factory.mktemp("frame")
    frame = pd.DataFrame({"t": pd.array([e[0] for e in events], dtype="string"), "d": [e[1] for e in events],
                          "n": pd.array([e[2] for e in events], dtype="string")})  # text even when all empty
    src = tmp / "events.parquet"
    frame.to_parquet(src, index=False)
    kw = {"territory_col": "t", "date_col": "d", "nationality_col": "n", "crimes": crimes, "route": route}
    begun = source.begin(src, tmp / "out.parquet", "t", "d", "n", None, False)
    opened = begun.opening.result()
    assert opened.copy is not None
    opened.close()
    annotate_file(src, tmp / "out.parquet", **kw)
    got = pd.read_parquet(tmp / "out.parquet")
    want = annotate(frame, **kw)
    for column in [c for c in want.columns if c.startswith("icc_")]:
        assert got[column].tolist() == want[column].tolist(), column
    passed = pq.read_table(tmp / "out.parquet", columns=["t", "n"])
    assert passed["t"].to_pylist() == [e[0] for e in events] and passed["n"].to_pylist() == [e[2] for e in events]


@pytest.mark.parametrize("options", [
    {"data_page_version": "2.0"}, {"compression": "gzip"}, {"compression": "brotli"}, {"compression": "lz4"},
    {"use_dictionary": False}, {"write_statistics": False}, {"version": "1.0"},
    {"column_encoding": {"event_id": "DELTA_BINARY_PACKED", "deaths": "BYTE_STREAM_SPLIT"}, "use_dictionary": False},
    {"data_page_size": 4096, "compression": "zstd"},
])
def test_writer_settings_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]) -> None:
    """Pages of any version, codec or encoding are copied as they are and read back the same."""
    src = written(tmp_path, row_group_size=60_000, **options)
    copied, again = annotate_both(src, tmp_path, monkeypatch, nationality_col="who")
    same_rows(copied, again)
    assert [c[:5] for c in input_chunks(copied)] == input_chunks(src)
