"""Round 24's expert probes: each relevant date of the record on the day before, the day itself and the day after,
asked through the three faces a user has (``rome ... --json`` through click's CliRunner, the ``romestatute`` Python
API, the HTTP API), which must give the same answer, and the answer the Statute gives.

The dates are the record's (``data/treaty_actions.csv``, ``declarations.csv``, ``unsc.yaml``), each with its source
there: Art. 126 (Ukraine, deposit 25 Oct 2024, in force 1 Jan 2025; Armenia, 14 Nov 2023 and 1 Feb 2024), Art. 127
(Burundi leaving on 27 Oct 2017, the Philippines on 17 Mar 2019; the notices South Africa, the Gambia and Hungary
revoked before they took effect), Art. 12(3) declarations reaching back (Palestine from 13 Jun 2014, Ukraine's two,
Côte d'Ivoire from 19 Sep 2002, Armenia from 10 May 2021), Art. 11(2), dual nationals, Art. 26 on every route, the
Council's referrals (Darfur from 1 Jul 2002, Libya from 15 Feb 2011), the vetoed Syria draft and the Art. 16
requests of 2002 and 2003. Every question names its as-of day, so no answer depends on the day the tests run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import romestatute as rs
from romestatute.cli.main import cli
from romestatute.model.errors import RomeError

pytest.importorskip("fastapi")

AS_OF = "2026-12-02"
CLI_FLAGS = {"crimes": "--crime", "territory": "--territory", "nationality": "--nationality", "from": "--from",
             "to": "--to", "age": "--age", "born": "--born", "trigger": "--trigger", "referred_by": "--referred-by",
             "resolution": "--resolution", "trigger_date": "--trigger-date", "assume": "--assume", "as_of": "--as-of"}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


def day(text: str, shift: int) -> str:
    return (dt.date.fromisoformat(text) + dt.timedelta(days=shift)).isoformat()


def cli_args(q: dict[str, Any]) -> list[str]:
    args = ["jurisdiction"]
    for key, value in q.items():
        for v in value if isinstance(value, list) else [value]:
            args += [CLI_FLAGS[key], str(v)]
    return args


def three_faces(client: Any, q: dict[str, Any]) -> dict[str, Any]:
    """The finding for ``q`` from the CLI's --json, the Python API and GET /api/jurisdiction, checked equal."""
    q = {"as_of": AS_OF, **q}
    run = CliRunner().invoke(cli, [*cli_args(q), "--json"])
    assert run.exit_code == 0, run.output
    by_cli = json.loads(run.stdout)
    by_python = json.loads(json.dumps(rs.jurisdiction(q)))
    response = client.get("/api/jurisdiction?" + urlencode(q, doseq=True))
    assert response.status_code == 200, response.text
    assert by_cli == by_python == response.json()
    return by_cli


