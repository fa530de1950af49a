"""Parquet footers: row groups written as files of their own, joined into one file in order.

A Parquet file is the magic ``PAR1``, the column chunks of each row group, then the footer: a
``FileMetaData`` structure in Thrift's compact encoding, its length (4 bytes, little-endian) and
``PAR1`` again.  The footer records where each column chunk starts, as byte offsets from the start
of the file.  ``Spliced`` takes small Parquet files written apart (on threads, each in memory, the
same schema and writer settings), copies their column chunks one after the other into one file and
writes one footer for them all: each row group's offsets moved by where its chunks now lie, the row
counts summed and the row groups numbered again.  The result is the file one writer would have
written for the same row groups, byte for byte (``tests/bulk/test_footer.py``).

The footer is not decoded into objects: ``scan`` walks its bytes and notes where the few numbers
to change lie; everything else (schema, statistics, the writer's name) is copied as it is.  In the
compact encoding no structure records its own length, so a number may be written back longer or
shorter.  The field ids named are those of the Parquet format's definition (parquet.thrift):

* ``FileMetaData``: 3 ``num_rows``, 4 ``row_groups``;
* ``RowGroup``: 1 ``columns``, 5 ``file_offset``, 7 ``ordinal``;
* ``ColumnChunk``: 2 ``file_offset``, 3 ``meta_data``, 4 ``offset_index_offset``, 6 ``column_index_offset``;
* ``ColumnMetaData``: 9 ``data_page_offset``, 10 ``index_page_offset``, 11 ``dictionary_page_offset``,
  14 ``bloom_filter_offset``.

Why not the ``thrift`` package: its pure-Python compact protocol took 66 ms to decode the footer of
a 5 M-row file (39 row groups) and 50 ms to encode it again, a tenth of the whole write, and its
``skip`` reads binary statistics as UTF-8 text and fails on them; its C accelerator needs classes
generated from parquet.thrift and drops the fields they do not name.  ``scan`` takes 9 ms on that footer.

Compact encoding, as read here (Thrift's compact protocol specification): a field opens with a
byte whose high four bits are the field id's step from the previous field (0: the id follows as a
zigzag varint) and whose low four bits are its type: 1/2 a boolean (true/false, no further byte),
3 a byte, 4/5/6 a 16/32/64-bit integer (zigzag varint), 7 a double (8 bytes), 8 binary (varint
length, then the bytes), 9/10 a list/set (a byte: size in the high bits, 15 meaning a varint size
follows, element type in the low bits), 11 a map (varint size, then a byte of key and value types
if not empty), 12 a structure (fields until a 0 byte).  Encrypted footers (magic ``PARE``) are
refused: their offsets cannot be read.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO

MAGIC = b"PAR1"

# compact types
BOOL_TRUE, BOOL_FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(1, 13)

# field ids of parquet.thrift, by the structure that holds them (here and in ``chunks``)
FILE_VERSION, FILE_SCHEMA, FILE_NUM_ROWS, FILE_ROW_GROUPS, FILE_KEY_VALUE, FILE_CREATED_BY, FILE_ORDERS = range(1, 8)
SCHEMA_CHILDREN = 5
GROUP_COLUMNS, GROUP_BYTES, GROUP_ROWS, GROUP_SORTING, GROUP_OFFSET, GROUP_COMPRESSED, GROUP_ORDINAL = range(1, 8)
CHUNK_PATH, CHUNK_OFFSET, CHUNK_META = 1, 2, 3
CHUNK_PAGE_INDEX = frozenset({4, 5, 6, 7})  # offset_index_offset/length, column_index_offset/length
CHUNK_OFFSETS = frozenset({CHUNK_OFFSET, 4, 6})  # file_offset, offset_index_offset, column_index_offset
CHUNK_ENCRYPTED = frozenset({8, 9})  # crypto_metadata, encrypted_column_metadata
META_COMPRESSED, META_DATA_PAGE, META_INDEX_PAGE, META_DICTIONARY_PAGE = 7, 9, 10, 11
META_BLOOM_OFFSET, META_BLOOM_LENGTH = 14, 15
META_PAGE_OFFSETS = frozenset({META_DATA_PAGE, META_INDEX_PAGE, META_DICTIONARY_PAGE})
META_OFFSETS = META_PAGE_OFFSETS | {META_BLOOM_OFFSET}


def varint(buf: bytes, i: int) -> tuple[int, int]:
    """The unsigned varint at ``buf[i]``, and the position after it."""
    value = shift = 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, i
        shift += 7


def unzigzag(n: int) -> int:
    return (n >> 1) ^ -(n & 1)


def field_head(buf: bytes, i: int, previous: int) -> tuple[int, int, int]:
    """The field header at ``buf[i]`` (after the field ``previous``): its id, its type, the position of its value."""
    head = buf[i]
    if head >> 4:
        return previous + (head >> 4), head & 0x0F, i + 1
    raw, end = varint(buf, i + 1)
    return unzigzag(raw), head & 0x0F, end


def list_head(buf: bytes, i: int) -> tuple[int, int, int]:
    """The list or set header at ``buf[i]``: its size, its elements' type, the position of its first element."""
    head = buf[i]
    size, at = (head >> 4, i + 1) if head >> 4 != 15 else varint(buf, i + 1)
    return size, head & 0x0F, at


