"""A state a report names once and then refers to by a pronoun: "Rwanda ... It is not a signatory", "le Rwanda ... il
n'est pas signataire", "Ruanda ... No es signatario" (Spanish drops the pronoun).

The pronoun stands for the state named before it in its own sentence, or else in the sentence before, only when
exactly one state is named there; two states there make it ambiguous, and no state is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from romestatute.read.mentions import Mention

#: Where a clause starts: the sentence's start, a comma or semicolon, or a joining word.
_CLAUSE = (r"(?:^|[,;:]\s*|\b(?:and|but|as|because|since|while|though|although|et|mais|car|puisqu['’]?|comme|"
           r"pero|y|ya\s+que|porque|pues|aunque)\s+)")
#: A subject pronoun opening a clause, just before a verb: "It ", "mais il n'" (before "est", "a").
PRONOUN = re.compile(_CLAUSE + r"(?P<pro>it|il|elle)\s+(?:n['’]\s*)?$", re.IGNORECASE)
#: The same before an act word a few words on: "It is not a signatory", "il n'est pas signataire", "it never ratified".
PRONOUN_BEFORE_ACT = re.compile(_CLAUSE + r"(?:it|il|elle)\s+(?:n['’]\s*)?(?:[\w’']+\s+){0,4}$", re.IGNORECASE)
#: A passive act ("It was signed in Rome in 1998", "il a été ratifié"): the pronoun is what was signed, not who signed.
PASSIVE = re.compile(r"\b(?:is|was|were|been|being|être|été|fut|fue|sido)\s+(?:\w+\s+)?$", re.IGNORECASE)
PARTICIPLE = re.compile(r"(?:ed|é|ée|és|ées|ado|ada|ados|adas)$", re.IGNORECASE)
#: A Spanish clause with no subject before its verb: "No es signatario", "pero no es parte".
NO_SUBJECT_ES = re.compile(_CLAUSE + r"$", re.IGNORECASE)
SPANISH_VERBS = frozenset({"es", "era", "son"})


def antecedent(before: Sequence[Mention], previous: Sequence[Mention]) -> list[Mention]:
    """The state a pronoun stands for: the one named before it in its sentence (``before``), else the one named in
    the sentence before (``previous``); nothing when the first of these that names a state names two."""
    pool = before or previous
    return list(pool[-1:]) if len({m.key for m in pool}) == 1 else []


def acts_for(before: str, act_word: str) -> bool:
    """Whether a subject pronoun in ``before`` (the sentence up to an act word) is who did the act: "il n'est pas
    signataire", "it never ratified", not "It was signed in Rome" (a passive: the pronoun is the treaty)."""
    if PRONOUN_BEFORE_ACT.search(before) is None:
        return False
    return not (PASSIVE.search(before) and PARTICIPLE.search(act_word))
