"""The project's vocabulary (see DESIGN): statuses, crimes, triggers, outcomes."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PARTY = "party"
    RATIFIED_NOT_IN_FORCE = "ratified_not_in_force"
    SIGNATORY = "signatory"
    SIGNATURE_WITHDRAWN = "signature_withdrawn"
    FORMER_PARTY = "former_party"
    NON_SIGNATORY = "non_signatory"


class Trigger(StrEnum):
    STATE_REFERRAL = "state_referral"
    UNSC_REFERRAL = "unsc_referral"
    PROPRIO_MOTU = "proprio_motu"


class Outcome(StrEnum):
    YES = "yes"
    NO = "no"
    PARTIAL = "partial"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


#: Core crimes of Art. 5; war crimes added by amendments are ``war_crimes:<key>``.
CORE_CRIMES = ("genocide", "crimes_against_humanity", "war_crimes", "aggression")

def N_(message: str) -> str:  # noqa: N802 (gettext's marker: extracted by Babel, translated where shown)
    return message


#: What each status means, in English; shown through ``romestatute.i18n.gettext`` in the active language.
STATUS_MEANING: dict[Status, str] = {
    Status.PARTY: N_("bound by the Statute: it is in force for this state"),
    Status.RATIFIED_NOT_IN_FORCE: N_("has deposited its instrument; the Statute is not yet in force for it"),
    Status.SIGNATORY: N_("signed but has not ratified; bound only not to defeat the treaty's object"),
    Status.SIGNATURE_WITHDRAWN: N_("signed, then told the depositary it does not intend to become a party"),
    Status.FORMER_PARTY: N_("was a party; its withdrawal has taken effect"),
    Status.NON_SIGNATORY: N_("has neither signed nor joined the Statute"),
}


#: What a state was on a day in each status, as the predicate of a sentence whose subject is the state ("On 1 January
#: 2016, Rwanda was neither a signatory nor a party"), in English; said in the active language where shown (the
#: reader's records and corrections: ``romestatute.read.acts.status_predicate``).  Two forms each: for a singular name
#: (every English name) and for a name French treats as plural (``data/states_fr.csv``'s ``number``: « les
#: Philippines étaient un État partie »); no form makes a word agree with a state's gender.  A withdrawal notified but
#: not yet in force is no status of its own: the state is a party until it takes effect (Art. 127(1)), and the
#: sentence adds the day it does.
STATUS_PREDICATE: dict[Status, tuple[str, str]] = {
    Status.PARTY: (N_("was a State Party"), N_("were a State Party")),
    Status.RATIFIED_NOT_IN_FORCE: (
        N_("had deposited its instrument of ratification or accession, but the Statute was not yet in force for it"),
        N_("had deposited their instrument of ratification or accession, but the Statute was not yet in force for "
           "them")),
    Status.SIGNATORY: (N_("had signed the Statute but not ratified it"),
                       N_("had signed the Statute, but they had not ratified it")),
    Status.SIGNATURE_WITHDRAWN: (N_("had signed, then notified the depositary that it did not intend to become a party"),
                                 N_("had signed, then notified the depositary that they did not intend to become a "
                                    "party")),
    Status.FORMER_PARTY: (N_("was a former State Party"), N_("were a former State Party")),
    Status.NON_SIGNATORY: (N_("was neither a signatory nor a party"), N_("were neither signatories nor parties")),
}
