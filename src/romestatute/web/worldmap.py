"""The world map drawn on the home page, built from the outlines shipped by ``mapcraft``.

The geometry is third-party: Natural Earth's 1:50m countries (public domain), as TopoJSON in the
``world-countries-2024`` pack of the ``mapcraft`` package (MIT; installed from PyPI with the ``web``
extra, read from site-packages at run time, never copied into the repository). It draws South Sudan
and every state in our list but Tuvalu, which is below that scale. mapcraft decodes the TopoJSON into
longitude/latitude rings; we project them once per process with the Equal Earth projection (equal
area, so no state looks bigger than it is) into integer polylines, one path ``d`` string per country,
small enough to inline in the page so that the map renders server-side with JavaScript off.
"""

from __future__ import annotations

import importlib.util
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: The mapcraft pack with the world's countries, and the frame's width in SVG units.
PACK = "world-countries-2024"
WIDTH = 2000
#: Antarctica is not a state and takes a sixth of the frame: it is left out.
LEFT_OUT = {"010"}
#: A state whose outline spans fewer units than this is also listed beside the map, as too small to click.
SMALL = 6


class MapUnavailable(RuntimeError):
    """The ``mapcraft`` package (part of the ``web`` extra) is not installed."""


@dataclass(frozen=True, slots=True)
class Shape:
    """One country on the map: its ISO2 code, ISO3 if it has one, its outline, and its extent in SVG units."""

    iso2: str
    iso3: str | None
    d: str
    extent: int = 0

    @property
    def small(self) -> bool:
        return self.extent < SMALL


def _pack() -> Any:
    """The installed pack (found without importing anything else of the web face)."""
    if importlib.util.find_spec("mapcraft") is None:
        raise MapUnavailable("the world map needs the web extra: pip install 'romestatute[web]'")
    import mapcraft

    return mapcraft.load(PACK)


# Equal Earth (Šavrič, Patterson and Jenny, 2018), from its published formulas.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth x, y on the unit sphere for ``lon``, ``lat`` in degrees (y grows northwards)."""
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = math.radians(lon) * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def _split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring cut where it jumps across the 180th meridian (Russia, Fiji), so no band crosses the map."""
    parts: list[list[tuple[float, float]]] = [[]]
    for i, (lon, lat) in enumerate(ring):
        if i and abs(lon - ring[i - 1][0]) > 180:
            parts.append([])
        parts[-1].append((lon, lat))
    return [p for p in parts if len(p) >= 2]


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


#: Points closer than this (SVG units) to the last point kept are dropped: about 30 km at the equator.
STEP = 1.6


def _thin(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``ring`` without the points that fall within :data:`STEP` of the previous one kept (its last point stays)."""
    kept = ring[:1]
    for x, y in ring[1:-1]:
        if math.hypot(x - kept[-1][0], y - kept[-1][1]) >= STEP:
            kept.append((x, y))
    return kept + ring[-1:] if len(ring) > 1 else kept


def _region_key(pack: Any) -> Any:
    def key(geometry: dict[str, Any]) -> str | None:
        if "id" in geometry:
            raw = str(geometry["id"]).zfill(pack.key_width or 0)
            return raw if raw in pack.regions and raw not in LEFT_OUT else None
        # territories without a code (Kosovo, Somaliland, ...) are drawn as no state of ours
        name = (geometry.get("properties") or {}).get("name", "")
        slug = "x-" + name.lower().replace(" ", "-").replace(".", "")
        return slug if slug in pack.regions else None

    return key


def _codes(aliases: Iterable[str]) -> tuple[str, str | None]:
    iso2 = next((a for a in aliases if len(a) == 2 and a.isalpha() and a.isupper()), "")
    iso3 = next((a for a in aliases if len(a) == 3 and a.isalpha() and a.isupper()), None)
    return iso2.lower(), iso3


@lru_cache(maxsize=1)
def frame() -> tuple[list[tuple[str, str, str | None, list[list[tuple[float, float]]]]], str]:
    """Every country's projected rings in SVG units, and the frame's viewBox."""
    from mapcraft import topology

    pack = _pack()
    projected = []
    for shape in topology.shapes(pack.topology, pack.object_name, _region_key(pack)):
        rings = [[equal_earth(lon, lat) for lon, lat in part]
                 for ring in shape.rings for part in _split_at_antimeridian(ring)]
        iso2, iso3 = _codes(pack.regions[shape.region_id].aliases)
        projected.append((shape.region_id, iso2, iso3, rings))
    xs = [x for *_, rings in projected for r in rings for x, _ in r]
    ys = [y for *_, rings in projected for r in rings for _, y in r]
    scale = WIDTH / (max(xs) - min(xs))
    left, top = min(xs), max(ys)
    out = [(rid, iso2, iso3, [[((x - left) * scale, (top - y) * scale) for x, y in r] for r in rings])
           for rid, iso2, iso3, rings in projected]
    return out, f"0 0 {WIDTH} {math.ceil((max(ys) - min(ys)) * scale)}"


def viewbox() -> str:
    """The map's SVG viewBox (a plain frame of the same width when the outlines are not installed)."""
    try:
        return frame()[1]
    except MapUnavailable:
        return f"0 0 {WIDTH} {WIDTH // 2}"


@lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    """Every country outline, simplified to integer polylines, with its ISO3 code where it has one."""
    out = []
    for _, iso2, iso3, rings in frame()[0]:
        d = _compact([_thin(r) for r in rings])
        if d:
            pts = [(round(x), round(y)) for r in rings for x, y in r]
            out.append(Shape(iso2, iso3, d, _extent(pts) if pts else 0))
    return tuple(out)