def bases(finding: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """Each window as (first day, last day, its bases as STATE:via or ARTICLE:via)."""
    return [(w["from"], w["to"], sorted(f"{b['state']}:{b['via']}" if b["state"] else f"{b['article']}:{b['via']}"
                                        for b in w["bases"])) for w in finding["windows"]]


def one_day(basis: str | None, on: str) -> list[tuple[str, str, list[str]]]:
    return [(on, on, [basis])] if basis else []


# (label, query without its day, the relevant date, basis on the day before / the day / the day after; None: no)
AROUND: list[tuple[str, dict[str, Any], str, tuple[str | None, str | None, str | None]]] = [
    ("126 Ukraine's territory", {"territory": ["UKR"]}, "2025-01-01",
     ("UKR:declaration_12_3", "UKR:party", "UKR:party")),
    ("126 a Ukrainian abroad (its declarations are territorial)",
     {"territory": ["RUS"], "nationality": ["UKR"], "crimes": ["crimes_against_humanity"]}, "2025-01-01",
     (None, "UKR:party", "UKR:party")),
    ("126 Armenia's territory", {"territory": ["ARM"]}, "2024-02-01",
     ("ARM:declaration_12_3", "ARM:party", "ARM:party")),
    # the declaration's text was not found: abroad, it reaches an Armenian national on a reading of unknown scope
    ("12(3) an Armenian abroad from 10 May 2021", {"territory": ["AZE"], "nationality": ["ARM"]}, "2021-05-10",
     (None, "ARM:declaration_12_3_scope_unknown", "ARM:declaration_12_3_scope_unknown")),
    ("127 Burundi's territory", {"territory": ["BDI"]}, "2017-10-27", ("BDI:party", None, None)),
    ("127 a Burundian in a non-party", {"territory": ["RUS"], "nationality": ["BDI"]}, "2017-10-27",
     ("BDI:party", None, None)),
    ("127 the Philippines' territory", {"territory": ["PHL"], "crimes": ["crimes_against_humanity"]}, "2019-03-17",
     ("PHL:party", None, None)),
    ("127 Hungary's notice, revoked before 2 June 2026", {"territory": ["HUN"]}, "2026-06-02",
     ("HUN:party", "HUN:party", "HUN:party")),
    ("127 South Africa's notice, revoked", {"territory": ["ZAF"]}, "2017-10-19", ("ZAF:party",) * 3),
    ("127 the Gambia's notice, revoked", {"territory": ["GMB"]}, "2017-11-10", ("GMB:party",) * 3),
    ("12(3) Palestine from 13 June 2014", {"territory": ["PSE"]}, "2014-06-13",
     (None, "PSE:declaration_12_3", "PSE:declaration_12_3")),
    ("126 Palestine a party from 1 April 2015", {"territory": ["PSE"]}, "2015-04-01",
     ("PSE:declaration_12_3", "PSE:party", "PSE:party")),
    ("12(3) Ukraine's first declaration from 21 November 2013", {"territory": ["UKR"]}, "2013-11-21",
     (None, "UKR:declaration_12_3", "UKR:declaration_12_3")),
    ("12(3) Ukraine's first declaration ends 22 February 2014, the second runs on", {"territory": ["UKR"]},
     "2014-02-22", ("UKR:declaration_12_3",) * 3),
    ("12(3) Côte d'Ivoire from 19 September 2002", {"territory": ["CIV"]}, "2002-09-19",
     (None, "CIV:declaration_12_3", "CIV:declaration_12_3")),
    ("126 Côte d'Ivoire a party from 1 May 2013", {"territory": ["CIV"]}, "2013-05-01",
     ("CIV:declaration_12_3", "CIV:party", "CIV:party")),
    ("11(2) the Philippines without a declaration", {"territory": ["PHL"]}, "2011-11-01",
     (None, "PHL:party", "PHL:party")),
    ("13(b) Res. 1593 from 1 July 2002", {"territory": ["SDN"], "trigger": "unsc_referral", "resolution": "1593"},
     "2002-07-01", (None, "13(b):unsc_referral", "13(b):unsc_referral")),
    ("13(b) Res. 1970 from 15 February 2011", {"territory": ["LBY"], "trigger": "unsc_referral", "resolution": "1970"},
     "2011-02-15", (None, "13(b):unsc_referral", "13(b):unsc_referral")),
    ("13(b) the vetoed Syria draft refers nothing",
     {"territory": ["SYR"], "trigger": "unsc_referral", "resolution": "S/2014/348"}, "2014-05-22", (None,) * 3),
    ("26 the eighteenth birthday on Art. 12", {"territory": ["UKR"], "born": "2004-06-01"}, "2022-06-01",
     (None, "UKR:declaration_12_3", "UKR:declaration_12_3")),
    ("26 the eighteenth birthday on a Council referral",
     {"territory": ["SDN"], "born": "2004-06-01", "trigger": "unsc_referral", "resolution": "1593"}, "2022-06-01",
     (None, "13(b):unsc_referral", "13(b):unsc_referral")),
]


@pytest.mark.parametrize(("label", "query", "date", "expected"), AROUND, ids=[a[0] for a in AROUND])
def test_the_day_before_the_day_and_the_day_after(client: Any, label: str, query: dict[str, Any], date: str,
                                                  expected: tuple[str | None, ...]) -> None:
    for shift, basis in zip((-1, 0, 1), expected, strict=True):
        on = day(date, shift)
        f = three_faces(client, {"crimes": ["war_crimes"], **query, "from": on})
        assert f["outcome"] == ("yes" if basis else "no"), (label, on, f["outcome"])
        assert bases(f) == one_day(basis, on), (label, on)


@pytest.mark.parametrize(("state", "date", "before", "after"), [
    ("UKR", "2025-01-01", "ratified_not_in_force", "party"),
    ("UKR", "2024-10-25", "signatory", "ratified_not_in_force"),
    ("ARM", "2024-02-01", "ratified_not_in_force", "party"),
    ("ARM", "2023-11-14", "signatory", "ratified_not_in_force"),
    ("BDI", "2017-10-27", "party", "former_party"),
    ("PHL", "2019-03-17", "party", "former_party"),
    ("HUN", "2026-06-02", "party", "party"),
    ("ZAF", "2017-10-19", "party", "party"),
    ("GMB", "2017-11-10", "party", "party"),
])
def test_a_state_s_status_turns_on_the_day_itself_on_every_face(client: Any, state: str, date: str, before: str,
                                                                after: str) -> None:
    for shift, want in ((-1, before), (0, after), (1, after)):
        on = day(date, shift)
        run = CliRunner().invoke(cli, ["status", state, "--on", on, "--json"])
        assert run.exit_code == 0, run.output
        by_cli = json.loads(run.stdout)
        response = client.get(f"/api/status/{state}?on={on}")
        assert by_cli == json.loads(json.dumps(rs.status(state, on))) == response.json()
        assert by_cli["status"] == want, (state, on)


def test_a_range_crossing_a_withdrawal_keeps_the_days_while_a_party(client: Any) -> None:
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["BDI"], "from": "2017-10-01", "to": "2017-11-30"})
    assert f["outcome"] == "partial"
    assert bases(f) == [("2017-10-01", "2017-10-26", ["BDI:party"])]
    assert any(r["article"] == "127(2)" and r["holds"] for r in f["reasons"])


