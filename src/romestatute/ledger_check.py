"""``rome data check``: every invariant across rows, with the ledger and the calendar rules.

The checks on the facts alone (sources, the YAML files) live in ``facts.check``;
the ones here need the rules (Art. 126, 127(1), 121(5)) or the ledger built from
the facts, so they sit at the ledger's layer and import only downward.  Each
problem names the file and line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from romestatute.facts import load as loader
from romestatute.facts.check import (
    Problem,
    at,
    check_english_names,
    check_french_names,
    check_sources,
    check_url_form,
    check_yaml_files,
)
from romestatute.facts.records import DEPOSITS, Facts
from romestatute.law import calendar
from romestatute.ledger import Ledger
from romestatute.model.errors import DataError


def check_calendar(facts: Facts, ledger: Ledger) -> list[Problem]:
    """Where the data states an effective date, the calendar rule must compute the same one."""
    problems = []
    for acts in facts.actions.values():
        for a in acts:
            if a.stated_effective is None:
                continue
            if a.action in DEPOSITS:
                computed = calendar.entry_into_force_for_state(a.date, ledger.sixtieth_deposit)
                rule = "Art. 126"
            elif a.action == "withdrawal_notification":
                computed = calendar.withdrawal_effective(a.date, a.named_effective)
                rule = "Art. 127(1)"
                revoked = any(w.notified == a.date and w.revoked for w in ledger.state(a.state).withdrawals)
                if revoked:
                    problems.append(Problem(at(a.source), f"{a.state} withdrawal of {a.date} was revoked, "
                                            "but the row states an effective date"))
                    continue
            else:
                continue
            if computed != a.stated_effective:
                problems.append(Problem(at(a.source), f"{a.state} {a.action} of {a.date}: the data state "
                                        f"{a.stated_effective}, {rule} gives {computed}"))
    for accs in facts.acceptances.values():
        for acc in accs:
            amendment = facts.amendments.get(acc.amendment)
            if acc.date is None or acc.stated_effective is None or (amendment and amendment.rule == "121(4)"):
                continue
            computed = calendar.amendment_in_force_for_state(acc.date)
            if computed != acc.stated_effective:
                problems.append(Problem(at(acc.source), f"{acc.state} {acc.amendment}: the data state "
                                        f"{acc.stated_effective}, Art. 121(5) gives {computed}"))
    return problems


def check_sequence(facts: Facts, ledger: Ledger) -> list[Problem]:
    """Acts must come in a possible order: no withdrawal before joining, no revocation of nothing."""
    problems = []
    for iso3, acts in facts.actions.items():
        led = ledger.state(iso3)
        deposits = sorted(a.date for a in acts if a.action in DEPOSITS or a.action == "succession")
        signatures = sorted(a.date for a in acts if a.action == "signature")
        notices = sorted(a.date for a in acts if a.action == "withdrawal_notification")
        for a in sorted(acts, key=lambda x: x.date):
            where = at(a.source)
            if a.action == "withdrawal_notification" and not any(d <= a.date for d in deposits):
                problems.append(Problem(where, f"{iso3} notifies a withdrawal on {a.date} before any ratification "
                                        "or accession"))
            if a.action == "withdrawal_revoked" and not any(n <= a.date for n in notices):
                problems.append(Problem(where, f"{iso3} revokes a withdrawal on {a.date} that was never notified"))
            if a.action == "signature_withdrawn":
                if not any(s <= a.date for s in signatures):
                    problems.append(Problem(where, f"{iso3} withdraws a signature on {a.date} it never made"))
                if led.status_on(a.date)[0].value in ("party", "ratified_not_in_force"):
                    problems.append(Problem(where, f"{iso3} withdraws its signature on {a.date} while bound "
                                            "by its own ratification"))
            if a.action == "instrument_withdrawn" and not any(d <= a.date for d in deposits):
                problems.append(Problem(where, f"{iso3} withdraws an instrument on {a.date} it never deposited"))
            if a.action == "signature" and a.date < dt.date(1998, 7, 17):
                problems.append(Problem(where, f"{iso3} signs on {a.date}, before the Statute was adopted"))
        for d in [a for a in acts if a.action in DEPOSITS]:
            if sum(1 for x in acts if x.action in DEPOSITS and x.date == d.date) > 1:
                problems.append(Problem(at(d.source), f"{iso3} has two deposits on {d.date}"))
                break
    for accs in facts.acceptances.values():
        for acc in accs:
            if acc.date is None:
                continue
            led = ledger.state(acc.state)
            deposits = [e.date for e in led.events if e.event in DEPOSITS or e.event == "succession"]
            if not any(d <= acc.date for d in deposits):
                problems.append(Problem(at(acc.source), f"{acc.state} accepts {acc.amendment} on {acc.date} "
                                        "before joining the Statute"))
    return problems


def require_consistent(facts: Facts, ledger: Ledger) -> None:
    """Raise DataError on the first problem across rows (under a millisecond): a query on
    inconsistent facts (say, a withdrawal before any ratification) fails instead of answering.
    How good a source is (a mirror, a tracking parameter) is for ``rome data check``, not a reason
    to refuse an answer."""
    problems = check_sequence(facts, ledger) + check_calendar(facts, ledger) + check_url_form(facts)
    if problems:
        more = f" (and {len(problems) - 1} more; run 'rome data check')" if len(problems) > 1 else ""
        raise DataError(f"{problems[0].message}{more}", file=problems[0].where)


def run(base: Path | None = None) -> dict[str, Any]:
    """Load every file and run every check; the report lists problems (empty: all good)."""
    base = base or loader.data_dir()
    facts = loader.load(base)  # raises DataError on a bad row
    ledger = Ledger(facts)
    problems = check_calendar(facts, ledger) + check_sequence(facts, ledger) + check_sources(facts)
    problems += check_yaml_files(base, facts) + check_french_names(base, facts) + check_english_names(base, facts)
    counts = {
        "states": len(facts.states),
        "treaty_actions": sum(len(v) for v in facts.actions.values()),
        "declarations": sum(len(v) for v in facts.declarations.values()),
        "amendment_acceptances": sum(len(v) for v in facts.acceptances.values()),
        "amendments": len(facts.amendments),
    }
    confidence: dict[str, int] = {}
    for acts in facts.actions.values():
        for a in acts:
            confidence[a.source.confidence] = confidence.get(a.source.confidence, 0) + 1
    return {
        "schema": "romestatute.datacheck/1",
        "data": str(base),
        "checked_on": facts.checked_on.isoformat(),
        "counts": counts,
        "treaty_action_confidence": confidence,
        "problems": [str(p) for p in problems],
        "ok": not problems,
    }
