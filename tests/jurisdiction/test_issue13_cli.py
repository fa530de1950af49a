"""Issue 13's commands, typed as a user types them (``rome ...`` and ``--json``), and the expert's next cases."""

from __future__ import annotations

import json
from typing import Any

import pytest

VETO = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "SYR", "--from", "2013-08-21",
        "--trigger", "unsc_referral", "--resolution", "S/2014/348", "--as-of", "2015-01-01"]
YOUNG = ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "2025-02-01", "--age", "15",
         "--as-of", "2025-06-01"]
COL_124 = ["jurisdiction", "--crime", "war_crimes", "--territory", "COL", "--nationality", "COL", "--from",
           "2005-06-01", "--trigger", "unsc_referral", "--resolution", "9999", "--as-of", "2010-01-01"]
UKR_2014 = ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "2014-01-10", "--as-of",
            "2014-06-01"]
DARFUR_USA = ["jurisdiction", "--crime", "war_crimes", "--territory", "SDN", "--nationality", "USA", "--from",
              "2004-06-01", "--trigger", "unsc_referral", "--resolution", "1593", "--as-of", "2010-01-01"]
ROHINGYA = ["jurisdiction", "--crime", "crimes_against_humanity", "--territory", "MMR", "--nationality", "MMR",
            "--from", "2017-08-25", "--to", "2017-12-31", "--as-of", "2020-01-01"]


def finding(rome: Any, *args: str) -> dict[str, Any]:
    run = rome(*args, "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def reasons(f: dict[str, Any], article: str) -> list[dict[str, Any]]:
    return [r for r in f["reasons"] if r["article"] == article]


# -- 1. a vetoed draft refers nothing; an unknown one is a what-if --------------------------------------------

def test_a_vetoed_draft_is_no_with_the_veto_shown(rome: Any) -> None:
    f = finding(rome, *VETO)
    assert f["outcome"] == "no" and f["windows"] == []
    assert f["routes"]["unsc_referral"]["outcome"] == "no"
    assert f["routes"]["unsc_referral"]["act"] == "vetoed"
    assert not f["hypothetical"]
    veto = [r for r in reasons(f, "13(b)") if r["holds"] is False]
    assert veto and "vetoed by CHN, RUS" in veto[0]["explanation"]
    text = rome(*VETO).out
    assert "Outcome (unsc referral): NO" in text and "vetoed by CHN, RUS" in text


def test_the_same_draft_asked_before_its_vote_is_a_what_if_not_a_veto(rome: Any) -> None:
    f = finding(rome, *VETO[:-1], "2014-05-21")
    assert f["routes"]["unsc_referral"]["act"] == "unknown"
    assert f["what_if"][0] == "hypothetical referral"
    assert f["outcome"] == "yes"
    assert any("later than the as-of date" in c for c in f["caveats"])
    # the veto of the next day is a later fact: not listed among the vetoes on record
    assert f["routes"]["unsc_referral"]["vetoed_referrals"] == []


@pytest.mark.parametrize("resolution", [None, "9999"])
def test_an_unknown_or_missing_resolution_is_flagged_hypothetical_in_header_and_outcome(
        rome: Any, resolution: str | None) -> None:
    args = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2016-09-01",
            "--trigger", "unsc_referral", "--as-of", "2016-11-17"] + (["--resolution", resolution] if resolution else [])
    text = rome(*args).out
    header, outcome = text.splitlines()[:2]
    assert "hypothetical referral" in header
    assert outcome.startswith("Outcome (unsc referral, hypothetical referral): YES")
    f = finding(rome, *args)
    assert f["hypothetical"] and f["what_if"] == ["hypothetical referral"]
    assert f["routes"]["unsc_referral"]["hypothetical"] is True


def test_an_assumed_event_is_flagged_in_header_and_outcome(rome: Any) -> None:
    args = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--nationality", "RUS", "--from",
            "2016-09-01", "--as-of", "2016-11-17", "--assume", "SYR:declaration_12_3:2011-03-15"]
    header, outcome = rome(*args).out.splitlines()[:2]
    assert "what-if: SYR:declaration_12_3:2011-03-15" in header
    assert "YES" in outcome and "what-if" in outcome
    assert finding(rome, *args)["what_if"] == ["assumed: SYR:declaration_12_3:2011-03-15"]


