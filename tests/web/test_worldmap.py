"""The world map's outlines: every state in our list is drawn (South Sudan too), but for the named tiny
exceptions, which the home page lists beside the map with the states too small to click."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from romestatute import engine
from romestatute.web import worldmap

#: States our list has that the outlines (Natural Earth 1:50m) do not draw: Tuvalu is below that scale.
NOT_DRAWN = {"TUV"}


def test_every_state_in_our_list_has_an_outline() -> None:
    drawn = {s.iso3 for s in worldmap.shapes()}
    assert {iso3 for iso3 in engine.names().states if iso3 not in drawn} == NOT_DRAWN


def test_south_sudan_is_drawn_apart_from_sudan() -> None:
    by_iso3 = {s.iso3: s for s in worldmap.shapes() if s.iso3}
    assert {"SSD", "SDN"} <= set(by_iso3)
    assert by_iso3["SSD"].d != by_iso3["SDN"].d and not by_iso3["SSD"].small
    assert by_iso3["SSD"].iso2 == "ss"


def test_the_outlines_are_read_from_the_installed_package() -> None:
    mapcraft = pytest.importorskip("mapcraft")
    pack = mapcraft.load(worldmap.PACK)
    assert "Natural Earth" in pack.manifest["geography"]
    decoded = {s.region_id for s in mapcraft.topology.shapes(pack.topology, pack.object_name,
                                                             worldmap._region_key(pack))}
    assert len(worldmap.shapes()) == len(decoded) and not decoded & worldmap.LEFT_OUT


def test_the_home_page_draws_south_sudan_and_lists_the_small_and_the_missing(client: Any) -> None:
    html = client.get("/?on=2020-01-01").text
    assert 'data-state="SSD"' in html and 'data-state="SDN"' in html
    listed = set(re.findall(r'data-state="([A-Z]{3})"', html.split('id="missing"', 1)[1].split("</ul>", 1)[0]))
    small = {s.iso3 for s in worldmap.shapes() if s.small and s.iso3 in engine.names().states}
    assert NOT_DRAWN <= listed and small <= listed
    assert "VAT" in listed and "NRU" in listed and "FRA" not in listed
    box = worldmap.viewbox().split()
    assert f'viewBox="{worldmap.viewbox()}"' in html and int(box[2]) == worldmap.WIDTH


@given(st.floats(-180, 180), st.floats(-89.9, 89.9))
def test_equal_earth_is_symmetric_and_keeps_order(lon: float, lat: float) -> None:
    x, y = worldmap.equal_earth(lon, lat)
    mx, my = worldmap.equal_earth(-lon, -lat)
    assert math.isclose(x, -mx, abs_tol=1e-12) and math.isclose(y, -my, abs_tol=1e-12)
    east, _ = worldmap.equal_earth(min(lon + 1, 180), lat)
    north = worldmap.equal_earth(lon, min(lat + 1, 89.9))[1]
    assert east >= x and north >= y
