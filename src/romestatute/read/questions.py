"""The jurisdiction questions a report raises, and what the record shows for the triggers it names.

A question is conduct the report places on one state's territory by nationals
of another: in a sentence with a conduct word (strikes, bombardment, shelling,
annexation...), the territory is a place named in it ("Aleppo" -> Syria) or a
state named right before the conduct word ("Syria strikes"), and the
nationality is a state named right before it ("Russian air strikes"), after
"by" ("strikes by Russia"), or, for "its"/"his"/"their" before the conduct word,
the nearest state named earlier in the sentence.  A place under another state's
control from a recorded date (``lexicon.PLACES``: Crimea) raises its own question.

The period asked about: from the start of the month a sentence names ("last
month", "this month"), else the three months before the report, up to the
report's date; Crimea from its recorded date.  The answer is given as of the
report's date, so it shows what the law was when the report was written.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from romestatute.facts import docket
from romestatute.queries.jurisdiction import jurisdiction
from romestatute.read import lexicon as lx
from romestatute.read.mentions import Mention

DEFAULT_MONTHS = 3
POSSESSIVE = re.compile(r"\b(?:its|his|her|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _months_back(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, 28))


def _period(sentence: str, report: dt.date) -> tuple[dt.date, str]:
    if re.search(r"\blast month\b", sentence, re.IGNORECASE):
        first = report.replace(day=1)
        return _months_back(first, 1), "the month before the report (\"last month\") to the report's date"
    if re.search(r"\bthis month\b", sentence, re.IGNORECASE):
        return report.replace(day=1), "the report's month to the report's date"
    return _months_back(report, DEFAULT_MONTHS), f"the {DEFAULT_MONTHS} months before the report's date (no period named)"


def conduct_questions(text: str, spans: list[tuple[int, int]], states: list[Mention], crimes: list[Mention],
                      report: dt.date) -> list[dict[str, Any]]:
    """(territory, nationality) pairs with their evidence, merged across sentences."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for i, (s0, e0) in enumerate(spans):
        sentence = text[s0:e0]
        here = [m for m in states if m.sentence == i]
        for cm in lx.CONDUCT.finditer(sentence):
            c0, c1 = s0 + cm.start(), s0 + cm.end()
            territories = {m.key for m in here if m.via == "place"}
            nationals: set[str] = set()
            just_before = [m for m in here if 0 <= c0 - m.end <= 3]
            for m in just_before:
                (nationals if m.via in ("demonym", "metonym") else territories).add(m.key)
            by = re.match(r"\s+(?:carried out\s+)?by\s+(?:the\s+)?", text[c1:e0])
            if by:
                nationals |= {m.key for m in here if m.start == c1 + by.end()}
            if POSSESSIVE.search(text[max(s0, c0 - 30):c0]):
                earlier = [m for m in here if m.end <= c0 and m.via != "place" and m.key not in territories]
                if earlier:
                    nationals.add(earlier[-1].key)
            for terr in territories:
                for nat in nationals - {terr}:
                    start, how = _period(sentence, report)
                    q = found.setdefault((terr, nat), {"territory": terr, "nationality": nat, "from": start,
                                                       "period_basis": how, "evidence": [], "crimes": set()})
                    if start < q["from"]:
                        q["from"], q["period_basis"] = start, how
                    q["evidence"].append({"text": sentence[cm.start():cm.end()], "start": c0, "end": c1,
                                          "sentence": text[s0:e0]})
                    q["crimes"] |= {c.key for c in crimes if c.sentence == i}
    for m in states:
        place = lx.PLACES.get(m.extra.get("place", ""), {})
        if place.get("occupier"):
            key = (place["state"], place["occupier"])
            q = found.setdefault(key, {"territory": key[0], "nationality": key[1], "evidence": [], "crimes": set()})
            q["from"] = dt.date.fromisoformat(place["since"])
            q["period_basis"] = f"{m.extra['place']}: from {place['since']}, the start of the events our data date it from"
            q["evidence"].append({"text": m.text, "start": m.start, "end": m.end,
                                  "sentence": text[spans[m.sentence][0]:spans[m.sentence][1]]})
            q["crimes"] |= {c.key for c in crimes if c.sentence == m.sentence}
    return list(found.values())


