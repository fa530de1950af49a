"""Tables kept between runs in the user's cache folder (romestatute.usercache): read back as drawn, never stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from romestatute import i18n, usercache


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(usercache.CACHE_ENV, str(tmp_path))
    i18n._french_table.cache_clear()
    yield tmp_path
    i18n._french_table.cache_clear()


def test_the_french_names_read_back_from_the_cache_are_the_names_drawn(cache: Path) -> None:
    drawn = i18n._draw_french_table()
    first = i18n._french_table()  # drawn, then kept
    kept = list(cache.glob("french-names-*.json"))
    assert len(kept) == 1
    i18n._french_table.cache_clear()
    second = i18n._french_table()  # read from the file
    assert first == second == drawn
    assert second["RUS"][0] == "Fédération de Russie" and "Russie" in second["RUS"][1]
    assert i18n.french_names("zaf") == drawn["ZAF"][1]


def test_a_damaged_cache_file_is_drawn_again(cache: Path) -> None:
    i18n._french_table()
    (kept,) = cache.glob("french-names-*.json")
    kept.write_text("{not json", encoding="utf-8")
    i18n._french_table.cache_clear()
    assert i18n._french_table() == i18n._draw_french_table()
    assert json.loads(kept.read_text(encoding="utf-8"))["FRA"][0] == "France"  # written again


def test_the_key_changes_with_what_the_table_is_drawn_from(cache: Path, tmp_path: Path) -> None:
    a = usercache.path("t", "source v1", usercache.files("pycountry", "__init__.py"))
    b = usercache.path("t", "source v2", usercache.files("pycountry", "__init__.py"))
    assert a is not None and b is not None and a != b and a.parent == cache
    assert usercache.files("no_such_package_here", "x") == ""
    assert "missing.dat:-" in usercache.files("pycountry", "missing.dat")


def test_an_empty_cache_setting_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(usercache.CACHE_ENV, "")
    assert usercache.folder() is None and usercache.path("t", "k") is None
    assert usercache.kept(None, lambda: {"a": 1}) == {"a": 1}


def test_a_read_only_cache_folder_is_not_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be: nothing can be written
    monkeypatch.setenv(usercache.CACHE_ENV, str(blocked / "sub"))
    file = usercache.path("t", "k")
    assert usercache.kept(file, lambda: [1, 2]) == [1, 2]


def test_a_cache_file_of_another_shape_is_drawn_again_and_written_anew(cache: Path) -> None:
    file = usercache.path("t", "k")
    assert file is not None
    file.write_text(json.dumps({"old": 1}), encoding="utf-8")

    def shape(table: dict[str, int]) -> int:
        return table["new"]  # KeyError for the old shape

    assert usercache.kept(file, lambda: {"new": 2}, shape) == 2
    assert json.loads(file.read_text(encoding="utf-8")) == {"new": 2}
    assert usercache.kept(file, lambda: {"new": 3}, shape) == 2  # read back, not drawn


def _parse(folder: Path, name: str) -> object:
    from romestatute.facts import load

    load._parsed_yaml.cache_clear()
    return load.parsed_yaml(name, str(folder))


def test_a_fact_file_parsed_once_is_read_back_without_yaml(cache: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The parsed YAML is kept under its bytes' name: read back as parsed (dates as ISO strings), and parsed
    again once the file changes (a stale document is never read)."""
    from romestatute.facts import load

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "x.yaml").write_text("referrals:\n  - date: 2005-03-31\n    resolution: S/RES/1593 (2005)\n",
                                   encoding="utf-8")
    first = _parse(folder, "x.yaml")
    assert first == {"referrals": [{"date": "2005-03-31", "resolution": "S/RES/1593 (2005)"}]}
    assert len(list(cache.glob("yaml-*.json"))) == 1

    def no_parsing(data: bytes, name: str) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(load, "_load_yaml", no_parsing)
    assert _parse(folder, "x.yaml") == first  # read back
    monkeypatch.undo()
    monkeypatch.setenv(usercache.CACHE_ENV, str(cache))
    (folder / "x.yaml").write_text("referrals: []\n", encoding="utf-8")  # same folder, new bytes
    assert _parse(folder, "x.yaml") == {"referrals": []}
    load._parsed_yaml.cache_clear()


def test_a_document_json_would_change_is_not_kept(cache: Path, tmp_path: Path) -> None:
    """YAML keys JSON has no form for (numbers, dates) stay as parsed, every time: such a document is not kept."""
    (tmp_path / "n.yaml").write_text("1: one\n2020-01-01: day\n", encoding="utf-8")
    import datetime as dt

    parsed = {1: "one", dt.date(2020, 1, 1): "day"}
    assert _parse(tmp_path, "n.yaml") == parsed
    assert not list(cache.glob("yaml-*.json"))
    assert _parse(tmp_path, "n.yaml") == parsed


def test_a_fact_file_that_is_not_utf8_is_one_clear_error(cache: Path, tmp_path: Path) -> None:
    from romestatute.model.errors import DataError

    (tmp_path / "b.yaml").write_bytes(b"referrals:\n  - note: caf\xe9\n")
    with pytest.raises(DataError, match="not UTF-8"):
        _parse(tmp_path, "b.yaml")
    assert not list(cache.glob("yaml-*.json"))


def test_the_facts_load_without_importing_yaml_once_kept(cache: Path) -> None:
    """The second run of a command reads the fact files' parsed form: PyYAML (0.02 s to import) is not loaded."""
    import os
    import subprocess
    import sys

    code = ("import sys; from romestatute import engine; engine.ledger(); "
            "from romestatute.facts import docket; docket.load('unsc.yaml'); print('yaml' in sys.modules)")
    env = {**os.environ, usercache.CACHE_ENV: str(cache)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
            for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"]
