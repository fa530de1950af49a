"""The input's column chunks copied as they are into the annotated Parquet file.

``rome annotate`` passes every input column through unchanged, so a Parquet input need not be decoded and
encoded again: each of its row groups becomes a row group of the output whose input columns are the
input's own column chunks, byte for byte (pages, dictionaries, compression, statistics), followed by the
added columns, each written by pyarrow as a one-column Parquet file of one row group (``write.encoder``, on a
pool of threads) and spliced in.  Only the columns the annotation reads (territory, date, nationality) are
decoded.  A row group's input chunks are written (by the kernel, ``Copier``) as soon as the row group before
it is complete, while its own rows are still being looked up.  The footer is written anew (``footer``): the
input's schema with the added columns after it, each row group's column chunks with their byte offsets moved
to where they now lie.

A file is copied this way only when nothing in its footer points outside the column chunks or could be
misread in the new file (``copyable``); otherwise its columns are decoded and written again, as before:

* written by a writer whose statistics readers trust as they are (parquet-cpp/pyarrow, DuckDB, Polars,
  parquet-rs): readers judge statistics by the ``created_by`` of the file, which becomes pyarrow's;
* no encryption, no column chunk in another file, flat columns; a Bloom filter (it lies outside the chunks)
  is copied after the row groups, if its length is recorded;
* row groups of at least 32,768 rows on average (each becomes a row group of the output, with its own
  dictionary pages for the added columns) and at most pyarrow's largest, 64 Mi rows, none empty.

The copied chunks are not decoded, so not checked: a page damaged in the input is damaged in the output (where
decoding it again stopped the run).  The input's key-value metadata (pandas' or Arrow's schema, for one) is not
copied: it would not describe the annotated file.  Neither is a row group's ``sorting_columns``, nor the page
index (column and offset indexes, which Polars and Spark write): it lies outside the chunks and records
pages' places in the file; readers then skip row groups by their statistics, as in a file written without one.
"""

from __future__ import annotations

import mmap
import os
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from romestatute.bulk import footer as ft
from romestatute.bulk.write import footer_rows

#: Writers whose files are copied (the start of ``created_by``): their statistics need no reader's workaround.
WRITERS = ("parquet-cpp-arrow", "DuckDB", "Polars", "parquet-rs")

#: Row groups: at least this many rows on average, at most pyarrow's largest (``write_table``'s row group size).
MIN_AVERAGE_ROWS = 32_768
MAX_GROUP_ROWS = 64 * 1024 * 1024



@dataclass
class Chunk:
    """A column chunk of the input: its ``ColumnChunk`` fields, its ``ColumnMetaData`` fields, its bytes' place."""

    fields: list[tuple[int, int, bytes]]
    meta: list[tuple[int, int, bytes]]
    start: int
    length: int
    bloom: tuple[int, int] | None = None  # its Bloom filter's place (offset, length), outside the chunk

    def moved(self, delta: int, bloom_at: int = 0) -> bytes:
        """The ``ColumnChunk`` structure with its offsets ``delta`` bytes further on (0, "not recorded", left),
        its Bloom filter now at ``bloom_at``."""
        bloom_delta = bloom_at - self.bloom[0] if self.bloom else 0
        meta = [(fid, kind, _shifted(value, delta) if fid in ft.META_PAGE_OFFSETS and kind == ft.I64
                 else _shifted(value, bloom_delta) if fid == ft.META_BLOOM_OFFSET and kind == ft.I64 else value)
                for fid, kind, value in self.meta]
        parts = [(fid, kind, _shifted(value, delta) if fid == ft.CHUNK_OFFSET and kind == ft.I64 else value)
                 for fid, kind, value in self.fields if fid != ft.CHUNK_META]
        parts.append((ft.CHUNK_META, ft.STRUCT, ft.structure(meta)))
        return ft.structure(sorted(parts, key=lambda part: part[0]))


@dataclass
class Group:
    rows: int
    size: int  # total_byte_size: the uncompressed bytes of its columns
    chunks: list[Chunk]


@dataclass
class Source:
    """A Parquet file's footer, read for copying its column chunks."""

    root: list[tuple[int, int, bytes]]  # the schema's root element
    leaves: list[bytes]  # the columns' schema elements
    orders: list[bytes] | None  # the columns' sort orders for statistics (column_orders), if given
    groups: list[Group]

    @property
    def sizes(self) -> list[int]:
        return [group.rows for group in self.groups]


def _shifted(value: bytes, delta: int) -> bytes:
    number = ft.unzigzag(ft.varint(value, 0)[0])
    return ft.zigzag_varint(number + delta) if number > 0 else value


def _parts(buf: bytes, items: list[ft.Field]) -> list[tuple[int, int, bytes]]:
    return [(item.fid, item.kind, buf[item.start:item.end]) for item in items]