def uvarint(n: int) -> bytes:
    """An unsigned integer as a varint (seven bits a byte, the lowest first)."""
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def zigzag_varint(value: int) -> bytes:
    """A signed integer as Thrift's compact encoding writes it (zigzag, then varint)."""
    return uvarint((value << 1) ^ (value >> 63))


def list_header(size: int, element: int) -> bytes:
    if size < 15:
        return bytes([(size << 4) | element])
    return bytes([0xF0 | element]) + uvarint(size)


def skip(buf: bytes, i: int, kind: int) -> int:
    """The position after the value of compact type ``kind`` at ``buf[i]`` (not a field's boolean)."""
    if kind in (I16, I32, I64):
        while buf[i] >= 0x80:
            i += 1
        return i + 1
    if kind == BINARY:
        length, i = varint(buf, i)
        return i + length
    if kind == STRUCT:
        while buf[i] != 0:
            _, inner, i = field_head(buf, i, 0)
            if inner not in (BOOL_TRUE, BOOL_FALSE):
                i = skip(buf, i, inner)
        return i + 1
    if kind in (LIST, SET):
        size, element, i = list_head(buf, i)
        if element in (BOOL_TRUE, BOOL_FALSE, BYTE):
            return i + size
        for _ in range(size):
            i = skip(buf, i, element)
        return i
    if kind == MAP:
        size, i = varint(buf, i)
        if size == 0:
            return i
        types = buf[i]
        i += 1
        for _ in range(size):
            i = skip(buf, i, types >> 4)
            i = skip(buf, i, types & 0x0F)
        return i
    if kind == BYTE or kind in (BOOL_TRUE, BOOL_FALSE):  # a byte; a boolean in a map
        return i + 1
    if kind == DOUBLE:
        return i + 8
    raise ValueError(f"Parquet footer: unknown Thrift compact type {kind} at byte {i}")


@dataclass
class Span:
    """A number in the footer's bytes: ``buf[start:end]`` encodes ``value``."""

    start: int
    end: int
    value: int


@dataclass
class Group:
    """One ``RowGroup`` in a footer: its bytes, and where its offsets and ordinal lie."""

    start: int
    end: int
    offsets: list[Span] = field(default_factory=list)
    ordinal: Span | None = None


@dataclass
class Footer:
    """A scanned ``FileMetaData``: its bytes, the row count, the row groups and the list that holds them."""

    raw: bytes
    rows: Span
    groups_list: Span  # the row_groups list, header included (``value``: its size)
    groups: list[Group]


def _number(buf: bytes, start: int) -> tuple[Span, int]:
    """The zigzag varint at ``buf[start]`` as a span, and the position after it."""
    raw, end = varint(buf, start)
    return Span(start, end, unzigzag(raw)), end


