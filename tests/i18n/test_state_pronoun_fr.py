"""French never says « il » or « elle » of a state: the gender of a state's name is not guessed (docs/i18n.md), so a
sentence about a state names it or says « cet État »."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize("state", ["BDI", "PHL"])  # le Burundi, les Philippines: neither « il » nor « elles » fits both
def test_a_withdrawal_that_took_effect_says_cet_etat(rome: Callable[..., Any], state: str) -> None:
    out = rome("--lang", "fr", "timeline", state).out
    line = next(x for x in out.splitlines() if "prise d’effet du retrait" in x)
    assert "cet État n’est plus partie" in line
    assert " il n’est plus partie" not in out
