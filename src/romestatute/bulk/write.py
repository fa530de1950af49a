"""The annotated batches written to one Parquet file by pyarrow's writer, row groups encoded on threads.

pyarrow's Parquet writer encodes and compresses a row group on the thread that writes it, one row
group after another; on 5 M events that was the longest task of ``rome annotate`` (0.7-0.9 s of
about 1.1 s).  Here each batch becomes a small Parquet file of one row group, written in memory on
a thread of a pool (pyarrow releases the GIL while it encodes), and ``footer.Spliced`` joins those
files in the batches' order into the one file a single writer would have written, byte for byte.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from romestatute.bulk.footer import Spliced

#: Values the Parquet writer takes at a time (see ``write_parquet``).
WRITE_BATCH = 8192

#: At most this many row groups encoded at once (each holds its batch and its encoded bytes).
MAX_WORKERS = 8


def dictionary_columns(schema: Any) -> list[str]:
    """Columns worth dictionary pages: all but 64-bit numbers (ids and measures, rarely repeated).

    On the benchmark's events this writes a smaller file than COPY did (97 MB against 98 MB), where
    a dictionary for every column costs 0.3 s more and gives 118 MB (the id column's dictionary
    overflows and is written twice).
    """
    import pyarrow as pa

    wide = (pa.types.is_int64, pa.types.is_uint64, pa.types.is_float64, pa.types.is_timestamp)
    return [f.name for f in schema if not any(test(f.type) for test in wide)]


def workers(threads: int | None) -> int:
    """Row groups encoded at once: ``--threads`` when given, else the machine's cores, at most ``MAX_WORKERS``."""
    return max(1, min(threads or os.cpu_count() or 1, MAX_WORKERS))


def encoder(schema: Any, inputs: list[str], whole: bool = False) -> Callable[[list[Any]], Any]:
    """A function giving batches as a whole Parquet file in memory (a pyarrow Buffer): a row group per batch, or with
    ``whole`` one row group for them all (none without a batch: the schema alone); with ``whole`` and a schema
    of one column, the batches may be that column's arrays.

    The writer is pyarrow's own (``pyarrow._parquet``, with the settings ``pyarrow.parquet.ParquetWriter`` passes
    it): the ``pyarrow.parquet`` module around it imports pyarrow's filesystems and ssl first, 0.01-0.02 s of a
    one-second run spent before the first row is written.  Statistics are kept for the ``inputs`` columns
    (readers use them to skip row groups); the added columns, a handful of words mixed in every row group, get
    none.  The writer takes values ``WRITE_BATCH`` at a time (pyarrow's default is 1,024): for a
    dictionary-encoded column with statistics it finds the distinct codes of each such slice, 5,000 times for
    5 M rows; pages still close at pyarrow's 1 MB, at most one slice later.
    """
    import pyarrow as pa

    try:
        from pyarrow._parquet import ParquetWriter
    except ImportError:  # pragma: no cover - a pyarrow that moved it
        from pyarrow.parquet import ParquetWriter  # type: ignore[attr-defined]

    settings = dict(version="2.6", data_page_version="1.0", writer_engine_version="V2", compression="snappy",
                    store_schema=False, write_statistics=inputs, use_dictionary=dictionary_columns(schema),
                    write_batch_size=WRITE_BATCH)

    def encoded(batches: list[Any]) -> Any:
        sink = pa.BufferOutputStream()
        writer = ParquetWriter(sink, schema, **settings)
        try:
            if whole and batches:
                table = pa.Table.from_batches(batches, schema) if isinstance(batches[0], pa.RecordBatch) \
                    else pa.Table.from_arrays([pa.chunked_array(batches, schema[0].type)], schema=schema)
                writer.write_table(table, row_group_size=max(1, table.num_rows))
            else:
                for batch in batches:
                    writer.write_table(pa.Table.from_batches([batch], schema))
        finally:
            writer.close()
        return sink.getvalue()

    return encoded


def footer_rows(path: Path) -> int:
    """The row count a written Parquet file's footer gives, read by pyarrow."""
    try:
        from pyarrow._parquet import ParquetReader
    except ImportError:  # pragma: no cover - a pyarrow that moved it
        from pyarrow.parquet import ParquetReader  # type: ignore[attr-defined]

    footer = ParquetReader()
    footer.open(str(path))
    rows = int(footer.metadata.num_rows)
    footer.close()
    return rows


def write_parquet(stream: Any, path: Path, inputs: list[str], threads: int = 1) -> int:
    """Write the batches of ``stream`` to ``path`` (snappy, as COPY did), a row group each; return the footer's
    row count.

    ``threads`` row groups are encoded at once (``encoder``), each into a Parquet file of its own in memory;
    the files are appended to ``path`` in order (``footer.Spliced``) as they are done.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    encoded = encoder(stream.schema, inputs)
    with open(path, "wb") as out, ThreadPoolExecutor(threads, thread_name_prefix="rome-parquet") as pool:
        spliced = Spliced(out)
        pending: deque[Future[Any]] = deque()
        for batch in stream:
            pending.append(pool.submit(encoded, [batch]))
            while len(pending) > threads:  # the oldest is written before more are taken on
                spliced.add(pending.popleft().result())
        while pending:
            spliced.add(pending.popleft().result())
        if spliced.first is None:  # no batch: the footer of an empty file gives the schema
            spliced.add(encoded([]))
        spliced.close()
    return footer_rows(path)
