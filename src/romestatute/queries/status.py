"""``status``: where a state stands towards the Statute on a day, and the events behind it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from romestatute import engine, i18n
from romestatute.i18n import N_
from romestatute.ledger import EVENT_LABEL, Ledger, StateLedger
from romestatute.model.dates import iso
from romestatute.model.vocab import STATUS_MEANING, Status

SCHEMA = "romestatute.status/1"
DEPOSIT_EVENTS = frozenset({"ratification", "accession", "acceptance", "approval"})


def amendment_title(ledger: Ledger, key: str) -> str:
    """An amendment's title in the active language: our French from its ``fr`` block (amendments.yaml) in French."""
    amendment = ledger.facts.amendments.get(key)
    if amendment is None:
        return key
    return i18n.Texts(amendment.title, amendment.title_fr).in_language(i18n.language())


def declaration_json(d: Any) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "date": d.date.isoformat(),
        "lodged": iso(d.lodged),
        "covers_from": None if d.covers is None else d.covers.start.isoformat(),
        "covers_to": None if d.covers is None else iso(d.covers.last_day),
        "withdrawn": iso(d.withdrawn),
        "scope": d.scope,  # territory, nationals, nationals_and_territory, or unknown (its text was not found)
        "note": d.note or None,
        "source": d.source.to_json(),
    }


def withdrawn_instruments(led: StateLedger, day: dt.date) -> list[dict[str, Any]]:
    """Instruments of ratification or accession withdrawn by ``day`` before the Statute entered into force for it."""
    out = []
    for e in led.events:
        if e.event == "instrument_withdrawn" and e.date <= day:
            deposit = max((d for d in led.events if d.event in DEPOSIT_EVENTS and d.date <= e.date),
                          key=lambda d: d.date, default=None)
            out.append({"deposited": None if deposit is None else deposit.date.isoformat(),
                        "instrument": None if deposit is None else deposit.event,
                        "would_have_taken_effect": None if deposit is None or deposit.effective_date is None
                        else deposit.effective_date.isoformat(),
                        "withdrawn": e.date.isoformat(), "article": "126(2)",
                        "source": None if e.source is None else e.source.to_json()})
    return out


#: An instrument a state deposits (Art. 125), as a sentence names it.
INSTRUMENT = {"ratification": N_("an instrument of ratification"), "acceptance": N_("an instrument of acceptance"),
              "approval": N_("an instrument of approval"), "accession": N_("an instrument of accession")}


def status_record(led: StateLedger, day: dt.date, ledger: Ledger, *, events: bool = True) -> dict[str, Any]:
    status, since = led.status_on(day)
    pending = led.pending_withdrawal(day)
    withdrawn = withdrawn_instruments(led, day)
    meaning = i18n.gettext(STATUS_MEANING[status])  # in the active language (codes stay English)
    if withdrawn and status in (Status.NON_SIGNATORY, Status.SIGNATORY):
        w = withdrawn[-1]
        kind = w["instrument"] or "accession"
        words = {"instrument": i18n.gettext(INSTRUMENT[kind]) if kind in INSTRUMENT else f"an instrument of {kind}",
                 "deposited": i18n.day(w["deposited"]), "withdrawn": i18n.day(w["withdrawn"])}
        meaning = (i18n.gettext("not bound: it deposited %(instrument)s on %(deposited)s and withdrew it on "
                                "%(withdrawn)s, before the Statute entered into force for it; it remains a signatory")
                   if status == Status.SIGNATORY else
                   i18n.gettext("not bound: it deposited %(instrument)s on %(deposited)s and withdrew it on "
                                "%(withdrawn)s, before the Statute entered into force for it")) % words
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "state": led.iso3,
        "name": led.name,
        "on": day.isoformat(),
        "status": status.value,
        "meaning": meaning,
        "party": status == Status.PARTY,
        "since": iso(since),
        "withdrawal_pending": None if pending is None else {
            "notified": pending.notified.isoformat(),
            "effective": pending.effective.isoformat(),
            "article": "127(1)",
            "source": pending.source.to_json(),
            # a revocation is a later fact: shown, marked later, since the record already holds it
            "revoked_later": iso(pending.revoked),
        },
        "withdrawn_instruments": withdrawn,
        # active: only a declaration made by a State on its own behalf accepts jurisdiction (Art. 12(3))
        "declarations_12_3": [declaration_json(d) for d in led.declarations_on(day, "12_3") if d.valid],
        "other_declarations": [declaration_json(d) for d in led.declarations
                               if d.kind != "12_3" and d.effective <= day],
        "amendments": [
            {"key": a.key, "title": amendment_title(ledger, a.key),
             "accepted": a.accepted.isoformat(), "in_force": a.in_force.isoformat(), "article": "121(5)",
             "source": a.source.to_json()}
            for a in led.amendments_in_force(day)
        ],
    }
    if events:
        out["events"] = [e.to_json() for e in led.events if e.date <= day]
        caveats = engine.horizon_caveats(day)
        low = led.unconfirmed(day)
        if low:
            if i18n.language() == i18n.DEFAULT:  # the codes and ISO days English has always shown
                said = ", ".join(f"{e.event} {e.date.isoformat()}" for e in low)
            else:
                said = ", ".join(i18n.gettext("%(event)s of %(day)s") % {
                    "event": EVENT_LABEL.get(f"{e.event}", f"{e.event}"), "day": i18n.day(e.date)} for e in low)
            caveats.append(i18n.gettext("Some events behind this answer rest on sources of low confidence: "
                                        "%(events)s.") % {"events": said})
        out["caveats"] = caveats
    return out


def status(state: str, on: str | dt.date | None = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """The status of ``state`` (ISO3, ISO2 or name) on ``on`` (default: today)."""
    ledger = ledger or engine.ledger()
    iso3 = engine.resolve_state(state)
    day = engine.as_of(on)
    return status_record(ledger.state(iso3), day, ledger)
