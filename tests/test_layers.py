"""Layers import only downward: model <- facts <- ledger <- law <- queries <- faces."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "romestatute"
#: what each low layer must never import (everything above it)
ABOVE = {
    "model": ("facts", "ledger", "ledger_check", "law", "queries", "engine", "cli", "web", "bulk", "read"),
    "facts": ("ledger", "ledger_check", "law", "queries", "engine", "cli", "web", "bulk", "read"),
    "law": ("queries", "cli", "web", "bulk", "read"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(ABOVE))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    bad = []
    for path in sorted((PACKAGE / layer).glob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "romestatute" and len(parts) > 1 and parts[1] in ABOVE[layer]:
                bad.append(f"{path.name} imports {name}")
    assert bad == []


def test_the_data_check_still_sees_the_rules() -> None:
    """The checks that need the calendar rules moved up a layer; ``rome data check`` still runs them."""
    from romestatute.ledger_check import check_calendar, check_sequence, run

    assert run()["ok"] is True and callable(check_calendar) and callable(check_sequence)


def test_the_jurisdiction_question_type_lives_below_the_queries_layer() -> None:
    """``law.part02_jurisdiction`` reads the question type from ``law.question``; ``queries.conduct`` re-exports it."""
    from romestatute.law.question import JurisdictionQuery
    from romestatute.queries.conduct import JurisdictionQuery as Reexported

    assert Reexported is JurisdictionQuery
