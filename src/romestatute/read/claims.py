"""Claims a report makes that can be checked against the record on the report's date.

* counts: "124 countries are parties", "123 États parties" -> the number of States Parties that day
  (Art. 126 sets when each became one);
* status: "X is a member / party / signatory (of the ICC)", "X is not a party" -> X's status that day;
* firsts: "the first country to leave / withdraw" -> the earliest withdrawal that took effect (Art. 127);
* announcements: "X will leave / voted to withdraw" -> not a notice: whether a notice followed, and when.

Each claim gets a ``verdict`` (``right``, ``wrong``, ``loose``), what the record shows, the article and
the sources of the record events.  Acts the report states as done (ratified, signed, withdrew) are
checked in ``acts``; their corrections are listed with these.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any

from romestatute import engine
from romestatute.facts.records import DEPOSITS
from romestatute.model.vocab import Status
from romestatute.read import lexicon as lx
from romestatute.read.acts import long
from romestatute.read.mentions import Mention

NUMBER_WORDS = {"hundred": 100}
COUNT = re.compile(r"(?:\b(?P<qual>more than|over|nearly|almost|about|around|some|roughly|at least|plus de|près de|"
                   r"environ|quelque)\s+)?\b(?P<n>1\d\d|[2-9]\d)\s+(?:(?:member|signatory|other|des)\s+)?"
                   r"(?P<what>countries|states|nations|members|member states|states parties|State Parties|pays|"
                   r"États|Etats|membres)\b(?P<rest>[^.;\n]{0,60})", re.IGNORECASE)
PARTY_WORDS = re.compile(r"\b(?:part(?:y|ies)|members?|ratified|signed up|joined|belong|parties|membres?|"
                         r"adh[ée]r\w*|ratifi\w+|États parties|Etats parties)\b|\bparties?\b", re.IGNORECASE)
STATUS = re.compile(r"^\W{0,3}(?:,\s*)?(?P<verb>is|was|are|remains|remained|became|becomes|est|était|reste)\s+"
                    r"(?P<neg>not\s+|no\s+longer\s+|pas\s+|plus\s+)?(?:yet\s+|still\s+|also\s+|already\s+)?"
                    r"(?:a\s+|an\s+|un\s+|une\s+)?(?:(?:founding|full|signatory)\s+)?"
                    r"(?P<what>member|party|State Party|signatory|membre|[ÉE]tat partie|partie|signataire)\b",
                    re.IGNORECASE)
ORDINALS = {"first": 0, "second": 1, "third": 2, "1st": 0, "2nd": 1, "3rd": 2, "premier": 0}
FIRST = re.compile(r"\b(?:the\s+)?(?P<nth>first|second|third|1st|2nd|3rd)\s+(?:\w+\s+)?(?:country|state|nation|member)\s+"
                   r"(?:ever\s+)?to\s+"
                   r"(?P<act>leave|withdraw|quit|exit|pull\s+out|do\s+so)\b|\b(?P<nth_fr>premier)\s+pays\s+à\s+(?:quitter|se\s+retirer)",
                   re.IGNORECASE)


def _src(e: Any) -> dict[str, Any]:
    return e.to_json() if hasattr(e, "to_json") else dict(e)


def _claim(kind: str, m_text: str, start: int, end: int, state: str | None, verdict: str, record: str,
           article: str, events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"kind": kind, "text": m_text, "start": start, "end": end, "state": state, "verdict": verdict,
            "record": record, "article": article, "events": events or []}


def party_counts(text: str, report: dt.date) -> list[dict[str, Any]]:
    """'N countries are parties': the number of States Parties on the report's date."""
    out = []
    ledger = engine.ledger()
    count = None
    for m in COUNT.finditer(text):
        around = text[max(0, m.start() - 80):m.end()]
        if not PARTY_WORDS.search(around) or re.search(r"\b(?:judges?|juges?)\b", around, re.IGNORECASE):
            continue
        if count is None:
            count = ledger.count_parties(report)
        n, qual = int(m.group("n")), (m.group("qual") or "").lower()
        if n == count:
            verdict = "right"
        elif qual in ("more than", "over", "plus de", "at least") and count > n:
            verdict = "right"
        elif qual and abs(n - count) <= 3:
            verdict = "loose"
        else:
            verdict = "wrong"
        said = m.group(0)[: len(m.group(0)) - len(m.group("rest"))].strip()
        out.append(_claim("party_count", said, m.start(), m.start() + len(said), None, verdict,
                          f"{count} States Parties on {long(report)} (each counted from the day the Statute entered "
                          "into force for it, Art. 126)", "126"))
    return out


