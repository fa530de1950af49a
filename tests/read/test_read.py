"""The reading: statuses on the report's date, acts and their effect, corrections, questions.

Texts are short and written here for the tests.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from romestatute.cli.main import cli
from romestatute.read import read

TODAY = "2026-01-01"


def act(r: dict, state: str, kind: str = "withdrawal") -> dict:
    return next(a for a in r["acts"] if a["state"] == state and a["kind"] == kind)


def state(r: dict, iso3: str) -> dict:
    return next(s for s in r["states"] if s["state"] == iso3)


def test_withdrawal_by_a_signatory_that_never_ratified_is_corrected() -> None:
    r = read("Moscow, 16 November 2016. Russia is withdrawing from the International Criminal Court, "
             "officials said.", today=TODAY)
    assert r["date"]["value"] == "2016-11-16"
    rus = state(r, "RUS")
    assert rus["on_report_date"]["status"] == "signatory"
    assert rus["today"]["status"] == "signature_withdrawn"
    # on that day no notice had reached the depositary: the 'withdrawal' is a claim corrected, not an act
    assert [a for a in r["acts"] if a["state"] == "RUS"] == []
    [claim] = [c for c in r["claims"] if c["kind"] == "act" and c["state"] == "RUS"]
    assert claim["act"] == "withdrawal" and claim["verdict"] == "wrong"
    assert "never became a party" in claim["record"] and "after the report" in claim["record"]
    assert [c["state"] for c in r["corrections"]] == ["RUS"]
    assert any(e["event"] == "signature_withdrawn" and e["after_report"] and e["source"] for e in claim["events"])


def test_withdrawal_by_a_signatory_after_its_notice_is_its_notice_not_to_become_a_party() -> None:
    r = read("Russia has withdrawn from the International Criminal Court.", date="2016-12-05", today=TODAY)
    a = act(r, "RUS", "not_party_notice")
    assert a["report_says"] == "withdrawal" and a["correction"]["record_shows"] == "signature_withdrawn"


def test_a_withdrawal_later_revoked_never_took_effect() -> None:
    r = read("Gambia has quit the ICC, its information minister announced.", date="2016-11-20", today=TODAY)
    a = act(r, "GMB")
    assert a["correction"] is None
    assert "10 November 2017" in a["effect"] and "revoked the notice on 10 February 2017" in a["effect"]
    assert "never took effect" in a["effect"]
    gmb = state(r, "GMB")
    assert gmb["on_report_date"]["withdrawal_pending"]["effective"] == "2017-11-10"
    assert gmb["today"]["status"] == "party" and gmb["today"]["withdrawal_pending"] is None


def test_south_africa_revocation_named_by_the_report() -> None:
    r = read("South Africa revoked its withdrawal from the Rome Statute.", date="2017-03-10", today=TODAY)
    a = act(r, "ZAF", "revocation")
    assert "7 March 2017" in a["effect"] and "never stopped being a party" in a["effect"]


def test_report_dated_before_the_withdrawal_takes_effect() -> None:
    r = read("Thursday November 17, 2016\nBurundi pulled out of the International Criminal Court last month.",
             today=TODAY)
    bdi = state(r, "BDI")
    assert bdi["on_report_date"]["status"] == "party"
    assert bdi["on_report_date"]["withdrawal_pending"] == {**bdi["on_report_date"]["withdrawal_pending"],
                                                         "notified": "2016-10-27", "effective": "2017-10-27"}
    assert bdi["today"]["status"] == "former_party"
    assert "withdrawal was pending: Burundi was still a party" in act(r, "BDI")["effect"]


def test_variant_name_resolves_and_finds_the_declaration() -> None:
    r = read("Ivory Coast accepted the Court's jurisdiction back in 2003.", date="2011-06-01", today=TODAY)
    assert [s["state"] for s in r["states"]] == ["CIV"]
    assert r["mentions"]["states"][0]["text"] == "Ivory Coast"
    a = act(r, "CIV", "declaration_12_3")
    # the declaration counts from the Registrar's receipt (1 Oct 2003); the date it bears is kept in its meaning
    assert a["record"] and a["record"][0]["date"] == "2003-10-01"
    assert "dated 2003-04-18" in a["record"][0]["meaning"]


def test_list_after_the_same_move_gets_the_act() -> None:
    r = read("Russia quit the ICC, following the same move by Gambia, South Africa, and Burundi.",
             date="2016-11-17", today=TODAY)
    assert {a["state"] for a in r["acts"] if a["kind"] == "withdrawal"} == {"GMB", "ZAF", "BDI"}
    # Russia never ratified and its notice came on 30 November: on the report's date its 'quit' is corrected
    assert [(c["state"], c["act"], c["verdict"]) for c in r["claims"] if c["kind"] == "act"] == [("RUS", "withdrawal",
                                                                                                   "wrong")]


def test_strikes_by_one_state_in_another_raise_a_jurisdiction_question() -> None:
    r = read("Russian air strikes hit eastern Aleppo again, monitors said, calling them war crimes.",
             date="2016-10-10", today=TODAY)
    [q] = r["questions"]
    assert q["query"]["territory"] == ["SYR"] and q["query"]["nationality"] == ["RUS"]
    assert q["query"]["crimes"] == ["war_crimes"] and q["query"]["as_of"] == "2016-10-10"
    assert q["query"]["from"] == "2016-07-10"
    assert q["finding"]["outcome"] == "no"
    assert "s-2014-348" in q["finding"]["routes"]["unsc_referral"]["relevant_vetoes"]


def test_crimea_is_asked_through_ukraine_from_2014() -> None:
    r = read("Kyiv again denounced the annexation of Crimea.", date="2016-11-17", today=TODAY)
    [q] = r["questions"]
    assert (q["query"]["territory"], q["query"]["nationality"], q["query"]["from"]) == (["UKR"], ["RUS"], "2014-02-20")
    assert q["finding"]["outcome"] == "yes"
    assert "12(3)" in q["finding"]["windows"][0]["basis"][0]


def test_veto_is_matched_to_the_record() -> None:
    r = read("In 2014 Russia and China vetoed a resolution to refer Syria to the ICC.", date="2016-11-17",
             today=TODAY)
    veto = next(t for t in r["triggers"] if t["kind"] == "veto")
    assert [v["id"] for v in veto["record"]] == ["s-2014-348"]


def test_text_with_nothing_relevant_is_an_empty_clear_answer() -> None:
    text = "The harvest was good this year and the weather stayed mild until the end of the month."
    r = read(text, date="2020-05-05", today=TODAY)
    assert r["empty"] is True
    assert r["states"] == r["acts"] == r["questions"] == r["corrections"] == []
    out = CliRunner().invoke(cli, ["read", "-", "--today", TODAY], input=text)
    assert out.exit_code == 0
    assert "Nothing in this text concerns the Rome Statute" in out.output


def test_cli_json_equals_python_api(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    text = "17 November 2016\nRussia withdraws from the ICC after Russian strikes on Aleppo."
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(cli, ["read", str(path), "--json", "--today", TODAY])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == json.loads(json.dumps(read(text, today=TODAY)))


def test_cli_bad_input_is_one_line_exit_2(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from romestatute.cli.main import main

    for args, says in ((["read", str(tmp_path / "missing.txt")], "FILE: cannot read"),
                       (["read", str(tmp_path / "missing.txt"), "--date", "17/11/2016"], "date")):
        (tmp_path / "missing.txt").write_text("Russia", encoding="utf-8") if "--date" in args else None
        try:
            main(args)
            code = 0
        except SystemExit as exc:
            code = exc.code
        err = capsys.readouterr().err
        assert code == 2, (args, err)
        assert err.startswith("rome: error:") and says in err and err.count("\n") == 1


def test_warrant_named_by_the_report_is_looked_up_by_nationality() -> None:
    before = read("The ICC may issue an arrest warrant for Russian officials.", date="2020-01-01", today=TODAY)
    after = read("The ICC has issued an arrest warrant for Russian officials.", date="2025-01-01", today=TODAY)
    w0 = next(t for t in before["triggers"] if t["kind"] == "warrant")
    w1 = next(t for t in after["triggers"] if t["kind"] == "warrant")
    assert w0["record"] == [] and "No public warrant" in w0["effect"]
    assert w1["record"] and all(r["nationality"] == "RUS" for r in w1["record"])
    assert all(r["public"] <= "2025-01-01" for r in w1["record"])
