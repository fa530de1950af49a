"""``rome read``: what a news report about the Court means in law, on the report's own date.

``read(text, date=None)`` takes plain text or HTML and returns the one schema
(``romestatute.reading/1``) shared by the CLI (``rome read --json``) and the API.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from typing import Any

__all__ = ["read"]


def read(text: str, date: str | dt.date | None = None, *, today: str | dt.date | None = None) -> dict[str, Any]:
    """Read a report: its date, the states, acts, triggers and crimes it mentions, what the record
    shows for each on the report's date and today, corrections, and the jurisdiction questions it raises."""
    from romestatute.read.explain import reading

    return reading(text, date, today)


class _CallableModule(types.ModuleType):
    """``romestatute.read`` is this package and, in the public API, a function (``rs.read(text)``). Importing
    the package replaces the function in ``romestatute``'s namespace by the package (Python's import system
    sets the attribute), so the package answers a call the same way."""

    def __call__(self, text: str, date: str | dt.date | None = None) -> dict[str, Any]:
        return read(text, date)


sys.modules[__name__].__class__ = _CallableModule