def _status_words(what: str) -> set[Status]:
    w = what.lower()
    if w.startswith(("signator", "signataire")):
        return {Status.SIGNATORY, Status.PARTY, Status.RATIFIED_NOT_IN_FORCE}
    return {Status.PARTY}


STATUS_ANY = re.compile(r"\b(?P<verb>is|was|are|were|remains|remained|became|becomes|est|était|sont|reste)\s+"
                        r"(?P<neg>not\s+|no\s+longer\s+|pas\s+|plus\s+|never\s+)?(?:yet\s+|still\s+|also\s+|already\s+)?"
                        r"(?:(?:among|one\s+of)\s+the\s+(?:[\w’']+\s+){0,3}?)?"
                        r"(?:a\s+|an\s+|un\s+|une\s+|des\s+)?(?:(?:founding|full|signatory)\s+)?"
                        r"(?P<what>members?|part(?:y|ies)|States? Part(?:y|ies)|signator(?:y|ies)|membres?|"
                        r"[ÉE]tats? parties?|parties?|signataires?)\b(?P<tail>[^.;\n]{0,40})", re.IGNORECASE)
NOT_THE_COURT = re.compile(r"\b(?:of|to|in|de|du|à)\s+(?:the\s+|la\s+|le\s+)?(?!ICC|CPI|Rome|International|Court|"
                           r"Cour|Statut|treaty|court|tribunal)[A-Za-z]", re.IGNORECASE)


def statuses(text: str, states: list[Mention], spans: list[tuple[int, int]], report: dt.date) -> list[dict[str, Any]]:
    """'X (and Y) is (not) a member / party / signatory' against each one's status on the report's date."""
    out = []
    ledger = engine.ledger()
    by_sentence: dict[int, list[Mention]] = {}
    for st in states:
        if st.via != "place":
            by_sentence.setdefault(st.sentence, []).append(st)
    for i, (s0, e0) in enumerate(spans):
        here = by_sentence.get(i)
        if not here:
            continue
        sentence = text[s0:e0]
        for m in STATUS_ANY.finditer(sentence):
            tail = m.group("tail")
            if NOT_THE_COURT.match(tail) and not re.search(r"ICC|CPI|Court|Cour|Statut|Rome", tail):
                continue  # "a member of the Security Council", "party to the conflict"
            if not (lx.TREATY_CONTEXT.search(sentence)):
                continue
            pos = s0 + m.start()
            subjects = [st for st in here if st.end <= pos and pos - st.end <= 60
                        and not re.search(r"[.;:]|\b(?:but|while|whereas|which|who|that|mais)\b", text[st.end:pos])]
            if not subjects and re.search(r"(?:^|[,;]\s*)(?:it|il|elle)\s+$", sentence[:m.start()], re.IGNORECASE):
                prev = by_sentence.get(i - 1) or []
                subjects = prev[:1]  # "Myanmar has been accused ... It is not a member"
            if not subjects:
                continue
            says = _status_words(m.group("what"))
            negated = bool(m.group("neg")) or bool(re.search(r"\b(?:neither|ni)\b", sentence[:m.start()], re.I))
            for st in {s.key: s for s in subjects}.values():
                led = ledger.state(st.key)
                status, since = led.status_on(report)
                holds = status in says
                verdict = "right" if holds != negated else "wrong"
                record = f"{led.name} was {status.value.replace('_', ' ')} on {long(report)}"
                if since:
                    record += f" (since {long(since)})"
                pending = led.pending_withdrawal(report)
                if pending is not None:
                    record += f", with a withdrawal taking effect on {long(pending.effective)}"
                said = text[st.start:s0 + m.end("what")]
                c = _claim("status", said, st.start, s0 + m.end("what"), st.key, verdict, record + ".", "125-127",
                           [_src(e) for e in led.events if e.date <= report and not e.derived][-3:])
                c["says"] = {"status": m.group("what").lower(), "negated": negated}
                out.append(c)
    return out


