"""The world map drawn on the home page, built from the SVG shipped by ``pygal_maps_world``.

The geometry is third-party (installed from PyPI with the ``web`` extra, read
from site-packages, never copied into the repository).  Its 778 KB of curves
are reduced once per process to integer polylines: each country becomes one
path ``d`` string in the same 2475x1388 frame, small enough to inline in the
page so that the map renders server-side with JavaScript off.
"""

from __future__ import annotations

import importlib.util
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from romestatute.names import coco_table

VIEWBOX = "0 0 2475 1388"
_GROUP = re.compile(r'<g class="([a-z]{2}) country map-element">(.*?)</g>', re.DOTALL)
_PATH_D = re.compile(r'<path d="([^"]*)"')
_TOKEN = re.compile(r"[MmCcSsLlHhVvZzQqTtAa]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
_ARITY = {"m": 2, "l": 2, "c": 6, "s": 4, "q": 4, "t": 2, "h": 1, "v": 1, "a": 7, "z": 0}


# The map's source writes the United Kingdom and Greece with codes country_converter files elsewhere.
_ISO2_FIXES = {"gb": "GBR", "gr": "GRC"}


class MapUnavailable(RuntimeError):
    """The ``pygal_maps_world`` package (part of the ``web`` extra) is not installed."""


@dataclass(frozen=True, slots=True)
class Shape:
    """One country on the map: its ISO2 code in the source, ISO3 if we know it, and its outline."""

    iso2: str
    iso3: str | None
    d: str


def svg_path() -> Path:
    """Where the installed package keeps its world map (found without importing pygal)."""
    spec = importlib.util.find_spec("pygal_maps_world")
    if spec is None or not spec.submodule_search_locations:
        raise MapUnavailable("the world map needs the web extra: pip install 'romestatute[web]'")
    return Path(next(iter(spec.submodule_search_locations))) / "worldmap.svg"


def _polylines(d: str) -> list[list[tuple[float, float]]]:
    """The end points of every segment of an SVG path, as absolute polylines (curves become chords)."""
    tokens = _TOKEN.findall(d)
    rings: list[list[tuple[float, float]]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    cmd = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            cmd = tok
            i += 1
            if cmd in "zZ":
                x, y = start
                continue
        rel = cmd.islower()
        n = _ARITY[cmd.lower()]
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        low = cmd.lower()
        if low == "h":
            x = x + args[0] if rel else args[0]
        elif low == "v":
            y = y + args[0] if rel else args[0]
        else:
            nx, ny = args[-2], args[-1]
            x, y = (x + nx, y + ny) if rel else (nx, ny)
        if low == "m":
            rings.append([(x, y)])
            start = (x, y)
            cmd = "l" if rel else "L"  # further pairs after a moveto are linetos
        elif rings:
            rings[-1].append((x, y))
    return rings


def _integer_ring(ring: list[tuple[float, float]]) -> list[tuple[int, int]]:
    pts: list[tuple[int, int]] = []
    for px, py in ring:
        p = (round(px), round(py))
        if not pts or p != pts[-1]:
            pts.append(p)
    return pts


def _extent(pts: list[tuple[int, int]]) -> int:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def _compact(rings: list[list[tuple[float, float]]]) -> str:
    """Integer polylines, repeated points dropped, islands under two units dropped (never a whole country)."""
    out: list[str] = []
    ints = [_integer_ring(r) for r in rings if r]
    biggest = max(ints, key=_extent, default=[])
    for pts in ints:
        if pts is not biggest and (len(pts) < 3 or _extent(pts) < 2):
            continue
        if len(pts) < 2:
            x0, y0 = pts[0]
            out.append(f"M{x0 - 1} {y0 - 1}h2v2h-2z")  # a speck: draw it as a 2x2 square
            continue
        x0, y0 = pts[0]
        parts = [f"M{x0} {y0}l"]
        steps = []
        for (ax, ay), (bx, by) in itertools.pairwise(pts):
            steps.append(f"{bx - ax} {by - ay}")
        parts.append(" ".join(steps).replace(" -", "-"))
        out.append("".join(parts) + "z")
    return "".join(out)


@lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    """Every country outline, simplified, with its ISO3 code where country_converter knows one."""
    text = svg_path().read_text(encoding="utf-8")
    iso3_of = {e.iso2.lower(): e.iso3 for e in coco_table() if e.iso2}
    iso3_of.update(_ISO2_FIXES)
    out = []
    for iso2, body in _GROUP.findall(text):
        rings = [r for d in _PATH_D.findall(body) for r in _polylines(d)]
        d = _compact(rings)
        if d:
            out.append(Shape(iso2, iso3_of.get(iso2), d))
    return tuple(out)