def test_an_adopted_referral_is_not_a_what_if_and_needs_no_further_vote(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "SDN", "--from", "2004-01-01",
                "--trigger", "unsc_referral", "--resolution", "1593", "--as-of", "2006-01-01")
    assert f["outcome"] == "yes" and f["what_if"] == []
    assert f["routes"]["unsc_referral"]["requires"].startswith("nothing more: S/RES/1593 (2005) was adopted")


def test_a_deferral_resolution_is_not_a_referral(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "AFG", "--from", "2003-01-01",
                "--trigger", "unsc_referral", "--resolution", "1422", "--as-of", "2003-01-01")
    assert f["outcome"] == "no" and f["routes"]["unsc_referral"]["act"] == "not_a_referral"


def test_a_resolution_number_that_only_shares_digits_is_not_matched(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "SDN", "--from", "2004-01-01",
                "--trigger", "unsc_referral", "--resolution", "59", "--as-of", "2006-01-01")
    assert f["routes"]["unsc_referral"]["referral"] is None and f["hypothetical"]


# -- 2. Art. 26 bars every route ---------------------------------------------------------------------------

def test_under_eighteen_every_route_says_no(rome: Any) -> None:
    f = finding(rome, *YOUNG)
    assert f["outcome"] == "no"
    assert {k: v["outcome"] for k, v in f["routes"].items()} == {
        "state_referral": "no", "proprio_motu": "no", "unsc_referral": "no"}
    text = rome(*YOUNG).out
    assert "state referral: no; proprio motu: no" in text
    assert "Security Council referral: no (Art. 26)" in text


@pytest.mark.parametrize("age,want", [("17", "no"), ("18", "yes")])
def test_seventeen_and_eighteen_on_the_council_route(rome: Any, age: str, want: str) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "SDN", "--from", "2004-01-01",
                "--trigger", "unsc_referral", "--resolution", "1593", "--as-of", "2006-01-01", "--age", age)
    assert f["outcome"] == want
    assert f["routes"]["unsc_referral"]["outcome"] == want


# -- 3. Arts. 124 and 121(5) on the Council route ----------------------------------------------------------------

def test_article_124_does_not_bar_a_council_referral_and_names_both_readings(rome: Any) -> None:
    f = finding(rome, *COL_124)
    assert f["outcome"] == "yes"
    assert f["routes"]["state_referral"]["outcome"] == "no"  # on the Art. 12 routes the declaration bites
    council_124 = [r for r in reasons(f, "124") if r.get("set_aside") and "Council referral" in r["reading"]]
    assert council_124 and "notwithstanding article 12" in council_124[0]["reading"]
    assert "every route" in council_124[0]["set_aside"]
    assert "view set aside:" in rome(*COL_124).out


# -- 8. a declaration counts from the Registrar's receipt ---------------------------------------------------

def test_ukraine_first_declaration_counts_from_17_april_2014_in_summary_and_bullet(rome: Any) -> None:
    f = finding(rome, *UKR_2014)
    r = reasons(f, "12(2)(a)")[0]
    assert "received by the Registrar on 2014-04-17" in r["explanation"]
    bullet = next(x for x in r["facts"] if x["event"] == "declaration_12_3")
    assert bullet["date"] == "2014-04-17"
    assert "2014-04-09 lodged" not in rome(*UKR_2014).out


def test_palestine_2015_declaration_counts_from_1_january_2015(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "PSE", "--from", "2014-07-08",
                "--as-of", "2015-03-01")
    r = reasons(f, "12(2)(a)")[0]
    assert "received by the Registrar on 2015-01-01" in r["explanation"]
    assert [x["date"] for x in r["facts"] if x["event"] == "declaration_12_3"][-1] == "2015-01-01"


def test_a_declaration_asked_about_the_day_before_it_was_received_does_not_count(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "PSE", "--from", "2014-07-08",
                "--as-of", "2014-12-31")
    assert f["outcome"] == "no"


def test_the_29_february_reading_appears_where_it_decides_a_date(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "BDI", "--from", "2016-06-01",
                "--assume", "BDI:withdrawal_notification:2016-02-29", "--as-of", "2016-06-01")
    leap = [r for r in reasons(f, "127(1)") if "29 February" in r.get("reading", "")]
    assert leap and "2017-03-01" in leap[0]["explanation"]


# -- 10. revoked withdrawals and withdrawn instruments -----------------------------------------------------------

def test_parties_on_2016_11_17_says_both_notices_were_later_revoked(rome: Any) -> None:
    text = rome("parties", "--on", "2016-11-17").out
    zaf = next(line for line in text.splitlines() if line.startswith("ZAF"))
    gmb = next(line for line in text.splitlines() if line.startswith("GMB"))
    assert "revoked on 2017-03-07" in zaf and "never took effect" in zaf
    assert "revoked on 2017-02-10" in gmb
    bdi = next(line for line in text.splitlines() if line.startswith("BDI"))
    assert "revoked" not in bdi  # Burundi's withdrawal did take effect