#: The fields noted in each structure walked: what the value is (``rows``, ``offset``, ``ordinal``), or
#: the structure it holds (a key of this table), or ``encrypted`` (refused).
FIELDS: dict[str, dict[int, str]] = {
    "file": {FILE_NUM_ROWS: "rows", FILE_ROW_GROUPS: "group"},
    "group": {GROUP_COLUMNS: "chunk", GROUP_OFFSET: "offset", GROUP_ORDINAL: "ordinal"},
    "chunk": {CHUNK_META: "meta"} | dict.fromkeys(CHUNK_OFFSETS, "offset")
             | dict.fromkeys(CHUNK_ENCRYPTED, "encrypted"),
    "meta": dict.fromkeys(META_OFFSETS, "offset"),
}


def _walk(buf: bytes, i: int, role: str, notes: list[tuple[str, Span]]) -> int:
    """Walk the structure at ``buf[i]`` (a ``role`` of ``FIELDS``) in one pass, noting the numbers and the row
    groups that ``FIELDS`` names, in the order met; the position after the structure."""
    names = FIELDS[role]
    fid = 0
    while buf[i] != 0:
        fid, kind, i = field_head(buf, i, fid)
        what = names.get(fid)
        if kind in (BOOL_TRUE, BOOL_FALSE):
            continue
        if what is None:
            i = skip(buf, i, kind)
        elif what == "encrypted":
            raise ValueError("Parquet footer: encrypted column metadata cannot be moved")
        elif what in FIELDS and kind == STRUCT:
            i = _walk(buf, i, what, notes)
        elif what in FIELDS and kind == LIST:
            listed = Span(i, i, 0)
            listed.value, element_type, i = list_head(buf, i)
            if element_type != STRUCT and listed.value:
                raise ValueError(f"Parquet footer: field {fid} is not a list of structures")
            if what == "group":
                notes.append(("groups", listed))
            for _ in range(listed.value):
                element = Span(i, i, 0)
                if what == "group":
                    notes.append(("group", element))
                i = element.end = _walk(buf, i, what, notes)
            listed.end = i
        elif kind in (I16, I32, I64):
            span, i = _number(buf, i)
            notes.append((what, span))
        else:
            i = skip(buf, i, kind)
    return i + 1


def scan(raw: bytes) -> Footer:
    """Where the row count, the row groups and their offsets lie in a ``FileMetaData``'s bytes."""
    notes: list[tuple[str, Span]] = []
    try:
        _walk(raw, 0, "file", notes)
    except IndexError:
        raise ValueError("Parquet footer: the bytes end inside a structure") from None
    rows = groups_list = None
    groups: list[Group] = []
    for what, span in notes:
        if what == "rows":
            rows = span
        elif what == "groups":
            groups_list = span
        elif what == "group":
            groups.append(Group(span.start, span.end))
        elif groups and what == "ordinal":
            groups[-1].ordinal = span
        elif groups and what == "offset":
            groups[-1].offsets.append(span)
    if rows is None or groups_list is None:
        raise ValueError("Parquet footer: no row count or no row groups")
    return Footer(raw, rows, groups_list, groups)


def _replaced(buf: bytes, start: int, end: int, changes: list[tuple[Span, bytes]]) -> bytes:
    """``buf[start:end]`` with each span's bytes replaced (spans in order, inside the range)."""
    parts, at = [], start
    for span, new in changes:
        parts += [buf[at:span.start], new]
        at = span.end
    parts.append(buf[at:end])
    return b"".join(parts)


def moved(footer: Footer, group: Group, delta: int, ordinal: int) -> bytes:
    """A row group's bytes, its column chunks now ``delta`` bytes further on, numbered ``ordinal``.

    An offset of 0 is left alone: it says "not recorded" (the file's magic lies there; pyarrow
    writes 0 for ``ColumnChunk.file_offset``).
    """
    changes = [(span, zigzag_varint(span.value + delta)) for span in group.offsets if span.value > 0]
    if group.ordinal is not None:
        changes.append((group.ordinal, zigzag_varint(ordinal)))
    changes.sort(key=lambda change: change[0].start)
    return _replaced(footer.raw, group.start, group.end, changes)


