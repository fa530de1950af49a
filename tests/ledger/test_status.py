"""Every status kind, the withdrawal flag and the 12(3) flag, with real states on real dates."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

import romestatute as rs


@pytest.mark.parametrize(
    ("state", "day", "status"),
    [
        # party
        ("FRA", "2002-07-01", "party"),
        ("FRA", "2026-06-01", "party"),
        # ratified_not_in_force: deposited, the Art. 126(2) date not yet reached
        ("UKR", "2024-10-25", "ratified_not_in_force"),
        ("UKR", "2024-12-31", "ratified_not_in_force"),
        ("MYS", "2019-03-04", "ratified_not_in_force"),
        ("MYS", "2019-04-28", "ratified_not_in_force"),
        ("FRA", "2002-06-30", "ratified_not_in_force"),
        # signatory
        ("RUS", "2016-11-17", "signatory"),
        ("UKR", "2024-10-24", "signatory"),
        # signature_withdrawn
        ("RUS", "2016-12-01", "signature_withdrawn"),
        ("USA", "2002-05-06", "signature_withdrawn"),
        ("USA", "2020-01-01", "signature_withdrawn"),
        ("ISR", "2010-01-01", "signature_withdrawn"),
        ("SDN", "2009-01-01", "signature_withdrawn"),
        # former_party
        ("BDI", "2017-10-27", "former_party"),
        ("BDI", "2025-01-01", "former_party"),
        ("PHL", "2019-03-17", "former_party"),
        # non_signatory
        ("CHN", "2016-11-17", "non_signatory"),
        ("IND", "2024-01-01", "non_signatory"),
        ("CHN", "1998-07-17", "non_signatory"),
    ],
)
def test_status_kinds(state: str, day: str, status: str) -> None:
    s = rs.status(state, day)
    assert s["status"] == status
    assert s["party"] is (status == "party")


@pytest.mark.parametrize(
    ("state", "effect", "before", "on"),
    [
        # the day before and the day of each effect
        ("BDI", "2017-10-27", "party", "former_party"),  # Art. 127(1): one year after 27 Oct 2016
        ("PHL", "2019-03-17", "party", "former_party"),  # Art. 127(1): one year after 17 Mar 2018
        ("BDI", "2004-12-01", "ratified_not_in_force", "party"),  # Art. 126(2): deposit 21 Sep 2004
        ("UKR", "2025-01-01", "ratified_not_in_force", "party"),
        ("UKR", "2024-10-25", "signatory", "ratified_not_in_force"),
        ("ARM", "2024-02-01", "ratified_not_in_force", "party"),
        ("ALB", "2003-05-01", "ratified_not_in_force", "party"),
        ("PSE", "2015-01-02", "non_signatory", "ratified_not_in_force"),  # accession, never signed
        ("PSE", "2015-04-01", "ratified_not_in_force", "party"),
        ("FRA", "2002-07-01", "ratified_not_in_force", "party"),  # Art. 126(1)
        ("MYS", "2019-03-04", "non_signatory", "ratified_not_in_force"),
        ("MYS", "2019-04-29", "ratified_not_in_force", "non_signatory"),  # instrument withdrawn
        ("MNE", "2006-06-03", "non_signatory", "party"),  # succession from independence
        ("USA", "2002-05-06", "signatory", "signature_withdrawn"),
    ],
)
def test_boundaries(state: str, effect: str, before: str, on: str) -> None:
    day_before = (dt.date.fromisoformat(effect) - dt.timedelta(days=1)).isoformat()
    assert rs.status(state, day_before)["status"] == before
    after = rs.status(state, effect)
    assert after["status"] == on
    assert after["since"] == effect


def test_since_is_the_first_day_of_the_status() -> None:
    assert rs.status("BDI", "2020-01-01")["since"] == "2017-10-27"
    assert rs.status("FRA", "2020-01-01")["since"] == "2002-07-01"
    assert rs.status("CHN", "2020-01-01")["since"] is None  # never changed since adoption


# -- withdrawal notices (Art. 127) ----------------------------------------------------------------


def test_burundi_withdrawal_pending_then_effective() -> None:
    s = rs.status("BDI", "2016-11-17")
    assert s["status"] == "party"
    assert s["withdrawal_pending"]["notified"] == "2016-10-27"
    assert s["withdrawal_pending"]["effective"] == "2017-10-27"
    assert s["withdrawal_pending"]["article"] == "127(1)"
    assert s["withdrawal_pending"]["source"]["url"]
    assert rs.status("BDI", "2016-10-26")["withdrawal_pending"] is None  # not yet notified
    assert rs.status("BDI", "2016-10-27")["withdrawal_pending"] is not None  # the day it was received
    assert rs.status("BDI", "2017-10-26")["withdrawal_pending"] is not None  # last day as a party
    gone = rs.status("BDI", "2017-10-27")
    assert gone["withdrawal_pending"] is None
    assert gone["status"] == "former_party"


@pytest.mark.parametrize(("state", "effective"), [("ZAF", "2017-10-19"), ("GMB", "2017-11-10")])
def test_2016_notices_pending_then_revoked(state: str, effective: str) -> None:
    nov_2016 = rs.status(state, "2016-11-17")
    assert nov_2016["status"] == "party"
    assert nov_2016["withdrawal_pending"]["effective"] == effective
    later = rs.status(state, "2017-12-01")
    assert later["status"] == "party"
    assert later["withdrawal_pending"] is None


def test_south_africa_party_after_the_revoked_notice_would_have_taken_effect() -> None:
    s = rs.status("ZAF", "2017-10-20")
    assert s["status"] == "party"
    assert s["since"] == "2002-07-01"
    assert s["withdrawal_pending"] is None
    # revoked on 7 Mar 2017: pending the day before, not that day
    assert rs.status("ZAF", "2017-03-06")["withdrawal_pending"] is not None
    assert rs.status("ZAF", "2017-03-07")["withdrawal_pending"] is None


def test_hungary_notice_pending_then_revoked_before_it_took_effect() -> None:
    pending = rs.status("HUN", "2025-12-01")
    assert pending["status"] == "party"
    assert pending["withdrawal_pending"]["notified"] == "2025-06-02"
    assert pending["withdrawal_pending"]["effective"] == "2026-06-02"
    assert rs.status("HUN", "2026-05-28")["withdrawal_pending"] is not None
    revoked = rs.status("HUN", "2026-06-01")
    assert revoked["status"] == "party"
    assert revoked["withdrawal_pending"] is None
    for day in ("2026-06-02", "2026-06-03", "2027-01-01"):
        s = rs.status("HUN", day)
        assert s["status"] == "party"
        assert s["since"] == "2002-07-01"


def test_revoked_notice_shows_in_events_without_an_effect() -> None:
    events = rs.status("HUN", "2026-07-01")["events"]
    notice = next(e for e in events if e["event"] == "withdrawal_notification")
    assert notice["effective_date"] is None
    assert any(e["event"] == "withdrawal_revoked" and e["date"] == "2026-05-29" for e in events)
    assert not any(e["event"] == "withdrawal_effective" for e in events)


# -- special histories ----------------------------------------------------------------------------


def test_malaysia_never_a_party() -> None:
    periods = rs.timeline("MYS")["periods"]
    assert all(p["status"] != "party" for p in periods)
    assert rs.status("MYS", "2019-06-01")["status"] == "non_signatory"  # the day it would have joined
    accession = next(e for e in rs.timeline("MYS")["events"] if e["event"] == "accession")
    assert accession["effective_date"] is None  # withdrawn before it could take effect


def test_montenegro_party_by_succession_from_independence() -> None:
    s = rs.status("MNE", "2010-01-01")
    assert s["status"] == "party"
    assert s["since"] == "2006-06-03"
    succession = next(e for e in s["events"] if e["event"] == "succession")
    assert succession["date"] == "2006-10-23"
    assert succession["effective_date"] == "2006-06-03"
    assert rs.status("MNE", "2006-06-02")["status"] == "non_signatory"


def test_palestine_in_force_2015_04_01_with_its_12_3_declaration_active() -> None:
    s = rs.status("PSE", "2015-04-01")
    assert s["status"] == "party"
    assert s["since"] == "2015-04-01"
    decl = s["declarations_12_3"]
    assert [d["covers_from"] for d in decl] == ["2014-06-13"]  # 31 Dec 2014 declaration, lodged 1 Jan 2015
    assert decl[0]["covers_to"] is None
    before = rs.status("PSE", "2014-12-31")
    assert before["declarations_12_3"] == []  # not yet lodged


def test_declarations_that_accepted_nothing_are_not_active() -> None:
    # Egypt 2013 (lodged by persons not the government) and Palestine 2009 (statehood unsettled)
    assert rs.status("EGY", "2014-01-01")["declarations_12_3"] == []
    assert rs.status("PSE", "2012-01-01")["declarations_12_3"] == []
    egypt = next(e for e in rs.timeline("EGY")["events"] if e["event"] == "declaration_12_3")
    assert egypt["effective_date"] is None
    assert "no jurisdiction" in egypt["meaning"]


def test_ukraine_12_3_declarations_before_it_joined() -> None:
    s = rs.status("UKR", "2016-01-01")
    assert s["status"] == "signatory"
    covers = sorted((d["covers_from"], d["covers_to"]) for d in s["declarations_12_3"])
    assert covers == [("2013-11-21", "2014-02-22"), ("2014-02-20", None)]


def test_amendments_in_force_only_while_a_party() -> None:
    # Art. 121(5): in force for the accepting party one year after its deposit
    led_amendments = rs.status("DEU", "2026-01-01")["amendments"]
    assert led_amendments, "Germany accepted the Kampala amendments"
    for a in led_amendments:
        assert a["in_force"] <= "2026-01-01"
        assert a["article"] == "121(5)"
    assert rs.status("BDI", "2020-01-01")["amendments"] == []
    assert rs.status("CHN", "2020-01-01")["amendments"] == []


def test_events_are_dated_no_later_than_the_query_day() -> None:
    s = rs.status("BDI", "2016-11-17")
    assert s["events"]
    assert all(e["date"] <= "2016-11-17" for e in s["events"])
    assert not any(e["event"] == "withdrawal_effective" for e in s["events"])


def test_timeline_periods_through_the_cli(rome: Callable[..., Any]) -> None:
    run = rome("timeline", "BDI", "--json")
    assert run.code == 0
    t = json.loads(run.out)
    assert {"from": "2004-12-01", "to": "2017-10-26", "status": "party"} in t["periods"]
    assert t["periods"][-1] == {"from": "2017-10-27", "to": None, "status": "former_party"}
    effective = next(e for e in t["events"] if e["event"] == "withdrawal_effective")
    assert effective["status_after"] == "former_party"
    assert effective["article"] == "127(1)"


def test_status_text_output(rome: Callable[..., Any]) -> None:
    run = rome("status", "Burundi", "--on", "2016-11-17")
    assert run.code == 0
    assert run.out.startswith("Burundi (BDI) on 2016-11-17: party since 2004-12-01")
    assert "withdrawal pending: notified 2016-10-27, takes effect 2017-10-27" in run.out