def test_a_range_crossing_an_entry_into_force_starts_on_its_first_day(client: Any) -> None:
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["PHL"], "from": "2011-10-01", "to": "2011-11-30"})
    assert f["outcome"] == "partial" and bases(f) == [("2011-11-01", "2011-11-30", ["PHL:party"])]
    with_declaration = three_faces(client, {"crimes": ["war_crimes"], "territory": ["PHL"], "from": "2011-10-01",
                                            "to": "2011-11-30", "assume": ["PHL:declaration_12_3:2011-10-01"]})
    assert with_declaration["outcome"] == "yes" and with_declaration["hypothetical"]
    assert bases(with_declaration) == [("2011-10-01", "2011-10-31", ["PHL:declaration_12_3"]),
                                       ("2011-11-01", "2011-11-30", ["PHL:party"])]


def test_ukraine_s_declarations_and_membership_chain_without_a_gap(client: Any) -> None:
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["UKR"], "from": "2013-11-20", "to": "2025-01-02"})
    assert f["outcome"] == "partial"  # 20 November 2013 is the day before the first declaration's period
    assert bases(f) == [("2013-11-21", "2024-12-31", ["UKR:declaration_12_3"]),
                        ("2025-01-01", "2025-01-02", ["UKR:party"])]


@pytest.mark.parametrize(("as_of", "outcome"), [("2015-09-07", "no"), ("2015-09-08", "yes"), ("2015-09-09", "yes")])
def test_ukraine_s_second_declaration_counts_from_the_day_it_was_lodged(client: Any, as_of: str, outcome: str) -> None:
    """Conduct in Crimea on 1 March 2014 is after the first declaration's period; only the second reaches it."""
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["UKR"], "from": "2014-03-01", "as_of": as_of})
    assert f["outcome"] == outcome


@pytest.mark.parametrize(("state", "conduct", "revoked"), [("HUN", "2026-06-02", "2026-05-29"),
                                                          ("ZAF", "2017-10-19", "2017-03-07"),
                                                          ("GMB", "2017-11-10", "2017-02-10")])
def test_a_revoked_notice_counts_until_the_day_of_its_revocation(client: Any, state: str, conduct: str,
                                                                 revoked: str) -> None:
    """As the record stood the day before the revocation, the notice would have taken effect: conduct on that day
    was outside (Art. 127(1)); from the revocation on, the state stays a party."""
    got = [three_faces(client, {"crimes": ["war_crimes"], "territory": [state], "from": conduct,
                                "as_of": day(revoked, s)})["outcome"] for s in (-1, 0, 1)]
    assert got == ["no", "yes", "yes"]


