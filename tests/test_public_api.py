"""The public API is a short, explicit list, and every face returns the same schema."""

from __future__ import annotations

import json

from click.testing import CliRunner

import romestatute
from romestatute.cli.main import cli


def test_all_names_are_exported_and_sorted() -> None:
    import inspect

    import romestatute.read  # noqa: F401  (the package of the same name replaces the function; still callable)

    defined = [n for n, v in vars(romestatute).items() if not n.startswith("_") and (
               inspect.isfunction(v) and v.__module__ == "romestatute" or n == "read" and callable(v))]
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


def test_every_query_of_the_cli_and_the_api_is_exported() -> None:
    for name in ("status", "statuses", "parties", "timeline", "jurisdiction", "obligation", "obligation_map",
                 "situations", "situation", "warrants", "read", "annotate", "schema", "diff", "brief"):
        assert name in romestatute.__all__ and callable(getattr(romestatute, name)), name


def test_jurisdiction_takes_keywords_as_well_as_the_mapping() -> None:
    mapping = {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["RUS"], "from": "2014-02-20",
               "to": "2025-06-30", "as_of": "2025-06-30"}
    by_keywords = romestatute.jurisdiction(crimes=["war_crimes"], territory="UKR", nationality=["RUS"],
                                           from_="2014-02-20", to="2025-06-30", as_of="2025-06-30")
    assert by_keywords == romestatute.jurisdiction(mapping)
    assert by_keywords["outcome"] == "yes"
    later = romestatute.jurisdiction(mapping, as_of="2014-03-01")  # a keyword replaces the mapping's key
    assert later["query"]["as_of"] == "2014-03-01" and mapping["as_of"] == "2025-06-30"


def test_python_answers_equal_the_cli_s() -> None:
    for args, answer in ((["situation", "darfur", "--json"], romestatute.situation("darfur")),
                         (["warrants", "--status", "at_large", "--json"], romestatute.warrants("at_large")),
                         (["obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-03", "--json"],
                          romestatute.obligation("Putin", "MNG", "2024-09-03"))):
        out = CliRunner().invoke(cli, args)
        assert out.exit_code == 0, out.output
        assert json.loads(out.output) == json.loads(json.dumps(answer)), args


def test_read_is_callable_before_and_after_its_package_is_imported() -> None:
    import romestatute.read

    text = "The Hague, 20 November 2016. Russia withdraws from the International Criminal Court."
    assert romestatute.read(text) == romestatute.read.read(text)
    assert romestatute.read(text, "2016-11-20")["date"]["value"] == "2016-11-20"


def test_statuses_is_a_fresh_copy_each_time() -> None:
    first = romestatute.statuses("2016-11-17")
    first["statuses"]["NLD"] = "former_party"
    assert romestatute.statuses("2016-11-17")["statuses"]["NLD"] == "party"
    assert romestatute.statuses("2016-11-17")["count"] == romestatute.parties("2016-11-17")["count"]


def test_cli_json_equals_python_api_for_diff_and_the_brief_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = CliRunner().invoke(cli, ["diff", "2016-01-01", "2019-12-31", "--json", "--brief", str(tmp_path / "b.md")])
    assert out.exit_code == 0, out.output
    api = romestatute.diff("2016-01-01", "2019-12-31")
    assert json.loads(out.stdout) == json.loads(json.dumps(api)) and api["schema"] == "romestatute.diff/1"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == romestatute.brief("diff", api)
