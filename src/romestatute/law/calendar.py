"""Date arithmetic of the Statute: the only place where law turns into dates.

* Art. 126(1): the Statute entered into force on the first day of the month
  after the 60th day following the deposit of the 60th instrument.
* Art. 126(2): for a state depositing later, the same reckoning from its own deposit.
* Art. 127(1): a withdrawal takes effect one year after the notice is received,
  or on a later date the notice names.
* Art. 121(5): an amendment to Arts. 5 to 8 enters into force for an accepting
  party one year after it deposits its instrument.
* Art. 121(4): other amendments enter into force for all parties one year after
  seven-eighths of them have deposited.

"One year after" a given day is the same day of the next year; a day that does
not exist then (29 February) rolls on to 1 March, so that a full year has run.
This is our reading: the Statute does not settle the leap-day case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from fractions import Fraction

from romestatute.i18n import N_
from romestatute.law.registry import rule

#: Art. 126: the number of instruments that brought the Statute into force.
INSTRUMENTS_FOR_ENTRY_INTO_FORCE = 60
#: Art. 126(1) and (2): days that must pass after a deposit.
DAYS_AFTER_DEPOSIT = 60
#: Art. 121(4): share of States Parties whose acceptance brings an amendment into force.
SHARE_FOR_121_4 = Fraction(7, 8)


def years_after(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February rolls on to 1 March of a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return dt.date(day.year + years, 3, 1)


def one_year_after(day: dt.date) -> dt.date:
    """The same calendar day a year later; 29 February rolls on to 1 March."""
    return years_after(day, 1)


#: Our reading of "one year after" a 29 February, shown in a trace wherever it decides a date.
LEAP_DAY_READING = N_("'one year after' 29 February is read as 1 March of the next year, so that a full year has "
                      "run; the Statute does not settle the leap-day case (the view set aside: 28 February)")


def leap_day_reading(start: dt.date) -> str | None:
    """The leap-day reading when a date is reckoned one year from ``start`` and ``start`` is 29 February."""
    return LEAP_DAY_READING if (start.month, start.day) == (2, 29) else None


def first_of_month_after(day: dt.date) -> dt.date:
    """The first day of the month that follows ``day``'s month."""
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


@rule("126(2)", N_("Entry into force: the sixtieth-day rule"))
def sixtieth_day_rule(deposit: dt.date) -> dt.date:
    """Art. 126: first day of the month after the 60th day following ``deposit``."""
    return first_of_month_after(deposit + dt.timedelta(days=DAYS_AFTER_DEPOSIT))


@rule("126(1)", N_("Entry into force of the Statute"))
def statute_entry_into_force(deposits: Iterable[dt.date]) -> tuple[dt.date, dt.date]:
    """Art. 126(1): the day of the 60th deposit and the Statute's entry into force it caused."""
    ordered = sorted(deposits)
    if len(ordered) < INSTRUMENTS_FOR_ENTRY_INTO_FORCE:
        raise ValueError("fewer than 60 instruments: the Statute would not be in force")
    sixtieth = ordered[INSTRUMENTS_FOR_ENTRY_INTO_FORCE - 1]
    return sixtieth, sixtieth_day_rule(sixtieth)


@rule("126", N_("Entry into force for a state"))
def entry_into_force_for_state(deposit: dt.date, sixtieth_deposit: dt.date) -> dt.date:
    """Art. 126(1)-(2): when the Statute enters into force for a state depositing on ``deposit``."""
    if deposit <= sixtieth_deposit:
        return sixtieth_day_rule(sixtieth_deposit)
    return sixtieth_day_rule(deposit)


@rule("127(1)", N_("Withdrawal takes effect one year after notice"))
def withdrawal_effective(received: dt.date, named: dt.date | None = None) -> dt.date:
    """Art. 127(1): one year after the notice is received, or the later date it names."""
    earliest = one_year_after(received)
    return named if named is not None and named > earliest else earliest


@rule("121(5)", N_("Amendment to Arts. 5-8 in force for an accepting party"))
def amendment_in_force_for_state(deposit: dt.date) -> dt.date:
    """Art. 121(5): one year after the state deposits its acceptance."""
    return one_year_after(deposit)


@rule("121(4)", N_("Other amendments in force for all parties"))
def amendment_in_force_for_all(deposits: Iterable[dt.date], parties_on: Callable[[dt.date], int]) -> dt.date | None:
    """Art. 121(4): one year after acceptances reach seven-eighths of the parties, or None."""
    count = 0
    for day in sorted(deposits):
        count += 1
        if count >= SHARE_FOR_121_4 * parties_on(day):
            return one_year_after(day)
    return None