def run_questions(raw: list[dict[str, Any]], report: dt.date, names: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for q in raw:
        crimes = sorted(q["crimes"] - {"aggression", "genocide"}) or ["war_crimes"]
        query = {"crimes": crimes, "territory": [q["territory"]], "nationality": [q["nationality"]],
                 "from": q["from"].isoformat(), "to": report.isoformat(), "as_of": report.isoformat()}
        finding = jurisdiction(query)
        out.append({
            "title": f"Can the Court act on {', '.join(c.replace('_', ' ') for c in crimes)} by "
                     f"{names[q['nationality']]} nationals on the territory of {names[q['territory']]}?",
            "why": q["evidence"],
            "period_basis": q["period_basis"],
            "crimes_basis": "crimes named in the same sentences" if q["crimes"] - {"aggression", "genocide"}
                            else "war crimes by default (no crime named with the conduct)",
            "query": query,
            "finding": finding,
        })
    return out


def _year_filter(sentence: str) -> set[str]:
    return set(re.findall(r"\b(?:19|20)\d\d\b", sentence))


def explain_trigger(kind: str, sentence: str, states: set[str], report: dt.date,
                    names: dict[str, str]) -> dict[str, Any]:
    """What the record shows for a referral, veto, investigation or warrant the report names."""
    who = ", ".join(names[s] for s in sorted(states)) or "the states named"
    if kind == "veto":
        unsc = docket.load("unsc.yaml") or {}
        years = _year_filter(sentence)
        hits = [v for v in unsc.get("vetoed_referrals") or []
                if (set(v.get("vetoed_by") or []) | set(v.get("territory") or [])) & states
                and (not years or str(v.get("date", ""))[:4] in years)]
        if not hits:
            return {"record": [], "article": "13(b)",
                    "effect": f"No vetoed Security Council referral involving {who} is on record."}
        parts = [f"the draft {v.get('document')} of {v.get('date')} ({v.get('subject')}) was vetoed by "
                 f"{', '.join(names.get(s, s) for s in v.get('vetoed_by') or [])}" for v in hits]
        return {"record": hits, "article": "13(b)",
                "effect": "On record: " + "; ".join(parts) + ". A Security Council referral (Art. 13(b)) needs nine "
                          "votes and no veto by a permanent member (UN Charter Art. 27(3)), so no referral was made."}
    if kind == "referral":
        unsc = docket.load("unsc.yaml") or {}
        refs = [r for r in unsc.get("referrals") or [] if set(r.get("territory") or []) & states
                and str(r.get("date")) <= report.isoformat()]
        sits = [s for s in (docket.load("situations.yaml") or {}).get("situations") or []
                if set(s.get("territory") or []) & states and (s.get("trigger") or {}).get("kind") == "state_referral"
                and str((s.get("trigger") or {}).get("referral_date") or "9999") <= report.isoformat()]
        if not refs and not sits:
            return {"record": [], "article": "13",
                    "effect": f"No referral concerning {who} was on record on the report's date ({report.isoformat()}): "
                              "a situation reaches the Court by a State Party's referral, a Security Council "
                              "referral or the Prosecutor's own motion (Art. 13)."}
        rows = [{"kind": "unsc_referral", "id": r.get("id"), "date": r.get("date"), "situation": r.get("situation"),
                 "source": r.get("source")} for r in refs]
        rows += [{"kind": "state_referral", "id": s.get("id"), "date": s["trigger"].get("referral_date"),
                  "situation": s.get("name"), "source": s.get("source")} for s in sits]
        return {"record": rows, "article": "13",
                "effect": "Referrals on record: " + "; ".join(f"{r['situation']} ({r['kind'].replace('_', ' ')}, "
                                                              f"{r['date']})" for r in rows) + "."}
    if kind == "warrant":
        day = report.isoformat()
        rows = [{"id": w.get("id"), "person": w.get("person"), "nationality": w.get("nationality"),
                 "situation": w.get("situation"), "kind": w.get("kind"), "date": w.get("issued"),
                 "public": w.get("unsealed") or w.get("issued"), "status": w.get("status"),
                 "document": w.get("case"), "source": w.get("source"), "confidence": w.get("confidence")}
                for w in (docket.load("warrants.yaml") or {}).get("warrants") or []
                if w.get("nationality") in states and str(w.get("unsealed") or w.get("issued") or "9999") <= day]
        if not rows:
            return {"record": [], "article": "58",
                    "effect": f"No public warrant or summons for a national of {who} was on record on the report's "
                              f"date ({day}); a warrant is issued by a Pre-Trial Chamber on the Prosecutor's "
                              "application (Art. 58)."}
        return {"record": rows, "article": "58",
                "effect": "Public warrants on record on the report's date: " + "; ".join(
                    f"{r['person']} ({r['nationality']}), issued {r['date']}, {str(r['status']).replace('_', ' ')}"
                    for r in rows) + "."}
    if kind == "investigation":
        rows = situations_for(states, report)
        if not rows:
            return {"record": [], "article": "15",
                    "effect": f"No preliminary examination or investigation concerning {who} was on record on the "
                              f"report's date ({report.isoformat()})."}
        return {"record": rows, "article": "15",
                "effect": "On the report's date: " + "; ".join(r["summary"] for r in rows) + "."}
    return {"record": [], "article": "", "effect": ""}


def situations_for(states: set[str], report: dt.date) -> list[dict[str, Any]]:
    """Situations touching ``states`` already opened (examination or investigation) by the report's date."""
    out = []
    for s in (docket.load("situations.yaml") or {}).get("situations") or []:
        if not set(s.get("territory") or []) & states:
            continue
        pe = (s.get("preliminary_examination") or {}).get("opened")
        inv = (s.get("trigger") or {}).get("investigation_opened")
        day = report.isoformat()
        if inv and str(inv) <= day:
            summary = f"{s.get('name')}: investigation opened {inv}"
        elif pe and str(pe) <= day:
            summary = f"{s.get('name')}: preliminary examination opened {pe}"
            if inv:
                summary += f" (an investigation followed on {inv}, after the report)"
        else:
            continue
        out.append({"id": s.get("id"), "name": s.get("name"), "kind": s.get("kind"), "summary": summary,
                    "preliminary_examination_opened": pe, "investigation_opened": inv, "source": s.get("source"),
                    "confidence": s.get("confidence")})
    return out
