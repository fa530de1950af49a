"""What the record shows for an act a report attributes to a state, and its legal effect in one sentence.

Each function takes the state's ledger, the report's date and today, and returns
the record events it rests on, one plain sentence on the legal effect (citing
the article), and, where the report's wording and the record differ, a
correction.  The sentences are written here, in the active language (English
as it always was; each sentence one message with named parameters); dates come
from the ledger, whose calendar rules (Arts. 126, 127) compute every effective date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from romestatute import i18n
from romestatute.facts.records import DEPOSITS
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.ledger import Event, StateLedger, Withdrawal
from romestatute.model.vocab import STATUS_PREDICATE, Status

#: Each act's label, read in the active language.
ACT_LABEL = i18n.Translated({
    "withdrawal": N_("withdrawal from the Statute"),
    "not_party_notice": N_("notice of intention not to become a party"),
    "signature": N_("signature"),
    "ratification": N_("ratification (or accession)"),
    "declaration_12_3": N_("declaration accepting jurisdiction (Art. 12(3))"),
    "revocation": N_("revocation of a withdrawal"),
})
#: The instrument a state deposits (Art. 125(2), (3)), named in the active language.
INSTRUMENT = {"ratification": N_("instrument of ratification"), "accession": N_("instrument of accession"),
              "acceptance": N_("instrument of acceptance"), "approval": N_("instrument of approval")}

#: What a correction says the report said and the record shows (``report_says``, ``record_shows``: codes, unchanged in
#: the JSON), in words: English shows the code's words, as it always did.
CORRECTION_CODE = i18n.Translated({
    "withdrawal": N_("withdrawal"), "not_yet_notified": N_("not yet notified"),
    "instrument_withdrawn": N_("instrument withdrawn"), "signature_withdrawn": N_("signature withdrawn"),
    "never_a_party": N_("never a party"), "no_notice": N_("no notice"), "none": N_("none"),
    "not_yet_deposited": N_("not yet deposited"), "not ratified": N_("not ratified"), "ratification": N_("ratification"),
    "accession": N_("accession"), "acceptance": N_("acceptance"), "approval": N_("approval"),
    "not_party_notice": N_("not party notice"), "withdrawal_notification": N_("withdrawal notification"),
    "signature": N_("signature"),
})


def label(kind: str) -> str:
    """An act's label in the active language."""
    return ACT_LABEL[kind]


def instrument(kind: str) -> str:
    """'instrument of ratification' (or of accession, acceptance, approval) in the active language."""
    return _(INSTRUMENT[kind]) if kind in INSTRUMENT else f"instrument of {kind}"


def long(day: dt.date | str | None) -> str:
    """'2016-10-27' -> '27 October 2016' ('27 octobre 2016', '1er juillet 2002' in French)."""
    if day is None:
        return _("an unknown date")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    if i18n.language() != i18n.DEFAULT:
        return i18n.long_date(day)
    return f"{day.day} {day:%B %Y}"


def _ev(e: Event, report: dt.date) -> dict[str, Any]:
    row = e.to_json()
    row["after_report"] = e.date > report
    return row


def _events(led: StateLedger, kinds: set[str], report: dt.date) -> list[dict[str, Any]]:
    return [_ev(e, report) for e in led.events if e.event in kinds]


def named(led: StateLedger) -> dict[str, str]:
    """A state's name in each form a sentence may need it in (``i18n.state_name``), as named parameters: ``name``
    alone, ``the_state`` ("le Burundi", "les Philippines", after "par", "pour"), ``of_state`` ("du Burundi",
    "d’Israël"); English has its name in every form. The French sentences never make a participle agree with the
    state's gender (never guessed): "Retrait notifié par les Philippines le ...", "le Statut n’est jamais entré en
    vigueur à l’égard du Soudan"; only a status (``status_predicate``) agrees in number, as the data give it."""
    iso3, english = led.iso3, led.name
    return {"name": i18n.state_name(iso3, english), "the_state": i18n.state_name(iso3, english, "le"),
            "of_state": i18n.state_name(iso3, english, "de")}


def status_predicate(led: StateLedger, status: Status) -> str:
    """What the state was in ``status``, as the predicate of a sentence whose subject is the state, in the active
    language (``model.vocab.STATUS_PREDICATE``): "was neither a signatory nor a party", « étaient un État partie »
    after a name French treats as plural."""
    singular, plural = STATUS_PREDICATE[status]
    return _(plural if i18n.state_plural(led.iso3, led.name) else singular)


def _status_phrase(led: StateLedger, day: dt.date) -> str:
    status, _since = led.status_on(day)
    pending = led.pending_withdrawal(day)
    text = status_predicate(led, status)
    if pending is not None:
        text += _(", with a withdrawal pending until %(day)s") % {"day": long(pending.effective)}
    return text


