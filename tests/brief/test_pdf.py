"""The PDF brief (the ``pdf`` extra: WeasyPrint, which needs Pango): A4, and the same bytes twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from romestatute.briefs import brief
from romestatute.queries.status import status


@pytest.fixture(scope="module")
def weasyprint():  # type: ignore[no-untyped-def]
    try:
        import weasyprint as module
    except (ImportError, OSError) as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but WeasyPrint cannot load ({exc}): the PDF brief must be tested in CI")
        pytest.skip(f"WeasyPrint unavailable: {exc}")
    return module


def test_pdf_brief_is_a4_and_byte_stable(weasyprint, rome, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "one.pdf", tmp_path / "two.pdf"
    for target in (first, second):
        r = rome("status", "Burundi", "--on", "2017-01-01", "--brief", str(target))
        assert r.code == 0, r.err
    data = first.read_bytes()
    assert data.startswith(b"%PDF-") and data == second.read_bytes()
    pages = weasyprint.HTML(string=brief("status", status("BDI", "2017-01-01"), "html")).render().pages
    assert pages and all((round(p.width), round(p.height)) == (794, 1123) for p in pages)  # 210 x 297 mm at 96 px/in


def test_pdf_without_weasyprint_is_one_line_exit_2(rome, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def refuse(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "weasyprint":
            raise ImportError("no weasyprint")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    r = rome("status", "BDI", "--brief", str(tmp_path / "b.pdf"))
    assert r.code == 2 and "romestatute[pdf]" in r.err and len(r.err.strip().splitlines()) == 1
    assert not (tmp_path / "b.pdf").exists()


def test_pdf_bytes_do_not_depend_on_the_clock(weasyprint, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Two renders in different seconds give the same bytes (fontTools stamps font subsets with the time unless
    SOURCE_DATE_EPOCH is set); a user's own SOURCE_DATE_EPOCH is left as it was."""
    import time

    from romestatute.briefs import pdf

    answer = status("BDI", "2017-01-01")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = pdf("status", answer)
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)  # 2033: another second, surely
    assert pdf("status", answer) == first
    assert "SOURCE_DATE_EPOCH" not in os.environ
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdf("status", answer)
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
