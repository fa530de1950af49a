"""What the API accepts, declared once: each parameter's pattern, length and vocabulary.

FastAPI both enforces these and writes them into the OpenAPI spec, so a generated client, a validator
and the server agree on what a valid request is. Where a rule spans several parameters (a territory,
a vessel flag or a nationality is required; ``to`` is not before ``from``), the spec cannot say it and
the engine answers 422 naming the field.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, StringConstraints

from romestatute.i18n import N_
from romestatute.queries.conduct import MAX_TEXT
from romestatute.web.guard import MAX_VALUE

# -- dates ------------------------------------------------------------------------------------------
# Patterns are read by three regex engines (ECMA-262 in the spec's readers, Rust in pydantic-core, Python's
# in the engine and schemathesis), whose \d, \w and \s differ beyond ASCII: only explicit classes here.
_YEAR = r"(?:19[0-9][0-9]|20[0-9][0-9]|2100)"
_MONTH_DAY = (r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
              r"|02-(?:0[1-9]|1[0-9]|2[0-8]))")
_LEAP = r"(?:(?:19|20)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29"
_DAY = rf"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP})"
#: A calendar day from 1900-01-01 to 2100-12-31 (the engine's range), or ``today``.
DATE = rf"^(?:{_DAY}|today)$"
#: A calendar day from 1900-01-01 to 2100-12-31 only (with ``"format": "date"`` in the spec).
DAY_ONLY = rf"^{_DAY}$"
#: The same as DATE, or empty (the default: today).
DATE_OR_BLANK = rf"^(?:{_DAY}|today|)$"
DATE_HELP = N_("a day in the form YYYY-MM-DD from 1900-01-01 to 2100-12-31 (or today)")

# -- names and lists ----------------------------------------------------------------------------------
#: White space as Python's str.strip() sees it (what the engine strips from a name).
_WS = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: Not blank (something other than white space).
NOT_BLANK = rf"[^{_WS}]"
_PART = rf"[^,]*[^,{_WS}][^,]*"
#: One or more values separated by commas, none of them blank.
COMMA_LIST = rf"^{_PART}(?:,{_PART})*$"
#: One value, not blank, without a comma.
ONE = rf"^{_PART}$"
_CRIME = r"(?:genocide|crimes_against_humanity|war_crimes(?::[a-z0-9_]+)?|aggression)"
#: Crime keys (Art. 5, plus ``war_crimes:<key>`` for those added by amendments), separated by commas.
CRIMES = rf"^{_CRIME}(?:,{_CRIME})*$"
_ASSUME_EVENT = ("(?:declaration_12_3|12_3|12\\(3\\)|ratification|accession|acceptance|signature|signature_withdrawn"
                 "|withdrawal_notification|withdrawal|withdrawal_revoked)")
#: A what-if event: STATE:EVENT:DATE[..DATE], or a Security Council deferral (Art. 16) UNSC:deferral:DATE[..DATE].
ASSUME = (rf"^(?:[^:,]*[^:,{_WS}][^:,]*:{_ASSUME_EVENT}|(?:UNSC|UN|SC|unsc|un|sc):deferral)"
          rf":{_DAY}(?:\.\.{_DAY})?$")
_ELEMENT = rf"(?:deportation|persecution|other_inhumane_acts|{_CRIME}):[^,]*[^,{_WS}][^,]*"
#: Elements of a crime on another territory, ACT:STATE, separated by commas.
ELEMENTS = rf"^{_ELEMENT}(?:,{_ELEMENT})*$"
#: A Security Council resolution's symbol: 1593, S/RES/1593 (2005).
RESOLUTION = r"^[A-Za-z0-9_ ./()-]*[A-Za-z0-9_./()-][A-Za-z0-9_ ./()-]*$"

_STATUS = "(?:party|ratified_not_in_force|signatory|signature_withdrawn|former_party|non_signatory)"
#: Statuses separated by commas (left out: every status; given empty: refused, as ``rome statuses --status ''``).
STATUS_LIST = rf"^{_STATUS}(?:,{_STATUS})*$"

#: How each pattern is explained when a value does not match it.
PATTERN_HELP = {
    DATE: DATE_HELP,
    DATE_OR_BLANK: DATE_HELP,
    DAY_ONLY: N_("a day in the form YYYY-MM-DD from 1900-01-01 to 2100-12-31"),
    COMMA_LIST: N_("a list of values separated by commas, none of them blank"),
    ONE: N_("one value (without commas)"),
    CRIMES: N_("a list of crime keys separated by commas (genocide, crimes_against_humanity, war_crimes, "
               "war_crimes:<key>, aggression)"),
    ASSUME: N_("a what-if event STATE:EVENT:DATE[..DATE] (e.g. SYR:declaration_12_3:2011-03-15) or a deferral "
               "UNSC:deferral:DATE[..DATE]"),
    STATUS_LIST: N_("a list of statuses separated by commas (party, ratified_not_in_force, signatory, "
                    "signature_withdrawn, former_party, non_signatory)"),
    ELEMENTS: N_("a list of ACT:STATE separated by commas (e.g. deportation:BGD)"),
    RESOLUTION: N_("a resolution symbol such as 1593 or S/RES/1593 (2005)"),
}

WarrantStatus = Literal["at_large", "in_custody", "appeared", "deceased", "withdrawn", "convicted", "acquitted",
                        "proceedings_terminated"]
TriggerKey = Literal["state_referral", "proprio_motu", "unsc_referral"]
Flag = Literal["yes", "no", "true", "false", "y", "n", "1", "0", "on", "off"]

Day = Annotated[str, StringConstraints(pattern=DATE)]
DayOrBlank = Annotated[str, StringConstraints(pattern=DATE_OR_BLANK)]
Crimes = Annotated[str, StringConstraints(pattern=CRIMES, max_length=MAX_VALUE)]
States = Annotated[str, StringConstraints(pattern=COMMA_LIST, max_length=MAX_TEXT)]
OneState = Annotated[str, StringConstraints(pattern=ONE, max_length=MAX_TEXT)]
Assume = Annotated[str, StringConstraints(pattern=ASSUME, max_length=MAX_TEXT)]
Elements = Annotated[str, StringConstraints(pattern=ELEMENTS, max_length=MAX_TEXT)]
Resolution = Annotated[str, StringConstraints(pattern=RESOLUTION, max_length=MAX_TEXT)]


def _not_a_boolean(value: object) -> object:
    """Art. 26 asks an age in whole years: JSON true or false is not one (pydantic would read them as 1 and 0)."""
    if isinstance(value, bool):
        raise ValueError(N_("give the age in whole years, not true or false"))
    return value


Age = Annotated[int, BeforeValidator(_not_a_boolean)]
Name = Annotated[str, StringConstraints(pattern=NOT_BLANK, max_length=MAX_VALUE)]
#: The ``on`` of a query: the day asked about.
ON_HELP = "The day, YYYY-MM-DD from 1900-01-01 to 2100-12-31 (or `today`); empty or left out: today."