def _chunk(raw: bytes, start: int, end_of_data: int) -> Chunk | None:
    """An input column chunk, or None when it cannot be copied (its bytes in another file, or encrypted); its page
    index is left out."""
    items, _ = ft.fields(raw, start)
    if any(item.fid not in (ft.CHUNK_OFFSET, ft.CHUNK_META) and item.fid not in ft.CHUNK_PAGE_INDEX for item in items):
        return None  # a chunk in another file, encryption
    items = [item for item in items if item.fid not in ft.CHUNK_PAGE_INDEX]
    meta_field = next((item for item in items if item.fid == ft.CHUNK_META and item.kind == ft.STRUCT), None)
    if meta_field is None:
        return None
    meta_items, _ = ft.fields(raw, meta_field.start)
    numbers = {item.fid: ft.number(raw, item) for item in meta_items if item.kind in (ft.I32, ft.I64)}
    bloom = None
    if ft.META_BLOOM_OFFSET in numbers:  # copied too, if its length is given (else its header would have to be read)
        bloom = (numbers[ft.META_BLOOM_OFFSET], numbers.get(ft.META_BLOOM_LENGTH, 0))
        if bloom[0] < len(ft.MAGIC) or bloom[1] <= 0 or sum(bloom) > end_of_data:
            return None
    offsets = [numbers[fid] for fid in ft.META_PAGE_OFFSETS if numbers.get(fid, 0) > 0]
    length = numbers.get(ft.META_COMPRESSED, 0)
    if not offsets or length <= 0 or min(offsets) < len(ft.MAGIC) or min(offsets) + length > end_of_data:
        return None
    return Chunk(_parts(raw, [item for item in items if item.fid != ft.CHUNK_META]), _parts(raw, meta_items),
                 min(offsets), length, bloom)


def copyable(path: Path) -> Source | None:
    """The file's footer, read for copying its column chunks, or None when they are to be decoded again."""
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            if size < 12:
                return None
            f.seek(size - 8)
            tail = f.read(8)
            length = int.from_bytes(tail[:4], "little")
            if tail[4:] != ft.MAGIC or not 0 < length <= size - 12:
                return None
            f.seek(size - 8 - length)
            raw = f.read(length)
        return _source(raw, size - 8 - length)
    except (OSError, ValueError, IndexError):
        return None


def _source(raw: bytes, end_of_data: int) -> Source | None:
    items = {item.fid: item for item in ft.fields(raw, 0)[0]}
    if set(items) - {ft.FILE_VERSION, ft.FILE_SCHEMA, ft.FILE_NUM_ROWS, ft.FILE_ROW_GROUPS, ft.FILE_KEY_VALUE,
                     ft.FILE_CREATED_BY, ft.FILE_ORDERS}:
        return None  # encryption, or fields this reading does not know
    made = items.get(ft.FILE_CREATED_BY)
    if made is None or made.kind != ft.BINARY:
        return None
    created_by = raw[ft.varint(raw, made.start)[1]:made.end]  # after the length
    if not created_by.startswith(tuple(w.encode() for w in WRITERS)):
        return None
    schema = [raw[a:b] for a, b in ft.elements(raw, items[ft.FILE_SCHEMA].start)]
    root = _parts(schema[0], ft.fields(schema[0], 0)[0])
    children = next((ft.unzigzag(ft.varint(v, 0)[0]) for fid, kind, v in root if fid == ft.SCHEMA_CHILDREN), None)
    leaves = schema[1:]
    if children != len(leaves) or not leaves or any(
            item.fid == ft.SCHEMA_CHILDREN for leaf in leaves for item in ft.fields(leaf, 0)[0]):
        return None  # nested columns
    orders = None
    if ft.FILE_ORDERS in items:
        orders = [raw[a:b] for a, b in ft.elements(raw, items[ft.FILE_ORDERS].start)]
        if len(orders) != len(leaves):
            return None
    groups = []
    for start, _ in ft.elements(raw, items[ft.FILE_ROW_GROUPS].start) if ft.FILE_ROW_GROUPS in items else []:
        group_items = {item.fid: item for item in ft.fields(raw, start)[0]}
        rows = ft.number(raw, group_items[ft.GROUP_ROWS]) if ft.GROUP_ROWS in group_items else 0
        size = ft.number(raw, group_items[ft.GROUP_BYTES]) if ft.GROUP_BYTES in group_items else -1
        if not 0 < rows <= MAX_GROUP_ROWS or size < 0 or ft.GROUP_COLUMNS not in group_items:
            return None
        chunks = [_chunk(raw, a, end_of_data) for a, _ in ft.elements(raw, group_items[ft.GROUP_COLUMNS].start)]
        if len(chunks) != len(leaves) or any(chunk is None for chunk in chunks):
            return None
        groups.append(Group(rows, size, [chunk for chunk in chunks if chunk is not None]))
    if not groups or sum(g.rows for g in groups) < MIN_AVERAGE_ROWS * len(groups) and len(groups) > 1:
        return None
    return Source(root, leaves, orders, groups)