def test_parties_as_of_before_the_revocation_does_not_know_of_it(rome: Any) -> None:
    out = json.loads(rome("parties", "--on", "2016-11-17", "--as-of", "2017-03-06", "--json").out)
    zaf = next(r for r in out["parties"] if r["state"] == "ZAF")["withdrawal_pending"]
    gmb = next(r for r in out["parties"] if r["state"] == "GMB")["withdrawal_pending"]
    assert zaf["revoked"] is None and gmb["revoked"] == "2017-02-10"


def test_malaysia_acceded_and_withdrew_its_instrument_before_it_took_effect(rome: Any) -> None:
    text = rome("status", "MYS", "--on", "2020-01-01").out
    assert "neither signed nor joined" not in text
    assert "2019-03-04" in text and "withdrew it on 2019-04-29" in text
    s = json.loads(rome("status", "MYS", "--on", "2020-01-01", "--json").out)
    assert s["withdrawn_instruments"][0]["deposited"] == "2019-03-04"
    # before the accession, Malaysia had indeed neither signed nor joined
    assert "neither signed nor joined" in rome("status", "MYS", "--on", "2019-03-03").out


# -- 9. later facts kept later ---------------------------------------------------------------------------

def test_jordan_findings_of_2017_and_2019_are_marked_later_as_of_2009(rome: Any) -> None:
    out = json.loads(rome("obligation", "--person", "al-Bashir", "--state", "JOR", "--on", "2009-06-01",
                          "--json").out)
    assert out["findings"] and all(f["later"] for f in out["findings"])
    assert all(r["explanation"].startswith("Later") for r in out["reasons"] if r["article"] == "87(7)")
    later = json.loads(rome("obligation", "--person", "al-Bashir", "--state", "JOR", "--on", "2020-01-01",
                            "--json").out)
    assert later["findings"] and not any(f["later"] for f in later["findings"])


# -- 11. wording --------------------------------------------------------------------------------------------

def test_proprio_motu_no_does_not_say_it_needs_authorisation(rome: Any) -> None:
    text = rome(*VETO).out
    assert "proprio motu: no (needs" not in text


def test_a_vessel_flag_is_not_shown_as_territory(rome: Any) -> None:
    text = rome("jurisdiction", "--crime", "war_crimes", "--vessel-flag", "COM", "--from", "2010-05-31",
                "--as-of", "2015-01-01").out
    assert "territory -" in text and "vessel flag COM" in text


def test_aggression_before_activation_does_not_hold_under_15_ter(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "aggression", "--territory", "GEO", "--nationality", "RUS",
                "--from", "2008-08-08", "--as-of", "2010-01-01")
    assert [r["holds"] for r in reasons(f, "15 ter")] == [False]


# -- 4. the referral carve-outs -----------------------------------------------------------------------------

def test_personnel_of_an_authorised_operation_from_a_non_party_are_outside_res_1593(rome: Any) -> None:
    f = finding(rome, *DARFUR_USA, "--authorised-operation")
    assert f["outcome"] == "no" and f["query"]["authorised_operation"] is True
    assert any(r["holds"] is False and "para. 6" in r["explanation"] for r in reasons(f, "13(b)"))


def test_a_non_party_national_without_the_flag_gets_a_note_and_yes(rome: Any) -> None:
    f = finding(rome, *DARFUR_USA)
    assert f["outcome"] == "yes"
    assert any(r["holds"] is None and "para. 6" in r["explanation"] for r in reasons(f, "13(b)"))
    assert any("authorised_operation" in c for c in f["caveats"])


def test_a_sudanese_or_party_national_is_not_carved_out(rome: Any) -> None:
    for nat in ("SDN", "GBR"):
        args = [a if a != "USA" else nat for a in DARFUR_USA]
        f = finding(rome, *args, "--authorised-operation")
        assert f["outcome"] == "yes", nat
        assert not any("para. 6" in r["explanation"] for r in reasons(f, "13(b)")), nat


def test_a_dual_national_of_a_party_keeps_the_article_12_routes(rome: Any) -> None:
    f = finding(rome, *DARFUR_USA, "--nationality", "GBR", "--authorised-operation")
    assert f["outcome"] == "no"  # the Council route: para. 6 reserves the US national
    assert f["routes"]["state_referral"]["outcome"] == "yes"  # Art. 12(2)(b): a British national


