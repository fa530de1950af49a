"""Rules that frame a question rather than decide a precondition: which crimes are asked about (Art. 5),
who can commit aggression (Art. 8 bis), the check on the Prosecutor's own investigations (Art. 15(4)),
and where a finding of non-compliance goes (Art. 87(7)).

Each is small, but a trace cites these articles, so each is a registered rule that ``rome articles``
lists with the article it applies.
"""

from __future__ import annotations

from collections.abc import Sequence

from romestatute.i18n import N_
from romestatute.law.registry import rule
from romestatute.model.vocab import CORE_CRIMES, Trigger


@rule("5", N_("Crimes within the jurisdiction of the Court"))
def added_by_amendment(crimes: Sequence[str]) -> list[str]:
    """The crimes asked about that amendments added to Art. 5's four: they reach only the states that accepted them."""
    return [c for c in crimes if c not in CORE_CRIMES]


@rule("8 bis", N_("Aggression is a leadership crime"))
def leadership_crime(crimes: Sequence[str]) -> bool:
    """Whether aggression is asked about: only a person able to control or direct a state's political or military
    action can commit it, and its own jurisdiction regime (Arts. 15 bis and 15 ter) applies."""
    return "aggression" in crimes


@rule("15(4)", N_("The Prosecutor's own investigation needs a Pre-Trial Chamber's authorisation"))
def needs_authorisation(trigger: Trigger | str | None) -> bool:
    """Whether the question includes the Prosecutor acting on her or his own motion (Art. 15(3)-(4)): a Pre-Trial
    Chamber must then authorise the investigation, checking that the case appears to fall within jurisdiction."""
    return trigger is None or trigger == Trigger.PROPRIO_MOTU


@rule("87(7)", N_("A failure to cooperate may be referred to the Assembly or the Security Council"))
def noncompliance_forum(trigger_kind: str | None) -> str:
    """Where the Court may refer a finding that a state failed to cooperate: the Security Council when the Council
    referred the situation, otherwise the Assembly of States Parties."""
    return N_("the Security Council") if trigger_kind == Trigger.UNSC_REFERRAL else N_("the Assembly of States Parties")
