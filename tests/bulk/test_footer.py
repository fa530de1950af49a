"""Row groups written on threads and spliced (bulk/write.py, bulk/footer.py): the very file one writer writes.

The oracle is pyarrow's own Parquet writer, given the same batches and settings one after the other:
the spliced file must equal it byte for byte, and read back as the batches written.  The footer's
walk over Thrift's compact encoding is checked against the ``thrift`` package's encoder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from romestatute.bulk import footer  # noqa: E402
from romestatute.bulk.write import WRITE_BATCH, dictionary_columns, workers, write_parquet  # noqa: E402


class Stream:
    """What ``Run.batches`` gives the writer: a schema and the batches."""

    def __init__(self, schema: Any, batches: list[Any]) -> None:
        self.schema, self._batches = schema, batches

    def __iter__(self) -> Any:
        return iter(self._batches)


def one_writer(path: Path, schema: Any, batches: list[Any], inputs: list[str]) -> bytes:
    """The file pyarrow's writer writes alone, a row group per batch, with write_parquet's settings."""
    writer = pq.ParquetWriter(path, schema, version="2.6", data_page_version="1.0", writer_engine_version="V2",
                              compression="snappy", store_schema=False, write_statistics=inputs,
                              use_dictionary=dictionary_columns(schema), write_batch_size=WRITE_BATCH)
    for batch in batches:
        writer.write_table(pa.Table.from_batches([batch], schema))
    writer.close()
    return path.read_bytes()


def events(n: int, seed: int = 0) -> Any:
    """n rows of the kinds an events file has: ids, country codes with nulls, dates, counts, added words."""
    import numpy as np

    rng = np.random.default_rng(seed)
    codes = np.array(["UKR", "RUS", "PSE", "ISR", "Côte d'Ivoire", ""], dtype=object)
    country = codes[rng.integers(0, len(codes), n)]
    return pa.table({
        "event_id": pa.array(np.arange(n, dtype="int64")),
        "country": pa.array(country, mask=rng.random(n) < 0.05),
        "event_date": pa.array(np.datetime64("1995-01-01", "ns") + rng.integers(0, 10**17, n).astype("timedelta64[ns]")),
        "deaths": pa.array(rng.integers(0, 1000, n).astype("int32"), mask=rng.random(n) < 0.1),
        "score": pa.array(rng.random(n)),
        "icc_jurisdiction": pa.array(np.array(["yes", "no", "unknown"], dtype=object)[rng.integers(0, 3, n)])
        .dictionary_encode(),
        "icc_basis": pa.array(np.array(["12(2)(a):UKR(declaration_12_3)", None], dtype=object)[rng.integers(0, 2, n)])
        .dictionary_encode(),
    })


INPUTS = ["event_id", "country", "event_date", "deaths", "score"]


@pytest.mark.parametrize("threads", [1, 2, 3, 8])
def test_spliced_file_is_the_one_writer_file(tmp_path: Path, threads: int) -> None:
    """40 row groups (more than 15: the footer's list header takes its long form), offsets of 1-4 bytes."""
    table = events(120_000)
    batches = table.to_batches(max_chunksize=3_000)
    assert len(batches) == 40
    rows = write_parquet(Stream(table.schema, batches), tmp_path / "spliced.parquet", INPUTS, threads)
    assert rows == 120_000
    spliced = (tmp_path / "spliced.parquet").read_bytes()
    assert spliced == one_writer(tmp_path / "one.parquet", table.schema, batches, INPUTS)
    assert pq.read_table(tmp_path / "spliced.parquet").equals(table.cast(pq.read_schema(tmp_path / "spliced.parquet")))
    meta = pq.read_metadata(tmp_path / "spliced.parquet")
    assert meta.num_row_groups == 40 and meta.row_group(39).num_rows == 3_000


def test_spliced_file_reads_in_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    table = events(30_000, seed=3)
    write_parquet(Stream(table.schema, table.to_batches(max_chunksize=7_000)), tmp_path / "s.parquet", INPUTS, 2)
    got = duckdb.sql(f"SELECT count(*), sum(deaths), count(country), min(event_id), max(event_id) "
                     f"FROM '{tmp_path / 's.parquet'}'").fetchall()[0]
    assert got == (30_000, pa.compute.sum(table["deaths"]).as_py(), 30_000 - table["country"].null_count, 0, 29_999)


def test_no_batch_gives_the_empty_file(tmp_path: Path) -> None:
    """No batch at all: the schema alone, as one writer closed at once writes it."""
    table = events(10)
    assert write_parquet(Stream(table.schema, []), tmp_path / "s.parquet", INPUTS, 2) == 0
    assert (tmp_path / "s.parquet").read_bytes() == one_writer(tmp_path / "one.parquet", table.schema, [], INPUTS)
    assert pq.read_schema(tmp_path / "s.parquet").names == table.schema.names


def test_empty_batches_among_others(tmp_path: Path) -> None:
    table = events(5_000, seed=1)
    parts = table.to_batches(max_chunksize=2_000)
    empty = parts[0].slice(0, 0)
    batches = [empty, *parts[:2], empty, *parts[2:]]
    got = write_parquet(Stream(table.schema, batches), tmp_path / "s.parquet", INPUTS, 3)
    assert got == 5_000
    assert (tmp_path / "s.parquet").read_bytes() == one_writer(tmp_path / "one.parquet", table.schema, batches, INPUTS)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-2**40, 2**40), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
                          st.one_of(st.none(), st.text(max_size=12)), st.one_of(st.none(), st.booleans()),
                          st.one_of(st.none(), st.floats(allow_nan=False))), max_size=60),
       st.integers(1, 9), st.integers(1, 4))