def firsts(text: str, states: list[Mention], spans: list[tuple[int, int]], report: dt.date) -> list[dict[str, Any]]:
    """'the first country to leave': the earliest withdrawal that took effect, on the record."""
    out = []
    ledger = engine.ledger()
    effective = sorted((w.effective, iso3) for iso3 in ledger.states for w in ledger.state(iso3).withdrawals
                       if not w.revoked)
    starts = [s for s, _ in spans]
    for m in FIRST.finditer(text):
        i = max(0, bisect.bisect_right(starts, m.start()) - 1)
        here = [s for s in states if s.sentence == i and s.via != "place"]
        if not here or not effective:
            continue
        subject = min(here, key=lambda s: abs(s.start - m.start()))
        nth = ORDINALS.get((m.group("nth") or m.group("nth_fr") or "first").lower(), 0)
        if nth >= len(effective):
            continue
        day, who = effective[nth]
        verdict = "right" if subject.key == who else "wrong"
        order = ", ".join(f"{ledger.state(s).name} ({long(d)})" for d, s in effective[:3])
        out.append(_claim("first", m.group(0), m.start(), m.end(), subject.key, verdict,
                          f"Withdrawals that took effect, in order: {order} (Art. 127(1)); notices that were "
                          "revoked never took effect.", "127(1)"))
    return out


def announcement(state: str, kind: str, cue: Mention, report: dt.date) -> dict[str, Any]:
    """An announced act ('will withdraw', 'voted to leave'): not a notice; what the record shows followed."""
    led = engine.ledger().state(state)
    n = led.name
    if kind == "withdrawal":
        notices = [w for w in led.withdrawals]
        before = [w for w in notices if w.notified <= report]
        after = [w for w in notices if w.notified > report]
        if before:
            rec = (f"{n} had already notified its withdrawal on {long(before[-1].notified)}; it takes effect one "
                   f"year after the notice (Art. 127(1)), on {long(before[-1].effective)}")
        elif after:
            rec = (f"An announcement is not a withdrawal: the notice reached the UN Secretary-General on "
                   f"{long(after[0].notified)}, after the report, and took effect a year later "
                   f"({long(after[0].effective)}) (Art. 127(1))")
            if after[0].revoked:
                rec += f"; it was revoked on {long(after[0].revoked)} and never took effect"
        else:
            rec = f"An announcement is not a withdrawal, and no notice of withdrawal by {n} is on record"
        events = [_src(e) for e in led.events if e.event.startswith("withdrawal")]
    elif kind == "ratification":
        deposits = [e for e in led.events if e.event in DEPOSITS]
        if deposits:
            d = deposits[0]
            rec = (f"A vote or a decision to ratify is not a ratification: {n} deposited its instrument on "
                   f"{long(d.date)} and became a party on {long(d.effective_date)} (Art. 126)")
        else:
            rec = f"No instrument of ratification or accession by {n} is on record (Art. 125(2))"
        events = [_src(e) for e in deposits]
    else:
        rec, events = f"An announced {kind.replace('_', ' ')} has no legal effect until the act reaches the depositary", []
    return _claim("announcement", cue.text, cue.start, cue.end, state, "loose" if "not a" in rec else "right",
                  rec + ".", "127(1)" if kind == "withdrawal" else "125-126", events) | {"act": kind}