@pytest.mark.parametrize(("trigger_date", "outcome"), [("2017-10-26", "yes"), ("2017-10-27", "no")])
def test_burundi_may_refer_only_while_a_party_and_the_routes_say_so(client: Any, trigger_date: str,
                                                                    outcome: str) -> None:
    """Art. 14(1): only a State Party refers; the state-referral route of the answer agrees with its outcome, and
    keeps what a State Party's referral would give (Art. 127(2) keeps conduct while Burundi was a party)."""
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["BDI"], "from": "2016-07-01",
                             "trigger": "state_referral", "referred_by": "BDI", "trigger_date": trigger_date})
    assert f["outcome"] == outcome
    route = f["routes"]["state_referral"]
    assert route["outcome"] == outcome
    if outcome == "no":
        assert route["by_a_party"] == "yes"
        assert "Burundi is not a State Party on 2017-10-27" in route["explanation"]


def test_the_cli_text_says_why_the_named_state_cannot_refer() -> None:
    run = CliRunner().invoke(cli, ["jurisdiction", "--crime", "crimes_against_humanity", "--territory", "PHL",
                                   "--from", "2016-07-01", "--to", "2019-03-16", "--trigger", "state_referral",
                                   "--referred-by", "PHL", "--trigger-date", "2021-09-15", "--as-of", AS_OF])
    assert run.exit_code == 0, run.output
    routes = run.stdout.split("Routes:")[1]
    assert "state referral: no;" in routes and "state referral: yes" not in routes
    assert "The Philippines is not a State Party on 2021-09-15, so it cannot refer the situation" in routes


def test_the_prosecutor_keeps_the_philippines_after_its_withdrawal_but_not_later_conduct(client: Any) -> None:
    """Art. 127(2), as the Pre-Trial Chamber read it in 2021: conduct while a party, an investigation authorised after."""
    while_party = three_faces(client, {"crimes": ["crimes_against_humanity"], "territory": ["PHL"], "from": "2016-07-01",
                                       "to": "2019-03-16", "trigger": "proprio_motu", "trigger_date": "2021-09-15"})
    assert while_party["outcome"] == "yes"
    after = three_faces(client, {"crimes": ["crimes_against_humanity"], "territory": ["BDI"], "from": "2017-10-27",
                                 "trigger": "proprio_motu", "trigger_date": "2017-10-25"})
    assert after["outcome"] == "no"  # authorised two days before the withdrawal; the conduct is after it


def test_the_withdrawal_reading_names_the_duterte_decisions_and_the_view_it_sets_aside(client: Any) -> None:
    """Art. 127(2) is contested: the trace names the reading applied (the 2017 and 2021 Pre-Trial Chambers, and the
    narrower ground of the 2025-2026 Duterte decisions) and the view it sets aside (the 2023 dissent)."""
    f = three_faces(client, {"crimes": ["crimes_against_humanity"], "territory": ["PHL"], "from": "2016-07-01",
                             "to": "2019-03-16", "trigger": "proprio_motu", "trigger_date": "2021-09-15"})
    [kept] = [r for r in f["reasons"] if r["article"] == "127(2)"]
    assert kept["holds"] is True
    assert "ICC-01/21-12" in kept["reading"] and "22 Apr 2026" in kept["reading"]
    assert "under consideration" in kept["reading"]
    assert "18 Jul 2023" in kept["set_aside"] and "dissenting" in kept["set_aside"]
    french = CliRunner().invoke(cli, [*cli_args({"as_of": AS_OF, "crimes": ["crimes_against_humanity"],
                                                 "territory": ["PHL"], "from": "2016-07-01", "to": "2019-03-16"}),
                                      "--lang", "fr"])
    assert french.exit_code == 0, french.output
    assert "thèse écartée\u00a0: qu’une fois le retrait devenu effectif" in french.stdout
    assert "Chambre d’appel (22 avril 2026)" in french.stdout


@pytest.mark.parametrize(("on", "basis"), [("2024-12-31", None), ("2025-01-01", "UKR:party")])
def test_a_dual_national_one_nationality_a_party(client: Any, on: str, basis: str | None) -> None:
    f = three_faces(client, {"crimes": ["crimes_against_humanity"], "territory": ["RUS"], "nationality": ["RUS", "UKR"],
                             "from": on})
    assert bases(f) == one_day(basis, on)