def test_any_rows_any_batches(tmp_path_factory: Any, rows: list[tuple[Any, ...]], size: int, threads: int) -> None:
    """Any values (text with nulls and non-ASCII statistics, dates, booleans, floats), cut into any batches."""
    tmp = tmp_path_factory.mktemp("splice")
    schema = pa.schema([("n", pa.int64()), ("day", pa.date32()), ("text", pa.string()), ("flag", pa.bool_()),
                        ("x", pa.float64())])
    table = pa.Table.from_pylist([dict(zip(schema.names, row, strict=True)) for row in rows], schema=schema)
    batches = table.to_batches(max_chunksize=size) if rows else []
    inputs = ["n", "day", "text"]
    write_parquet(Stream(schema, batches), tmp / "s.parquet", inputs, threads)
    assert (tmp / "s.parquet").read_bytes() == one_writer(tmp / "one.parquet", schema, batches, inputs)
    assert pq.read_table(tmp / "s.parquet").to_pylist() == table.to_pylist()


def test_workers() -> None:
    assert workers(1) == 1 and workers(3) == 3 and workers(64) == 8
    assert 1 <= workers(None) <= 8


@given(st.integers(-2**63, 2**63 - 1))
def test_zigzag_varint_round_trip(value: int) -> None:
    raw = footer.zigzag_varint(value)
    n, end = footer.varint(raw, 0)
    assert end == len(raw) and footer.unzigzag(n) == value


@given(st.integers(0, 2**31 - 1), st.sampled_from([footer.STRUCT, footer.I64, footer.BINARY]))
def test_list_header_read_back(size: int, element: int) -> None:
    head = footer.list_header(size, element)
    if size < 15:
        assert head == bytes([size << 4 | element])
    else:
        assert head[0] == 0xF0 | element and footer.varint(head, 1) == (size, len(head))


# Thrift values: (type, value) pairs for the thrift package's compact encoder, the walk's oracle.
def thrift_leaves() -> dict[int, Any]:
    from thrift.Thrift import TType

    return {TType.BOOL: st.booleans(), TType.BYTE: st.integers(-128, 127), TType.I16: st.integers(-2**15, 2**15 - 1),
            TType.I32: st.integers(-2**31, 2**31 - 1), TType.I64: st.integers(-2**63, 2**63 - 1),
            TType.DOUBLE: st.floats(allow_nan=False), TType.STRING: st.binary(max_size=40)}


