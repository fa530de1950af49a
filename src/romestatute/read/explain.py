"""Assemble the reading of a report: states, acts, corrections, triggers and questions, on the report's date.

The one schema (``romestatute.reading/2``) shared by ``rome read --json``, the
Python function ``romestatute.read.read`` and, later, ``POST /api/read``.  Every
statement carries the article it applies and the record events (with sources)
behind it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from romestatute import engine, i18n
from romestatute.facts.records import DEPOSITS
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.model.dates import parse_date
from romestatute.model.errors import BadValue
from romestatute.model.vocab import Status
from romestatute.queries.obligation import obligation, obligation_map
from romestatute.queries.status import status_record
from romestatute.read import acts as act_rules
from romestatute.read import claims, collector, congo, dates, extract, pronouns, questions, refine, source
from romestatute.read import lexicon as lx
from romestatute.read import people as people_mod
from romestatute.read.gates import absent
from romestatute.read.mentions import LIST_GAP, Mention, find_cues, find_states, sentence_index, sentences
from romestatute.read.people import PersonMention

SCHEMA = "romestatute.reading/2"
#: Bounds on what one reading lists (a long page repeats itself).
MAX_TRIGGERS = 40
MAX_MENTIONS = 20
MAX_VISITS = 16
#: People for whom the states obliged to arrest are listed (each list asks every state once).
MAX_DUTY_MAPS = 12


def _list_around(here: list[Mention], idx: int, text: str) -> list[Mention]:
    """The mention at ``idx`` and those coordinated with it ("Gambia, South Africa, and Burundi")."""
    lo = hi = idx
    while lo > 0 and LIST_GAP.match(text[here[lo - 1].end:here[lo].start]):
        lo -= 1
    while hi + 1 < len(here) and LIST_GAP.match(text[here[hi].end:here[hi + 1].start]):
        hi += 1
    return here[lo:hi + 1]


def by_sentence(states: list[Mention]) -> dict[int, list[Mention]]:
    """The state mentions (places left out) of each sentence, in order."""
    out: dict[int, list[Mention]] = {}
    for m in states:
        if m.via != "place":
            out.setdefault(m.sentence, []).append(m)
    return out


#: A pronoun subject right before an act word: its state is named before, not after.
PRONOUN_SUBJECT = re.compile(r"\b(?:they|it|ils|elles|il|elle)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
#: Before a state that did the same act as the sentence's subject: "as did the U.S.", "after South Africa".
COMPANION_BEFORE = re.compile(r"(?:\bas\s+(?:did|ha(?:s|d|ve))|\b(?:just\s+)?like|\bafter|\bfollowing|\bapr[èe]s|"
                              r"\b(?:tout\s+)?comme|\bà\s+l['’]instar\s+(?:de|du|des))\s+(?:the\s+|l['’]|le\s+|la\s+|les\s+)?$",
                              re.IGNORECASE)
#: ... and after it the phrase ends ("after Burundi in 2017,", "as did the U.S. —").
COMPANION_AFTER = re.compile(r"^\s*(?:(?:in|en)\s+\d{4}\b\s*)?(?:[,;.:—–)]|-\s|$)")


def _companion(m: Mention, text: str, sentence: tuple[int, int]) -> bool:
    return bool(COMPANION_BEFORE.search(text[max(sentence[0], m.start - 30):m.start])
                and COMPANION_AFTER.match(text[m.end:sentence[1]]))


def associate(cue: Mention, here: list[Mention], text: str, sentence: tuple[int, int]) -> list[Mention]:
    """The states an act or trigger is about, of those named in its sentence (``here``, at ``sentence``): the
    nearest, with its list.  A companion ("Russia signed -- as did the U.S.", "the second to leave, after South
    Africa") shares the act of the sentence's subject, and the subject an act whose nearest state is a
    companion."""
    pool: list[int] = list(range(len(here)))
    if PRONOUN_SUBJECT.search(text[max(sentence[0], cue.start - 30):cue.start]):
        pool = [i for i in pool if here[i].end <= cue.start] or pool  # "they are not signatories": named before
    idx = min(pool, key=lambda i: min(abs(here[i].end - cue.start), abs(cue.end - here[i].start)))
    found = _list_around(here, idx, text)
    companions = [m for m in here if _companion(m, text, sentence)]
    if not companions:
        return found
    if any(m in companions for m in found):
        subjects = [m for m in here if m.start < found[0].start and m not in companions]
        if subjects:
            found = _list_around(here, here.index(subjects[0]), text) + found
    return found + [m for m in companions if m not in found and m.start > cue.start - 200]


def _associated(cue: Mention, index: dict[int, list[Mention]], text: str, spans: list[tuple[int, int]],
                said: dict[tuple[Any, ...], list[int]]) -> list[Mention]:
    """``associate``, worked out once for an act word in a sentence said again with the same states at the same
    places (what it looks at lies inside the sentence)."""
    here = index.get(cue.sentence, [])
    if not here:
        return []
    s0, e0 = spans[cue.sentence]
    key = (text[s0:e0], cue.start - s0, cue.end - s0, tuple((m.start - s0, m.end - s0, m.key, m.via) for m in here))
    known = said.get(key)
    if known is None:
        where = {id(m): i for i, m in enumerate(here)}
        known = said[key] = [where[id(m)] for m in associate(cue, here, text, (s0, e0))]
    return [here[i] for i in known]


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


SIGNATURE_WITHDRAWN_WORDS = re.compile(r"\b(?:withdr\w+|remov\w+|revok\w+|cancel\w*|retir\w+)\b", re.IGNORECASE)
#: "The Hague, Netherlands -": the Court's seat in a dateline, not a state the report is about.
SEAT_DATELINE = re.compile(r"\b(?:Hague|Haye),\s*$")
#: Words standing for a state named before: "his country", "the country's", "its government".
STATE_ANAPHOR = re.compile(r"\b(?:(?P<person>his|her)|its|their|the)\s+(?:country|nation|government)(?:['’]s)?\b|"
                           r"\b(?:son|leur)\s+pays\b|\ble\s+pays\b", re.IGNORECASE)


def _antecedent(cue: Mention, index: dict[int, list[Mention]], text: str, spans: list[tuple[int, int]],
                people: list[PersonMention]) -> list[Mention]:
    """"his country" (or "the country", "its government") next to an act word, where the act word has no subject
    of its own, is the one state named before it in its sentence ("the Hungarian Parliament ... the country's
    withdrawal"; not for "his"), else the state of the person named before it in the sentence (a wanted person's
    nationality: "Duterte said the country will withdraw"), else the state named last in the two sentences before; a subject pronoun ("il n'est pas signataire", "it is not a
    signatory") is the one state named in the sentence before (``read.pronouns``)."""
    s0, e0 = spans[cue.sentence]
    lo = max(s0, cue.start - 40)
    anaphor = STATE_ANAPHOR.search(text, lo, min(e0, cue.end + 40))
    if anaphor is None:
        if pronouns.acts_for(text[s0:cue.start], cue.text):  # "le Rwanda ... Il n'est pas signataire"
            return pronouns.antecedent([m for m in index.get(cue.sentence, []) if m.end <= cue.start],
                                       index.get(cue.sentence - 1, []))
        return []
    named = [m for m in index.get(cue.sentence, []) if m.end <= anaphor.start()]
    if not anaphor.group("person") and len({m.key for m in named}) == 1:
        return named[-1:]  # "The Hungarian Parliament has supported a bill on the country's withdrawal"
    if anaphor.group("person") or anaphor.group(0).lower().startswith("the "):
        # "his country"; "President Rodrigo Duterte said the country will withdraw": the speaker's
        before = [p for p in people if s0 <= p.start < anaphor.start()]
        iso3 = (people_mod.warrants_of(before[-1].key) or [{}])[0].get("nationality") if before else None
        if iso3:
            return [Mention("state", str(iso3), anaphor.group(0), anaphor.start(), anaphor.end(), cue.sentence,
                            "anaphor")]
    for back in (1, 2):
        prev = index.get(cue.sentence - back)
        if prev:
            return prev[-1:]
    return []


def _acts(cues: list[Mention], states: list[Mention], text: str, report: dt.date,
          today: dt.date, spans: list[tuple[int, int]] | None = None,
          people: list[PersonMention] | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(acts the report states as done, announcements of acts) by the states they are about."""
    spans = spans if spans is not None else sentences(text)
    people = people or []
    ledger = engine.ledger()
    grouped: dict[tuple[str, str, bool], dict[str, Any]] = {}
    # an announcement is checked where it is said: two announcements by one state ("announced in 2018 ... said again on
    # Sunday") are two claims, and so are an announcement and the act done later ("announced ... then deposited")
    announced: dict[tuple[str, str, int], dict[str, Any]] = {}
    heard: set[tuple[str, str, str]] = set()
    last_kind, last_sentence = "withdrawal", -10
    index = by_sentence(states)
    said: dict[tuple[Any, ...], list[int]] = {}  # the same act word with the same states in the same sentence
    for cue in (c for c in cues if c.kind == "act"):
        kind = cue.key
        if cue.extra.get("anaphora"):
            if cue.extra.get("needs_antecedent") and cue.sentence - last_sentence > 1:
                continue  # "a request to do so" with no act before it: not a treaty act
            kind = last_kind
        else:
            last_kind, last_sentence = kind, cue.sentence
        for m in _associated(cue, index, text, spans, said) or _antecedent(cue, index, text, spans, people):
            if cue.extra.get("mode") == "announced":
                told = (m.key, kind, " ".join(text[spans[cue.sentence][0]:spans[cue.sentence][1]].split()))
                if told not in heard:  # a headline said again above the body is one announcement
                    heard.add(told)
                    announced[(m.key, kind, cue.sentence)] = claims.announcement(m.key, kind, cue, report)
                continue
            key = (m.key, kind, cue.negated)
            entry = grouped.get(key)
            if entry is None:
                led = ledger.state(m.key)
                found = act_rules.explain_act(kind, led, report, today, cue.negated)
                entry = grouped[key] = {"state": m.key, "name": led.name, "kind": kind,
                                        "label": act_rules.label(kind), "negated": cue.negated,
                                        "mentions": [], **found}
            entry["mentions"].append({"text": cue.text, "start": cue.start, "end": cue.end,
                                      "state_text": m.text, **({"anaphora": True} if cue.extra.get("anaphora") else {})})
    # a revocation presupposes the notice it revokes: "reversed its withdrawal" states both
    for (iso3, kind, negated), entry in list(grouped.items()):
        if kind == "revocation" and not negated and (iso3, "withdrawal", False) not in grouped:
            led = ledger.state(iso3)
            if any(w.revoked and w.notified <= report for w in led.withdrawals):
                grouped[(iso3, "withdrawal", False)] = {
                    "state": iso3, "name": led.name, "kind": "withdrawal", "label": act_rules.label("withdrawal"),
                    "negated": False, "implied_by": "revocation", "mentions": list(entry["mentions"]),
                    **act_rules.explain_act("withdrawal", led, report, today)}
    # "withdrew its signature": a signature cannot be withdrawn; the notice only says the state will not become a party
    for entry in grouped.values():
        if entry["kind"] == "not_party_notice" and entry.get("correction") is None and any(
                SIGNATURE_WITHDRAWN_WORDS.search(m["text"]) for m in entry["mentions"]):
            entry["correction"] = {
                "report_says": "signature withdrawn", "record_shows": "signature_kept", "article": "18 VCLT",
                "text": _("A signature cannot be withdrawn: %(of_state)s's signature stays on the depositary's list, "
                          "with its notice that it does not intend to become a party, which frees it of the duty not to "
                          "defeat the treaty's object (Vienna Convention on the Law of Treaties, Art. 18).")
                % {"of_state": i18n.state_name(entry["state"], entry["name"], "de")}}
    # "Mali, Burkina Faso and Niger pull out of key international court" among headlines that say they "announce" it: a
    # withdrawal never told as done (no "withdrew"; no notice sent, no day of effect where it or the announcement is
    # told) by a state the report says announced one is that announcement
    said_announced = {(s_, k) for s_, k, _i in announced}
    # and where a withdrawal is told with no state named ("The letter says the decision to leave will take effect")
    unnamed = [c.start for c in cues if c.kind == "act" and c.key == "withdrawal" and not index.get(c.sentence)]
    for key, entry in list(grouped.items()):
        iso3, kind, negated = key
        if kind != "withdrawal" or negated or (iso3, kind) not in said_announced or entry.get("implied_by"):
            continue
        places = [m["start"] for m in entry["mentions"]] + [a["start"] for (s_, k, _i), a in announced.items()
                                                            if (s_, k) == (iso3, kind)] + unnamed
        if not any(DONE_WORD.match(m["text"]) for m in entry["mentions"]) and not any(
                TOLD_DONE.search(_sentence_at(text, spans, at)) for at in places):
            del grouped[key]
    # an act and its announcement in one sentence ("announced that it had withdrawn") are the act, told once
    done = {(e["state"], e["kind"], sentence_index(spans, m["start"])) for e in grouped.values() for m in e["mentions"]}
    return list(grouped.values()), [a for key, a in announced.items() if key not in done]


#: A notice sent: the act is done when it is sent, though the depositary receives it days later.
NOTICE_SENT = re.compile(r"\b(?:transmit\w*|sent|send[s]?|deliver\w*|submit\w*|lodg\w*|deposit\w*|notif\w+|"
                         r"letter|transmis\w*|envoy\w*|adress\w*|lettre|present[óo]|entreg\w+|envi[óo]|carta)\b",
                         re.IGNORECASE)


#: A sentence that tells a withdrawal as done: a notice sent, a day of effect passed, a formal step.
TOLD_DONE = re.compile(NOTICE_SENT.pattern + r"|\b(?:took|has\s+taken|have\s+taken)\s+(?:effect|force)\b|"
                       r"\b(?:came|has\s+come)\s+into\s+force\b|\binform\w*|\ba\s+pris\s+effet\b|"
                       r"\bformally\b|\bofficially\b|\bofficiellement\b|\boficialmente\b", re.IGNORECASE)
#: An act word that says the withdrawal is done ("withdrew", "has withdrawn", « se sont retirées », « a quitté »): the
#: report asserts the act, so it stays an act (with its correction) even when the notice came after the report's date,
#: as "Kenya withdrew" does with no notice at all; "withdraws", "to do so" may be an announcement.
DONE_WORD = re.compile(r"^(?:withdrew|withdrawn|pulled[\s-]+out|exited|retir[ée]e?s?|quitt[ée]e?s?)$", re.IGNORECASE)


def _sentence_at(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    i = sentence_index(spans, pos)
    return text[spans[i][0]:spans[i][1]] if spans else text


def _settle(acts: list[dict[str, Any]], checked: list[dict[str, Any]], report: dt.date,
            today: dt.date, text: str = "", spans: list[tuple[int, int]] | None = None
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Acts as the record has them: a 'withdrawal' by a state that never ratified is its notice of not becoming a
    party; an act the record shows never happened (a ratification not yet deposited on the report's date, a
    withdrawal by a state never a party) is a claim corrected, not an act, but a withdrawal the report says is done
    ("withdrew", "has withdrawn": ``DONE_WORD``) before its notice is on record stays an act with its correction; an act the record shows was done in
    another form (a 'signature' by a state that acceded, a 'withdrawal' of an instrument before it entered into
    force) stays an act, as the report asserts it, with its correction;
    'X is not a party' said rightly is a ratification the report says did not happen."""
    ledger = engine.ledger()
    spans = spans if spans is not None else [(0, len(text))]
    kept, moved = [], []
    for a in acts:
        shows = (a.get("correction") or {}).get("record_shows")
        unsigned = [e.date for e in ledger.state(a["state"]).events if e.event == "signature_withdrawn"]
        pulled = [e.date for e in ledger.state(a["state"]).events if e.event == "instrument_withdrawn"]
        if a["kind"] == "withdrawal" and shows == "signature_withdrawn" and unsigned and unsigned[0] > report:
            m = a["mentions"][0]
            moved.append({"kind": "act", "text": m["text"], "start": m["start"], "end": m["end"], "state": a["state"],
                          "verdict": "wrong", "record": a["correction"]["text"] + " " + a["effect"],
                          "article": a["correction"]["article"], "events": a["record"], "act": a["kind"]})
            continue
        if a["kind"] == "withdrawal" and shows == "signature_withdrawn":
            a = {**a, "kind": "not_party_notice", "label": act_rules.label("not_party_notice"), "report_says":
                 "withdrawal"}
        elif shows in ("none", "not_yet_deposited", "never_a_party") or (
                # not notified yet on the report's date (nor the instrument withdrawn yet, for a state never a party),
                # and not told as done ("Malaysia withdraws from the Rome Statute" over a Cabinet's decision): a claim
                (shows == "not_yet_notified" or shows == "instrument_withdrawn" and pulled and pulled[0] > report)
                and not any(NOTICE_SENT.search(_sentence_at(text, spans, m["start"]))
                            or DONE_WORD.match(m["text"]) for m in a["mentions"])):
            m = a["mentions"][0]
            moved.append({"kind": "act", "text": m["text"], "start": m["start"], "end": m["end"], "state": a["state"],
                          "verdict": "wrong", "record": a["correction"]["text"], "article": a["correction"]["article"],
                          "events": a["record"], "act": a["kind"]})
            continue
        kept.append(a)
    have = {(a["state"], a["kind"], a["negated"]) for a in kept}
    for c in checked:
        says = c.get("says") or {}
        party = says.get("status", "").startswith(("part", "member", "state", "état", "etat", "membre", "miembro", "estado"))
        # "became a State Party in 2001", « est devenue un État partie »: the report says it joined (a deposit);
        # "is not a State Party", told right: it says the state never joined
        joined = says.get("became") and not says.get("negated") and c["verdict"] != "wrong"
        never = says.get("negated") and c["verdict"] == "right"
        if c["kind"] == "status" and party and (joined or never) and (c["state"], "ratification", bool(never)) not in have:
            negated = bool(never)
            have.add((c["state"], "ratification", negated))
            led = ledger.state(c["state"])
            kept.append({"state": c["state"], "name": led.name, "kind": "ratification",
                         "label": act_rules.label("ratification"), "negated": negated,
                         "mentions": [{"text": c["text"], "start": c["start"], "end": c["end"], "state_text": c["text"]}],
                         **act_rules.explain_act("ratification", led, report, today, negated)})
    return kept, moved


#: The trigger words of a veto ("vetoed", "negative votes") and of a referral, as lexicon.TRIGGER_CUES finds them.
VETO = dict(lx.TRIGGER_CUES)["veto"]
REFERRAL = dict(lx.TRIGGER_CUES)["referral"]


def _triggers(cues: list[Mention], states: list[Mention], text: str, spans: list[tuple[int, int]],
              report: dt.date, names: dict[str, str], people: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
    by_sentence: dict[int, set[str]] = {}
    for m in states:
        by_sentence.setdefault(m.sentence, set()).add(m.key)
    for cue in (c for c in cues if c.kind == "trigger"):
        involved = frozenset(by_sentence.get(cue.sentence, set()))
        key = (cue.key, involved)
        if key not in grouped:
            if len(grouped) >= MAX_TRIGGERS:
                continue
            s0, s1 = spans[cue.sentence]
            found = questions.explain_trigger(cue.key, text[s0:s1], set(involved), report, names)
            if cue.key == "warrant" and people:
                found = _people_warrants(people, report) or found
            grouped[key] = {"kind": cue.key, "states": sorted(involved), "mentions": [], **found}
        if len(grouped[key]["mentions"]) < MAX_MENTIONS:
            grouped[key]["mentions"].append({"text": cue.text, "start": cue.start, "end": cue.end})
    return list(grouped.values())


def _obliged_to_arrest(person: str, report: dt.date) -> dict[str, Any]:
    """The states bound to arrest and surrender ``person`` on the report's date, as ``rome obligation --map``
    gives them (Part 9: Arts. 86, 89(1); a Council referral's duties)."""
    m = obligation_map(person, report)
    return {"on": m["on"], "count": m["count"], "states": m["states"],
            "query": {"person": m["person"], "on": m["on"], "map": True}}


def _people_warrants(people: list[dict[str, Any]], report: dt.date) -> dict[str, Any] | None:
    """What the record shows for a warrant the report names, from the people it names."""
    rows = [{"id": w["id"], "person": p["person"], "nationality": p["nationality"], "situation": w["situation"],
             "kind": w["kind"], "date": w["issued"], "public": w["public_from"], "status": w["status_on_report_date"],
             "later": w["later"], "document": w["document"], "source": w["source"], "confidence": w["confidence"]}
            for p in people for w in p["warrants"] if w["public_on_report_date"]]
    if not rows:
        return None
    return {"record": rows, "article": "58",
            "effect": _("Public warrants on record on the report's date for the people it names: %(warrants)s.")
            % {"warrants": "; ".join(_warrant_said(r) for r in rows)}}


def _warrant_said(r: dict[str, Any]) -> str:
    """One warrant in the effect's list: "Name, ICC-..., issued 2009-03-04, at large (later: ... on ...)"."""
    said = _("%(person)s, %(id)s, issued %(day)s, %(status)s") % {
        "person": r["person"], "id": r["id"], "day": i18n.day(r["date"]), "status": i18n.code_words(r["status"])}
    later = r["later"]
    if not later:
        return said
    if later.get("date"):
        return said + _(" (later: %(status)s on %(day)s)") % {"status": i18n.code_words(later["status"]),
                                                              "day": i18n.day(later["date"])}
    return said + _(" (later: %(status)s, date not recorded)") % {"status": i18n.code_words(later["status"])}


def _questions(text: str, spans: list[tuple[int, int]], states: list[Mention], cues: list[Mention],
               found_people: list[PersonMention], people: list[dict[str, Any]], acts: list[dict[str, Any]],
               report: dt.date, names: dict[str, str],
               announced: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Every question the report raises: conduct, warrants and situations, withdrawals, visits and arrests (duty
    to arrest); a partial answer is followed by the parts of the period it covers."""
    announced = announced or []
    crimes = [c for c in cues if c.kind == "crime"]
    out = [{"kind": "jurisdiction", **q} for q in
           questions.run_questions(questions.conduct_questions(text, spans, states, crimes, report), report, names)]
    asked = {(tuple(q["query"]["territory"]), tuple(q["query"]["nationality"]), q["query"]["from"]) for q in out}

    def add(q: dict[str, Any] | None) -> None:
        if q is None:
            return
        key = (tuple(q["query"]["territory"]), tuple(q["query"]["nationality"]), q["query"]["from"])
        if key not in asked:
            asked.add(key)
            out.append(q)

    # a person with a public warrant: the question of the conduct the warrant covers where the record has it, else
    # the situation's
    for q in _warrant_questions(people, report, names):
        add(q)
    # investigations, referrals and warrants named with a state; accessions and declarations
    touched: dict[str, list[dict[str, Any]]] = {}
    by_sentence: dict[int, set[str]] = {}
    for m in states:
        by_sentence.setdefault(m.sentence, set()).add(m.key)
    for c in cues:
        if c.kind == "trigger" and c.key in ("investigation", "referral", "warrant", "veto"):
            for iso3 in sorted(by_sentence.get(c.sentence, set())):  # sorted: not the hash seed's order
                touched.setdefault(iso3, []).append({"text": c.text, "start": c.start, "end": c.end,
                                                     "sentence": text[spans[c.sentence][0]:spans[c.sentence][1]][:300]})
    ledger = engine.ledger()
    for a in acts:
        if a["kind"] in ("ratification", "declaration_12_3") and not a["negated"]:
            touched.setdefault(a["state"], []).extend(
                {"text": m["text"], "start": m["start"], "end": m["end"], "sentence": a["label"]} for m in a["mentions"][:2])
    # a withdrawal notified or announced by a state still a party: the Court keeps jurisdiction until it takes
    # effect, and over what was done before (Art. 127(1), (2))
    leaving = [(a["state"], a["mentions"][:2], a["label"]) for a in acts if a["kind"] == "withdrawal" and not a["negated"]]
    leaving += [(c["state"], [c], _("an announced withdrawal")) for c in announced
                if c.get("kind") == "announcement" and c.get("act") == "withdrawal" and c.get("state")]
    for iso3, ms, label in leaving:
        if ledger.state(iso3).status_on(report)[0] == Status.PARTY:
            touched.setdefault(iso3, []).extend({"text": m["text"], "start": m["start"], "end": m["end"],
                                                 "sentence": label} for m in ms)
    for iso3, why in touched.items():
        found = [questions._situation(s["id"]) for s in questions.situations_for({iso3}, report)]
        sits = [s for s in found if s and s.get("territory")]
        for sit in sits[:2]:
            add(questions.situation_question(sit, None, report, why[:3], _("the situation on the report's date")))
        if not sits:
            led = ledger.state(iso3)
            decl = [d for d in led.declarations if d.kind == "12_3" and (d.lodged or d.date) <= report
                    and d.covers is not None and d.declarant == "state"]
            start = None
            basis = ""
            if decl:
                start = min(d.covers.start for d in decl if d.covers is not None)
                basis = _("from the start of the conduct its Art. 12(3) declaration covers")
            else:
                eif = [e.effective_date for e in led.events if e.event in DEPOSITS and e.effective_date]
                if eif and eif[0] <= report:
                    start, basis = eif[0], _("from the day the Statute entered into force for it (Art. 11(2))")
            if start is None and any(VETO.match(w["text"]) for w in why):
                start = dt.date(2002, 7, 1)
                basis = _("from the Statute's entry into force (Art. 11(1)): the vetoed referral would have set the "
                          "Art. 12 preconditions aside")
            elif start is None and any(REFERRAL.match(w["text"]) for w in why):
                # "Referral of Syria to International Criminal Court Fails": a referral named, none on record
                start = dt.date(2002, 7, 1)
                basis = _("from the Statute's entry into force (Art. 11(1)): a Security Council referral, which the "
                          "record does not show, would have set the Art. 12 preconditions aside")
            if start is not None and start <= report:
                add(questions.territory_question(iso3, start, report, why[:3], basis, names))
    # a withdrawal that took effect by the report's date: the crimes of the years as a party, which the Court keeps
    # (Art. 127(2)), and those since (Art. 127(1))
    for q in _withdrawal_questions(leaving, ledger, report, names):
        # asked even where a situation's question covers the same years: this one says why (Art. 127)
        asked.add((tuple(q["query"]["territory"]), tuple(q["query"]["nationality"]), q["query"]["from"]))
        out.append(q)
    for q in list(out):
        for part in questions.covered_parts(q):
            add(part)
    # visits: the duty to arrest, answered as `rome obligation` answers it
    nationality = {p["key"]: p["nationality"] for p in people}
    full = {p["key"]: p["person"] for p in people}
    wanted = {p["key"] for p in people if any(w["public_on_report_date"] for w in p["warrants"])}
    seen: set[tuple[str, str]] = set()
    found_visits = questions.visits(text, spans, states, found_people, nationality)
    if any(c.kind == "trigger" and c.key == "warrant" for c in cues) or CASE.search(text):
        # a report about a warrant or a wanted person's case: the duty of the person's own state (Art. 86, or a
        # Council referral)
        first = {m.key: m for m in reversed(found_people)}
        found_visits += [(k, nationality[k], {"text": first[k].text, "start": first[k].start, "end": first[k].end,
                                             "sentence": _("a warrant the report names, and the person's own state")})
                         for k in first if nationality.get(k)]
    found_visits += questions.arrest_duties(text, spans, states, found_people)
    if any(c.kind == "trigger" and c.key == "warrant" for c in cues) or found_visits:
        # a report about a warrant or a wanted person's whereabouts: the duty of each State Party it names
        is_party: dict[str, bool] = {}  # each state's status looked up once, not at each mention

        def party(iso3: str) -> bool:
            if iso3 not in is_party:
                is_party[iso3] = ledger.state(iso3).status_on(report)[0] == Status.PARTY
            return is_party[iso3]

        party_named = [m for m in states if m.via in ("name", "metonym") and party(m.key)
                       and not SEAT_DATELINE.search(text[max(0, m.start - 12):m.start])]
        firsts = {m.key: m for m in reversed(party_named)}
        found_visits += [(k, iso3, {"text": m.text, "start": m.start, "end": m.end,
                                    "sentence": _("a State Party named in a report about a wanted person")})
                         for k in dict.fromkeys(p.key for p in found_people) for iso3, m in firsts.items()]
    for key, iso3, ev in found_visits:
        if key not in wanted or (key, iso3) in seen or len(seen) >= MAX_VISITS:
            continue
        seen.add((key, iso3))
        answer = obligation(full[key], iso3, report)
        out.append({"kind": "obligation",
                    "title": _("Must %(the_state)s arrest and surrender %(person)s on %(day)s?")
                    % {"the_state": i18n.state_name(iso3, names.get(iso3, iso3), "le"), "person": full[key],
                       "day": i18n.day(report)},
                    "why": [ev], "query": {"person": full[key], "person_key": key, "state": iso3,
                                           "on": report.isoformat()},
                    "answer": answer})
    return out


def _warrant_questions(people: list[dict[str, Any]], report: dt.date, names: dict[str, str]) -> list[dict[str, Any]]:
    """For each person with a public warrant: the question of the conduct the warrant covers (its ``conduct`` in
    the record: territory, nationality, period; Art. 12(2)), asked once for people whose warrants cover the same
    conduct; for a warrant with no recorded conduct, the question of its situation."""
    out: list[dict[str, Any]] = []
    grouped: dict[tuple[Any, ...], dict[str, Any]] = {}
    for p in people:
        public = [w for w in p["warrants"] if w["public_on_report_date"]]
        sit = questions._situation(p["situation"])
        if not public or not sit:
            continue
        crimes_w = sorted({c for w in public for c in w["crimes"]})
        why = [{"text": m["text"], "start": m["start"], "end": m["end"], "sentence": _("person named with a warrant")}
               for m in p["mentions"][:3]]
        conducts = [w["conduct"] for w in public if w.get("conduct")]
        if not conducts:
            q = questions.situation_question(sit, crimes_w, report, why, _("the warrant's situation"))
            if q is not None:
                out.append(q)
            continue
        for c in conducts:
            key = (tuple(c.get("territory") or []), tuple(c.get("nationality") or []), str(c.get("from")),
                   str(c.get("to")), tuple(crimes_w), p["situation"])
            g = grouped.setdefault(key, {"conduct": c, "sit": sit, "crimes": crimes_w, "people": [], "why": []})
            if p["person"] not in g["people"]:
                g["people"].append(p["person"])
                g["why"] += why[:2]
    for g in grouped.values():
        q = questions.warrant_conduct_question(g["conduct"], g["sit"], g["people"], g["crimes"], report, g["why"],
                                               names)
        if q is not None:
            out.append(q)
    return out


def _withdrawal_questions(leaving: list[tuple[str, list[dict[str, Any]], str]], ledger: Any, report: dt.date,
                          names: dict[str, str]) -> list[dict[str, Any]]:
    """For each state the report says left or is leaving, whose withdrawal had taken effect by the report's date
    (Art. 127(1)): the questions of ``questions.withdrawal_questions``, once per state."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for iso3, ms, label in leaving:
        if iso3 in seen:
            continue
        seen.add(iso3)
        led = ledger.state(iso3)
        done = [w for w in led.withdrawals if not w.revoked and w.effective <= report]
        if not done:
            continue
        w = done[-1]
        starts = [e.effective_date for e in led.events if e.event in DEPOSITS and e.effective_date
                  and e.effective_date < w.effective]
        starts += [d.covers.start for d in led.declarations if d.kind == "12_3" and d.covers is not None
                   and d.declarant == "state" and d.covers.start < w.effective]
        why = [{"text": m["text"], "start": m["start"], "end": m["end"], "sentence": label} for m in ms[:2]]
        out += questions.withdrawal_questions(iso3, min(starts) if starts else None, w.effective, report, why, names)
    return out


#: A report about a case before the Court ("the case against X", its admissibility, "Prosecutor v. X"): like a
#: report about a warrant, it asks the duty of the wanted person's own state.
CASE = re.compile(r"\bcase\s+against\b|\badmissib\w+|\bProsecutor\s+v\.|\baffaire\s+(?:contre|visant)\b|"
                  r"\brecevabilit[ée]\b", re.IGNORECASE)


#: The days of the week, as the caveats name them.
WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))


def _weekday(day: dt.date) -> str:
    return _(WEEKDAYS[day.weekday()])


def _date(raw: str, text: str, date: str | dt.date | None, now: dt.date, language: str | None,
          caveats: list[str]) -> tuple[dt.date, dict[str, Any]]:
    if date is not None and date != "":
        report = parse_date(date, field="date")
        return report, {"value": report.isoformat(), "text": None, "start": None, "how": "given"}
    langs = [language] + [x for x in dates.LANGUAGES if x != language] if language in dates.LANGUAGES else None
    found = extract.meta_date(raw) or dates.find_date(text, langs, now)
    if found is None:
        caveats.append(_("No full date (day, month and year) was found in the report; it is read as of today. "
                         "Give --date to read it as of the day it was written."))
        hint = dates.weekday_hint(text, langs, now)
        if hint is not None:
            caveats.append(_("The report names \"%(words)s\" with no year; the latest such day up to today was "
                             "%(day)s (a %(weekday)s): give --date %(iso)s if that is the report's day.")
                           % {"words": hint.text, "day": i18n.day(hint.date), "weekday": _weekday(hint.date),
                              "iso": hint.date.isoformat()})
        return now, {"value": now.isoformat(), "text": None, "start": None, "how": "today"}
    if found.how == "weekday":
        caveats.append(_("The report's date was found as \"%(words)s\", with no year: the year taken is the one the "
                         "report itself gives that day, when it is a %(weekday)s (%(year)s); give --date if it is "
                         "another.") % {"words": found.text, "weekday": _weekday(found.date), "year": found.date.year})
    return found.date, found.to_json()


def reading(raw: str, date: str | dt.date | None = None, today: str | dt.date | None = None,
            caveats: list[str] | None = None) -> dict[str, Any]:
    """Read a news report (plain text or HTML) and explain its legal effect on its own date."""
    with collector.paused(len(raw) if isinstance(raw, str) else 0):
        return _reading(raw, date, today, caveats)


def _reading(raw: str, date: str | dt.date | None, today: str | dt.date | None,
             caveats: list[str] | None) -> dict[str, Any]:
    if not isinstance(raw, str):
        raise BadValue("text: expected a string", field="text")
    if len(raw) > extract.MAX_INPUT:
        raise BadValue(N_("text: longer than %(count)s characters"), field="text", params={"count": extract.MAX_INPUT})
    source.check_text(raw)
    text, was_html = extract.to_text(raw)
    caveats = list(caveats or [])
    now = engine.as_of(today, field="today")
    language = source.language(text)
    if language and language not in source.READS:
        name = source.LANGUAGE_NAMES.get(language, language)
        if i18n.language() == "fr":
            import babel

            name = babel.Locale("fr").languages.get(language.split("-")[0], name)
        caveats.append(_("The report seems to be in %(name)s (%(code)s); the reader reads English and French, so "
                         "states, acts and people written in other words may be missed.")
                       % {"name": name, "code": language})
    report, date_info = _date(raw, text, date, now, language, caveats)
    # "Friday", "hier", "le 17 mars": resolved once the report's day is known (none for a report read as of today)
    date_info["relative"] = [] if date_info["how"] == "today" else [f.to_json() for f in dates.relative_dates(text, report)]
    spans = sentences(text)
    states = find_states(text, spans, language or "en")
    cues = find_cues(text, spans)
    found_people = people_mod.find_people(text)
    states = refine.dateline_states(text, spans, refine.not_states(text, states))  # outlets out, datelines in
    states = refine.meeting_places(text, states)  # "the Kampala Review Conference": a place, not an actor
    states, said = congo.resolve(text, spans, states, found_people)  # a bare "Congo": decided, or marked ambiguous
    caveats += said
    people = people_mod.people_entries(found_people, report)
    for p in [p for p in people if any(w["public_on_report_date"] for w in p["warrants"])][:MAX_DUTY_MAPS]:
        p["obliged_to_arrest"] = _obliged_to_arrest(p["person"], report)
    names = dict(engine.names().states)
    order: dict[str, list[Mention]] = {}
    for m in states:
        order.setdefault(m.key, []).append(m)
    acts, announcements = _acts(cues, states, text, report, now, spans, found_people)
    crimes = [c for c in cues if c.kind == "crime"]
    leaving = [] if absent(claims.GATE_IMMEDIATE + claims.GATE_EFFECT_DATE, text) else [  # immediate_effect, effect_dates
        (a["state"], sentence_index(spans, m["start"])) for a in acts if a["kind"] == "withdrawal"
               and not a["negated"] for m in a["mentions"]]
    leaving += [(c["state"], sentence_index(spans, c["start"])) for c in announcements if c.get("act") == "withdrawal"]
    checked = (claims.party_counts(text, report) + claims.statuses(text, states, spans, report)
               + claims.as_statuses(text, states, spans, report)
               + claims.firsts(text, states, spans, report) + announcements
               + claims.immediate_effect(text, spans, leaving, report) + claims.effect_dates(text, spans, leaving, report)
               + claims.statute_facts(text, report)
               + claims.warrant_years(text, spans, found_people) + claims.first_signatories(text, states, spans)
               + claims.restored(text, states, spans, report) + claims.last_days(text, states, spans))
    checked.sort(key=lambda c: c["start"])
    acts, moved = _settle(acts, checked, report, now, text, spans)
    checked = sorted(checked + moved + claims.act_dates(text, spans, acts), key=lambda c: c["start"])
    corrections = [{"state": a["state"], "name": a["name"], "kind": a["kind"], **a["correction"],
                    "mentions": a["mentions"]} for a in acts if a.get("correction")]
    corrections += [{"state": c["state"], "name": names.get(c["state"] or "", "") if c["state"] else "",
                     "kind": c["kind"], "report_says": c["text"], "record_shows": c["record"], "text": c["record"],
                     "article": c["article"], "mentions": [{"text": c["text"], "start": c["start"], "end": c["end"]}]}
                    for c in checked if c["verdict"] in ("wrong", "loose") and c["kind"] != "announcement"]
    caveats += engine.horizon_caveats(max(report, now))
    if report > now:
        caveats.append(_("The report's date is after today."))
    return {
        "schema": SCHEMA,
        "date": date_info,
        "today": now.isoformat(),
        "language": language,
        "input": {"html": was_html, "characters": len(raw), "text_characters": len(text), "sentences": len(spans)},
        "text": text,
        "mentions": {
            "states": [m.to_json() for m in states if m.via != "place"],
            "places": [m.to_json() for m in states if m.via == "place"],
            "people": [{"key": p.key, "text": p.text, "start": p.start, "end": p.end} for p in found_people],
            "acts": [c.to_json() for c in cues if c.kind == "act"],
            "triggers": [c.to_json() for c in cues if c.kind == "trigger"],
            "crimes": [c.to_json() for c in crimes],
        },
        "states": [_state_entry(iso3, ms, report, now) for iso3, ms in order.items()],
        "people": people,
        "acts": acts,
        "claims": checked,
        "corrections": corrections,
        "triggers": _triggers(cues, states, text, spans, report, names, people),
        "questions": _questions(text, spans, states, cues, found_people, people, acts, report, names,
                                [c for c in checked if c["kind"] == "announcement"]),
        "empty": not states and not cues and not people,
        "caveats": caveats,
    }


def snippet(text: str, start: int, end: int, width: int = 50) -> str:
    """A short quote of the text around a mention, on one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + re.sub(r"\s+", " ", text[a:b]) + ("…" if b < len(text) else "")
