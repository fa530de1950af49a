"""What the record shows for an act a report attributes to a state, and its legal effect in one sentence.

Each function takes the state's ledger, the report's date and today, and returns
the record events it rests on, one plain sentence on the legal effect (citing
the article), and, where the report's wording and the record differ, a
correction.  The sentences are written here; dates come from the ledger, whose
calendar rules (Arts. 126, 127) compute every effective date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from romestatute.facts.records import DEPOSITS
from romestatute.ledger import Event, StateLedger, Withdrawal
from romestatute.model.vocab import Status

ACT_LABEL = {
    "withdrawal": "withdrawal from the Statute",
    "not_party_notice": "notice of intention not to become a party",
    "signature": "signature",
    "ratification": "ratification (or accession)",
    "declaration_12_3": "declaration accepting jurisdiction (Art. 12(3))",
    "revocation": "revocation of a withdrawal",
}


def long(day: dt.date | str | None) -> str:
    """'2016-10-27' -> '27 October 2016'."""
    if day is None:
        return "an unknown date"
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return f"{day.day} {day:%B %Y}"


def _ev(e: Event, report: dt.date) -> dict[str, Any]:
    row = e.to_json()
    row["after_report"] = e.date > report
    return row


def _events(led: StateLedger, kinds: set[str], report: dt.date) -> list[dict[str, Any]]:
    return [_ev(e, report) for e in led.events if e.event in kinds]


def _status_phrase(led: StateLedger, day: dt.date) -> str:
    status, _ = led.status_on(day)
    pending = led.pending_withdrawal(day)
    text = {Status.PARTY: "a State Party", Status.SIGNATORY: "a signatory, not a party",
            Status.SIGNATURE_WITHDRAWN: "a signatory that had said it would not become a party",
            Status.FORMER_PARTY: "a former party", Status.NON_SIGNATORY: "neither a signatory nor a party",
            Status.RATIFIED_NOT_IN_FORCE: "a state whose ratification was not yet in force"}[status]
    if pending is not None:
        text += f", with a withdrawal pending until {long(pending.effective)}"
    return text


def _pick_withdrawal(led: StateLedger, report: dt.date) -> Withdrawal | None:
    before = [w for w in led.withdrawals if w.notified <= report]
    if before:
        return before[-1]
    after = [w for w in led.withdrawals if w.notified > report]
    return after[0] if after else None


def _correction(says: str, shows: str, text: str, article: str) -> dict[str, Any]:
    return {"report_says": says, "record_shows": shows, "text": text, "article": article}


def withdrawal(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = led.name
    w = _pick_withdrawal(led, report)
    if w is not None:
        effect = (f"{n} notified its withdrawal on {long(w.notified)}; under Art. 127(1) a withdrawal takes effect "
                  f"one year after the notice is received, so it was due on {long(w.effective)}.")
        if w.revoked is not None:
            effect += (f" {n} revoked the notice on {long(w.revoked)}, before that day, so the withdrawal never "
                       f"took effect and {n} remained a party.")
        elif w.effective <= today:
            effect += (f" It took effect on that day; crimes committed while {n} was a party stay within the "
                       "Court's jurisdiction, and duties arising before the withdrawal remain (Art. 127(2)).")
        else:
            effect += f" Until then {n} remains a party with all its obligations (Art. 127(2))."
        if w.pending_on(report):
            effect += f" On the report's date ({long(report)}) the withdrawal was pending: {n} was still a party."
        correction = None
        if w.notified > report:
            effect += (f" The notice was received after the report's date; on {long(report)} {n} was "
                       f"{_status_phrase(led, report)}.")
            correction = _correction("withdrawal", "not_yet_notified",
                                     f"On the report's date ({long(report)}) {n} had not notified a withdrawal: its "
                                     f"notice reached the UN Secretary-General on {long(w.notified)}, and a withdrawal "
                                     "counts from the notice (Art. 127(1)). " + effect, "127(1)")
        return {"record": _events(led, {"withdrawal_notification", "withdrawal_effective", "withdrawal_revoked"},
                                  report), "effect": effect, "article": "127(1)", "correction": correction}
    unsign = [e for e in led.events if e.event == "signature_withdrawn"]
    ever_party = any(s == Status.PARTY for _, s in led.intervals())
    pulled = [e for e in led.events if e.event == "instrument_withdrawn"]
    if pulled and not ever_party:
        p = pulled[0]
        deposit = next((e for e in led.events if e.event in DEPOSITS and e.date <= p.date), None)
        what = f"its instrument of {deposit.event} (deposited {long(deposit.date)})" if deposit else "its instrument"
        effect = (f"{n} withdrew {what} on {long(p.date)}, before the Statute entered into force for it "
                  "(Art. 126(2)), so it never became a party; this is not a withdrawal under Art. 127, which only a "
                  "party can make.")
        if p.date > report:
            effect += f" That was after the report's date: on {long(report)} {n} was {_status_phrase(led, report)}."
        correction = _correction(
            "withdrawal", "instrument_withdrawn",
            f"The report calls it a withdrawal from the Statute, but {n} never became a party: it withdrew {what} "
            f"on {long(p.date)}, before the Statute entered into force for it (Art. 126(2)).", "126(2)")
        return {"record": _events(led, set(DEPOSITS) | {"instrument_withdrawn"}, report), "effect": effect,
                "article": "126(2)", "correction": correction}
    if unsign and not ever_party:
        u = unsign[0]
        signed = next((e for e in led.events if e.event == "signature"), None)
        effect = (f"{n} {'signed the Statute on ' + long(signed.date) + ' but ' if signed else ''}never ratified it, "
                  f"so it was never a party and had nothing to withdraw from. Its act was a notice to the "
                  f"depositary that it does not intend to become a party (received {long(u.date)}), which ends "
                  "only the duties that flow from a signature (Vienna Convention on the Law of Treaties, Art. 18); "
                  f"the Court's jurisdiction never rested on {n}'s consent and is unchanged by it.")
        if u.date > report:
            effect += (f" That notice is dated after the report ({long(report)}): on the report's date {n} was "
                       f"still {_status_phrase(led, report)}.")
        correction = _correction(
            "withdrawal", "signature_withdrawn",
            f"The report calls it a withdrawal, but {n} never became a party: what it did was notify that it "
            "will not become one (a 'notice of intention not to become a party').", "127")
        return {"record": _events(led, {"signature", "signature_withdrawn"}, report), "effect": effect,
                "article": "18 VCLT", "correction": correction}
    if not ever_party:
        return {"record": _events(led, {"signature"}, report), "article": "127",
                "effect": f"{n} has never been a party, so it cannot withdraw; no act of {n} on the Statute "
                          f"is on record apart from those listed.",
                "correction": _correction("withdrawal", "never_a_party",
                                          f"{n} was never a party to the Statute: there is nothing to withdraw from.",
                                          "127")}
    text = (f"No notice of withdrawal by {n} is on record: an announcement has no legal effect until the notice "
            "reaches the UN Secretary-General, and even then only a year later (Art. 127(1)).")
    return {"record": [], "article": "127(1)", "effect": text,
            "correction": _correction("withdrawal", "no_notice", f"The report says {n} withdrew, but {text[0].lower()}"
                                      f"{text[1:]} On {long(report)} {n} was {_status_phrase(led, report)}.", "127(1)")}


def not_party_notice(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = led.name
    unsign = [e for e in led.events if e.event == "signature_withdrawn"]
    if unsign:
        u = unsign[0]
        effect = (f"{n} notified the depositary on {long(u.date)} that it does not intend to become a party; "
                  "it is then free of the duty not to defeat the treaty's object (VCLT Art. 18).")
        if u.date > report:
            effect += f" This is after the report's date: on {long(report)} {n} was {_status_phrase(led, report)}."
        return {"record": _events(led, {"signature", "signature_withdrawn"}, report), "effect": effect,
                "article": "18 VCLT", "correction": None}
    if led.withdrawals:
        return withdrawal(led, report, today) | {"correction": _correction(
            "not_party_notice", "withdrawal_notification",
            f"{n} was a party: its act was a withdrawal under Art. 127, not a notice of not becoming a party.",
            "127(1)")}
    return {"record": [], "article": "18 VCLT", "correction": None,
            "effect": f"No notice by {n} that it does not intend to become a party is on record."}


def signature(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    signed = [e for e in led.events if e.event == "signature"]
    if not signed:
        deposits = [e for e in led.events if e.event in DEPOSITS]
        if deposits:
            d = deposits[0]
            text = (f"{led.name} never signed the Statute: signature was open only until 31 December 2000 "
                    f"(Art. 125(1)); it deposited an instrument of {d.event} on {long(d.date)}, which made it a party "
                    f"from {long(d.effective_date)} (Arts. 125(3), 126(2)).")
            return {"record": [_ev(e, report) for e in deposits], "article": "125", "effect": text,
                    "correction": _correction("signature", d.event, text, "125")}
        return {"record": [], "article": "125(1)", "correction": None,
                "effect": f"No signature of the Statute by {led.name} is on record."}
    return {"record": [_ev(e, report) for e in signed], "article": "125(1)", "correction": None,
            "effect": f"{led.name} signed the Statute on {long(signed[0].date)}; a signature alone does not make a "
                      "state a party: that takes ratification, acceptance, approval or accession (Art. 125)."}


def ratification(led: StateLedger, report: dt.date, today: dt.date, negated: bool = False) -> dict[str, Any]:
    n = led.name
    deposits = [e for e in led.events if e.event in DEPOSITS]
    if not deposits:
        effect = f"No instrument of ratification or accession by {n} is on record (as of {long(today)})."
        correction = None if negated else _correction(
            "ratification", "none", f"The record shows no ratification by {n}.", "125(2)")
        if negated:
            effect = f"The record agrees: {n} has not ratified the Statute (as of {long(today)}), so it is not a party."
        return {"record": [], "article": "125(2)", "effect": effect, "correction": correction}
    d = deposits[0]
    effect = (f"{n} deposited its instrument of {d.event} on {long(d.date)}; the Statute entered into force for it on "
              f"{long(d.effective_date)} (Art. 126).")
    correction = None
    if negated and d.date <= report:
        correction = _correction("not ratified", d.event,
                                 f"The report says {n} did not ratify, but it had deposited its instrument on "
                                 f"{long(d.date)}.", "126")
    elif not negated and d.date > report:
        correction = _correction(
            "ratification", "not_yet_deposited",
            f"On the report's date ({long(report)}) {n} had not ratified in law: a vote in parliament or a decision "
            f"to ratify is a domestic step; the ratification counts when the instrument is deposited with the UN "
            f"Secretary-General, which {n} did on {long(d.date)}, and the Statute entered into force for it on the "
            f"first day of the month after the 60th day following the deposit, {long(d.effective_date)} "
            "(Art. 126(2)).", "126(2)")
        effect += f" Both are after the report's date: on {long(report)} {n} was {_status_phrase(led, report)}."
    elif not negated and d.effective_date is not None and d.effective_date > report:
        effect += (f" On the report's date ({long(report)}) the instrument was deposited but not yet in force: "
                   f"{n} became a party only on {long(d.effective_date)} (Art. 126(2)).")
    return {"record": [_ev(e, report) for e in led.events if e.event in DEPOSITS | {"entry_into_force"}],
            "article": "126", "effect": effect, "correction": correction}


def declaration_12_3(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    decl = [e for e in led.events if e.event == "declaration_12_3"]
    if not decl:
        return {"record": [], "article": "12(3)", "correction": None,
                "effect": f"No declaration by {led.name} accepting the Court's jurisdiction is on record."}
    text = "; ".join(f"on {long(e.date)} it {e.meaning}" for e in decl)
    return {"record": [_ev(e, report) for e in decl], "article": "12(3)", "correction": None,
            "effect": f"{led.name}: {text}. A valid declaration lets the Court exercise jurisdiction as if the "
                      "state were a party for the conduct it covers (Art. 12(3))."}


def revocation(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    revoked = [w for w in led.withdrawals if w.revoked]
    if not revoked:
        return {"record": [], "article": "127(1)", "correction": None,
                "effect": f"No revoked withdrawal by {led.name} is on record."}
    w = revoked[0]
    return {"record": _events(led, {"withdrawal_notification", "withdrawal_revoked"}, report), "article": "127(1)",
            "correction": None,
            "effect": f"{led.name} revoked on {long(w.revoked)} the withdrawal it had notified on {long(w.notified)}, "
                      f"before its effective date ({long(w.effective)}): it never stopped being a party."}


def explain_act(kind: str, led: StateLedger, report: dt.date, today: dt.date, negated: bool = False) -> dict[str, Any]:
    if kind == "ratification":
        return ratification(led, report, today, negated)
    return {"withdrawal": withdrawal, "not_party_notice": not_party_notice, "signature": signature,
            "declaration_12_3": declaration_12_3, "revocation": revocation}[kind](led, report, today)
