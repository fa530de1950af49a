"""Part 9 of the Statute (with Arts. 12(3), 13(b), 27, 58(4), 98(1) and 127(2)): the duty to arrest and surrender.

Each rule answers one legal question about one state, one warrant and one day,
and cites its article.  ``queries.obligation`` asks them in turn and writes
the trace.  The order follows where a duty can come from:

* the Statute itself, for States Parties (Arts. 86, 89(1));
* a state's own Art. 12(3) declaration, which accepts cooperation under Part 9
  for the situation it concerns;
* a Security Council resolution referring a situation (Art. 13(b)), binding
  the states it names under the UN Charter;
* Art. 127(2), keeping a former party bound for investigations commenced
  before its withdrawal took effect.

Immunities (Arts. 27 and 98(1)) follow the Appeals Chamber's judgment in the
Jordan referral concerning Mr Al-Bashir (ICC-02/05-01/09-397, 6 May 2019).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from romestatute import i18n
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.law.registry import rule
from romestatute.ledger import Ledger
from romestatute.model.vocab import Status

#: Warrant statuses after which no state can be asked to arrest the person.
ENDED = {"deceased", "withdrawn", "proceedings_terminated", "acquitted", "convicted", "in_custody", "appeared"}

JORDAN_APPEAL = N_("Appeals Chamber, Jordan referral re Al-Bashir, ICC-02/05-01/09-397, 6 May 2019: customary "
                   "international law knows no head-of-state immunity before an international court, so Art. 98(1) "
                   "does not let a State Party refuse to arrest the head of state of a non-party; a Security Council "
                   "referral binding a non-party puts it in a position analogous to a party, Art. 27(2) included")


@dataclass(frozen=True, slots=True)
class Ask:
    """One question: must ``state`` arrest and surrender the person named in ``warrant`` on ``day``?"""

    ledger: Ledger
    state: str
    day: dt.date
    warrant: dict[str, Any]
    situation: dict[str, Any] | None
    unsc: dict[str, Any]


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


# -- the warrant ---------------------------------------------------------------------------------

@rule("58(4)", N_("A warrant of arrest stays in effect until the Court orders otherwise"),
      reading=N_("58(7): a summons to appear is not a warrant and creates no duty to arrest"))
def warrant_in_force(ask: Ask) -> tuple[bool, str]:
    """Whether the warrant can be executed on the day, and why (not yet issued, ended, a summons)."""
    w = ask.warrant
    issued = _date(w.get("issued"))
    if w.get("kind") != "arrest_warrant":
        return False, _("it is a summons to appear, not a warrant of arrest (Art. 58(7))")
    if issued is None or ask.day < issued:
        return False, _("it was issued only on %(day)s") % {"day": i18n.day(issued) if issued else _("an unknown date")}
    status, since = w.get("status"), _date(w.get("status_date"))
    if status in ENDED and since is not None and since <= ask.day:
        return False, _("its status since %(since)s is %(status)s") % {"since": i18n.day(since),
                                                                        "status": _(status.replace("_", " "))}
    return True, _("issued on %(issued)s and not ended by %(day)s") % {"issued": i18n.day(issued), "day": i18n.day(ask.day)}


def investigation_commenced(situation: dict[str, Any] | None, warrant: dict[str, Any]) -> dt.date | None:
    """When the proceedings behind the warrant began: the investigation's opening (else the warrant's issue).

    A preliminary examination is not counted: Arts. 15 and 53 distinguish it from an investigation.
    """
    trigger = (situation or {}).get("trigger") or {}
    days = [d for d in (_date(trigger.get("investigation_opened")), _date(trigger.get("ptc_authorisation"))) if d]
    return min(days) if days else _date(warrant.get("issued"))


# -- where a duty comes from -----------------------------------------------------------------------

@rule("86", N_("General obligation of States Parties to cooperate"))
def party(ask: Ask) -> bool:
    """A State Party on the day must cooperate fully with the Court's investigations and prosecutions."""
    return ask.ledger.status_on(ask.state, ask.day) == Status.PARTY


