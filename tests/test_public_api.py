"""The public API is a short, explicit list, and every face returns the same schema."""

from __future__ import annotations

import json

from click.testing import CliRunner

import romestatute
from romestatute.cli.main import cli


def test_all_names_are_exported_and_sorted() -> None:
    import inspect

    defined = [n for n, v in vars(romestatute).items()
               if inspect.isfunction(v) and v.__module__ == "romestatute" and not n.startswith("_")]
    assert romestatute.__all__ == sorted(["__version__", *defined], key=str.casefold)


def test_cli_json_equals_python_api_for_jurisdiction() -> None:
    args = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "RUS",
            "--from", "2016-09-01", "--to", "2016-12-31", "--as-of", "2016-11-17", "--json"]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    api = romestatute.jurisdiction({"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"],
                                    "from": "2016-09-01", "to": "2016-12-31", "as_of": "2016-11-17"})
    assert json.loads(out.output) == json.loads(json.dumps(api))
    assert api["schema"] == "romestatute.finding/1"


def test_articles_index_lists_rules_for_cited_articles() -> None:
    out = CliRunner().invoke(cli, ["articles", "127", "--json"])
    assert out.exit_code == 0, out.output
    art = json.loads(out.output)["articles"][0]
    assert art["id"] == "art-127"
    assert any(r["article"] == "127(1)" for r in art["rules"])


def test_every_registered_rule_cites_an_article_in_the_index() -> None:
    from romestatute.cli.articles import _load_rules
    from romestatute.law import articles
    from romestatute.law.registry import RULES

    _load_rules()
    assert RULES
    missing = [r.article for r in RULES if articles.article(r.article) is None]
    assert missing == []


def test_cli_json_equals_python_api_for_diff_and_the_brief_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = CliRunner().invoke(cli, ["diff", "2016-01-01", "2019-12-31", "--json", "--brief", str(tmp_path / "b.md")])
    assert out.exit_code == 0, out.output
    api = romestatute.diff("2016-01-01", "2019-12-31")
    assert json.loads(out.stdout) == json.loads(json.dumps(api)) and api["schema"] == "romestatute.diff/1"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == romestatute.brief("diff", api)