def thrift_values(depth: int = 2) -> Any:
    from thrift.Thrift import TType

    kinds = thrift_leaves()
    leaves = st.sampled_from(sorted(kinds)).flatmap(lambda kind: kinds[kind].map(lambda v: (kind, v)))
    if depth == 0:
        return leaves
    inner = thrift_values(depth - 1)
    structs = st.lists(st.tuples(st.integers(1, 40), inner), max_size=5, unique_by=lambda f: f[0]).map(
        lambda fields: (TType.STRUCT, sorted(fields, key=lambda f: f[0])))
    lists = st.tuples(st.sampled_from([TType.LIST, TType.SET]), st.sampled_from(sorted(kinds))).flatmap(
        lambda ks: st.lists(kinds[ks[1]], max_size=17).map(lambda items: (ks[0], (ks[1], items))))
    maps = st.sampled_from(sorted(kinds)).flatmap(lambda kind: st.lists(
        st.tuples(st.integers(-2**31, 2**31 - 1), kinds[kind]), max_size=3).map(
            lambda pairs: (TType.MAP, (TType.I32, kind, pairs))))
    return st.one_of(leaves, structs, lists, maps)


def thrift_write(protocol: Any, kind: int, value: Any) -> None:
    from thrift.Thrift import TType

    if kind == TType.STRUCT:
        protocol.writeStructBegin(None)
        for fid, (fkind, fvalue) in value:
            protocol.writeFieldBegin(None, fkind, fid)
            thrift_write(protocol, fkind, fvalue)
            protocol.writeFieldEnd()
        protocol.writeFieldStop()
        protocol.writeStructEnd()
    elif kind in (TType.LIST, TType.SET):
        element, items = value
        (protocol.writeListBegin if kind == TType.LIST else protocol.writeSetBegin)(element, len(items))
        for item in items:
            thrift_write(protocol, element, item)
        protocol.writeListEnd() if kind == TType.LIST else protocol.writeSetEnd()
    elif kind == TType.MAP:
        key, element, pairs = value
        protocol.writeMapBegin(key, element, len(pairs))
        for k, v in pairs:
            thrift_write(protocol, key, k)
            thrift_write(protocol, element, v)
        protocol.writeMapEnd()
    else:
        writers = {TType.BOOL: protocol.writeBool, TType.BYTE: protocol.writeByte, TType.I16: protocol.writeI16,
                   TType.I32: protocol.writeI32, TType.I64: protocol.writeI64, TType.DOUBLE: protocol.writeDouble,
                   TType.STRING: protocol.writeBinary}
        writers[kind](value)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 200), thrift_values()), max_size=6, unique_by=lambda f: f[0]))
@example([(1, (13, (8, 2, [(1, True), (2, False)]))), (2, (14, (2, [True, False, True]))), (300, (4, -0.0))])
def test_skip_ends_where_thrift_ended(fields: list[tuple[int, tuple[int, Any]]]) -> None:
    """Any structure the thrift package encodes (booleans in field headers and in lists, sets, maps, doubles,
    field ids far apart): the walk ends on its last byte."""
    pytest.importorskip("thrift")
    from thrift.protocol.TCompactProtocol import TCompactProtocol
    from thrift.Thrift import TType
    from thrift.transport.TTransport import TMemoryBuffer

    buffer = TMemoryBuffer()
    thrift_write(TCompactProtocol(buffer), TType.STRUCT, sorted(fields, key=lambda f: f[0]))
    raw = buffer.getvalue()
    assert footer.skip(raw + b"\xff", 0, footer.STRUCT) == len(raw)


def test_not_a_parquet_file() -> None:
    with pytest.raises(ValueError, match="PAR1"):
        footer.split(b"PAR1 not a footer")
    with pytest.raises(ValueError, match="does not fit"):
        footer.split(b"PAR1" + b"\x00" * 8 + (1000).to_bytes(4, "little") + b"PAR1")


def test_a_cut_footer(tmp_path: Path) -> None:
    table = events(100)
    one_writer(tmp_path / "one.parquet", table.schema, table.to_batches(), INPUTS)
    _, raw = footer.split((tmp_path / "one.parquet").read_bytes())
    assert len(footer.scan(raw).groups) == 1
    with pytest.raises(ValueError, match="end inside"):
        footer.scan(raw[: len(raw) // 2])


def test_spliced_needs_a_file() -> None:
    import io

    with pytest.raises(ValueError, match="no Parquet file"):
        footer.Spliced(io.BytesIO()).close()