@rule("89(1)", N_("Arrest and surrender on the Court's request"))
def party_must_arrest(ask: Ask) -> bool:
    """A State Party must comply with a request to arrest and surrender a person found on its territory."""
    return party(ask)


@rule("12(3)", N_("A declaring state cooperates under Part 9"),
      reading=N_("the declaration covers the situation when the declaring state's territory is part of it"))
def declaration_duty(ask: Ask) -> Any:
    """A valid Art. 12(3) declaration of the state, lodged by the day, for the situation of the warrant."""
    territory = set((ask.situation or {}).get("territory") or [])
    if ask.state not in territory:
        return None
    for d in ask.ledger.state(ask.state).declarations_on(ask.day, "12_3"):
        if d.valid:
            return d
    return None


@rule("13(b)", N_("A Security Council referral binds the states it names"),
      reading=N_("UN Charter Art. 25: Council decisions bind Member States; the referral's own text says which "
      "states must cooperate (Res. 1593: Sudan; Res. 1970: Libya); others are only urged"))
def council_duty(ask: Ask) -> dict[str, Any] | None:
    """The adopted referral of the warrant's situation that obliges the state to cooperate, if any."""
    resolution = ((ask.situation or {}).get("trigger") or {}).get("resolution")
    if not resolution:
        return None
    digits = "".join(ch for ch in str(resolution).split("(")[0] if ch.isdigit())
    for r in ask.unsc.get("referrals") or []:
        own = "".join(ch for ch in str(r.get("resolution", "")).split("(")[0] if ch.isdigit())
        adopted = _date(r.get("date"))
        if own == digits and ask.state in (r.get("cooperation_bound") or []) and adopted and adopted <= ask.day:
            return r
    return None


@rule("127(2)", N_("A former party stays bound for proceedings commenced before its withdrawal took effect"),
      reading=N_("any investigation opened before the effective date counts (as a party the state had a duty to "
      "cooperate in all of them); a preliminary examination alone does not. Burundi, PTC III, "
      "ICC-01/17-X-9-US-Exp, 25 Oct 2017: Burundi must cooperate in the investigation authorised before "
      "its withdrawal took effect"))
def former_party_duty(ask: Ask) -> tuple[Any, dt.date | None]:
    """The withdrawal that took effect after the proceedings began (and the day they began), if any."""
    led = ask.ledger.state(ask.state)
    began = investigation_commenced(ask.situation, ask.warrant)
    for w in led.withdrawals:
        if w.took_effect_by(ask.day):
            if began is not None and began < w.effective:
                return w, began
    return None, began


# -- immunities --------------------------------------------------------------------------------------

@rule("27(2)", N_("Immunities attached to official capacity do not bar the Court's jurisdiction"),
      reading=JORDAN_APPEAL)
def official_capacity_no_bar(ask: Ask) -> bool:
    """Immunities under national or international law do not stop the Court exercising jurisdiction."""
    return True


@rule("98(1)", N_("Requests inconsistent with immunities owed to a third state"), reading=JORDAN_APPEAL)
def immunity_no_bar(ask: Ask) -> bool:
    """No immunity owed to the person's state stands in the way of a request to arrest him or her."""
    return True


@rule("86", N_("No duty for a state the Statute does not bind"),
      reading=N_("Vienna Convention on the Law of Treaties Art. 34: a treaty creates no obligations for a third "
      "state without its consent; non-parties are at most urged to cooperate (Art. 87(5) arrangements aside)"))
def not_bound(ask: Ask) -> bool:
    """A state that is not a party, made no declaration and is named by no Council referral owes no duty."""
    return not (party(ask) or declaration_duty(ask) or council_duty(ask) or former_party_duty(ask)[0])


def ever_party(ledger: Ledger, iso3: str, day: dt.date) -> bool:
    """Whether the state was a State Party at any time up to ``day`` (for the 'no treaty duty' explanation)."""
    return any(iv.start <= day for iv, s in ledger.state(iso3).intervals() if s == Status.PARTY)
