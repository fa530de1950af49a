"""``rome warrants`` and the references between the docket files (checked by ``rome data check``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_filters_by_status_and_situation(rome: Callable[..., Any]) -> None:
    d = rome("warrants", "--status", "at_large", "--situation", "Darfur", "--json").json()
    assert d["filters"] == {"status": ["at_large"], "situation": "darfur"}
    assert d["count"] == len(d["warrants"]) > 0
    assert all(w["status"] == "at_large" and w["situation"] == "darfur" for w in d["warrants"])
    assert "al-bashir-1" in {w["id"] for w in d["warrants"]}


def test_every_warrant_names_a_known_situation(rome: Callable[..., Any]) -> None:
    ids = {s["id"] for s in rome("situations", "--json").json()["situations"]}
    ws = rome("warrants", "--json").json()["warrants"]
    assert ws and all(w["situation"] in ids for w in ws)
    car = rome("warrants", "--situation", "car-i", "--json").json()["warrants"]
    assert any(w["person"].startswith("Jean-Pierre Bemba") for w in car)


def test_bad_filters_exit_2(rome: Callable[..., Any]) -> None:
    r = rome("warrants", "--status", "fugitive")
    assert r.code == 2 and r.err.startswith("rome: error: status:")
    r = rome("warrants", "--situation", "narnia")
    assert r.code == 2 and "situation" in r.err


def test_data_check_fails_on_a_dangling_situation(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "warrants.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("situation: car-i\n", "situation: car\n", 1),
                    encoding="utf-8")
    r = rome("data", "check")
    assert r.code != 0
    assert "situation 'car' is not in situations.yaml" in r.out + r.err


def test_data_check_fails_on_a_dangling_warrant_in_noncompliance(data: Path, rome: Callable[..., Any]) -> None:
    path = data / "noncompliance.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("person_warrant: putin-1", "person_warrant: putin-9", 1),
                    encoding="utf-8")
    r = rome("data", "check")
    assert r.code != 0 and "putin-9" in r.out + r.err
