"""Briefs: an answer as a self-contained document to cite (Markdown, HTML or PDF), with numbered footnotes.

``brief(kind, answer, fmt)`` renders the JSON a query returned as text; ``pdf(kind, answer)`` prints the HTML
brief to PDF with WeasyPrint (the ``pdf`` extra); ``write(kind, answer, path)`` picks the format from the file
name. The same answer always gives the same bytes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from romestatute.briefs.collect import FORMATS, KINDS, Brief, build, format_of
from romestatute.briefs.render import html, markdown
from romestatute.model.errors import N_, BadValue, quoted

__all__ = ["FORMATS", "KINDS", "Brief", "brief", "build", "format_of", "pdf", "write"]


def brief(kind: str, answer: dict[str, Any], fmt: str) -> str:
    """The brief of ``answer`` (the JSON of a ``kind`` query) as ``md`` or ``html`` text."""
    if fmt not in FORMATS:
        raise BadValue(f"format: {fmt!r} is not one of {', '.join(FORMATS)}", field="format")
    built = build(kind, answer)
    return markdown(built) if fmt == "md" else html(built)


def pdf(kind: str, answer: dict[str, Any]) -> bytes:
    """The HTML brief printed to PDF (A4, by its own print stylesheet). Needs the ``pdf`` extra."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there but Pango is not
        raise BadValue(N_("brief: a PDF brief needs WeasyPrint and Pango: pip install 'romestatute[pdf]' (%(reason)s); "
                          ".md and .html need nothing more"), field="brief", params={"reason": exc.__class__.__name__}) from None
    # nothing is fetched: the page has no image, stylesheet or font link, and no base URL
    page = HTML(string=brief(kind, answer, "html"))
    with _fixed_font_times():
        return bytes(page.write_pdf())


_RENDERING = threading.Lock()


@contextmanager
def _fixed_font_times() -> Iterator[None]:
    """The same PDF bytes for the same brief: fontTools stamps each embedded font subset with the time it was
    made (its ``head`` table) unless ``SOURCE_DATE_EPOCH`` is set, so two renders a second apart differed.
    A user's own ``SOURCE_DATE_EPOCH`` is kept; otherwise the epoch (1970-01-01) is set while rendering."""
    with _RENDERING:
        if "SOURCE_DATE_EPOCH" in os.environ:
            yield
            return
        os.environ["SOURCE_DATE_EPOCH"] = "0"
        try:
            yield
        finally:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def write(kind: str, answer: dict[str, Any], path: str) -> Path:
    """Write the brief of ``answer`` to ``path`` (.md, .html or .pdf); text is UTF-8 with LF line ends."""
    fmt = format_of(path)
    data = pdf(kind, answer) if fmt == "pdf" else brief(kind, answer, fmt).encode("utf-8")
    target = Path(path)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise BadValue(N_("brief: cannot write %(value)s: %(reason)s"), field="brief",
                       params={"value": quoted(path), "reason": exc.strerror or str(exc)}) from None
    return target
