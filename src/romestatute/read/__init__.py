"""``rome read``: what a news report about the Court means in law, on the report's own date.

``read(text, date=None)`` takes plain text or HTML and returns the one schema
(``romestatute.reading/2``) shared by the CLI (``rome read --json``) and the API.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from typing import Any

__all__ = ["read", "warm"]

#: Read once by ``warm`` (written here): a date line, a capital, a person, French, so every table is loaded.
_WARM = ("Published 17 November 2016\nVladimir Putin arrived in Ulaanbaatar; Russia left the ICC.\n"
         "Vendredi 27 octobre 2017 : le Burundi a quitté la Cour pénale internationale.")


def read(text: str, date: str | dt.date | None = None, *, today: str | dt.date | None = None) -> dict[str, Any]:
    """Read a report: its date, the states, acts, triggers and crimes it mentions, what the record
    shows for each on the report's date and today, corrections, and the jurisdiction questions it raises."""
    from romestatute.read.explain import reading

    return reading(text, date, today)


def warm() -> None:
    """Load what the reader needs (dateparser's tables, the language profiles, geonames, the name tables) once,
    so the first report a server reads is as fast as the others."""
    read(_WARM, today="2026-01-01")


class _CallableModule(types.ModuleType):
    """``romestatute.read`` is this package and, in the public API, a function (``rs.read(text)``). Importing
    the package replaces the function in ``romestatute``'s namespace by the package (Python's import system
    sets the attribute), so the package answers a call the same way."""

    def __call__(self, text: str, date: str | dt.date | None = None) -> dict[str, Any]:
        return read(text, date)


sys.modules[__name__].__class__ = _CallableModule
