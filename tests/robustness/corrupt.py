"""Corrupting a copy of the data on purpose, one line at a time."""

from __future__ import annotations

from pathlib import Path


def replace_line(path: Path, starts: str, old: str, new: str) -> int:
    """Replace ``old`` in the first line starting with ``starts``; the 1-based line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith(starts) and old in line:
            lines[i] = line.replace(old, new, 1)
            path.write_text("".join(lines), encoding="utf-8")
            return i + 1
    raise AssertionError(f"no line starting {starts!r} with {old!r}")
