"""The command line as a whole: help for every option, `rome statuses`, `rome crimes`, conflicting flags,
and values too long to echo."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click
import pytest

from romestatute.cli.main import cli
from romestatute.queries.conduct import crime_list


def _commands(cmd: click.Command, path: str) -> list[tuple[str, click.Command]]:
    out = [(path, cmd)]
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            out += _commands(sub, f"{path} {name}")
    return out


COMMANDS = _commands(cli, "rome")


def test_the_walk_reaches_every_command() -> None:
    names = {p for p, _ in COMMANDS}
    assert {"rome status", "rome statuses", "rome parties", "rome crimes", "rome jurisdiction", "rome serve",
            "rome data check", "rome articles"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_and_option_has_help(path: str, command: click.Command) -> None:
    assert (command.help or "").strip(), f"{path} has no help"
    bare = [o.opts for o in command.params if isinstance(o, click.Option) and not o.hidden and not (o.help or "").strip()]
    assert not bare, f"{path}: options without help: {bare}"


def one_error_line(run: Any) -> str:
    assert run.code == 2, (run.code, run.out, run.err)
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rome: error: "), run.err
    return lines[0]


# -- rome statuses ----------------------------------------------------------------------------------------

def test_statuses_json_is_the_api_answer(rome: Any) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    api = TestClient(create_app())
    for args, query in ((["--on", "2016-11-17"], "on=2016-11-17"),
                        (["--on", "2017-10-27", "--status", "former_party,signature_withdrawn"],
                         "on=2017-10-27&status=former_party,signature_withdrawn")):
        cli_answer = rome("statuses", *args, "--json").json()
        assert cli_answer == api.get(f"/api/statuses?{query}").json()
        assert cli_answer == rome("statuses", *args, "--format", "json").json()


def test_which_states_left_the_court_the_day_before_and_the_day_burundi_left(rome: Any) -> None:
    before = rome("statuses", "--on", "2017-10-26", "--status", "former_party", "--json").json()
    on = rome("statuses", "--on", "2017-10-27", "--status", "former_party", "--json").json()
    assert before["statuses"] == {}
    assert on["statuses"] == {"BDI": "former_party"}
    # the counts are those of every state, the filter only narrows the list
    assert on["counts"]["former_party"] == 1 and on["count"] == before["count"] - 1
    pending = rome("statuses", "--on", "2017-10-26", "--status", "party", "--json").json()
    assert pending["withdrawal_pending"]["BDI"] == "2017-10-27"


def test_statuses_repeatable_status_and_table_and_csv(rome: Any) -> None:
    a = rome("statuses", "--on", "2025-01-01", "--status", "former_party", "--status", "signature_withdrawn", "--json")
    b = rome("statuses", "--on", "2025-01-01", "--status", "former_party,signature_withdrawn", "--json")
    assert a.json() == b.json()
    assert set(a.json()["statuses"].values()) == {"former_party", "signature_withdrawn"}
    rows = list(csv.DictReader(io.StringIO(rome("statuses", "--on", "2025-01-01", "--status", "former_party",
                                                "--format", "csv").out)))
    assert [(r["state"], r["status"]) for r in rows] == [("BDI", "former_party"), ("PHL", "former_party")]
    text = rome("statuses", "--on", "2025-01-01", "--status", "former_party").out
    assert "Burundi" in text and "Philippines" in text and "2 states with status former_party" in text
    one = rome("statuses", "--on", "2018-01-01", "--status", "former_party").out
    assert one.startswith("1 state with status former_party on 2018-01-01") and "Burundi" in one
    une = rome("--lang", "fr", "statuses", "--on", "2018-01-01", "--status", "former_party").out
    assert une.startswith("1 État ayant pour statut")


def test_statuses_without_a_filter_lists_every_state(rome: Any) -> None:
    every = rome("statuses", "--on", "2002-07-01", "--json").json()
    assert len(every["statuses"]) == sum(every["counts"].values())
    assert every["count"] == list(every["statuses"].values()).count("party")


@pytest.mark.parametrize("args, says", [
    (["--status", "left"], "status: 'left' is not one of party"),
    (["--on", "2016-13-01"], "on"),
    (["--format", "xml"], "--format"),
])
def test_statuses_bad_input(rome: Any, args: list[str], says: str) -> None:
    assert says in one_error_line(rome("statuses", *args))


# -- conflicting flags ------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["parties"], ["statuses"]])
def test_json_with_another_format_is_refused(rome: Any, command: list[str]) -> None:
    line = one_error_line(rome(*command, "--format", "csv", "--json"))
    assert "--json" in line and "--format csv" in line
    assert rome(*command, "--format", "json", "--json").code == 0  # the same output twice is no conflict


def test_parties_csv_alone_still_works(rome: Any) -> None:
    run = rome("parties", "--on", "2016-11-17", "--format", "csv")
    assert run.code == 0 and len(run.out.splitlines()) == 1 + 124


# -- rome crimes ------------------------------------------------------------------------------------------

def test_crimes_lists_every_key_the_engine_takes(rome: Any) -> None:
    listed = rome("crimes", "--json").json()
    keys = [c["key"] for c in listed["crimes"]]
    assert keys == crime_list()
    assert keys[:4] == ["genocide", "crimes_against_humanity", "war_crimes", "aggression"]
    starvation = next(c for c in listed["crimes"] if c["key"] == "war_crimes:starvation_niac")
    assert starvation["article"] == "8(2)(e)(xix)" and starvation["amendment"]["entry_into_force"] == "121(5)"
    assert "war_crimes:starvation_niac" in rome("crimes").out
    for key in keys:  # every key listed is one the jurisdiction question accepts
        run = rome("jurisdiction", "--crime", key, "--territory", "UKR", "--from", "2023-01-01", "--as-of",
                   "2025-01-01", "--json")
        assert run.code == 0, (key, run.err)


def test_a_bad_crime_key_lists_the_keys(rome: Any) -> None:
    line = one_error_line(rome("jurisdiction", "--crime", "starvation", "--territory", "UKR", "--from", "2023-01-01"))
    assert "did you mean war_crimes:starvation_niac?" in line
    assert all(k in line for k in crime_list())


def test_jurisdiction_help_points_to_the_crime_keys(rome: Any) -> None:
    out = rome("jurisdiction", "--help").out
    assert "rome crimes" in out and "war_crimes:starvation_niac" in out


# -- long values --------------------------------------------------------------------------------------------

HUGE = "A" * 100_000


@pytest.mark.parametrize("args", [
    ["status", HUGE],
    ["status", "RUS", "--on", HUGE],
    ["parties", "--format", HUGE],
    ["statuses", "--status", HUGE],
    ["jurisdiction", "--crime", HUGE[:150], "--territory", "UKR", "--from", "2023-01-01"],
    ["obligation", "--person", HUGE, "--state", "MNG"],
    ["situation", HUGE],
    ["articles", HUGE],
])
def test_a_huge_value_is_never_echoed_whole(rome: Any, args: list[str]) -> None:
    line = one_error_line(rome(*args))
    assert len(line) < 1200, len(line)
    assert "A" * 80 + "…" in line and "characters)" in line


def test_a_short_value_is_quoted_whole(rome: Any) -> None:
    line = one_error_line(rome("status", "Atlantisland"))
    assert "'Atlantisland'" in line and "characters)" not in line


def test_api_errors_cut_long_values_too() -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    api = TestClient(create_app())
    r = api.get("/api/status/RUS", params={"on": "9" * 900})  # under the guard's 1,000-character limit
    assert r.status_code == 422
    assert len(r.json()["error"]) < 300 and "(900 characters)" in r.json()["error"]
    assert json.loads(r.text)["field"] == "on"
    r = api.get("/api/status/" + "Z" * 900)
    assert r.status_code == 404 and "(900 characters)" in r.json()["error"] and len(r.text) < 400


# -- rome serve ---------------------------------------------------------------------------------------------

def test_serve_on_a_busy_port_is_one_line_and_exit_2(rome: Any) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_error_line(rome("serve", "--port", str(port)))
    assert f"port {port} on 127.0.0.1 is already in use" in line and "--port" in line
