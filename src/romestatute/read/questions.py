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

from romestatute import i18n
from romestatute.facts import docket
from romestatute.i18n import N_, _
from romestatute.queries.jurisdiction import jurisdiction
from romestatute.read import lexicon as lx
from romestatute.read import scan
from romestatute.read.gates import absent
from romestatute.read.mentions import LIST_GAP, Mention, sentence_index

DEFAULT_MONTHS = 3
CRIME_NAMES = {"genocide": N_("genocide"), "crimes_against_humanity": N_("crimes against humanity"),
               "war_crimes": N_("war crimes"), "aggression": N_("crime of aggression")}
#: Each kind of trigger the reader names, in English (read in the active language): English shows the code.
TRIGGER_KIND = i18n.Translated({"veto": N_("veto"), "referral": N_("referral"), "investigation": N_("investigation"),
                                "warrant": N_("warrant")})
#: The kinds of referral on record (Art. 13(a), (b)), in English (read in the active language).
REFERRAL_KIND = i18n.Translated({"unsc_referral": N_("unsc referral"), "state_referral": N_("state referral")})
POSSESSIVE = re.compile(r"\b(?:its|his|her|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _months_back(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, 28))


def _period(sentence: str, report: dt.date) -> tuple[dt.date, str]:
    if re.search(r"\blast month\b", sentence, re.IGNORECASE):
        first = report.replace(day=1)
        return _months_back(first, 1), _("the month before the report (\"last month\") to the report's date")
    if re.search(r"\bthis month\b", sentence, re.IGNORECASE):
        return report.replace(day=1), _("the report's month to the report's date")
    return _months_back(report, DEFAULT_MONTHS), _("the %(months)s months before the report's date (no period "
                                                   "named)") % {"months": DEFAULT_MONTHS}


def conduct_questions(text: str, spans: list[tuple[int, int]], states: list[Mention], crimes: list[Mention],
                      report: dt.date) -> list[dict[str, Any]]:
    """(territory, nationality) pairs with their evidence, merged across sentences."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    index: dict[int, list[Mention]] = {}
    for m in states:
        index.setdefault(m.sentence, []).append(m)
    crimes_in: dict[int, set[str]] = {}
    for c in crimes:
        crimes_in.setdefault(c.sentence, set()).add(c.key)
    conduct_in: dict[str, list[tuple[int, int]]] = {}  # a sentence said again is scanned once
    for i, (s0, e0) in enumerate(spans):
        here = index.get(i, [])
        if not here:
            continue
        sentence = text[s0:e0]
        period: tuple[dt.date, str] | None = None  # the sentence's period, worked out once
        found_in = conduct_in.get(sentence)
        if found_in is None:
            found_in = conduct_in[sentence] = [(cm.start(), cm.end()) for cm in scan.matches(lx.CONDUCT, sentence)]
        for cm_start, cm_end in found_in:
            c0, c1 = s0 + cm_start, s0 + cm_end
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
            for terr in sorted(territories):  # sorted: the questions' order must not depend on the hash seed
                for nat in sorted(nationals - {terr}):
                    if period is None:
                        period = _period(sentence, report)
                    start, how = period
                    q = found.setdefault((terr, nat), {"territory": terr, "nationality": nat, "from": start,
                                                       "period_basis": how, "evidence": [], "crimes": set()})
                    if start < q["from"]:
                        q["from"], q["period_basis"] = start, how
                    q["evidence"].append({"text": sentence[cm_start:cm_end], "start": c0, "end": c1,
                                          "sentence": text[s0:e0]})
                    q["crimes"] |= crimes_in.get(i, set())
    for m in states:
        place = lx.PLACES.get(m.extra.get("place", ""), {})
        if place.get("occupier"):
            key = (place["state"], place["occupier"])
            q = found.setdefault(key, {"territory": key[0], "nationality": key[1], "evidence": [], "crimes": set()})
            q["from"] = dt.date.fromisoformat(place["since"])
            q["period_basis"] = _("%(place)s: from %(day)s, the start of the events our data date it from") % {
                "place": m.extra["place"], "day": i18n.day(place["since"])}
            q["evidence"].append({"text": m.text, "start": m.start, "end": m.end,
                                  "sentence": text[spans[m.sentence][0]:spans[m.sentence][1]]})
            q["crimes"] |= crimes_in.get(m.sentence, set())
    return list(found.values())


def run_questions(raw: list[dict[str, Any]], report: dt.date, names: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for q in raw:
        crimes = sorted(q["crimes"] - {"aggression", "genocide"}) or ["war_crimes"]
        query = {"crimes": crimes, "territory": [q["territory"]], "nationality": [q["nationality"]],
                 "from": q["from"].isoformat(), "to": report.isoformat(), "as_of": report.isoformat()}
        finding = jurisdiction(query)
        out.append({
            "title": _("Can the Court act on %(crimes)s by %(of_nationality)s nationals on the territory of "
                       "%(in_territory)s?")
            % {"crimes": i18n.listing(_(CRIME_NAMES[c]) if c in CRIME_NAMES else i18n.code_words(c) for c in crimes),
               "of_nationality": i18n.state_name(q["nationality"], names[q["nationality"]], "de"),
               "in_territory": i18n.state_name(q["territory"], names[q["territory"]], "à")},
            "why": q["evidence"],
            "period_basis": q["period_basis"],
            "crimes_basis": _("crimes named in the same sentences") if q["crimes"] - {"aggression", "genocide"}
                            else _("war crimes by default (no crime named with the conduct)"),
            "query": query,
            "finding": finding,
        })
    return out


def _year_filter(sentence: str) -> set[str]:
    return set(re.findall(r"\b(?:19|20)\d\d\b", sentence))


def explain_trigger(kind: str, sentence: str, states: set[str], report: dt.date,
                    names: dict[str, str]) -> dict[str, Any]:
    """What the record shows for a referral, veto, investigation or warrant the report names."""
    who = i18n.listing(i18n.state_name(s, names[s]) for s in sorted(states)) or _("the states named")
    if kind == "veto":
        unsc = docket.load("unsc.yaml") or {}
        years = _year_filter(sentence)
        hits = [v for v in unsc.get("vetoed_referrals") or []
                if (set(v.get("vetoed_by") or []) | set(v.get("territory") or [])) & states
                and (not years or str(v.get("date", ""))[:4] in years)]
        if not hits:
            return {"record": [], "article": "13(b)",
                    "effect": _("No vetoed Security Council referral involving %(states)s is on record.") % {
                        "states": who}}
        parts = [_("the draft %(document)s of %(day)s (%(subject)s) was vetoed by %(states)s") % {
            "document": v.get("document"), "day": i18n.day(v.get("date")), "subject": v.get("subject"),
            "states": i18n.listing(i18n.state_name(s, names.get(s, s)) for s in v.get("vetoed_by") or [])}
            for v in hits]
        return {"record": [i18n.localise(v) for v in hits], "article": "13(b)",
                "effect": _("On record: %(vetoes)s. A Security Council referral (Art. 13(b)) needs nine votes and no "
                            "veto by a permanent member (UN Charter Art. 27(3)), so no referral was made.") % {
                    "vetoes": _("; ").join(parts)}}
    if kind == "referral":
        unsc = docket.load("unsc.yaml") or {}
        refs = [r for r in unsc.get("referrals") or [] if set(r.get("territory") or []) & states
                and str(r.get("date")) <= report.isoformat()]
        sits = [s for s in (docket.load("situations.yaml") or {}).get("situations") or []
                if set(s.get("territory") or []) & states and (s.get("trigger") or {}).get("kind") == "state_referral"
                and str((s.get("trigger") or {}).get("referral_date") or "9999") <= report.isoformat()]
        if not refs and not sits:
            return {"record": [], "article": "13",
                    "effect": _("No referral concerning %(states)s was on record on the report's date (%(day)s): a "
                                "situation reaches the Court by a State Party's referral, a Security Council referral "
                                "or the Prosecutor's own motion (Art. 13).") % {"states": who, "day": i18n.day(report)}}
        rows = [{"kind": "unsc_referral", "id": r.get("id"), "date": r.get("date"), "situation": r.get("situation"),
                 "source": r.get("source")} for r in refs]
        rows += [{"kind": "state_referral", "id": s.get("id"), "date": s["trigger"].get("referral_date"),
                  "situation": s.get("name"), "source": s.get("source")} for s in sits]
        return {"record": rows, "article": "13",
                "effect": _("Referrals on record: %(referrals)s.") % {"referrals": _("; ").join(
                    f"{shown} ({REFERRAL_KIND[r['kind']]}, {i18n.day(r['date'])})"
                    for r, shown in zip(rows, [r.get("situation") for r in refs] + [i18n.localise(s).get("name") for s in sits], strict=True))}}
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
                    "effect": _("No public warrant or summons for a national of %(states)s was on record on the "
                                "report's date (%(day)s); a warrant is issued by a Pre-Trial Chamber on the "
                                "Prosecutor's application (Art. 58).") % {"states": who, "day": i18n.day(report)}}
        return {"record": rows, "article": "58",
                "effect": _("Public warrants on record on the report's date: %(warrants)s.") % {
                    "warrants": _("; ").join(_("%(person)s (%(nationality)s), issued %(day)s, %(status)s") % {
                        "person": r["person"], "nationality": i18n.state_name(r["nationality"], names[r["nationality"]]),
                        "day": i18n.day(r["date"]),
                        "status": i18n.code_words(r["status"])} for r in rows)}}
    if kind == "investigation":
        rows = situations_for(states, report)
        if not rows:
            return {"record": [], "article": "15",
                    "effect": _("No preliminary examination or investigation concerning %(states)s was on record on "
                                "the report's date (%(day)s).") % {"states": who, "day": i18n.day(report)}}
        return {"record": rows, "article": "15",
                "effect": _("On the report's date: %(situations)s.") % {
                    "situations": _("; ").join(r["summary"] for r in rows)}}
    return {"record": [], "article": "", "effect": ""}


def situations_for(states: set[str], report: dt.date) -> list[dict[str, Any]]:
    """Situations touching ``states`` already opened (examination or investigation) or referred by the report's
    date."""
    out = []
    for s in (docket.load("situations.yaml") or {}).get("situations") or []:
        if not set(s.get("territory") or []) & states:
            continue
        pe = (s.get("preliminary_examination") or {}).get("opened")
        inv = (s.get("trigger") or {}).get("investigation_opened")
        referred = (s.get("trigger") or {}).get("referral_date")
        day = report.isoformat()
        if inv and str(inv) <= day:
            summary = _("%(situation)s: investigation opened %(day)s") % {"situation": i18n.localise(s).get("name"), "day": i18n.day(inv)}
        elif referred and str(referred) <= day:
            summary = _("%(situation)s: referred to the Prosecutor on %(day)s") % {"situation": i18n.localise(s).get("name"),
                                                                                   "day": i18n.day(referred)}
            if inv:
                summary += _(" (the investigation was opened on %(day)s, after the report)") % {"day": i18n.day(inv)}
        elif pe and str(pe) <= day:
            summary = _("%(situation)s: preliminary examination opened %(day)s") % {"situation": i18n.localise(s).get("name"),
                                                                                    "day": i18n.day(pe)}
            if inv:
                summary += _(" (an investigation followed on %(day)s, after the report)") % {"day": i18n.day(inv)}
        else:
            continue
        out.append({"id": s.get("id"), "name": s.get("name"), "kind": s.get("kind"), "summary": summary,
                    "preliminary_examination_opened": pe, "investigation_opened": inv, "source": s.get("source"),
                    "confidence": s.get("confidence")})
    return out


# -- questions from people, warrants, investigations and accessions --------------------------------

JURISDICTION_CRIMES = ("genocide", "crimes_against_humanity", "war_crimes")
IN_STATE = re.compile(r"\b(?:in|to|into|at|among|between|visit\w*|en|à|au|aux|dans|vers|entre)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
                      re.IGNORECASE)
ARREST = re.compile(r"\barrest\w*|\barr[êe]t[ée]\w*|\bdetain\w*|\bsurrender\w*|\bremis\b|\bdetenid\w*|\bcapturad\w*",
                    re.IGNORECASE)
#: A duty to arrest named in a sentence: "an order to arrest", "failed to hand him over", "must arrest".
DUTY = re.compile(r"\b(?:arrest(?:ed|ing)?(?!\s+warrants?)|hand(?:ed|ing)?\s+(?:\w+\s+)?over|surrender\w*|detain\w*|execut\w+\s+the\s+"
                  r"warrant|arr[êe]ter|remettre|livrer|extrad\w+|detener|arrestar|entregar)\b", re.IGNORECASE)
GATE_DUTY = ("arr", "hand", "surrender", "detain", "execut", "remettre", "livrer", "extrad", "detener", "entregar")
#: Seats of courts and organisations: the state a wanted person is in when flown or brought there.
SEAT_STATES = {"The Hague": "NLD", "La Haye": "NLD", "Scheveningen": "NLD", "Geneva": "CHE", "Genève": "CHE",
               "New York": "USA"}
SEAT = re.compile(r"\b(?:" + "|".join(SEAT_STATES) + r")\b")
PRONOUN = re.compile(r"\b(?:he|his|him|she|her|il|elle)\b", re.IGNORECASE)


def _situation(sid: str | None) -> dict[str, Any] | None:
    for s in (docket.load("situations.yaml") or {}).get("situations") or []:
        if s.get("id") == sid:
            return dict(s)
    return None


def _trigger(sit: dict[str, Any], report: dt.date) -> dict[str, Any]:
    """The situation's trigger (Art. 13) as query fields, if it had happened by the report's date."""
    t = sit.get("trigger") or {}
    kind = t.get("kind")
    day = {"unsc_referral": t.get("referral_date") or t.get("investigation_opened"),
           "state_referral": t.get("referral_date") or t.get("investigation_opened"),
           "proprio_motu": t.get("ptc_authorisation") or t.get("investigation_opened")}.get(kind or "")
    if not day or str(day)[:10] > report.isoformat():
        return {}
    if kind == "unsc_referral":
        return {"trigger": kind, "resolution": t.get("resolution")} if t.get("resolution") else {}
    if kind == "state_referral" and t.get("referred_by"):
        return {"trigger": kind, "referred_by": t["referred_by"][0], "trigger_date": str(day)[:10]}
    if kind == "proprio_motu":
        return {"trigger": kind, "trigger_date": str(day)[:10]}
    return {}


def situation_question(sit: dict[str, Any], crimes: list[str] | None, report: dt.date, why: list[dict[str, Any]],
                       basis: str) -> dict[str, Any] | None:
    """The jurisdiction question of a situation: its territory and nationality, its period, as of the report."""
    territory = list(sit.get("territory") or [])
    if not territory and not sit.get("nationality"):
        return None
    start = sit.get("conduct_from") or (sit.get("preliminary_examination") or {}).get("opened")
    if not start:
        return None
    start_day = dt.date.fromisoformat(str(start)[:10])
    end = sit.get("conduct_to")
    end_day = min(dt.date.fromisoformat(str(end)[:10]), report) if end else report
    if start_day > end_day:
        return None
    asked = sorted(set(crimes or sit.get("crimes") or JURISDICTION_CRIMES) & set(JURISDICTION_CRIMES)) or ["war_crimes"]
    query = {"crimes": asked, "territory": territory, "nationality": list(sit.get("nationality") or []),
             "from": start_day.isoformat(), "to": end_day.isoformat(), "as_of": report.isoformat()}
    query.update(_trigger(sit, report))
    return {"kind": "jurisdiction", "title": _("Can the Court act on the %(situation)s, as the law stood on the "
                                               "report's date?") % {"situation": i18n.localise(sit).get("name")},
            "why": why, "situation": sit.get("id"),
            "period_basis": _("the conduct the situation covers (%(basis)s)") % {"basis": basis},
            "crimes_basis": _("the crimes of the warrant") if crimes else _("the crimes the situation covers"),
            "query": query, "finding": jurisdiction(query)}


def _and(items: list[str]) -> str:
    """Names joined as a sentence joins them: "A and B", "A, B and C" (French: "A et B", by ``i18n.listing``)."""
    if len(items) < 2 or i18n.language() != i18n.DEFAULT:
        return i18n.listing(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def warrant_conduct_question(conduct: dict[str, Any], sit: dict[str, Any], people: list[str], crimes: list[str],
                             report: dt.date, why: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any] | None:
    """The jurisdiction question of the conduct a warrant covers, as the Court described it (the warrant's
    ``conduct`` in the record): its territory and the nationality of the accused (Art. 12(2)(a), (b)), its period
    (to the report's date where the Court named no end), the warrant's crimes, the situation's trigger (Art. 13)."""
    territory = list(conduct.get("territory") or [])
    nationality = list(conduct.get("nationality") or [])
    if not conduct.get("from") or not (territory or nationality):
        return None
    start = dt.date.fromisoformat(str(conduct["from"])[:10])
    end = min(dt.date.fromisoformat(str(conduct["to"])[:10]), report) if conduct.get("to") else report
    if start > end:
        return None
    asked = sorted(set(crimes) & set(JURISDICTION_CRIMES)) or ["war_crimes"]
    query = {"crimes": asked, "territory": territory, "nationality": nationality, "from": start.isoformat(),
             "to": end.isoformat(), "as_of": report.isoformat()}
    query.update(_trigger(sit, report))

    def states(codes: list[str]) -> str:
        return _and([i18n.state_name(c, names.get(c, c)) for c in codes])

    warrant = (_("the warrant for %(people)s") if len(people) == 1 else _("the warrants for %(people)s")) % {
        "people": _and(people)}
    said = {"warrant": warrant, "territory": states(territory), "nationality": states(nationality),
            "from": i18n.day(start), "to": i18n.day(end)}
    if territory and nationality:
        title = _("Can the Court act on the conduct of %(warrant)s: crimes on the territory of %(territory)s by "
                  "nationals of %(nationality)s, from %(from)s to %(to)s?") % said
    elif territory:
        title = _("Can the Court act on the conduct of %(warrant)s: crimes on the territory of %(territory)s, from "
                  "%(from)s to %(to)s?") % said
    else:
        title = _("Can the Court act on the conduct of %(warrant)s: crimes by nationals of %(nationality)s, from "
                  "%(from)s to %(to)s?") % said
    basis = (_("the conduct the warrant covers, as the Court described it") if conduct.get("to") else
             _("the conduct the warrant covers, as the Court described it, to the report's date (the Court named no "
               "end)"))
    return {"kind": "jurisdiction", "title": title, "why": why, "situation": sit.get("id"),
            "period_basis": basis, "crimes_basis": _("the crimes of the warrant"),
            "conduct_source": {"url": conduct.get("source"), "confidence": conduct.get("confidence")},
            "query": query, "finding": jurisdiction(query)}


def territory_question(state: str, start: dt.date, report: dt.date, why: list[dict[str, Any]],
                       basis: str, names: dict[str, str]) -> dict[str, Any]:
    query = {"crimes": list(JURISDICTION_CRIMES), "territory": [state], "nationality": [],
             "from": start.isoformat(), "to": report.isoformat(), "as_of": report.isoformat()}
    return {"kind": "jurisdiction", "title": _("Can the Court act on crimes on the territory of %(in_state)s?")
            % {"in_state": i18n.state_name(state, names.get(state, state), "à")},
            "why": why, "period_basis": basis, "crimes_basis": _("the crimes within the Court's jurisdiction"),
            "query": query, "finding": jurisdiction(query)}


def withdrawal_questions(state: str, party_from: dt.date | None, effective: dt.date, report: dt.date,
                         why: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """The two questions a withdrawal that has taken effect by the report's date raises: the crimes committed while
    the state was a party, which the Court keeps (Art. 127(2)), and those since, which it no longer reaches through
    that state (Art. 127(1)); ``party_from`` is the day the Statute entered into force for it (Art. 126(2)) or the
    start of an earlier Art. 12(3) declaration."""
    if effective > report:
        return []
    name = i18n.state_name(state, names.get(state, state), "à")
    out = []
    last = effective - dt.timedelta(days=1)
    if party_from is not None and party_from <= last:
        query = {"crimes": list(JURISDICTION_CRIMES), "territory": [state], "nationality": [],
                 "from": party_from.isoformat(), "to": last.isoformat(), "as_of": report.isoformat()}
        out.append({"kind": "jurisdiction", "article": "127(2)",
                    "title": _("Can the Court still act on crimes committed on the territory of %(in_state)s while it was "
                               "a State Party, from %(from)s to %(to)s (Art. 127(2))?")
                    % {"in_state": name, "from": i18n.day(party_from), "to": i18n.day(last)},
                    "why": why, "period_basis": _("while it was a State Party, up to the day before its withdrawal "
                                                  "took effect (Art. 127(2))"),
                    "crimes_basis": _("the crimes within the Court's jurisdiction"), "query": query,
                    "reading": _("Reading applied: the Court keeps its jurisdiction over crimes committed while the "
                                 "state was a party, whenever the investigation begins (Art. 127(2), as the Pre-Trial "
                                 "Chambers read it for Burundi in 2017 and the Philippines in 2021); set aside: the "
                                 "view that the Court must have begun its investigation before the withdrawal took "
                                 "effect."),
                    "finding": jurisdiction(query)})
    query = {"crimes": list(JURISDICTION_CRIMES), "territory": [state], "nationality": [],
             "from": effective.isoformat(), "to": report.isoformat(), "as_of": report.isoformat()}
    out.append({"kind": "jurisdiction", "article": "127(1)",
                "title": _("Can the Court act on crimes committed on the territory of %(in_state)s since its "
                           "withdrawal took effect on %(day)s (Art. 127(1))?") % {"in_state": name, "day": i18n.day(effective)},
                "why": why, "period_basis": _("from the day its withdrawal took effect (Art. 127(1))"),
                "crimes_basis": _("the crimes within the Court's jurisdiction"), "query": query,
                "finding": jurisdiction(query)})
    return out


def arrest_duties(text: str, spans: list[tuple[int, int]], states: list[Mention],
                  people: list[Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(person key, state, evidence) for a state named in a sentence that speaks of arresting or handing over a
    wanted person named in it (or, with no one named there, in the sentence before)."""
    if not people or absent(GATE_DUTY, text):
        return []
    by_sentence: dict[int, list[Any]] = {}
    for p in people:
        by_sentence.setdefault(sentence_index(spans, p.start), []).append(p)
    out: list[tuple[str, str, dict[str, Any]]] = []
    duty_in = {sentence_index(spans, d) for d, _ in scan.finditer(DUTY, text)}
    said: set[tuple[str, str]] = set()  # the first evidence of each (person, state) is the one used
    for m in states:
        if m.via not in ("name", "metonym") or m.sentence not in duty_in:
            continue
        s0, e0 = spans[m.sentence]
        for p in by_sentence.get(m.sentence) or by_sentence.get(m.sentence - 1) or []:
            if (p.key, m.key) not in said:
                said.add((p.key, m.key))
                out.append((p.key, m.key, {"text": m.text, "start": m.start, "end": m.end,
                                           "sentence": text[s0:e0][:300]}))
    return out


def covered_parts(q: dict[str, Any]) -> list[dict[str, Any]]:
    """For a partial answer, the same question over each period the Court can act on (the finding's windows)."""
    finding = q.get("finding") or {}
    if q.get("kind") != "jurisdiction" or finding.get("outcome") != "partial":
        return []
    out = []
    for w in finding.get("windows") or []:
        query = {**q["query"], "from": w["from"], "to": w["to"], "crimes": list(w.get("crimes") or q["query"]["crimes"])}
        if (query["from"], query["to"]) == (q["query"]["from"], q["query"]["to"]):
            continue
        out.append({**q, "title": _("%(question)s, from %(from)s to %(to)s (the part the answer covers)?")
                    % {"question": q["title"].rstrip("?").rstrip("\u00a0 "), "from": i18n.day(w["from"]),
                       "to": i18n.day(w["to"])},
                    "period_basis": _("the part of the period asked that the answer covers (%(basis)s)") % {
                        "basis": q.get("period_basis")},
                    "part_of": {"from": q["query"]["from"], "to": q["query"]["to"]},
                    "query": query, "finding": jurisdiction(query)})
    return out


def visits(text: str, spans: list[tuple[int, int]], states: list[Mention], people: list[Any],
           nationality: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    """(person key, state, evidence) for the first sentence that puts a wanted person in a state."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    said: set[tuple[str, str]] = set()
    by_sentence: dict[int, list[Any]] = {}
    for p in people:
        i = sentence_index(spans, p.start)
        by_sentence.setdefault(i, []).append(p)
    states_by_sentence: dict[int, list[Mention]] = {}
    for m in states:
        states_by_sentence.setdefault(m.sentence, []).append(m)
    visit_in: dict[str, bool] = {}  # a sentence said again is scanned once
    for i, (s0, e0) in enumerate(spans):
        here_people = by_sentence.get(i, [])
        if not (here_people or by_sentence.get(i - 1) or by_sentence.get(i - 2) or by_sentence.get(i - 3)):
            continue  # no wanted person here or within the three sentences before
        sentence = text[s0:e0]
        borrowed = not here_people  # the person is named in a sentence before: only a state the visit is "in"/"to"
        visit = visit_in.get(sentence)
        if visit is None:
            visit = visit_in[sentence] = scan.search(lx.VISIT, sentence) is not None
        if not here_people and visit:
            # "his arrival in South Africa": the wanted person named last, within the three sentences before
            for back in (1, 2, 3):
                prev = by_sentence.get(i - back, [])
                if prev:
                    here_people = prev[-1:]
                    break
        if not here_people:
            continue
        if visit:
            for seat in SEAT.finditer(sentence):
                if IN_STATE.search(text[max(s0, s0 + seat.start() - 14):s0 + seat.start()]):
                    for p in here_people:
                        if (p.key, SEAT_STATES[seat.group(0)]) not in said:
                            said.add((p.key, SEAT_STATES[seat.group(0)]))
                            out.append((p.key, SEAT_STATES[seat.group(0)], {
                                "text": seat.group(0), "start": s0 + seat.start(), "end": s0 + seat.end(),
                                "sentence": sentence[:300]}))
        listed_into = False
        prev_m: Mention | None = None
        for m in states_by_sentence.get(i, []):
            # "in Jordan", "moving among Uganda, Sudan and Congo": a place preposition, or a list after one
            into = bool(IN_STATE.search(text[max(s0, m.start - 14):m.start])) or (
                listed_into and prev_m is not None and bool(LIST_GAP.match(text[prev_m.end:m.start])))
            listed_into, prev_m = into, m
            if not (into or (visit and not borrowed)):
                continue
            for p in here_people:
                if (p.key, m.key) in said or (m.key == nationality.get(p.key) and not ARREST.search(sentence)):
                    continue
                said.add((p.key, m.key))
                out.append((p.key, m.key, {"text": m.text, "start": m.start, "end": m.end, "sentence": sentence[:300]}))
    return out