@pytest.mark.parametrize("route", [{}, {"trigger": "proprio_motu"},
                                   {"trigger": "state_referral", "referred_by": "UKR"},
                                   {"trigger": "unsc_referral", "resolution": "1593", "territory": ["SDN"]}])
def test_under_eighteen_bars_every_route(client: Any, route: dict[str, Any]) -> None:
    q = {"crimes": ["war_crimes"], "territory": ["UKR"], "from": "2025-06-01", **route}
    young = three_faces(client, {**q, "age": 17})
    assert young["outcome"] == "no" and young["windows"] == []
    assert {r["outcome"] for r in young["routes"].values()} == {"no"}
    assert three_faces(client, {**q, "age": 18})["outcome"] == "yes"


def test_a_birthday_inside_the_period_starts_the_window(client: Any) -> None:
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["LBY"], "from": "2022-05-01", "to": "2022-07-01",
                             "born": "2004-06-01", "trigger": "unsc_referral", "resolution": "1970"})
    assert f["outcome"] == "partial" and bases(f) == [("2022-06-01", "2022-07-01", ["13(b):unsc_referral"])]


def test_the_python_api_takes_born_as_a_keyword_as_the_cli_and_the_http_api_do() -> None:
    by_keyword = rs.jurisdiction(crimes=["war_crimes"], territory=["UKR"], from_="2022-05-31", born="2004-06-01",
                                 as_of=AS_OF)
    assert by_keyword["outcome"] == "no" and by_keyword["query"]["born"] == "2004-06-01"
    assert rs.jurisdiction(crimes="war_crimes", territory="UKR", from_="2022-06-01", born=dt.date(2004, 6, 1),
                           as_of=AS_OF)["outcome"] == "yes"


@pytest.mark.parametrize(("trigger_date", "deferrals"), [
    ("2002-06-30", []), ("2002-07-01", ["res-1422"]), ("2003-06-30", ["res-1422"]), ("2003-07-01", ["res-1487"]),
    ("2004-06-30", ["res-1487"]), ("2004-07-01", [])])
def test_the_art_16_requests_of_2002_and_2003_on_their_first_and_last_days(client: Any, trigger_date: str,
                                                                           deferrals: list[str]) -> None:
    f = three_faces(client, {"crimes": ["war_crimes"], "territory": ["AFG"], "nationality": ["USA"],
                             "from": "2003-06-01", "trigger": "proprio_motu", "trigger_date": trigger_date})
    assert [d["id"] for d in f["deferrals"]] == deferrals
    assert f["outcome"] == "yes"  # a deferral suspends proceedings; it does not remove jurisdiction


