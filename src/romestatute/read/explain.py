"""Assemble the reading of a report: states, acts, corrections, triggers and questions, on the report's date.

The one schema (``romestatute.reading/1``) shared by ``rome read --json``, the
Python function ``romestatute.read.read`` and, later, ``POST /api/read``.  Every
statement carries the article it applies and the record events (with sources)
behind it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from romestatute import engine
from romestatute.model.dates import parse_date
from romestatute.model.errors import BadValue
from romestatute.queries.status import status_record
from romestatute.read import acts as act_rules
from romestatute.read import extract, questions
from romestatute.read.mentions import LIST_GAP, Mention, find_cues, find_states, sentences

SCHEMA = "romestatute.reading/1"


def _list_around(here: list[Mention], idx: int, text: str) -> list[Mention]:
    """The mention at ``idx`` and those coordinated with it ("Gambia, South Africa, and Burundi")."""
    lo = hi = idx
    while lo > 0 and LIST_GAP.match(text[here[lo - 1].end:here[lo].start]):
        lo -= 1
    while hi + 1 < len(here) and LIST_GAP.match(text[here[hi].end:here[hi + 1].start]):
        hi += 1
    return here[lo:hi + 1]


def associate(cue: Mention, states: list[Mention], text: str) -> list[Mention]:
    """The states an act or trigger is about: the nearest in its sentence, with its list."""
    here = [m for m in states if m.sentence == cue.sentence and m.via != "place"]
    if not here:
        return []
    idx = min(range(len(here)), key=lambda i: min(abs(here[i].end - cue.start), abs(cue.end - here[i].start)))
    return _list_around(here, idx, text)


def _state_entry(iso3: str, mentions: list[Mention], report: dt.date, today: dt.date) -> dict[str, Any]:
    ledger = engine.ledger()
    led = ledger.state(iso3)
    events = []
    for e in led.events:
        row = e.to_json()
        row["after_report"] = e.date > report
        events.append(row)
    return {
        "state": iso3,
        "name": led.name,
        "mentions": [{"text": m.text, "start": m.start, "end": m.end, "via": m.via} for m in mentions],
        "on_report_date": status_record(led, report, ledger, events=False),
        "today": status_record(led, today, ledger, events=False),
        "events": events,
        "situations": questions.situations_for({iso3}, today),
    }


def _acts(cues: list[Mention], states: list[Mention], text: str, report: dt.date,
          today: dt.date) -> list[dict[str, Any]]:
    ledger = engine.ledger()
    grouped: dict[tuple[str, str, bool], dict[str, Any]] = {}
    last_kind = "withdrawal"
    for cue in (c for c in cues if c.kind == "act"):
        kind = cue.key
        if cue.extra.get("anaphora"):
            kind = last_kind
        else:
            last_kind = kind
        for m in associate(cue, states, text):
            key = (m.key, kind, cue.negated)
            entry = grouped.get(key)
            if entry is None:
                led = ledger.state(m.key)
                found = act_rules.explain_act(kind, led, report, today, cue.negated)
                entry = grouped[key] = {"state": m.key, "name": led.name, "kind": kind,
                                        "label": act_rules.ACT_LABEL[kind], "negated": cue.negated,
                                        "mentions": [], **found}
            entry["mentions"].append({"text": cue.text, "start": cue.start, "end": cue.end,
                                      "state_text": m.text, **({"anaphora": True} if cue.extra.get("anaphora") else {})})
    return list(grouped.values())


def _triggers(cues: list[Mention], states: list[Mention], text: str, spans: list[tuple[int, int]],
              report: dt.date, names: dict[str, str]) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
    for cue in (c for c in cues if c.kind == "trigger"):
        involved = frozenset(m.key for m in states if m.sentence == cue.sentence)
        key = (cue.key, involved)
        if key not in grouped:
            s0, s1 = spans[cue.sentence]
            grouped[key] = {"kind": cue.key, "states": sorted(involved), "mentions": [],
                            **questions.explain_trigger(cue.key, text[s0:s1], set(involved), report, names)}
        grouped[key]["mentions"].append({"text": cue.text, "start": cue.start, "end": cue.end})
    return list(grouped.values())


def reading(raw: str, date: str | dt.date | None = None, today: str | dt.date | None = None) -> dict[str, Any]:
    """Read a news report (plain text or HTML) and explain its legal effect on its own date."""
    if not isinstance(raw, str):
        raise BadValue("text: expected a string", field="text")
    if len(raw) > extract.MAX_INPUT:
        raise BadValue(f"text: longer than {extract.MAX_INPUT} characters", field="text")
    text, was_html = extract.to_text(raw)
    caveats: list[str] = []
    now = engine.as_of(today, field="today")
    if date is not None and date != "":
        report = parse_date(date, field="date")
        date_info: dict[str, Any] = {"value": report.isoformat(), "text": None, "start": None, "how": "given"}
    else:
        found = extract.find_date(raw, text)
        if found is None:
            report = now
            date_info = {"value": report.isoformat(), "text": None, "start": None, "how": "today"}
            caveats.append("No date was found in the report; it is read as of today. Give --date to read it as of "
                           "the day it was written.")
        else:
            report = found.date
            date_info = found.to_json()
    spans = sentences(text)
    states = find_states(text, spans)
    cues = find_cues(text, spans)
    names = dict(engine.names().states)
    order: dict[str, list[Mention]] = {}
    for m in states:
        order.setdefault(m.key, []).append(m)
    acts = _acts(cues, states, text, report, now)
    crimes = [c for c in cues if c.kind == "crime"]
    raw_q = questions.conduct_questions(text, spans, states, crimes, report)
    caveats += engine.horizon_caveats(max(report, now))
    if report > now:
        caveats.append("The report's date is after today.")
    return {
        "schema": SCHEMA,
        "date": date_info,
        "today": now.isoformat(),
        "input": {"html": was_html, "characters": len(raw), "text_characters": len(text), "sentences": len(spans)},
        "text": text,
        "mentions": {
            "states": [m.to_json() for m in states if m.via != "place"],
            "places": [m.to_json() for m in states if m.via == "place"],
            "acts": [c.to_json() for c in cues if c.kind == "act"],
            "triggers": [c.to_json() for c in cues if c.kind == "trigger"],
            "crimes": [c.to_json() for c in crimes],
        },
        "states": [_state_entry(iso3, ms, report, now) for iso3, ms in order.items()],
        "acts": acts,
        "corrections": [{"state": a["state"], "name": a["name"], "kind": a["kind"], **a["correction"],
                         "mentions": a["mentions"]} for a in acts if a.get("correction")],
        "triggers": _triggers(cues, states, text, spans, report, names),
        "questions": questions.run_questions(raw_q, report, names),
        "empty": not states and not cues,
        "caveats": caveats,
    }


def snippet(text: str, start: int, end: int, width: int = 50) -> str:
    """A short quote of the text around a mention, on one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + re.sub(r"\s+", " ", text[a:b]) + ("…" if b < len(text) else "")