def _list(items: list[bytes], kind: int = ft.STRUCT) -> bytes:
    return ft.list_header(len(items), kind) + b"".join(items)


def write(items: Any, source_path: Path, source: Source, out: Path, encoders: list[Any], threads: int) -> int:
    """Write the annotated file: each input row group's column chunks copied, then the added columns.

    ``items``: (row group, batch of the added columns) in order.  ``encoders``: for each added column, a function
    that gives a whole Parquet file of that column alone in memory, one row group, from its arrays: the columns
    of a row group are encoded apart, on a pool of ``threads`` threads, so that the last row group's (which can
    only begin once its last batch is annotated) takes a fraction of the time.  Returns the row count the
    written footer gives.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    laid: list[tuple[int, int, list[tuple[Chunk, int]], list[bytes], int, int]] = []  # per row group: its number,
    # start, input chunks (each with how far it moved), added chunks, uncompressed and written bytes
    added_meta: list[Added] = []  # each added column's file, from the first row group (its schema element, ...)

    with open(source_path, "rb") as src, open(out, "wb", buffering=0) as dst, \
            ThreadPoolExecutor(threads, thread_name_prefix="rome-parquet") as pool:
        copy = Copier(src, dst)
        dst.write(ft.MAGIC)
        position = len(ft.MAGIC)
        laying: dict[str, Any] = {}  # the row group whose input chunks are written, its added ones not yet

        def lay_input(g: int) -> None:
            """Write row group ``g``'s input chunks before its added columns are encoded (off the last batch's path)."""
            nonlocal position
            laying.update(g=g, start=position, copied=[])
            for chunk in source.groups[g].chunks:
                copy(chunk.start, chunk.length)
                laying["copied"].append((chunk, position - chunk.start))
                position += chunk.length

        def lay_added(g: int, futures: list[Future[Any]]) -> None:
            """Write row group ``g``'s added columns once encoded, then the next row group's input chunks."""
            nonlocal position
            group = source.groups[g]
            if laying.get("g") != g:
                raise ValueError(f"row group {g} out of order")
            chunks, size = [], group.size
            for future in futures:
                data, raw = ft.split(future.result())
                column = _added(raw)
                if column.rows != group.rows:
                    raise ValueError("an added column's file does not hold one row group of the input's rows")
                if len(added_meta) < len(futures):
                    added_meta.append(column)
                chunks += [chunk.moved(position - len(ft.MAGIC)) for chunk in column.chunks]
                dst.write(data)
                position += len(data)
                size += column.size
            laid.append((g, laying["start"], laying["copied"], chunks, size, position - laying["start"]))
            laying.clear()
            if g + 1 < len(source.groups):
                lay_input(g + 1)

        def submit(g: int, batches: list[Any]) -> tuple[int, list[Future[Any]]]:
            return g, [pool.submit(encode, [batch.column(c) for batch in batches]) for c, encode in enumerate(encoders)]

        try:
            lay_input(0)  # while the first batches are read and looked up
            pending: deque[tuple[int, list[Future[Any]]]] = deque()
            batches: list[Any] = []
            current = 0
            for g, batch in items:
                if g != current and batches:
                    pending.append(submit(current, batches))
                    batches = []
                current = g
                batches.append(batch)
                while pending and (len(pending) > 2 or all(future.done() for future in pending[0][1])):
                    lay_added(*pending.popleft())  # at most two row groups held, written as soon as encoded
            if batches:
                pending.append(submit(current, batches))
            while pending:
                lay_added(*pending.popleft())
            blooms = {}  # the input chunks' Bloom filters, after all row groups (as DuckDB and parquet-mr place them)
            for _, _, copied, _, _, _ in laid:
                for chunk, _ in copied:
                    if chunk.bloom is not None:
                        blooms[id(chunk)] = position
                        copy(*chunk.bloom)
                        position += chunk.bloom[1]
        finally:
            copy.close()
        if len(laid) != len(source.groups):
            raise ValueError(f"{len(laid)} row groups written of the input's {len(source.groups)}")
        groups_out = [ft.structure([
            (ft.GROUP_COLUMNS, ft.LIST,
             _list([chunk.moved(delta, blooms.get(id(chunk), 0)) for chunk, delta in copied] + chunks)),
            (ft.GROUP_BYTES, ft.I64, ft.zigzag_varint(size)),
            (ft.GROUP_ROWS, ft.I64, ft.zigzag_varint(source.groups[g].rows)),
            (ft.GROUP_OFFSET, ft.I64, ft.zigzag_varint(start)),
            (ft.GROUP_COMPRESSED, ft.I64, ft.zigzag_varint(written)),
            (ft.GROUP_ORDINAL, ft.I16, ft.zigzag_varint(g))]) for g, start, copied, chunks, size, written in laid]
        first = added_meta[0]
        root = [(fid, kind, ft.zigzag_varint(len(source.leaves) + len(added_meta)) if fid == ft.SCHEMA_CHILDREN
                 else value) for fid, kind, value in source.root]
        parts = [(ft.FILE_VERSION, ft.I32, first.version),
                 (ft.FILE_SCHEMA, ft.LIST, _list([ft.structure(root), *source.leaves,
                                                  *(column.leaf for column in added_meta)])),
                 (ft.FILE_NUM_ROWS, ft.I64, ft.zigzag_varint(sum(source.sizes))),
                 (ft.FILE_ROW_GROUPS, ft.LIST, _list(groups_out)),
                 (ft.FILE_CREATED_BY, ft.BINARY, first.created_by)]
        if source.orders is not None and all(column.order is not None for column in added_meta):
            orders = [column.order for column in added_meta if column.order is not None]
            parts.append((ft.FILE_ORDERS, ft.LIST, _list([*source.orders, *orders])))
        raw = ft.structure(parts)
        dst.write(raw)
        dst.write(len(raw).to_bytes(4, "little"))
        dst.write(ft.MAGIC)
    return footer_rows(out)


class Copier:
    """Bytes of the input appended to the output: by the kernel (``os.copy_file_range``, Linux), else through a
    memory map of the input."""

    def __init__(self, src: Any, dst: Any) -> None:
        self.src, self.dst = src, dst
        self.kernel = hasattr(os, "copy_file_range")
        self.view: memoryview | None = None
        self.mapped: mmap.mmap | None = None

    def __call__(self, start: int, length: int) -> None:
        while self.kernel and length > 0:
            try:
                done = os.copy_file_range(self.src.fileno(), self.dst.fileno(), length, start)
            except OSError:  # a file system or kernel that will not: the memory map instead
                self.kernel = False
                break
            if done == 0:
                raise ValueError(f"the input ends before byte {start + length}")
            start, length = start + done, length - done
        if length > 0:
            if self.view is None:
                self.mapped = mmap.mmap(self.src.fileno(), 0, access=mmap.ACCESS_READ)
                self.view = memoryview(self.mapped)
            if start + length > len(self.view):
                raise ValueError(f"the input ends before byte {start + length}")
            self.dst.write(self.view[start:start + length])

    def close(self) -> None:
        if self.view is not None:
            self.view.release()
        if self.mapped is not None:
            self.mapped.close()


@dataclass
class Added:
    """An added column's own Parquet file (one column, one row group): what the joined file takes from it."""

    rows: int
    size: int  # its row group's total_byte_size
    chunks: list[Chunk]  # its column chunk (one), at its place in that file
    leaf: bytes  # its schema element
    order: bytes | None  # its sort order for statistics, if given
    version: bytes  # the file's format version and writer, as encoded (the joined file's)
    created_by: bytes


