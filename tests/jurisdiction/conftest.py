"""A pytest plugin collecting ``cases/*.yaml`` (one item per scenario case).

The case format and the checks live in ``caserunner.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .caserunner import CASE_KEYS, CASES_DIR, EXPECT_KEYS, CaseFailure, check_case, load_cases, run_case


class YamlCaseFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        for i, case in enumerate(load_cases(self.path)):
            yield YamlCase.from_parent(self, name=f"{i:03d} {case.get('name', '?')}", case=case)


class YamlCase(pytest.Item):
    def __init__(self, *, case: dict[str, Any], **kw: Any) -> None:
        super().__init__(**kw)
        self.case = case

    def runtest(self) -> None:
        case = self.case
        unknown = (set(case) - CASE_KEYS) | (set(case.get("expect") or {}) - EXPECT_KEYS)
        missing = [k for k in ("name", "articles", "as_of", "query", "expect") if k not in case]
        if unknown or missing:
            raise CaseFailure(f"malformed case: unknown keys {sorted(unknown)}, missing {missing}")
        bad = check_case(case, run_case(case))
        if bad:
            raise CaseFailure("\n".join(bad))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailure):
            return f"{self.case.get('name')}\n  articles: {self.case.get('articles')}\n  " + \
                str(excinfo.value).replace("\n", "\n  ")
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.case.get('name')}"


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".yaml" and file_path.parent == CASES_DIR:
        return YamlCaseFile.from_parent(parent, path=file_path)
    return None
