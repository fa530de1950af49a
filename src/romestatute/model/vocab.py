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