def _added(raw: bytes) -> Added:
    """The footer of an added column's file, read once."""
    items = {item.fid: item for item in ft.fields(raw, 0)[0]}
    groups = ft.elements(raw, items[ft.FILE_ROW_GROUPS].start)
    schema = ft.elements(raw, items[ft.FILE_SCHEMA].start)
    orders = ft.elements(raw, items[ft.FILE_ORDERS].start) if ft.FILE_ORDERS in items else None
    if len(groups) != 1 or len(schema) != 2 or orders is not None and len(orders) != 1:
        raise ValueError("an added column's file does not hold one column in one row group")
    own = {item.fid: item for item in ft.fields(raw, groups[0][0])[0]}
    chunks = []
    for start, _ in ft.elements(raw, own[ft.GROUP_COLUMNS].start):
        chunk_items, _ = ft.fields(raw, start)
        meta = next(item for item in chunk_items if item.fid == ft.CHUNK_META)
        chunks.append(Chunk(_parts(raw, [item for item in chunk_items if item.fid != ft.CHUNK_META]),
                            _parts(raw, ft.fields(raw, meta.start)[0]), 0, 0))
    version, made = items[ft.FILE_VERSION], items[ft.FILE_CREATED_BY]
    return Added(ft.number(raw, items[ft.FILE_NUM_ROWS]),
                 ft.number(raw, own[ft.GROUP_BYTES]) if ft.GROUP_BYTES in own else 0, chunks,
                 raw[slice(*schema[1])], raw[slice(*orders[0])] if orders else None,
                 raw[version.start:version.end], raw[made.start:made.end])
