"""Briefs: every footnote resolves to an article or a fact of the answer; two runs give the same bytes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from romestatute.briefs import brief, build

REPORT = ("17 November 2016\nRussia withdraws from the International Criminal Court after Russian strikes on "
          "Aleppo; Burundi and South Africa have also notified their withdrawal.")
TODAY = "2026-01-01"

#: One question of each kind, as a user would type it (the brief is written by the same command).
QUESTIONS: dict[str, list[str]] = {
    "status": ["status", "Burundi", "--on", "2017-01-01"],
    "jurisdiction": ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "RUS",
                     "--from", "2016-09-01", "--to", "2016-12-31", "--as-of", "2016-11-17",
                     "--assume", "SYR:declaration_12_3:2011-03-15"],
    "obligation": ["obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-03"],
    "read": ["read", "REPORT", "--today", TODAY],
    "diff": ["diff", "2016-01-01", "2019-12-31"],
}


def args_for(kind: str, tmp_path: Path) -> list[str]:
    args = list(QUESTIONS[kind])
    if kind == "read":
        report = tmp_path / "report.txt"
        report.write_text(REPORT, encoding="utf-8")
        args[1] = str(report)
    return args


def objects(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from objects(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from objects(v)


def resolves(note: Any, answer: dict[str, Any]) -> bool:
    """An article footnote names an article the answer cites; a fact footnote is a sourced fact of the answer."""
    if note.kind == "article":
        return any(o.get("article") == note.key[0] for o in objects(answer))
    date, what, url, document, confidence = note.key
    for o in objects(answer):
        src = o.get("source")
        if not isinstance(src, dict):
            continue
        if (str(src.get("url") or ""), str(src.get("document") or "")) != (url, document):
            continue
        if str(o.get("date") or "") == date and what in {str(o.get(k) or "").strip() for k in
                                                         ("fact", "meaning", "event", "name", "person", "summary")}:
            return str(src.get("confidence") or "not stated") == confidence
    return False


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    from click.testing import CliRunner

    from romestatute.cli.main import cli

    tmp = tmp_path_factory.mktemp("answers")
    out = {}
    for kind in QUESTIONS:
        run = CliRunner().invoke(cli, args_for(kind, tmp) + ["--json"])
        assert run.exit_code == 0, run.output
        out[kind] = json.loads(run.stdout)
    return out


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_every_footnote_resolves_to_an_article_or_a_fact_of_the_answer(kind: str, answers) -> None:
    answer = answers[kind]
    b = build(kind, answer)
    assert b.footnotes, "a brief without a single footnote cites nothing"
    assert [n.number for n in b.footnotes] == list(range(1, len(b.footnotes) + 1))
    unresolved = [n.text for n in b.footnotes if not resolves(n, answer)]
    assert unresolved == []
    cited = {o["article"] for o in objects(answer) if isinstance(o.get("article"), str)
             and (isinstance(o.get("explanation"), str) or isinstance(o.get("meaning"), str))}
    assert cited == {n.key[0] for n in b.footnotes if n.kind == "article"}  # and every article of the trace has one


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_markdown_and_html_footnotes_are_each_cited_and_defined(kind: str, answers) -> None:
    md = brief(kind, answers[kind], "md")
    body, _, notes = md.partition("\n[^1]: ")
    defined = {1} | {int(n) for n in re.findall(r"^\[\^(\d+)\]: ", notes, re.M)}
    cited = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", body)}
    assert cited == defined
    page = brief(kind, answers[kind], "html")
    targets = {int(n) for n in re.findall(r'<li id="fn-(\d+)"', page)}
    links = {int(n) for n in re.findall(r'href="#fn-(\d+)"', page)}
    assert targets == links == defined


def test_the_brief_says_the_question_the_answer_the_data_date_and_the_version(answers) -> None:
    from romestatute import __version__
    from romestatute.facts.load import facts

    md = brief("jurisdiction", answers["jurisdiction"], "md")
    assert "**What-if:**" in md and "SYR:declaration_12_3:2011-03-15" in md  # the what-if is marked
    assert "Outcome (art12 preconditions): YES" in md
    assert f"Data checked on {facts().checked_on.isoformat()}" in md and f"romestatute {__version__}" in md
    assert "## Contested readings applied" in brief("obligation", answers["obligation"], "md")
    assert "Confidence: hypothetical" in md  # the what-if's own footnote says it is not a fact of the record


def test_html_is_self_contained_with_an_a4_print_stylesheet_and_no_script(answers) -> None:
    page = brief("diff", answers["diff"], "html")
    assert "<script" not in page.lower() and not re.search(r"<[^>]+\son[a-z]+=", page)
    assert "@page { size: A4;" in page and "@media print" in page
    assert not re.search(r'<(link|img|iframe)\b', page)  # nothing loaded from elsewhere
    assert page.count("<style>") == 1


@pytest.mark.parametrize("kind", list(QUESTIONS))
@pytest.mark.parametrize("ext", ["md", "html"])
def test_two_runs_give_identical_files(kind: str, ext: str, rome, tmp_path: Path) -> None:
    first, second = tmp_path / f"one.{ext}", tmp_path / f"two.{ext}"
    for target in (first, second):
        r = rome(*args_for(kind, tmp_path), "--brief", str(target))
        assert r.code == 0, r.err
        assert f"brief written to {target}" in r.err
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size > 500


def test_brief_with_json_keeps_stdout_the_json(rome, tmp_path: Path) -> None:
    target = tmp_path / "b.md"
    r = rome("status", "BDI", "--on", "2017-01-01", "--json", "--brief", str(target))
    assert json.loads(r.out)["status"] == "party" and target.exists()


@pytest.mark.parametrize("name", ["brief.txt", "brief.docx", "brief"])
def test_unknown_brief_format_is_one_line_exit_2_before_any_work(name: str, rome, tmp_path: Path) -> None:
    r = rome("diff", "2016-01-01", "2019-12-31", "--brief", str(tmp_path / name))
    assert r.code == 2 and r.out == "" and len(r.err.strip().splitlines()) == 1
    assert "brief:" in r.err and ".md, .html or .pdf" in r.err
    assert not (tmp_path / name).exists()


def test_unwritable_brief_is_one_line_exit_2(rome, tmp_path: Path) -> None:
    r = rome("status", "BDI", "--brief", str(tmp_path / "missing" / "b.md"))
    assert r.code == 2 and "cannot write" in r.err and "Traceback" not in r.err


def test_the_resolver_refuses_a_footnote_from_another_answer(answers) -> None:
    notes = build("diff", answers["diff"]).footnotes
    foreign = [n for n in notes if not resolves(n, answers["status"])]
    assert any(n.kind == "article" for n in foreign) and any(n.kind == "fact" for n in foreign)


def test_a_hostile_report_is_quoted_not_run(rome, tmp_path: Path) -> None:
    report = tmp_path / "hostile.txt"
    report.write_text("17 November 2016 <script>alert(1)</script> [^1]: forged note. Burundi withdraws from the ICC.",
                      encoding="utf-8")
    for ext in ("md", "html"):
        target = tmp_path / f"b.{ext}"
        assert rome("read", str(report), "--today", TODAY, "--brief", str(target)).code == 0
        text = target.read_text(encoding="utf-8")
        assert "<script>" not in text
        assert "forged note" in text  # quoted, escaped, not dropped
        assert "\n[^1]: forged" not in text


def test_a_french_report_gives_a_brief_whose_notes_resolve(tmp_path: Path) -> None:
    from romestatute.read import read

    text = ("Bujumbura, le 27 octobre 2016. Le Burundi a notifié au Secrétaire général de l'ONU son retrait "
            "du Statut de Rome de la Cour pénale internationale.")
    answer = json.loads(json.dumps(read(text, today=TODAY)))
    b = build("read", answer)
    assert all(resolves(n, answer) for n in b.footnotes) and b.footnotes
    md = brief("read", answer, "md")
    assert "Secrétaire général" in md and "2016-10-27" in md
