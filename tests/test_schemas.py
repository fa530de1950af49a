"""Every answer, from every face (CLI ``--json``, HTTP API, Python API), conforms to its published JSON Schema,
and the published files are the ones the one definition (``romestatute.model.answers``) writes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import pytest
from click.testing import CliRunner

import romestatute as rs
from romestatute.cli.main import cli
from romestatute.model import answers
from romestatute.model.vocab import Outcome, Status, Trigger

jsonschema = pytest.importorskip("jsonschema")

SAMPLE = ("The Hague, 20 November 2016. Russia withdraws from the International Criminal Court, weeks after "
          "Burundi said it would leave. Russian air strikes on Aleppo in Syria went on this month.")
ALEPPO = {"crimes": ["war_crimes"], "territory": ["SYR"], "nationality": ["RUS"], "from": "2016-09-01",
          "to": "2016-12-31", "as_of": "2016-11-17"}


def check(answer: Any) -> str:
    """Validate ``answer`` against the schema it names; the schema id."""
    assert isinstance(answer, dict) and "schema" in answer, answer
    sid = answer["schema"]
    assert sid in answers.ANSWERS, (f"{sid} has no definition: add its TypedDict to romestatute/model/answers.py "
                                    "(ANSWERS) and run scripts/schemas.py")
    validator = jsonschema.Draft202012Validator(rs.schema(sid))
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(answer)]
    assert problems == [], f"{sid}: " + "; ".join(problems[:5])
    return sid


def test_published_files_are_up_to_date(repo_script: Callable[[str], Any]) -> None:
    script = repo_script("scripts/schemas.py")
    assert script.stale() == [], "run: python scripts/schemas.py"


def test_the_published_files_are_in_the_package() -> None:
    for sid in answers.ANSWERS:
        published = rs.schema(sid)
        assert published["title"] == sid
        assert published["properties"]["schema"]["const"] == sid
        jsonschema.Draft202012Validator.check_schema(published)
    assert rs.schema("finding")["title"] == "romestatute.finding/1"  # the latest version by its bare name


def test_an_unknown_schema_is_refused_by_name() -> None:
    from romestatute.model.errors import BadValue

    with pytest.raises(BadValue, match="unknown schema 'verdict'"):
        rs.schema("verdict")


def test_a_wrong_type_in_a_declared_key_fails_and_an_extra_key_passes() -> None:
    answer = json.loads(json.dumps(rs.parties("2016-11-17")))
    answer["extra_key_added_later"] = {"any": "thing"}
    check(answer)
    answer["count"] = "124"
    with pytest.raises(AssertionError, match="count"):
        check(answer)


def test_the_vocabulary_in_the_types_is_the_engine_s() -> None:
    assert set(get_args(answers.StatusName)) == {s.value for s in Status}
    assert set(get_args(answers.OutcomeName)) == {o.value for o in Outcome}
    assert set(get_args(answers.TriggerName)) == {t.value for t in Trigger}


PYTHON = {
    "status": lambda: rs.status("BDI", "2017-11-01"),
    "status_pending": lambda: rs.status("BDI", "2017-01-01"),
    "statuses": lambda: rs.statuses("2016-11-17"),
    "parties": lambda: rs.parties("2016-11-17"),
    "timeline": lambda: rs.timeline("CIV"),
    "jurisdiction": lambda: rs.jurisdiction(ALEPPO),
    "jurisdiction_whatif": lambda: rs.jurisdiction(ALEPPO, assume=["SYR:declaration_12_3:2011-03-15"]),
    "jurisdiction_unsc": lambda: rs.jurisdiction(crimes=["genocide"], territory=["SDN"], from_="2003-07-01",
                                                 trigger="unsc_referral", resolution="1593", as_of="2005-04-01"),
    "situations": rs.situations,
    "situation": lambda: rs.situation("darfur"),
    "warrants": lambda: rs.warrants("at_large"),
    "obligation": lambda: rs.obligation("Putin", "MNG", "2024-09-03"),
    "obligation_map": lambda: rs.obligation_map("Putin", "2024-09-03"),
    "read": lambda: rs.read(SAMPLE),
    "diff": lambda: rs.diff("2016-01-01", "2019-12-31"),
    "diff_as_of": lambda: rs.diff("2016-01-01", "2019-12-31", "2016-11-01"),
}


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_python_answers_conform(name: str) -> None:
    check(PYTHON[name]())


CLI = {
    "status": ["status", "BDI", "--on", "2017-11-01"],
    "parties": ["parties", "--on", "2016-11-17", "--format", "json"],
    "timeline": ["timeline", "CIV"],
    "jurisdiction": ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "RUS",
                     "--from", "2016-09-01", "--to", "2016-12-31", "--as-of", "2016-11-17"],
    "situations": ["situations"],
    "situation": ["situation", "darfur"],
    "warrants": ["warrants"],
    "obligation": ["obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-03"],
    "obligation_map": ["obligation", "--person", "Putin", "--on", "2024-09-03", "--map"],
    "articles": ["articles", "12"],
    "diff": ["diff", "2016-01-01", "2019-12-31"],
}


@pytest.mark.parametrize("name", sorted(CLI))
def test_cli_answers_conform(name: str) -> None:
    args = CLI[name] + ([] if "--format" in CLI[name] else ["--json"])
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    check(json.loads(out.output))


def test_cli_read_conforms(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["read", str(report), "--json"])
    assert out.exit_code == 0, out.output
    assert check(json.loads(out.output)) == "romestatute.reading/2"


API = {
    "status": "/api/status/BDI?on=2017-11-01",
    "status_query": "/api/status?state=BDI&on=2017-11-01",
    "statuses": "/api/statuses?on=2016-11-17",
    "parties": "/api/parties?on=2016-11-17",
    "timeline": "/api/timeline/CIV",
    "jurisdiction": "/api/jurisdiction?crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01"
                    "&to=2016-12-31&as_of=2016-11-17",
    "situations": "/api/situations",
    "situation": "/api/situations/darfur",
    "warrants": "/api/warrants?status=at_large",
    "obligation": "/api/obligation?person=Putin&state=MNG&on=2024-09-03",
    "obligation_map": "/api/obligation/map?person=Putin&on=2024-09-03",
    "diff": "/api/diff?from=2016-01-01&to=2019-12-31",
}


@pytest.fixture(scope="module")
def client() -> Any:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


@pytest.mark.parametrize("name", sorted(API))
def test_api_answers_conform(client: Any, name: str) -> None:
    r = client.get(API[name])
    assert r.status_code == 200, r.text
    check(r.json())


def test_api_post_answers_conform(client: Any) -> None:
    assert check(client.post("/api/jurisdiction", json=ALEPPO).json()) == "romestatute.finding/1"
    assert check(client.post("/api/read", json={"text": SAMPLE}).json()) == "romestatute.reading/2"


def test_api_spec_uses_the_same_definitions(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    ok = spec["paths"]["/api/jurisdiction"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Finding"}
    published = rs.schema("romestatute.finding/1")
    assert spec["components"]["schemas"]["Finding"]["required"] == published["required"]