def _was(n: dict[str, str], report: dt.date, led: StateLedger) -> str:
    """'on <report> <name> was a State Party.' (the end of several sentences)."""
    return _("on %(report)s %(the_state)s %(status)s.") % {**n, "report": long(report),
                                                           "status": _status_phrase(led, report)}


def _pick_withdrawal(led: StateLedger, report: dt.date) -> Withdrawal | None:
    before = [w for w in led.withdrawals if w.notified <= report]
    if before:
        return before[-1]
    after = [w for w in led.withdrawals if w.notified > report]
    return after[0] if after else None


def _correction(says: str, shows: str, text: str, article: str) -> dict[str, Any]:
    return {"report_says": says, "record_shows": shows, "text": text, "article": article}


def withdrawal(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = named(led)
    w = _pick_withdrawal(led, report)
    if w is not None:
        effect = i18n.sentence(_("%(the_state)s notified its withdrawal on %(notified)s; under Art. 127(1) a withdrawal takes effect one "
                   "year after the notice is received, so it was due on %(effective)s.") % {
            **n, "notified": long(w.notified), "effective": long(w.effective)})
        if w.revoked is not None:
            effect += " " + i18n.sentence(_("%(the_state)s revoked the notice on %(revoked)s, before that day, so the withdrawal never "
                              "took effect and %(the_state)s remained a party.") % {**n, "revoked": long(w.revoked)})
        elif w.effective <= today:
            effect += " " + _("It took effect on that day; crimes committed while %(the_state)s was a party stay within "
                              "the Court's jurisdiction, and duties arising before the withdrawal remain (Art. 127(2)).") % n
        else:
            effect += " " + _("Until then %(the_state)s remains a party with all its obligations (Art. 127(2)).") % n
        if w.pending_on(report):
            effect += " " + _("On the report's date (%(report)s) the withdrawal was pending: %(the_state)s was still a "
                              "party.") % {**n, "report": long(report)}
        correction = None
        if w.notified > report:
            effect += " " + _("The notice was received after the report's date; %(was)s") % {"was": _was(n, report, led)}
            correction = _correction("withdrawal", "not_yet_notified",
                                     _("On the report's date (%(report)s) %(the_state)s had not notified a withdrawal: its "
                                       "notice reached the UN Secretary-General on %(notified)s, and a withdrawal "
                                       "counts from the notice (Art. 127(1)).") % {
                                         **n, "report": long(report), "notified": long(w.notified)}
                                     + " " + effect, "127(1)")
        return {"record": _events(led, {"withdrawal_notification", "withdrawal_effective", "withdrawal_revoked"},
                                  report), "effect": effect, "article": "127(1)", "correction": correction}
    unsign = [e for e in led.events if e.event == "signature_withdrawn"]
    ever_party = any(s == Status.PARTY for _s, s in led.intervals())
    pulled = [e for e in led.events if e.event == "instrument_withdrawn"]
    if pulled and not ever_party:
        p = pulled[0]
        deposit = next((e for e in led.events if e.event in DEPOSITS and e.date <= p.date), None)
        what = (_("its %(instrument)s (deposited %(day)s)") % {"instrument": instrument(deposit.event),
                                                               "day": long(deposit.date)}
                if deposit else _("its instrument"))
        effect = i18n.sentence(_("%(the_state)s withdrew %(what)s on %(day)s, before the Statute entered into force for it "
                   "(Art. 126(2)), so it never became a party; this is not a withdrawal under Art. 127, which only a "
                   "party can make.") % {**n, "what": what, "day": long(p.date)})
        if p.date > report:
            effect += " " + _("That was after the report's date: %(was)s") % {"was": _was(n, report, led)}
        correction = _correction(
            "withdrawal", "instrument_withdrawn",
            _("The report calls it a withdrawal from the Statute, but %(of_state)s never became a party: it withdrew "
              "%(what)s on %(day)s, before the Statute entered into force for it (Art. 126(2)).")
            % {**n, "what": what, "day": long(p.date)}, "126(2)")
        return {"record": _events(led, set(DEPOSITS) | {"instrument_withdrawn"}, report), "effect": effect,
                "article": "126(2)", "correction": correction}
    if unsign and not ever_party:
        u = unsign[0]
        signed = next((e for e in led.events if e.event == "signature"), None)
        said = {**n, "received": long(u.date)}
        if signed:
            effect = i18n.sentence(_("%(the_state)s signed the Statute on %(signed)s but never ratified it, so it was never a party and "
                       "had nothing to withdraw from. Its act was a notice to the depositary that it does not intend "
                       "to become a party (received %(received)s), which ends only the duties that flow from a "
                       "signature (Vienna Convention on the Law of Treaties, Art. 18); the Court's jurisdiction never "
                       "rested on %(of_state)s's consent and is unchanged by it.") % {**said, "signed": long(signed.date)})
        else:
            effect = i18n.sentence(_("%(the_state)s never ratified it, so it was never a party and had nothing to withdraw from. Its act "
                       "was a notice to the depositary that it does not intend to become a party (received "
                       "%(received)s), which ends only the duties that flow from a signature (Vienna Convention on "
                       "the Law of Treaties, Art. 18); the Court's jurisdiction never rested on %(of_state)s's consent "
                       "and is unchanged by it.") % said)
        if u.date > report:
            effect += " " + _("That notice is dated after the report (%(report)s): on the report's date "
                              "%(the_state)s %(status)s.") % {**n, "report": long(report), "status": _status_phrase(led, report)}
        correction = _correction(
            "withdrawal", "signature_withdrawn",
            _("The report calls it a withdrawal, but %(of_state)s never became a party: what it did was notify that it "
              "will not become one (a 'notice of intention not to become a party').") % n, "127")
        return {"record": _events(led, {"signature", "signature_withdrawn"}, report), "effect": effect,
                "article": "18 VCLT", "correction": correction}
    if not ever_party:
        return {"record": _events(led, {"signature"}, report), "article": "127",
                "effect": i18n.sentence(_("%(of_state)s has never been a party, so it cannot withdraw; no act of %(of_state)s on the "
                            "Statute is on record apart from those listed.") % n),
                "correction": _correction("withdrawal", "never_a_party",
                                          i18n.sentence(_("%(of_state)s was never a party to the Statute: there is nothing to "
                                            "withdraw from.") % n), "127")}
    said = {**n, "report": long(report), "status": _status_phrase(led, report)}
    return {"record": [], "article": "127(1)",
            "effect": _("No notice of withdrawal by %(of_state)s is on record: an announcement has no legal effect until "
                        "the notice reaches the UN Secretary-General, and even then only a year later "
                        "(Art. 127(1)).") % said,
            "correction": _correction("withdrawal", "no_notice",
                                      _("The report says %(of_state)s withdrew, but no notice of withdrawal by %(of_state)s is "
                                        "on record: an announcement has no legal effect until the notice reaches the "
                                        "UN Secretary-General, and even then only a year later (Art. 127(1)). On "
                                        "%(report)s %(the_state)s %(status)s.") % said, "127(1)")}


def not_party_notice(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = named(led)
    unsign = [e for e in led.events if e.event == "signature_withdrawn"]
    if unsign:
        u = unsign[0]
        effect = i18n.sentence(_("%(the_state)s notified the depositary on %(day)s that it does not intend to become a party; it "
                   "is then free of the duty not to defeat the treaty's object (VCLT Art. 18).") % {
            **n, "day": long(u.date)})
        if u.date > report:
            effect += " " + _("This is after the report's date: %(was)s") % {"was": _was(n, report, led)}
        return {"record": _events(led, {"signature", "signature_withdrawn"}, report), "effect": effect,
                "article": "18 VCLT", "correction": None}
    if led.withdrawals:
        return withdrawal(led, report, today) | {"correction": _correction(
            "not_party_notice", "withdrawal_notification",
            i18n.sentence(_("%(of_state)s was a party: its act was a withdrawal under Art. 127, not a notice of not becoming "
              "a party.") % n), "127(1)")}
    return {"record": [], "article": "18 VCLT", "correction": None,
            "effect": _("No notice by %(of_state)s that it does not intend to become a party is on record.") % n}


def signature(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = named(led)
    signed = [e for e in led.events if e.event == "signature"]
    if not signed:
        deposits = [e for e in led.events if e.event in DEPOSITS]
        if deposits:
            d = deposits[0]
            text = i18n.sentence(_("%(the_state)s never signed the Statute: signature was open only until %(closed)s (Art. 125(1)); it "
                     "deposited an %(instrument)s on %(day)s, which made it a party from %(effective)s "
                     "(Arts. 125(3), 126(2)).") % {**n, "closed": long(dt.date(2000, 12, 31)),
                                                    "instrument": instrument(d.event), "day": long(d.date),
                                                    "effective": long(d.effective_date)})
            return {"record": [_ev(e, report) for e in deposits], "article": "125", "effect": text,
                    "correction": _correction("signature", d.event, text, "125")}
        return {"record": [], "article": "125(1)", "correction": None,
                "effect": _("No signature of the Statute by %(the_state)s is on record.") % n}
    return {"record": [_ev(e, report) for e in signed], "article": "125(1)", "correction": None,
            "effect": i18n.sentence(_("%(the_state)s signed the Statute on %(day)s; a signature alone does not make a state a party: "
                        "that takes ratification, acceptance, approval or accession (Art. 125).") % {
                **n, "day": long(signed[0].date)})}


def ratification(led: StateLedger, report: dt.date, today: dt.date, negated: bool = False) -> dict[str, Any]:
    n = named(led)
    deposits = [e for e in led.events if e.event in DEPOSITS]
    if not deposits:
        if negated:
            return {"record": [], "article": "125(2)",
                    "effect": _("The record agrees: %(the_state)s has not ratified the Statute (as of %(today)s), so it "
                                "is not a party.") % {**n, "today": long(today)}, "correction": None}
        return {"record": [], "article": "125(2)",
                "effect": _("No instrument of ratification or accession by %(the_state)s is on record (as of "
                            "%(today)s).") % {**n, "today": long(today)},
                "correction": _correction("ratification", "none",
                                          _("The record shows no ratification by %(the_state)s.") % n, "125(2)")}
    d = deposits[0]
    effect = i18n.sentence(_("%(the_state)s deposited its %(instrument)s on %(day)s; the Statute entered into force for it on "
               "%(effective)s (Art. 126).") % {**n, "instrument": instrument(d.event), "day": long(d.date),
                                               "effective": long(d.effective_date)})
    correction = None
    if negated and d.date <= report:
        correction = _correction("not ratified", d.event,
                                 _("The report says %(the_state)s did not ratify, but it had deposited its instrument on "
                                   "%(day)s.") % {**n, "day": long(d.date)}, "126")
    elif not negated and d.date > report:
        correction = _correction(
            "ratification", "not_yet_deposited",
            _("On the report's date (%(report)s) %(the_state)s had not ratified in law: a vote in parliament or a decision "
              "to ratify is a domestic step; the ratification counts when the instrument is deposited with the UN "
              "Secretary-General, which %(the_state)s did on %(day)s, and the Statute entered into force for it on the "
              "first day of the month after the 60th day following the deposit, %(effective)s (Art. 126(2)).")
            % {**n, "report": long(report), "day": long(d.date), "effective": long(d.effective_date)}, "126(2)")
        effect += " " + _("Both are after the report's date: %(was)s") % {"was": _was(n, report, led)}
    elif not negated and d.effective_date is not None and d.effective_date > report:
        effect += " " + _("On the report's date (%(report)s) the instrument was deposited but not yet in force: "
                          "%(of_state)s became a party only on %(effective)s (Art. 126(2)).") % {
            **n, "report": long(report), "effective": long(d.effective_date)}
    return {"record": [_ev(e, report) for e in led.events if e.event in DEPOSITS | {"entry_into_force"}],
            "article": "126", "effect": effect, "correction": correction}


def declaration_12_3(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = named(led)
    decl = [e for e in led.events if e.event == "declaration_12_3"]
    if not decl:
        return {"record": [], "article": "12(3)", "correction": None,
                "effect": _("No declaration by %(of_state)s accepting the Court's jurisdiction is on record.") % n}
    text = "; ".join(_("on %(day)s it %(meaning)s") % {"day": long(e.date), "meaning": e.text()} for e in decl)
    return {"record": [_ev(e, report) for e in decl], "article": "12(3)", "correction": None,
            "effect": i18n.sentence(_("%(the_state)s: %(declarations)s. A valid declaration lets the Court exercise jurisdiction as if "
                        "the state were a party for the conduct it covers (Art. 12(3)).") % {
                **n, "declarations": text})}


def revocation(led: StateLedger, report: dt.date, today: dt.date) -> dict[str, Any]:
    n = named(led)
    revoked = [w for w in led.withdrawals if w.revoked]
    if not revoked:
        return {"record": [], "article": "127(1)", "correction": None,
                "effect": _("No revoked withdrawal by %(of_state)s is on record.") % n}
    w = revoked[0]
    return {"record": _events(led, {"withdrawal_notification", "withdrawal_revoked"}, report), "article": "127(1)",
            "correction": None,
            "effect": i18n.sentence(_("%(the_state)s revoked on %(revoked)s the withdrawal it had notified on %(notified)s, before its "
                        "effective date (%(effective)s): it never stopped being a party.") % {
                **n, "revoked": long(w.revoked), "notified": long(w.notified), "effective": long(w.effective)})}


def explain_act(kind: str, led: StateLedger, report: dt.date, today: dt.date, negated: bool = False) -> dict[str, Any]:
    if kind == "ratification":
        return ratification(led, report, today, negated)
    return {"withdrawal": withdrawal, "not_party_notice": not_party_notice, "signature": signature,
            "declaration_12_3": declaration_12_3, "revocation": revocation}[kind](led, report, today)
