"""Layers import only downward: model <- facts <- ledger <- law <- queries <- faces (DESIGN, house rules)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import romestatute

PACKAGE = Path(romestatute.__file__).parent
#: What each lower layer must never import (the layers above it).
ABOVE = {
    "model": ("facts", "ledger", "law", "queries", "cli", "web", "bulk", "read", "engine"),
    "law": ("queries", "cli", "web", "bulk", "read"),
}


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("romestatute"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("romestatute"))
    return found


@pytest.mark.parametrize("layer", sorted(ABOVE))
def test_a_lower_layer_never_imports_a_higher_one(layer: str) -> None:
    bad = []
    for path in sorted((PACKAGE / layer).glob("*.py")):
        for name in imports(path):
            parts = name.split(".")
            if len(parts) > 1 and parts[1] in ABOVE[layer]:
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert bad == []


def test_the_jurisdiction_question_type_lives_below_the_queries_layer() -> None:
    from romestatute.law.question import JurisdictionQuery
    from romestatute.queries.conduct import JurisdictionQuery as Reexported

    assert Reexported is JurisdictionQuery