# -- 5. aggression's filter --------------------------------------------------------------------------------

def test_aggression_filter_is_a_condition_of_the_state_and_proprio_motu_routes(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "aggression", "--territory", "UKR", "--nationality", "RUS",
                "--from", "2022-02-24", "--trigger", "proprio_motu", "--as-of", "2025-06-30")
    assert "15 bis(6)-(8)" in f["routes"]["proprio_motu"]["conditions"]
    assert "15 bis(6)-(8)" in f["routes"]["state_referral"]["conditions"]
    assert "15 bis(6)" not in f["routes"]["unsc_referral"].get("conditions", [])
    assert [r["holds"] for r in reasons(f, "15 bis(6)")] == [None]
    assert "six months" in reasons(f, "15 bis(6)")[0]["explanation"]


# -- 6. Art. 16 deferrals ----------------------------------------------------------------------------------

def test_res_1422_is_shown_in_force_in_a_finding_of_2002(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "AFG", "--nationality", "USA",
                "--from", "2003-06-01", "--trigger", "proprio_motu", "--trigger-date", "2003-06-10",
                "--as-of", "2003-06-15", "--authorised-operation")
    assert [d["id"] for d in f["deferrals"]] == ["res-1422"]
    assert f["deferrals"][0]["covers_accused"] is True
    assert f["outcome"] == "yes"  # a deferral suspends proceedings; it does not remove jurisdiction
    assert [r["holds"] for r in reasons(f, "16")] == [False]  # proceedings against the accused are suspended


def test_res_1422_is_not_shown_as_of_a_day_before_its_adoption(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "war_crimes", "--territory", "AFG", "--from", "2003-01-01",
                "--as-of", "2002-07-05")
    assert f["deferrals"] == []


def test_an_assumed_deferral_is_a_what_if_shown_in_force(rome: Any) -> None:
    args = ["jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--nationality", "RUS", "--from",
            "2023-01-01", "--as-of", "2026-06-01", "--assume", "UNSC:deferral:2026-01-01"]
    f = finding(rome, *args)
    assert f["deferrals"] and f["deferrals"][0]["hypothetical"] is True
    assert f["deferrals"][0]["until"] == "2027-01-01"
    assert f["what_if"] == ["assumed: UNSC:deferral:2026-01-01"]
    assert "Art. 16 deferral in force on 2026-06-01" in rome(*args).out


def test_a_deferral_longer_than_twelve_months_is_refused(rome: Any) -> None:
    run = rome("jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--from", "2023-01-01",
               "--assume", "UNSC:deferral:2026-01-01..2027-01-01")
    assert run.code == 2 and "twelve months" in run.err and "Traceback" not in run.err


# -- 12. an element on another territory --------------------------------------------------------------------

def test_deportation_into_bangladesh_brings_the_crime_within_reach_citing_both_decisions(rome: Any) -> None:
    f = finding(rome, *ROHINGYA, "--element", "deportation:BGD")
    assert f["outcome"] == "yes"
    assert f["windows"][0]["bases"][0]["state"] == "BGD"
    element = [r for r in reasons(f, "12(2)(a)") if r["holds"] and "element" in r["explanation"]]
    assert element and "ICC-RoC46(3)-01/18, 6 Sep 2018" in element[0]["reading"] and "ICC-01/19-27" in element[0]["reading"]
    without = finding(rome, *ROHINGYA)
    assert without["outcome"] == "no"


def test_an_element_on_bangladesh_before_it_became_a_party_does_not_help(rome: Any) -> None:
    f = finding(rome, "jurisdiction", "--crime", "crimes_against_humanity", "--territory", "MMR", "--from",
                "2010-01-01", "--as-of", "2020-01-01", "--element", "deportation:BGD")
    assert f["outcome"] == "no"  # Bangladesh a party only from 1 June 2010


def test_an_element_of_a_crime_not_asked_about_is_refused(rome: Any) -> None:
    run = rome(*ROHINGYA[:2], "genocide", *ROHINGYA[3:], "--element", "persecution:BGD")
    assert run.code == 2 and "elements" in run.err and "Traceback" not in run.err


@pytest.mark.parametrize("bad", ["deportation", "teleportation:BGD", "deportation:Atlantis"])
def test_a_malformed_element_is_one_line_and_exit_2(rome: Any, bad: str) -> None:
    run = rome(*ROHINGYA, "--element", bad)
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1
