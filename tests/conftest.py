"""Fixtures every test folder shares: run ``rome`` as a user would, and a private copy of the data."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from romestatute.cli.main import main
from romestatute.facts.load import DATA_DIR, DATA_ENV


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The tables ``romestatute.usercache`` keeps go to a folder of this session's, not the user's cache folder:
    tests write data folders of their own by the hundred, each kept there under its own name."""
    import os

    from romestatute import usercache

    old = os.environ.get(usercache.CACHE_ENV)
    os.environ[usercache.CACHE_ENV] = str(tmp_path_factory.mktemp("usercache"))
    yield
    if old is None:
        os.environ.pop(usercache.CACHE_ENV, None)
    else:
        os.environ[usercache.CACHE_ENV] = old


@pytest.fixture(scope="session")
def repo_script() -> Callable[[str], Any]:
    """``repo_script("bench/score_read.py")``: a script of the repository (not part of the package) loaded as a
    module, so a test can call its functions."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]

    def load(relative: str) -> Any:
        path = root / relative
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


@pytest.fixture
def rome(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``rome(*args)`` runs the ``rome`` entry point (``cli.main:main``) and returns its exit code and output."""

    def run(*args: str) -> Run:
        capsys.readouterr()  # drop anything printed before
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        cap = capsys.readouterr()
        return Run(code, cap.out, cap.err)

    return run


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the bundled data folder, in use for this test."""
    dest = tmp_path / "data"
    shutil.copytree(DATA_DIR, dest)
    monkeypatch.setenv(DATA_ENV, str(dest))
    return dest
