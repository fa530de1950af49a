"""Writing bulk tables as CSV or Parquet, and the compiled interval table (``rome export intervals``)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from romestatute.bulk.compile import interval_table
from romestatute.model.errors import N_, BadValue, quoted


def write_table(table: Any, fmt: str, out: str | Path | None) -> bytes | None:
    """Write an Arrow table to ``out`` as csv or parquet; with no ``out``, return CSV bytes (Parquet needs a file)."""
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    if fmt == "csv":
        if out is None:
            buf = io.BytesIO()
            pcsv.write_csv(table, buf)
            return buf.getvalue()
        pcsv.write_csv(table, str(out))
        return None
    if fmt == "parquet":
        if out is None:
            raise BadValue(N_("out: give --out FILE for %(format)s output"), field="out", params={"format": fmt})
        pq.write_table(table, str(out))
        return None
    raise BadValue(N_("format: %(value)s is not one of %(choices)s"), field="format",
                   params={"value": quoted(fmt), "choices": "csv, parquet"})


def write_intervals(fmt: str, out: str | Path | None, *, as_of: dt.date | None = None) -> bytes | None:
    """Write the compiled interval table to ``out`` (or return CSV bytes)."""
    return write_table(interval_table(as_of), fmt, out)
