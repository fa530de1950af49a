"""The ledger's intervals: a partition of time for each state, and ``status_on`` agrees with them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from romestatute import engine
from romestatute.facts.records import Source, TreatyAction
from romestatute.law import calendar
from romestatute.ledger import ADOPTION, StateLedger, hypothetical
from romestatute.model.vocab import Status

LEDGER = engine.ledger()
STATES = sorted(LEDGER.states)
NEVER_ACTED = sorted(s for s in STATES if not LEDGER.facts.actions_of(s))
PROPS = settings(deadline=None, max_examples=400)

query_days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def assert_partition(led: StateLedger) -> None:
    ivs = led.intervals()
    assert ivs, led.iso3
    assert ivs[0][0].start == ADOPTION
    assert ivs[-1][0].end is None
    for (a, sa), (b, sb) in zip(ivs, ivs[1:], strict=False):
        assert a.end == b.start, (led.iso3, a, b)  # no gap, no overlap
        assert a.start < a.end, (led.iso3, a)  # nothing empty
        assert sa != sb, (led.iso3, a, b)  # a new interval means a new status


def test_the_ledger_has_every_state_in_the_data() -> None:
    assert len(STATES) == len(LEDGER.facts.states) > 190
    assert {"CHN", "IND"} <= set(NEVER_ACTED)


@pytest.mark.parametrize("iso3", STATES)
def test_intervals_partition_time_from_adoption(iso3: str) -> None:
    assert_partition(LEDGER.state(iso3))


@PROPS
@given(st.sampled_from(STATES), query_days)
def test_status_on_is_the_status_of_the_interval_containing_the_day(iso3: str, day: dt.date) -> None:
    led = LEDGER.state(iso3)
    status, since = led.status_on(day)
    if day < ADOPTION:
        assert (status, since) == (Status.NON_SIGNATORY, None)
        return
    containing = [(iv, s) for iv, s in led.intervals() if day in iv]
    assert len(containing) == 1
    iv, expected = containing[0]
    assert status == expected
    assert since == (iv.start if iv.start in led.starts else None)


@PROPS
@given(st.sampled_from(STATES), query_days)
def test_a_withdrawal_can_be_pending_only_for_a_party(iso3: str, day: dt.date) -> None:
    led = LEDGER.state(iso3)
    pending = led.pending_withdrawal(day)
    if pending is not None:
        assert led.status_on(day)[0] == Status.PARTY
        assert pending.notified <= day < pending.effective


@PROPS
@given(st.sampled_from(NEVER_ACTED), st.dates(min_value=dt.date(2002, 4, 12), max_value=dt.date(2040, 12, 31)))
def test_a_hypothetical_accession_follows_art_126_2(iso3: str, deposit: dt.date) -> None:
    act = hypothetical(TreatyAction(iso3, "accession", deposit, Source(url="")))
    what_if = LEDGER.with_events([act])
    led = what_if.state(iso3)
    assert_partition(led)
    eif = calendar.sixtieth_day_rule(deposit)
    assert led.status_on(deposit - dt.timedelta(days=1))[0] == Status.NON_SIGNATORY
    assert led.status_on(deposit)[0] == Status.RATIFIED_NOT_IN_FORCE
    assert led.status_on(eif - dt.timedelta(days=1))[0] == Status.RATIFIED_NOT_IN_FORCE
    assert led.status_on(eif) == (Status.PARTY, eif)
    assert any(e.event == "accession" and e.source and e.source.confidence == "hypothetical" for e in led.events)
    # the record itself is untouched
    assert LEDGER.state(iso3).status_on(eif)[0] == Status.NON_SIGNATORY
    assert what_if.count_parties(eif) == LEDGER.count_parties(eif) + 1
