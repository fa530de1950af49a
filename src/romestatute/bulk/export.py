"""Writing the compiled interval table (``rome export intervals``) as CSV or Parquet."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from romestatute.bulk.compile import interval_table
from romestatute.model.errors import BadValue


def write_intervals(fmt: str, out: str | Path | None, *, as_of: dt.date | None = None) -> bytes | None:
    """Write the table to ``out``; with no ``out``, return CSV bytes (Parquet needs a file)."""
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    table = interval_table(as_of)
    if fmt == "csv":
        if out is None:
            buf = io.BytesIO()
            pcsv.write_csv(table, buf)
            return buf.getvalue()
        pcsv.write_csv(table, str(out))
        return None
    if fmt == "parquet":
        if out is None:
            raise BadValue("out: give --out FILE for parquet output", field="out")
        pq.write_table(table, str(out))
        return None
    raise BadValue(f"format: {fmt!r} is not one of csv, parquet", field="format")
