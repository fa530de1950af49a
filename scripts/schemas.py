"""Write the published JSON Schema of every answer (src/romestatute/schemas/*.json) from its one definition
(romestatute.model.answers), or with --check say which files are out of date (exit 1).

    .venv/bin/python scripts/schemas.py           # after changing an answer's TypedDict
    .venv/bin/python scripts/schemas.py --check   # what tests/test_schemas.py runs
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from romestatute.model.answers import ANSWERS, file_name
from romestatute.web.schemas import json_schema

FOLDER = Path(__file__).resolve().parent.parent / "src" / "romestatute" / "schemas"


def rendered() -> dict[str, str]:
    """Each file's name and the text it must hold."""
    return {file_name(sid): json.dumps(json_schema(sid), indent=2, ensure_ascii=False) + "\n" for sid in ANSWERS}


def stale(folder: Path = FOLDER) -> list[str]:
    """Files missing, different from their definition, or left from a schema no longer defined."""
    want = rendered()
    have = {p.name for p in folder.glob("*.json")}
    out = [n for n, text in want.items() if not (folder / n).is_file() or (folder / n).read_text("utf-8") != text]
    return sorted(out + sorted(have - set(want)))


def main(argv: list[str]) -> int:
    if "--check" in argv:
        bad = stale()
        if bad:
            print("out of date: " + ", ".join(bad) + "; run: python scripts/schemas.py", file=sys.stderr)
            return 1
        return 0
    FOLDER.mkdir(exist_ok=True)
    want = rendered()
    for p in FOLDER.glob("*.json"):
        if p.name not in want:
            p.unlink()
    for name, text in want.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(want)} schemas to {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