def split(data: bytes | memoryview) -> tuple[memoryview, bytes]:
    """A whole Parquet file's column chunks (after the leading magic) and its footer's bytes."""
    view = memoryview(data)
    if len(view) < 12 or bytes(view[:4]) != MAGIC or bytes(view[-4:]) != MAGIC:
        raise ValueError("not a Parquet file with a plain footer (PAR1 at both ends)")
    length = struct.unpack("<i", view[-8:-4])[0]
    start = len(view) - 8 - length
    if length <= 0 or start < 4:
        raise ValueError(f"Parquet footer length {length} does not fit the file's {len(view)} bytes")
    return view[4:start], bytes(view[start:-8])


class Spliced:
    """One Parquet file made of whole Parquet files written apart, appended in order with ``add``."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.first: Footer | None = None  # the first file's footer: all but its rows and row groups are kept
        self.groups: list[bytes] = []
        self.rows = 0
        self.out.write(MAGIC)
        self.position = len(MAGIC)

    def add(self, data: bytes | memoryview) -> None:
        """Append one file's row groups (its column chunks copied, its footer's offsets moved)."""
        chunks, raw = split(data)
        footer = scan(raw)
        delta = self.position - len(MAGIC)
        self.groups += [moved(footer, group, delta, len(self.groups) + k) for k, group in enumerate(footer.groups)]
        self.rows += footer.rows.value
        if self.first is None:
            self.first = footer
        self.out.write(chunks)
        self.position += len(chunks)

    def close(self) -> None:
        """Write the one footer (``add`` at least one file first, if only an empty one: it gives the schema)."""
        if self.first is None:
            raise ValueError("no Parquet file was added: nothing gives the schema")
        first = self.first
        groups = list_header(len(self.groups), STRUCT) + b"".join(self.groups)
        changes = sorted([(first.rows, zigzag_varint(self.rows)), (first.groups_list, groups)],
                         key=lambda change: change[0].start)
        raw = _replaced(first.raw, 0, len(first.raw), changes)
        self.out.write(raw)
        self.out.write(struct.pack("<i", len(raw)))
        self.out.write(MAGIC)


@dataclass
class Field:
    """One field of a structure in the footer's bytes: its id, compact type and value ``buf[start:end]``."""

    fid: int
    kind: int
    start: int
    end: int


def fields(buf: bytes, i: int) -> tuple[list[Field], int]:
    """The fields of the structure at ``buf[i]`` (a boolean's value is its type), and the position after it."""
    found = []
    fid = 0
    while buf[i] != 0:
        fid, kind, i = field_head(buf, i, fid)
        end = i if kind in (BOOL_TRUE, BOOL_FALSE) else skip(buf, i, kind)
        found.append(Field(fid, kind, i, end))
        i = end
    return found, i + 1


def elements(buf: bytes, i: int) -> list[tuple[int, int]]:
    """The (start, end) of each structure in the list of structures at ``buf[i]``."""
    size, element, i = list_head(buf, i)
    if size and element != STRUCT:
        raise ValueError("Parquet footer: a list of structures was expected")
    spans = []
    for _ in range(size):
        end = skip(buf, i, STRUCT)
        spans.append((i, end))
        i = end
    return spans


def structure(parts: list[tuple[int, int, bytes]]) -> bytes:
    """A structure in Thrift's compact encoding from its fields (id, compact type, value bytes), ids rising."""
    out = bytearray()
    last = 0
    for fid, kind, value in parts:
        if 0 < fid - last <= 15:
            out.append((fid - last) << 4 | kind)
        else:
            out.append(kind)
            out += zigzag_varint(fid)
        out += value
        last = fid
    out.append(0)
    return bytes(out)


def number(buf: bytes, item: Field) -> int:
    """The integer value of a field (16, 32 or 64 bits)."""
    return unzigzag(varint(buf, item.start)[0])
