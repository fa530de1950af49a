"""Helpers for the ledger tests: run ``rome`` in-process as a user would, exit code and all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from romestatute.cli.main import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


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
