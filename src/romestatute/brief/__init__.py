"""Briefs: an answer as a self-contained document to cite (Markdown or HTML), with numbered footnotes.

``brief(kind, answer, fmt)`` renders the JSON a query returned; ``write(kind, answer, path)`` picks the
format from the file name. The same answer always gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from romestatute.brief.collect import FORMATS, KINDS, Brief, build, format_of
from romestatute.brief.render import html, markdown
from romestatute.model.errors import BadValue

__all__ = ["FORMATS", "KINDS", "Brief", "brief", "build", "format_of", "write"]


def brief(kind: str, answer: dict[str, Any], fmt: str) -> str:
    """The brief of ``answer`` (the JSON of a ``kind`` query) as ``md`` or ``html`` text."""
    if fmt not in FORMATS:
        raise BadValue(f"format: {fmt!r} is not one of {', '.join(FORMATS)}", field="format")
    built = build(kind, answer)
    return markdown(built) if fmt == "md" else html(built)


def write(kind: str, answer: dict[str, Any], path: str) -> Path:
    """Write the brief of ``answer`` to ``path`` (.md or .html); bytes are UTF-8 with LF line ends."""
    fmt = format_of(path)
    text = brief(kind, answer, fmt)
    target = Path(path)
    try:
        target.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise BadValue(f"brief: cannot write {path!r}: {exc.strerror or exc}", field="brief") from None
    return target
