"""The compiled plan kept between runs (``bulk.plan.kept``): the plan ``build`` gives, read back without compiling,
and compiled again when the question, the data or the code change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("numpy")

from romestatute import usercache  # noqa: E402
from romestatute.bulk import plan  # noqa: E402
from romestatute.bulk.compile import referrals  # noqa: E402
from romestatute.model.errors import BadValue  # noqa: E402

QUESTIONS = [(None, None, "any"), (["war_crimes", "aggression"], dt.date(2019, 1, 1), "art12"),
             (("genocide", "crimes_against_humanity"), dt.date(2011, 3, 20), "any")]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(usercache.CACHE_ENV, str(folder))
    return folder


def _no_compiling(*args: object, **kw: object) -> plan.Plan:
    raise AssertionError("compiled again")


@pytest.mark.parametrize(("crimes", "as_of", "route"), QUESTIONS)
def test_the_kept_plan_is_the_plan_built(cache: Path, monkeypatch: pytest.MonkeyPatch, crimes: object,
                                         as_of: dt.date | None, route: str) -> None:
    built = plan.build(crimes, as_of, route)  # type: ignore[arg-type]
    symbols = [r.symbol for r in referrals(built.as_of)] if route == "any" else []
    first = plan.kept(crimes, as_of, route)  # type: ignore[arg-type]
    assert first == (built, symbols)
    monkeypatch.setattr(plan, "build", _no_compiling)
    assert plan.kept(crimes, as_of, route) == (built, symbols)  # type: ignore[arg-type]
    assert len(list(cache.glob("plan-*.json"))) == 1
    if route == "any" and (as_of is None or as_of >= dt.date(2011, 2, 26)):
        assert "S/RES/1970(2011)" in symbols  # the Libya referral, adopted 26 Feb 2011


def test_each_question_has_its_own_plan(cache: Path) -> None:
    plans = [plan.kept(c, a, r)[0] for c, a, r in QUESTIONS]  # type: ignore[arg-type]
    assert len(list(cache.glob("plan-*.json"))) == len(QUESTIONS)
    assert len({(p.crimes, p.as_of, p.route) for p in plans}) == len(QUESTIONS)


def test_edited_data_are_compiled_again(cache: Path, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder with other bytes (here: checked on another day) gets its own plan; the default as-of is today
    in both, and each plan carries its data's check date (a run past it says so)."""
    before = plan.kept()[0]
    assert before.as_of == dt.date.today() and before.checked_on is not None
    amendments = data / "amendments.yaml"
    text = amendments.read_text(encoding="utf-8")
    assert f"checked_on: {before.checked_on.isoformat()}" in text
    monkeypatch.setenv("ROMESTATUTE_DATA", str(data.parent / "edited"))
    edited = data.parent / "edited"
    import shutil

    shutil.copytree(data, edited)
    (edited / "amendments.yaml").write_text(text.replace(f"checked_on: {before.checked_on.isoformat()}",
                                                          "checked_on: 2026-06-30"), encoding="utf-8")
    after = plan.kept()[0]
    assert after.checked_on == dt.date(2026, 6, 30) and after.as_of == before.as_of and after == plan.build()
    assert len(list(cache.glob("plan-*.json"))) == 2


def test_a_refused_question_is_refused_every_time_and_not_kept(cache: Path) -> None:
    for _ in range(2):
        with pytest.raises(BadValue):
            plan.kept(["no_such_crime"])
        with pytest.raises(BadValue, match="route"):
            plan.kept(None, None, "sideways")
    assert not list(cache.glob("plan-*.json"))


def test_a_damaged_kept_plan_is_compiled_again(cache: Path) -> None:
    plan.kept()
    (file,) = cache.glob("plan-*.json")
    file.write_text('{"crimes": ["genocide"]}', encoding="utf-8")  # JSON, but not a plan
    assert plan.kept()[0] == plan.build()


def test_without_a_cache_folder_the_plan_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(usercache.CACHE_ENV, "")
    assert plan.kept()[0] == plan.build()


def test_a_kept_plan_is_never_read_for_other_code(tmp_path: Path) -> None:
    """The key changes with any module's size or time, and with a module added."""
    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "a.py").write_text("x = 1\n")
    (root / "sub" / "b.py").write_text("y = 2\n")
    (root / "c.txt").write_text("not code\n")
    first = usercache.tree(root, ".py")
    assert "a.py:" in first and "sub/b.py:" in first and "c.txt" not in first
    (root / "sub" / "b.py").write_text("y = 22\n")
    second = usercache.tree(root, ".py")
    (root / "sub" / "new.py").write_text("")
    third = usercache.tree(root, ".py")
    assert len({first, second, third}) == 3
