"""Research at scale: the law compiled to interval tables, events annotated in DuckDB, panels.

Needs the ``bulk`` extra (duckdb, pyarrow, numpy).  ``annotate(frame, ...)`` takes a
pandas or polars DataFrame and returns the same type; ``annotate_file`` streams files.
"""

from __future__ import annotations

from romestatute.bulk.annotate import annotate, annotate_file

__all__ = ["annotate", "annotate_file"]
