"""An input file opened in DuckDB and read ahead on threads of its own, before numpy and the law are loaded.

``begin`` checks the paths, then opens the input on a thread (DuckDB's import, the columns, the row
count, the first batches decoded): ``rome annotate`` calls it first, so that work overlaps the
imports of numpy and pyarrow and the compilation of the law on the main thread.  Nothing here imports
numpy.  ``ReadAhead`` is the one thread-and-queue pattern of the annotation: the input read ahead,
and the annotated batches produced ahead of the writer.
"""

from __future__ import annotations

import os
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from romestatute.model.errors import N_, BadValue, QueryError, RomeError

#: The columns the annotation adds (an input column of the same name is refused).
ADDED = ("icc_jurisdiction", "icc_basis", "icc_route", "icc_territory_status", "icc_nationality_status")
#: The reading query's own columns: the territory, nationality and date as the lookup reads them.
INTERNAL = ("__rome_t", "__rome_n", "__rome_d")
#: DuckDB types of a date column read as they are (the day is taken in numpy, as CAST(... AS DATE) gives it)
RAW_DATES = {"DATE", "TIMESTAMP", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S"}
#: Rows per batch streamed out of DuckDB.
BATCH_ROWS = 1 << 18

#: Input column types that Arrow's Parquet writer stores exactly as DuckDB's COPY does (same Parquet
#: types, values and nulls; ``tests/bulk/test_annotate.py`` compares the two files).  With only these,
#: a Parquet output is written by pyarrow, which writes the added dictionary-encoded columns straight
#: from their codes (DuckDB's writer hashes every string again); otherwise DuckDB writes it (COPY).
ARROW_TYPES = frozenset({"BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT",
                         "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE", "VARCHAR", "DATE", "TIMESTAMP",
                         "TIMESTAMP_NS"})
#: Read a Parquet input with pyarrow when every column is of these types as pyarrow reads it (see ``_arrow_types``).
ARROW_READS = True

#: A Parquet input's column chunks copied into a Parquet output when they can be (``chunks.copyable``); tests
#: set it to False to compare with the columns decoded and written again.
COPY_CHUNKS = True

_DIRECT = {"VARCHAR", "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT",
           "DOUBLE", "FLOAT", "HUGEINT"}


def quote(name: str) -> str:
    """A SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def reason(exc: BaseException) -> str:
    """DuckDB's error on reading an input, in one line: its first, and for a CSV row it cannot read, what is wrong
    with it (DuckDB says that on a later line: "This file is not utf-8 encoded")."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    first = lines[0]
    if "not utf-8 encoded" in str(exc).lower():
        return f"{first}: the file is not UTF-8 text; save it as UTF-8 (for example: iconv -f latin1 -t utf-8)"
    if first.rstrip().startswith(("Invalid Input Error: CSV Error", "CSV Error")):
        said = next((line for line in lines[1:] if not line.startswith(("Original Line", "Possible Solution"))
                     and "=" not in line), "")
        return f"{first}: {said}" if said else first
    return first


def check_threads(threads: int | None) -> None:
    """DuckDB's own rule: at least one thread (``SET threads = 0`` is its syntax error); None: all cores."""
    if threads is not None and threads < 1:
        raise BadValue(N_("threads: %(value)s is not a number of threads: give 1 or more (DuckDB's minimum), or leave "
                          "it out for all cores"), field="threads", params={"value": threads})


def connect(threads: int | None = None, progress: bool = False) -> Any:
    """A DuckDB connection that keeps the input's row order."""
    import duckdb

    con = duckdb.connect(config={"preserve_insertion_order": True})
    if threads is not None:
        check_threads(threads)
        con.execute(f"SET threads = {int(threads)}")
    con.execute(f"SET enable_progress_bar = {'true' if progress else 'false'}")
    return con


def _country(kind: str, column: str) -> str:
    """The SQL expression for a country column of DuckDB type ``kind`` (other than text and numbers: as text)."""
    return quote(column) if kind in _DIRECT else f"CAST({quote(column)} AS VARCHAR)"


def check_columns(cols: list[str], territory_col: str, date_col: str, nationality_col: str | None) -> None:
    """The columns named are in the input, and none of the columns the annotation adds already is."""
    for flag, col in (("territory-col", territory_col), ("date-col", date_col), ("nationality-col", nationality_col)):
        if col is not None and col not in cols:
            raise BadValue(N_("%(flag)s: no column %(column)s in the input (columns: %(columns)s)"), field=flag,
                           params={"flag": flag, "column": repr(col), "columns": ", ".join(cols[:30])})
    clash = [c for c in (*ADDED, *INTERNAL) if c in cols]
    if clash:
        raise BadValue(N_("input: already has a column %(column)s; rename it first"), field="input",
                       params={"column": repr(clash[0])})


def inspect(con: Any, source: str, territory_col: str, date_col: str,
            nationality_col: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """Check the columns; return the reading query, the input's column types and what the lookup reads.

    ``reads`` maps ``__rome_t``/``_n``/``_d`` to the batch column holding each: an input column as it
    is, or an expression the query adds under that internal name.
    """
    types = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    check_columns(list(types), territory_col, date_col, nationality_col)
    exprs = {"__rome_t": _country(types[territory_col], territory_col),
             "__rome_d": f"TRY_CAST({quote(date_col)} AS DATE)"}
    if nationality_col is not None:
        exprs["__rome_n"] = _country(types[nationality_col], nationality_col)
    reads = {name: name for name in exprs}
    for name, col in (("__rome_t", territory_col), ("__rome_n", nationality_col)):
        if exprs.get(name) == quote(col or ""):
            reads[name] = col or ""
    if types[date_col] in RAW_DATES:  # TRY_CAST would give the same days (the lookup floors timestamps)
        reads["__rome_d"] = date_col
    extra = "".join(f", {expr} AS {name}" for name, expr in exprs.items() if reads[name] == name)
    return f"SELECT *{extra} FROM {source}", types, reads


class ReadAhead:
    """The items of ``items`` pulled on a thread of their own, up to ``depth`` ahead of the consumer.

    Reading the input (DuckDB decodes the next batches while the lookup works on this one) and
    annotating it (the lookup works on the next batches while the writer writes this one) both
    run this way; an error met on the thread is raised to the consumer.
    """

    def __init__(self, items: Iterable[Any], depth: int = 8, schema: Any = None) -> None:
        self.schema = schema if schema is not None else getattr(items, "schema", None)
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._pull, args=(items,), daemon=True)
        self._thread.start()

    def _pull(self, items: Iterable[Any]) -> None:
        try:
            for item in items:
                if self._stop.is_set():
                    return
                self._queue.put(item)
            self._queue.put(None)
        except BaseException as exc:  # handed to the consumer, raised there
            self._queue.put(exc)

    def __iter__(self) -> Iterator[Any]:
        try:
            while (item := self._queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self.close()

    def close(self) -> None:
        """Stop pulling (an error elsewhere, or the consumer is done) and let the thread end."""
        self._stop.set()
        while self._thread.is_alive():  # let a blocked producer finish
            try:
                self._queue.get_nowait()
            except queue.Empty:
                self._thread.join(0.01)
        try:
            self._queue.put_nowait(None)  # a consumer still waiting sees the end
        except queue.Full:
            pass


class Background:
    """``fn()`` run on a thread of its own; ``result()`` waits for it and gives its value or raises its error."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            self._value = fn()
        except BaseException as exc:  # handed to the caller of result()
            self._error = exc

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def table_function(path: Path) -> str:
    """The DuckDB table function that reads ``path`` (by its extension)."""
    text = str(path).replace("'", "''")
    name = path.name.lower()
    if name.endswith((".parquet", ".pq")):
        return f"read_parquet('{text}')"
    if name.endswith((".csv", ".csv.gz", ".tsv", ".txt")):
        return f"read_csv('{text}', all_varchar = true, header = true)"  # values pass through as written
    raise BadValue(N_("input: %(name)s: give a .csv, .csv.gz, .tsv or .parquet file"), field="input",
                   params={"name": path.name})


def copy_options(path: Path) -> str:
    """The options of a DuckDB COPY that writes ``path`` (by its extension)."""
    name = path.name.lower()
    if name.endswith((".parquet", ".pq")):
        return "FORMAT parquet, COMPRESSION snappy"
    if name.endswith((".csv", ".csv.gz")):
        return "FORMAT csv, HEADER true"
    if name.endswith(".tsv"):
        return "FORMAT csv, HEADER true, DELIMITER '\t'"
    raise BadValue(N_("out: %(name)s: give a .csv, .csv.gz, .tsv or .parquet file"), field="out",
                   params={"name": path.name})


@dataclass
class Opened:
    """An input opened: its columns checked, its rows counted, its batches being read ahead."""

    con: Any  # the DuckDB connection (None: read by pyarrow; a COPY then opens one)
    reading: Any  # a second connection to the same database: it feeds the stream (and a COPY on ``con``)
    ahead: ReadAhead
    select: str
    types: dict[str, str]  # the input's columns and their types, as DuckDB names them
    reads: dict[str, str]
    expected: int  # the input's own count, apart from the stream: a Parquet file's footer, a CSV file's scan
    copy: Any = None  # a Parquet input whose column chunks are copied (``chunks.Source``): only the columns read

    def close(self) -> None:
        self.ahead.close()
        if self.reading is not None:
            self.reading.close()


#: DuckDB's names of the Arrow types a Parquet file read by pyarrow may give (of ``ARROW_TYPES``).
_DUCKDB_NAMES = {"bool": "BOOLEAN", "int8": "TINYINT", "int16": "SMALLINT", "int32": "INTEGER", "int64": "BIGINT",
                 "uint8": "UTINYINT", "uint16": "USMALLINT", "uint32": "UINTEGER", "uint64": "UBIGINT",
                 "float": "FLOAT", "double": "DOUBLE", "string": "VARCHAR", "large_string": "VARCHAR", "date32[day]": "DATE",
                 "timestamp[us]": "TIMESTAMP", "timestamp[ns]": "TIMESTAMP_NS"}
#: The Parquet physical types each of those is stored as when DuckDB reads it as the same type (INT96
#: timestamps, for one, are TIMESTAMP_NS to pyarrow and TIMESTAMP to DuckDB: such a file goes to DuckDB).
_PHYSICAL = {"BOOLEAN": {"BOOLEAN"}, "TINYINT": {"INT32"}, "SMALLINT": {"INT32"}, "INTEGER": {"INT32"},
             "BIGINT": {"INT64"}, "UTINYINT": {"INT32"}, "USMALLINT": {"INT32"}, "UINTEGER": {"INT32"},
             "UBIGINT": {"INT64"}, "FLOAT": {"FLOAT"}, "DOUBLE": {"DOUBLE"}, "VARCHAR": {"BYTE_ARRAY"},
             "DATE": {"INT32"}, "TIMESTAMP": {"INT64"}, "TIMESTAMP_NS": {"INT64"}}


def _arrow_types(parquet: Any) -> dict[str, str] | None:
    """The columns of a Parquet file pyarrow reads as DuckDB would (flat, of ``ARROW_TYPES``, stored as DuckDB reads
    them to the same type), with DuckDB's names of their types; None for any other file."""
    schema = parquet.schema_arrow
    names = schema.names
    if len(set(names)) != len(names) or parquet.metadata.num_columns != len(names):
        return None
    types = {}
    for i, f in enumerate(schema):
        kind = _DUCKDB_NAMES.get(str(f.type))
        column = parquet.metadata.schema.column(i)
        if kind is None or kind not in ARROW_TYPES or column.physical_type not in _PHYSICAL[kind] \
                or column.max_repetition_level != 0:
            return None
        types[f.name] = kind
    return types


def _reader(path: Path, metadata: Any = None, read_dictionary: list[str] | None = None) -> Any:
    """pyarrow's Parquet reader on a local file, opened as ``pyarrow.parquet.ParquetFile(memory_map=True)`` opens
    it; that module is not imported: it imports pyarrow's filesystems and ssl first (0.02-0.03 s of a one-second
    ``rome annotate``).

    The file is memory-mapped (the input is always a local file: ``begin`` refuses web addresses): its column
    chunks are read from the page cache where they lie instead of being copied into fresh buffers first.  On the
    benchmark's 5 M pandas-written events (74 MB) that is 18,000 fewer page faults and, in four interleaved A/B
    sets of 9-15 runs each on a quiet machine (2026-12-02), a lower median every time: 0.02-0.08 s less wall time
    and 0.04-0.12 s less CPU per ``rome annotate`` (about 1.1-1.2 s).  A file truncated while it is read would end the process
    (SIGBUS) rather than raise; the annotation reads its input once, start to end."""
    try:
        from pyarrow._parquet import ParquetReader
    except ImportError:  # pragma: no cover - a pyarrow that moved it
        from pyarrow.parquet import ParquetReader  # type: ignore[attr-defined]

    reader = ParquetReader()
    reader.open(str(path), use_memory_map=True, buffer_size=0, pre_buffer=True, read_dictionary=read_dictionary,
                metadata=metadata, arrow_extensions_enabled=True)
    return reader


def open_parquet(path: Path, territory_col: str, date_col: str, nationality_col: str | None,
                 copy: bool = False) -> Opened | None:
    """Open a Parquet file with pyarrow, if it can be read as DuckDB reads it, with no expression to compute
    (countries as text or numbers, dates as DATE or TIMESTAMP), else None.

    pyarrow decodes it in about half DuckDB's CPU time, keeps a text country column dictionary-encoded (each
    distinct value is then looked up once per batch, and written from its codes), and spares importing DuckDB.
    ``copy`` (a Parquet output): when the file's column chunks can be copied as they are (``chunks.copyable``),
    only the columns the annotation reads are decoded.
    """
    try:
        parquet = _reader(path)
        types = _arrow_types(parquet)
    except Exception:  # noqa: BLE001 - a file pyarrow cannot open goes to DuckDB, which reports it
        return None
    if types is None:
        return None
    check_columns(list(types), territory_col, date_col, nationality_col)
    countries = [c for c in (territory_col, nationality_col) if c is not None]
    if types[date_col] not in RAW_DATES or any(types[c] not in _DIRECT for c in countries):
        return None
    text = [c for c in countries if types[c] == "VARCHAR"]
    if text:  # the footer read once; the schema as the batches will have it (a large_string column comes as string)
        parquet = _reader(path, metadata=parquet.metadata, read_dictionary=text)
    schema = parquet.schema_arrow
    reads = {"__rome_t": territory_col, "__rome_d": date_col}
    if nationality_col is not None:
        reads["__rome_n"] = nationality_col
    source = None
    if copy:
        from romestatute.bulk.chunks import copyable

        source = copyable(path)
        if source is not None and sum(source.sizes) != parquet.metadata.num_rows:
            source = None
    columns = None
    if source is not None:  # the columns read, in the file's order
        import pyarrow as pa

        columns = sorted({schema.get_field_index(c) for c in reads.values()})
        schema = pa.schema([schema.field(i) for i in columns])
    batches = parquet.iter_batches(BATCH_ROWS, range(parquet.metadata.num_row_groups), columns, use_threads=True)
    ahead = ReadAhead(batches, schema=schema)
    return Opened(None, None, ahead, "", types, reads, int(parquet.metadata.num_rows), source)


def open_input(reader: str, territory_col: str, date_col: str, nationality_col: str | None,
               threads: int | None, progress: bool) -> Opened:
    """Open ``reader`` (a DuckDB table function) and start reading it; an input DuckDB cannot read (a binary
    or truncated file, text that is not UTF-8) is one line naming it, as a malformed row met later is."""
    con = connect(threads, progress)
    reading = None
    try:
        con.execute(f"CREATE OR REPLACE VIEW rome_events AS SELECT * FROM {reader}")
        select, types, reads = inspect(con, "rome_events", territory_col, date_col, nationality_col)
        expected = int(con.execute("SELECT count(*) FROM rome_events").fetchall()[0][0])
        reading = con.cursor()
        ahead = ReadAhead(reading.sql(select).to_arrow_reader(BATCH_ROWS))
        return Opened(con, reading, ahead, select, types, reads, expected)
    except BaseException as exc:
        if reading is not None:
            reading.close()
        con.close()
        if isinstance(exc, RomeError) or not isinstance(exc, Exception):
            raise
        raise QueryError(N_("input: %(reason)s"), field="input", params={"reason": reason(exc)}) from None


@dataclass
class Begun:
    """An annotation's files checked and its input being opened (``opening.result()`` is the ``Opened``)."""

    source: Path
    out: Path
    copy: str  # the DuckDB COPY options for ``out``
    opening: Background


def begin(source: str | Path, out: str | Path, territory_col: str, date_col: str, nationality_col: str | None,
          threads: int | None, progress: bool) -> Begun:
    """Check the input and output paths, then start opening the input on a thread of its own."""
    check_threads(threads)
    given = str(source)  # as the user wrote it: Path() folds the '//' of a web address
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", given):
        raise BadValue(N_("input: %(file)s is a web address; give a local file (download it first)"), field="input",
                       params={"file": repr(given)})
    source, out = Path(source), Path(out)
    if not source.is_file():
        raise BadValue(N_("input: no file %(file)s"), field="input", params={"file": repr(given)})
    reader, options = table_function(source), copy_options(out)
    if out.resolve() == source.resolve() or out.exists() and os.path.samefile(out, source):  # a hard link too:
        raise BadValue(N_("out: give a different file than the input"), field="out", params={})  # writing empties it
    parquet = ARROW_READS and reader.startswith("read_parquet(")

    def opened() -> Opened:
        found = open_parquet(source, territory_col, date_col, nationality_col,
                             COPY_CHUNKS and options.startswith("FORMAT parquet")) if parquet else None
        return found or open_input(reader, territory_col, date_col, nationality_col, threads, progress)

    opening = Background(opened)
    return Begun(source, out, options, opening)