# Bad input: one line and exit 2 on the command line, a RomeError in Python, 4xx JSON naming the field over HTTP.
BAD: list[tuple[str, list[str], dict[str, Any], str, str]] = [
    ("not a day", ["status", "UKR", "--on", "2020-02-30"], {"fn": "status", "args": ("UKR", "2020-02-30")},
     "/api/status/UKR?on=2020-02-30", "on"),
    ("before 1900", ["status", "UKR", "--on", "1899-12-31"], {"fn": "status", "args": ("UKR", "1899-12-31")},
     "/api/status/UKR?on=1899-12-31", "on"),
    ("unknown state", ["status", "Narnia"], {"fn": "status", "args": ("Narnia",)}, "/api/status/Narnia", "state"),
    ("non-UTF-8 state", ["status", "\udcff"], {"fn": "status", "args": ("\udcff",)}, "/api/status/%FF", "state"),
    ("reversed period", ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "2020-05-01",
                         "--to", "2020-04-01"],
     {"fn": "jurisdiction", "q": {"crimes": ["war_crimes"], "territory": ["UKR"], "from": "2020-05-01",
                                  "to": "2020-04-01"}},
     "/api/jurisdiction?crimes=war_crimes&territory=UKR&from=2020-05-01&to=2020-04-01", "to"),
    ("conduct before 1900", ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "1899-12-31"],
     {"fn": "jurisdiction", "q": {"crimes": ["war_crimes"], "territory": ["UKR"], "from": "1899-12-31"}},
     "/api/jurisdiction?crimes=war_crimes&territory=UKR&from=1899-12-31", "from"),
    ("blank nationality", ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--nationality", "",
                           "--from", "2020-01-01"],
     {"fn": "jurisdiction", "q": {"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": [""],
                                  "from": "2020-01-01"}},
     "/api/jurisdiction?crimes=war_crimes&territory=UKR&nationality=&from=2020-01-01", "nationality"),
    ("a blank among the territories", ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR,",
                                       "--from", "2020-01-01"],
     {"fn": "jurisdiction", "q": {"crimes": ["war_crimes"], "territory": "UKR,", "from": "2020-01-01"}},
     "/api/jurisdiction?crimes=war_crimes&territory=UKR,&from=2020-01-01", "territory"),
    ("blank referring state", ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "2025-06-01",
                               "--trigger", "state_referral", "--referred-by", ""],
     {"fn": "jurisdiction", "q": {"crimes": ["war_crimes"], "territory": ["UKR"], "from": "2025-06-01",
                                  "trigger": "state_referral", "referred_by": ""}},
     "/api/jurisdiction?crimes=war_crimes&territory=UKR&from=2025-06-01&trigger=state_referral&referred_by=",
     "referred_by"),
    ("blank resolution", ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2014-01-01",
                          "--trigger", "unsc_referral", "--resolution", ""],
     {"fn": "jurisdiction", "q": {"crimes": ["war_crimes"], "territory": ["SYR"], "from": "2014-01-01",
                                  "trigger": "unsc_referral", "resolution": ""}},
     "/api/jurisdiction?crimes=war_crimes&territory=SYR&from=2014-01-01&trigger=unsc_referral&resolution=",
     "resolution"),
]


@pytest.mark.parametrize(("label", "args", "python", "url", "field"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused_on_every_face(client: Any, label: str, args: list[str], python: dict[str, Any],
                                            url: str, field: str) -> None:
    run = CliRunner().invoke(cli, [*args, "--as-of", AS_OF] if args[0] == "jurisdiction" else args)
    assert run.exit_code == 2, (label, run.output)
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    with pytest.raises(RomeError) as caught:
        if python["fn"] == "status":
            rs.status(*python["args"])
        else:
            rs.jurisdiction({**python["q"], "as_of": AS_OF})
    assert caught.value.field == field, (label, caught.value.field)
    response = client.get(url)
    assert 400 <= response.status_code < 500, (label, response.status_code)
    assert response.json()["field"] == field


def _first_of_month_after(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


@settings(max_examples=40, deadline=None)
@given(deposit=st.dates(dt.date(2003, 1, 1), dt.date(2026, 6, 1)))
def test_an_assumed_ratification_counts_from_the_first_of_the_month_after_the_sixtieth_day(deposit: dt.date) -> None:
    """Art. 126(2), reckoned here on its own: Syria's conduct on the day before is outside, on the day inside."""
    in_force = _first_of_month_after(deposit + dt.timedelta(days=60))
    q = {"crimes": ["war_crimes"], "territory": ["SYR"], "as_of": AS_OF,
         "assume": [f"SYR:ratification:{deposit.isoformat()}"]}
    got = [rs.jurisdiction({**q, "from": (in_force + dt.timedelta(days=s)).isoformat()})["outcome"] for s in (-1, 0)]
    assert got == ["no", "yes"]


@settings(max_examples=40, deadline=None)
@given(notice=st.dates(dt.date(2003, 1, 1), dt.date(2025, 6, 1)))
def test_an_assumed_withdrawal_takes_effect_one_year_after_the_notice(notice: dt.date) -> None:
    """Art. 127(1): France's conduct on the last day before the effect is inside, on the day itself outside
    (29 February rolls on to 1 March, so that a full year has run)."""
    try:
        effect = notice.replace(year=notice.year + 1)
    except ValueError:
        effect = dt.date(notice.year + 1, 3, 1)
    q = {"crimes": ["crimes_against_humanity"], "territory": ["FRA"], "as_of": AS_OF,
         "assume": [f"FRA:withdrawal:{notice.isoformat()}"]}
    got = [rs.jurisdiction({**q, "from": (effect + dt.timedelta(days=s)).isoformat()})["outcome"] for s in (-1, 0)]
    assert got == ["yes", "no"]
