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

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from romestatute import engine, i18n
from romestatute.facts.records import DEPOSITS
from romestatute.i18n import N_, _
from romestatute.model.vocab import Status
from romestatute.read import lexicon as lx
from romestatute.read import pronouns, scan
from romestatute.read.acts import ACT_LABEL, long, status_predicate
from romestatute.read.acts import named as forms
from romestatute.read.gates import absent, sentences_with
from romestatute.read.mentions import Mention, sentence_index

#: Each kind of claim, as the reading names it (the code stays in the JSON), in English (read in the active
#: language): English shows the code's words, as it always did.
CLAIM_KIND = i18n.Translated({
    "party_count": N_("party count"), "status": N_("status"), "first": N_("first"), "announcement": N_("announcement"),
    "effect": N_("effect"), "statute_year": N_("statute year"), "founding": N_("founding"), "in_force": N_("in force"),
    "duty": N_("duty"), "warrant_year": N_("warrant year"), "first_signatory": N_("first signatory"),
    "act_date": N_("act date"), "restored": N_("restored"), "last_day": N_("last day"), "act": N_("act"),
})


def kind_label(kind: str) -> str:
    """A claim's kind in words, in the active language ("party count", "nombre d'États parties")."""
    return CLAIM_KIND.get(kind) or i18n.code_words(kind)


def _status_record(led: Any, status: Status, since: dt.date | None, report: dt.date) -> str:
    """'On <day>, Rwanda was neither a signatory nor a party (since <day>)': a state's status on the report's date, in
    the words of ``model.vocab.STATUS_PREDICATE``."""
    record = _("On %(day)s, %(the_state)s %(status)s") % {**forms(led), "day": long(report),
                                                          "status": status_predicate(led, status)}
    if since:
        record += _(" (since %(day)s)") % {"day": long(since)}
    return record

NUMBER_WORDS = {"hundred": 100}
COUNT = re.compile(r"(?:\b(?P<qual>more than|over|nearly|almost|about|around|some|roughly|at least|plus de|près de|"
                   r"environ|quelque|m[áa]s\s+de|casi|unos|unas|alrededor\s+de)\s+)?\b(?P<n>1\d\d|[2-9]\d)\s+(?:(?P<other>other|autres)\s+|(?:member|signatory|des)\s+)?"
                   r"(?P<what>countries|states|nations|members|member states|states parties|State Parties|pays|"
                   r"États|Etats|membres|pa[íi]ses|estados(?:\s+(?:miembros|partes))?|miembros|naciones)\b(?P<rest>[^.;\n]{0,60})", re.IGNORECASE)
PARTY_WORDS = re.compile(r"\b(?:part(?:y|ies)|members?|ratified|signed up|joined|belong|parties|membres?|miembros?|partes?|"
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


#: Gates: words (ASCII, lower case) one of which every match of a pattern contains, in any case.  A text, or a
#: sentence, without any of them cannot match, so the pattern's scan is skipped there (most reports make few claims).
GATE_FIRST = ("first", "second", "third", "1st", "2nd", "3rd", "premier")
GATE_STATUS = ("memb", "miemb", "part", "signat")  # STATUS_ANY's and AS_STATUS's status word


JUDGES = re.compile(r"\b(?:judges?|juges?)\b", re.IGNORECASE)


def party_counts(text: str, report: dt.date) -> list[dict[str, Any]]:
    """'N countries are parties': the number of States Parties on the report's date."""
    out = []
    ledger = engine.ledger()
    count = None
    record = ""
    for m in scan.matches(COUNT, text):
        around = text[max(0, m.start() - 80):m.end()]
        if not PARTY_WORDS.search(around) or JUDGES.search(around):
            continue
        if count is None:
            count = ledger.count_parties(report)
            record = (_("%(count)s States Parties on %(day)s (each counted from the day the Statute entered into force "
                        "for it, Art. 126)") % {"count": count, "day": long(report)})
        n, qual = int(m.group("n")), (m.group("qual") or "").lower()
        if m.group("other"):  # "joins the ranks of 123 other state parties": the count leaves its subject out
            n += 1
        if n == count:
            verdict = "right"
        elif qual in ("more than", "over", "plus de", "at least") and count > n:
            verdict = "right"
        elif qual and abs(n - count) <= 3:
            verdict = "loose"
        else:
            verdict = "wrong"
        said = m.group(0)[: len(m.group(0)) - len(m.group("rest"))].strip()
        out.append(_claim("party_count", said, m.start(), m.start() + len(said), None, verdict, record, "126"))
    return out


def _status_words(what: str) -> set[Status]:
    w = what.lower()
    if w.startswith(("signator", "signataire", "signatari")):
        return {Status.SIGNATORY, Status.PARTY, Status.RATIFIED_NOT_IN_FORCE}
    return {Status.PARTY}


STATUS_ANY = re.compile(r"\b(?:(?P<neg_es>no)\s+)?(?P<verb>is|was|are|were|remains|remained|became|becomes|est|était|sont|reste|"
                        r"es|era|son)\s+(?P<became>devenue?s?\s+)?"
                        r"(?P<neg>not\s+|no\s+longer\s+|pas\s+|plus\s+|never\s+)?(?:yet\s+|still\s+|also\s+|already\s+)?"
                        r"(?:(?:among|one\s+of)\s+the\s+(?:[\w’']+\s+){0,3}?)?"
                        r"(?:a\s+|an\s+|un\s+|une\s+|des\s+)?(?:(?:founding|full|signatory)\s+)?"
                        r"(?P<what>members?|part(?:y|ies)|States? Part(?:y|ies)|signator(?:y|ies)|membres?|"
                        r"[ÉE]tats? parties?|parties?|signataires?|Estados? Partes?|partes?|miembros?|signatari[oa]s?)\b"
                        r"(?P<tail>[^.;\n]{0,40})", re.IGNORECASE)
#: The Court, its Statute or its seat, in what follows a status word ("of the Hague-based ... court", "du traité de Rome").
COURT_WORDS = re.compile(r"\b(?:ICC|CPI|Court|Cour|Corte|Statut\w*|Estatuto|Rome|Roma|Hague|Haye|Haya|tribunal|treaty|"
                         r"trait[ée]|tratado)\b", re.IGNORECASE)
NOT_THE_COURT = re.compile(r"\b(?:of|to|in|de|del|du|des|au|aux|à|al|en)\s+(?:the\s+|la\s+|le\s+)?(?!ICC|CPI|Rome|International|Court|"
                           r"Cour|Statut|treaty|court|tribunal|Estatuto|Corte|(?:it|this|celui-ci|celle-ci|él|éste|este)\b)[A-Za-z]",
                           re.IGNORECASE)  # "a party to it": the Statute named before


def _of_another_body(after: str) -> bool:
    """Whether the words after a status word make it a status in another body: "a member of the Security Council",
    "party to the conflict", "membre du Conseil de sécurité", "parte del conflicto" (up to the clause's end)."""
    clause = re.split(r"[,;:.()\n]", after, maxsplit=1)[0]
    return bool(NOT_THE_COURT.match(clause.lstrip())) and not COURT_WORDS.search(clause)


def _statuses_said(sentence: str, context_before: bool = False) -> list[re.Match[str] | scan.Found]:
    """The status phrases of a sentence about the Court or the Statute ("is not a member of the ICC"), or of one
    right after a sentence that names it ("The court was set up in 2002. It has 125 members, but the United States,
    Russia and China are not members.")."""
    out = []
    for m in scan.matches(STATUS_ANY, sentence):
        if _of_another_body(sentence[m.end("what"):m.end("what") + 120]):
            continue  # "a member of the Security Council", "party to the conflict"
        if not context_before and not scan.search(lx.TREATY_CONTEXT, sentence):
            continue
        out.append(m)
    return out


def statuses(text: str, states: list[Mention], spans: list[tuple[int, int]], report: dt.date) -> list[dict[str, Any]]:
    """'X (and Y) is (not) a member / party / signatory' against each one's status on the report's date."""
    out = []
    ledger = engine.ledger()
    by_sentence: dict[int, list[Mention]] = {}
    for st in states:
        if st.via != "place":
            by_sentence.setdefault(st.sentence, []).append(st)
    gated = sentences_with(GATE_STATUS, text, spans)
    said_in: dict[tuple[str, bool], list[re.Match[str] | scan.Found]] = {}  # a sentence said again is scanned once
    for i, (s0, e0) in enumerate(spans):
        here = by_sentence.get(i) or []
        if i not in gated or not (here or by_sentence.get(i - 1)):
            continue  # no state here, nor in the sentence before for a pronoun to stand for
        sentence = text[s0:e0]
        court_before = bool(i) and bool(scan.search(lx.TREATY_CONTEXT, text[spans[i - 1][0]:spans[i - 1][1]]))
        found = said_in.get((sentence, court_before))
        if found is None:
            found = said_in[(sentence, court_before)] = _statuses_said(sentence, court_before)
        for m in found:
            pos = s0 + m.start()
            subjects = [st for st in here if st.end <= pos and pos - st.end <= 60
                        and not re.search(r"[.;:]|\b(?:but|while|whereas|which|who|that|mais)\b", text[st.end:pos])]
            said_from: int | None = None  # where the claim's words start when its subject is a pronoun
            if not subjects:
                pronoun = pronouns.PRONOUN.search(sentence[:m.start()])
                if pronoun is not None or (m.group("verb").lower() in pronouns.SPANISH_VERBS  # "No es signatario": no subject pronoun
                                            and pronouns.NO_SUBJECT_ES.search(sentence[:m.start()])):
                    # "Myanmar has been accused ... It is not a member", "le Rwanda ... mais il n'est pas signataire"
                    subjects = pronouns.antecedent([st for st in here if st.end <= pos], by_sentence.get(i - 1) or [])
                    said_from = s0 + (pronoun.start("pro") if pronoun is not None else m.start())
            if re.search(r"\b(?:they|ils|elles)\s+$", sentence[:m.start()], re.IGNORECASE):
                before = [st for st in here if st.end <= pos]  # "Neither X nor Y ... as they are not signatories"
                subjects = _coordinated(before, text) if before else (by_sentence.get(i - 1) or [])[:1]
            if not subjects:
                continue
            says = _status_words(m.group("what"))
            negated = bool(m.group("neg") or m.group("neg_es")) or bool(re.search(r"\b(?:neither|ni)\b", sentence[:m.start()], re.I))
            became = bool(m.group("became")) or m.group("verb").lower() in ("became", "becomes")
            for st in {s.key: s for s in subjects}.values():
                led = ledger.state(st.key)
                status, since = led.status_on(report)
                holds = status in says
                verdict = _verdict(status, m.group("what"), holds, negated)
                record = _status_record(led, status, since, report)
                pending = led.pending_withdrawal(report)
                if pending is not None:
                    record += _(", with a withdrawal taking effect on %(day)s") % {"day": long(pending.effective)}
                if became and not negated and says == {Status.PARTY}:
                    verdict, record = _became_in(led, m.group("tail"), verdict, record)
                start = st.start if said_from is None else said_from
                said = text[start:s0 + m.end("what")]
                c = _claim("status", said, start, s0 + m.end("what"), st.key, verdict, record + ".", "125-127",
                           [_src(e) for e in led.events if e.date <= report and not e.derived][-3:])
                c["says"] = {"status": m.group("what").lower(), "negated": negated, "became": became}
                out.append(c)
    return out


YEAR_AFTER = re.compile(r"^[^,.;:]{0,30}?\b(?:in|en)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)  # "... to the Statute in 2001"


def _became_in(led: Any, tail: str, verdict: str, record: str) -> tuple[str, str]:
    """'X became a party in YEAR' against the year the Statute entered into force for X (Art. 126): the year of the
    deposit instead is loose (a state becomes a party on the first day of the month after the 60th day), another
    year wrong."""
    y = YEAR_AFTER.match(tail or "")
    deposits = [e for e in led.events if e.event in DEPOSITS and e.effective_date]
    if y is None or not deposits:
        return verdict, record
    year, d = int(y.group("year")), deposits[0]
    if year == d.effective_date.year:
        return verdict, record
    record += _("; it deposited its instrument on %(deposited)s and the Statute entered into force for it on "
                "%(effective)s (Art. 126)") % {"deposited": long(d.date), "effective": long(d.effective_date)}
    return ("loose" if year == d.date.year else "wrong"), record


AS_STATUS = re.compile(r"\b(?:as|en\s+tant\s+qu['’]?)\s*(?:a|an|un|une)?\s+(?:founding\s+|full\s+)?(?P<what>member|party|"
                       r"State\s+Party|signatory|membre|signataire|[ÉE]tat\s+partie)\b(?P<tail>[^,.;]{0,80}),\s*"
                       r"(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)


def _coordinated(before: list[Mention], text: str) -> list[Mention]:
    """The last state named and those listed with it ("the United States nor Rwanda")."""
    out = [before[-1]]
    for st in reversed(before[:-1]):
        if re.fullmatch(r"\s*(?:,|and|or|nor|et|ou|ni|y|o)?\s*(?:,\s*)?(?:and|or|nor|et|ou|ni|y|o)?\s*(?:the\s+|el\s+)?",
                        text[st.end:out[0].start]):
            out.insert(0, st)
        else:
            break
    return out


def _verdict(status: Status, what: str, holds: bool, negated: bool) -> str:
    """'right' or 'wrong'; 'loose' where the words fit the depositary's list but not the law: a party called a
    signatory (its duties come from being a party), a state that notified it will not become a party said not to be
    a signatory (its signature stays on the list)."""
    signatory = what.lower().startswith(("signator", "signataire", "signatari"))
    if signatory and not negated and status == Status.PARTY:
        return "loose"
    if signatory and negated and status == Status.SIGNATURE_WITHDRAWN:
        return "loose"
    return "right" if holds != negated else "wrong"


def as_statuses(text: str, states: list[Mention], spans: list[tuple[int, int]], report: dt.date) -> list[dict[str, Any]]:
    """'As a signatory of the Rome Statute, South Africa is bound ...': the status said of the subject that follows."""
    out = []
    ledger = engine.ledger()
    gated = sentences_with(GATE_STATUS, text, spans)
    for st in states:
        if st.via == "place" or st.sentence not in gated:  # the status word is in the sentence, before the state
            continue
        s0 = spans[st.sentence][0]
        m = AS_STATUS.search(text, max(s0, st.start - 120), st.start)
        if m is None or _of_another_body(m.group("tail")):
            continue  # "As a member of the Security Council, France ..."
        led = ledger.state(st.key)
        status, since = led.status_on(report)
        says = _status_words(m.group("what"))
        verdict = _verdict(status, m.group("what"), status in says, False)
        record = _status_record(led, status, since, report)
        if verdict == "loose":
            record += _("; a State Party is bound as a party (Arts. 86, 89(1)), not as a signatory, which alone "
                        "creates no such duty")
        c = _claim("status", text[m.start():st.end], m.start(), st.end, st.key, verdict, record + ".", "125-127",
                   [_src(e) for e in led.events if e.date <= report and not e.derived][-3:])
        c["says"] = {"status": m.group("what").lower(), "negated": False}
        out.append(c)
    return out


def firsts(text: str, states: list[Mention], spans: list[tuple[int, int]], report: dt.date) -> list[dict[str, Any]]:
    """'the first country to leave': the earliest withdrawal that took effect, on the record."""
    out: list[dict[str, Any]] = []
    if absent(GATE_FIRST, text):
        return out
    ledger = engine.ledger()
    effective = sorted((w.effective, iso3) for iso3 in ledger.states for w in ledger.state(iso3).withdrawals
                       if not w.revoked)
    named: dict[int, list[Mention]] = {}  # the states named in each sentence (places left out), made once
    for s in states:
        if s.via != "place":
            named.setdefault(s.sentence, []).append(s)
    for m in scan.matches(FIRST, text):
        i = sentence_index(spans, m.start())
        here = named.get(i, [])
        if not here or not effective:
            continue
        subject = min(here, key=lambda s: abs(s.start - m.start()))
        nth = ORDINALS.get((m.group("nth") or m.group("nth_fr") or "first").lower(), 0)
        if nth >= len(effective):
            continue
        day, who = effective[nth]
        verdict = "right" if subject.key == who else "wrong"
        order = ", ".join(f"{i18n.state_name(s, ledger.state(s).name)} ({long(d)})" for d, s in effective[:3])
        out.append(_claim("first", m.group(0), m.start(), m.end(), subject.key, verdict,
                          _("Withdrawals that took effect, in order: %(order)s (Art. 127(1)); notices that were "
                            "revoked never took effect.") % {"order": order}, "127(1)"))
    return out


def announcement(state: str, kind: str, cue: Mention, report: dt.date) -> dict[str, Any]:
    """An announced act ('will withdraw', 'voted to leave'): not a notice; what the record shows followed.

    The verdict: 'unconfirmed' while the record does not show the act on the report's date (the notice or the
    instrument had not reached the depositary: it may come later, or never), 'loose' where the record shows the act
    but the words do not fit it (a decision called a ratification after the deposit, a notice later revoked), 'right'
    where the act was on record that day."""
    led = engine.ledger().state(state)
    undone = False  # the announced act was done, then undone (a notice later revoked)
    denied = False  # the record says the announcement is not the act
    unconfirmed = False  # the record does not show the act on the report's date
    if kind == "withdrawal":
        notices = [w for w in led.withdrawals]
        before = [w for w in notices if w.notified <= report]
        after = [w for w in notices if w.notified > report]
        if before:
            rec = i18n.sentence(_("%(the_state)s had already notified its withdrawal on %(notified)s; it takes effect one year after "
                    "the notice (Art. 127(1)), on %(effective)s") % {**forms(led), "notified": long(before[-1].notified),
                                                                  "effective": long(before[-1].effective)})
            if before[-1].revoked:
                rec += _("; later, the notice was revoked on %(day)s, before that day, so %(of_state)s never left") % {
                    **forms(led), "day": long(before[-1].revoked)}
                undone = True
        elif after:
            rec = _("An announcement is not a withdrawal: the notice reached the UN Secretary-General on %(notified)s, "
                    "after the report, and took effect a year later (%(effective)s) (Art. 127(1))") % {
                "notified": long(after[0].notified), "effective": long(after[0].effective)}
            denied = unconfirmed = True
            if after[0].revoked:
                rec += _("; it was revoked on %(day)s and never took effect") % {"day": long(after[0].revoked)}
        else:
            rec = _("An announcement is not a withdrawal, and no notice of withdrawal by %(of_state)s is on record") % (
                forms(led))
            denied = unconfirmed = True
        events = [_src(e) for e in led.events if e.event.startswith("withdrawal")]
    elif kind == "ratification":
        deposits = [e for e in led.events if e.event in DEPOSITS]
        if deposits:
            d = deposits[0]
            rec = _("A vote or a decision to ratify is not a ratification: %(the_state)s deposited its instrument on "
                    "%(day)s and became a party on %(effective)s (Art. 126)") % {
                **forms(led), "day": long(d.date), "effective": long(d.effective_date)}
            denied = True
            unconfirmed = d.date > report
        else:
            rec = _("No instrument of ratification or accession by %(the_state)s is on record (Art. 125(2))") % forms(led)
            unconfirmed = True
        events = [_src(e) for e in deposits]
    else:
        words = ACT_LABEL.get(kind) or i18n.code_words(kind)
        rec, events = _("An announced %(act)s has no legal effect until the act reaches the depositary") % {
            "act": words}, []
    verdict = "unconfirmed" if unconfirmed else "loose" if denied or undone else "right"
    return _claim("announcement", cue.text, cue.start, cue.end, state, verdict,
                  rec + ".", "127(1)" if kind == "withdrawal" else "125-126", events) | {"act": kind}


# -- claims about dates and duties the Statute itself settles -------------------------------------------------

ADOPTED = dt.date(1998, 7, 17)  # the Statute adopted and opened for signature (Art. 125(1))
IN_FORCE = dt.date(2002, 7, 1)  # Art. 126(1): the first day of the month after the 60th day following the 60th deposit
INAUGURATED_YEAR = 2003  # the first judges and Prosecutor took office in 2003
GATE_IMMEDIATE = ("diat",)  # immediate, immediately, immédiat, immédiatement, inmediato
IMMEDIATE = re.compile(r"\beffective\s+immediately\b|\bwith\s+immediate\s+effect\b|\bimmediately\s+effective\b|"
                       r"\b(?:avec\s+)?effet\s+imm[ée]diat\b|\bpren(?:d|nent|dra|dront|drait)\s+effet\s+imm[ée]diatement\b|"
                       r"\bcon\s+efecto\s+inmediato\b", re.IGNORECASE)
REVOKE_WORDS = re.compile(r"\b(?:revok\w+|rescind\w*|rescission|r[ée]voqu\w+|annul\w+)\b", re.IGNORECASE)
STATUTE_YEAR = re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d\d)\s+Rome\s+(?:Statute|Treaty)\b|"
                          r"\bStatut\s+de\s+Rome\s+de\s+(?P<y2>(?:19|20)\d\d)\b", re.IGNORECASE)
GATE_STATUTE_YEAR = ("rome",)
GATE_SIGNATORY = ("signat",)
SIGNATORY_DUTY = re.compile(r"\b(?:every|each|all|any|the)\s+(?:\w+\s+)?signator(?:y|ies)\b[^.;]{0,60}?\b(?:bound|obliged|"
                            r"obligat\w+|must|required|duty)\b[^.;]{0,40}?\barrest|\bsignataires?\b[^.;]{0,60}?\b(?:tenus?|"
                            r"oblig[ée]s?|doi(?:t|vent))\b[^.;]{0,40}?\barr[êe]ter", re.IGNORECASE)
COURT = r"(?:the\s+)?(?:International\s+Criminal\s+Court|ICC|Court|CPI|Cour\s+p[ée]nale\s+internationale)"
FOUNDED_VERB = r"(?:opened|founded|established|created|set\s+up|inaugurated|launched|began\s+work\w*|started\s+work\w*)"
GATE_FOUNDED = ("opened", "founded", "established", "created", "set", "inaugurated", "launched", "began", "started")
FOUNDED = re.compile(rf"(?:^|[.!?]\s+|\n)\s*{FOUNDED_VERB}\s+in\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d),\s+{COURT}\b|"
                     rf"\b{COURT}(?:\s*\(ICC\))?,?\s+(?:which|that)?\s*(?:was\s+|has\s+been\s+)?{FOUNDED_VERB}\s+in\s+"
                     r"(?:\w+\s+)?(?P<y2>(?:19|20)\d\d)", re.IGNORECASE)
CAME_INTO_FORCE = re.compile(r"\b(?:Statute|treaty|ICC|Court)\b[^.;]{0,40}?\b(?:(?:has|have|had)\s+(?:now\s+)?"
                             r"(?:come|entered)|came|entered)\s+into\s+force\b", re.IGNORECASE)
GATE_CHARGED = ("charged", "indicted", "inculp")
CHARGED_IN = re.compile(r"\b(?:charged|indicted|inculp[ée]\w*)\b[^.;]{0,40}?\b(?:in|en)\s+(?P<y>(?:19|20)\d\d)\b",
                        re.IGNORECASE)
GATE_FIRST_SIGNATORIES = ("first",)
FIRST_SIGNATORIES = re.compile(r"\b(?:among|one\s+of)\s+(?:the\s+|its\s+)?(?:very\s+)?first\s+(?:\w+\s+)?signator(?:y|ies)\b|"
                               r"\bfirst\s+(?:\w+\s+)?(?:countr(?:y|ies)|states?|nations?)\s+to\s+sign\b", re.IGNORECASE)


def immediate_effect(text: str, spans: list[tuple[int, int]], leaving: list[tuple[str, int]],
                     report: dt.date) -> list[dict[str, Any]]:
    """'Withdrawal with immediate effect': a withdrawal takes effect a year after the notice (Art. 127(1)).
    ``leaving``: (state, sentence) of each withdrawal the report states or announces; the phrase is about those of
    the two sentences before it or its own, else those of the last sentence before it that has one."""
    out: list[dict[str, Any]] = []
    if absent(GATE_IMMEDIATE, text):
        return out
    ledger = engine.ledger()
    for m in IMMEDIATE.finditer(text):
        i = sentence_index(spans, m.start())
        s0, e0 = spans[i]
        if REVOKE_WORDS.search(text, s0, e0):
            continue  # a revocation does take effect at once
        who = list(dict.fromkeys(st for st, j in leaving if i - 2 <= j <= i))
        if not who:  # "la décision de se retirer prend effet immédiatement": the withdrawal told of last, further up
            last = max((j for _, j in leaving if j <= i), default=None)
            who = list(dict.fromkeys(st for st, j in leaving if j == last))
        for iso3 in who:
            led = ledger.state(iso3)
            rec = _withdrawal_record(led, list(led.withdrawals))
            out.append(_claim("effect", m.group(0), m.start(), m.end(), iso3, "wrong", rec + ".", "127(1)",
                              [_src(e) for e in led.events if e.event.startswith("withdrawal")]))
    return out


def _withdrawal_record(led: Any, notices: list[Any]) -> str:
    """What the record says of a withdrawal's day of effect (Art. 127(1)): the last of ``notices``, or that there is none."""
    rec = _("A withdrawal takes effect one year after the UN Secretary-General receives the notice, or later "
            "if the notice says so (Art. 127(1))")
    if not notices:
        return rec + _("; no notice by %(of_state)s is on record") % forms(led)
    w = notices[-1]
    return rec + (_(": %(of_state)s's notice was received on %(notified)s, to take effect on %(effective)s") % {
        **forms(led), "notified": long(w.notified), "effective": long(w.effective)}
        + (_("; it was revoked on %(day)s") % {"day": long(w.revoked)} if w.revoked else ""))


GATE_EFFECT_DATE = ("effe", "force", "vigueur", "vigor")  # take effect, effective, effet, efecto; into force; en vigueur
#: A withdrawal's day of effect as the report writes it: "will take effect on June 2, 2026", "will come into force in
#: April 2026", "will not take effect until April next year", « prendra effet le 17 mars 2019 », "entrará en vigor en
#: junio de 2026".  The month's names are CLDR's (Babel) in the three languages read.
EFFECT_WORDS = (r"(?:take[sn]?|took|taking)\s+effect|(?:come[s]?|came|coming)\s+into\s+force|becom\w*\s+effective|"
                r"be\s+effective|prend\w*\s+effet|entr\w*\s+en\s+vigueur|entr\w*\s+en\s+vigor|surt\w*\s+efecto|"
                r"ser[áa]\s+efectiv[ao]|effective")


#: The phrase's sentence speaks of a withdrawal (lexicon.ACT_CUES' withdrawal words).
WITHDRAWAL_WORD = next(rx for kind, rx, _ in lx.ACT_CUES if kind == "withdrawal")


@lru_cache(maxsize=1)
def _effect_date() -> re.Pattern[str]:
    from romestatute.read.dates import _months

    months = "|".join(sorted((re.escape(m) for m in _months() if len(m) >= 3), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{EFFECT_WORDS})\b(?P<gap>[^.;:\n]{{0,30}}?)\b(?:(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?:de\s+)?)?"
        rf"(?P<month>{months})\.?(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?)?\s+(?:(?:de|del)\s+)?"
        r"(?:(?P<year>(?:19|20)\d\d)\b|(?P<next>next\s+year|l['’]ann[ée]e\s+prochaine|del\s+a[ñn]o\s+pr[óo]ximo|"
        r"el\s+a[ñn]o\s+pr[óo]ximo))", re.IGNORECASE)


def effect_dates(text: str, spans: list[tuple[int, int]], leaving: list[tuple[str, int]],
                 report: dt.date) -> list[dict[str, Any]]:
    """'The withdrawal will take effect in April 2026': the day a withdrawal takes effect, against the record's (one
    year after the notice reached the UN Secretary-General, Art. 127(1)).  ``leaving`` as for ``immediate_effect``:
    the states leaving in the phrase's sentence or the two before.  The month (and the day, when written) must be the
    record's: right; another: wrong; no notice on record on the report's date: unconfirmed."""
    from romestatute.read.dates import _month_number

    out: list[dict[str, Any]] = []
    if absent(GATE_EFFECT_DATE, text) or not leaving:
        return out
    ledger = engine.ledger()
    for m in scan.matches(_effect_date(), text):
        i = sentence_index(spans, m.start())
        s0, e0 = spans[i]
        if REVOKE_WORDS.search(text, s0, e0) or IMMEDIATE.search(text, s0, e0):
            continue  # a revocation takes effect at once; "with immediate effect" is immediate_effect's
        if not WITHDRAWAL_WORD.search(text, s0, e0):
            continue  # "the Statute came into force in July 2002": not a withdrawal's day
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else report.year + 1
        day = m.group("day") or m.group("day2")
        if month is None:
            continue
        for iso3 in dict.fromkeys(st for st, j in leaving if i - 2 <= j <= i):
            led = ledger.state(iso3)
            notices = [w for w in led.withdrawals if w.notified <= report]
            rec = _withdrawal_record(led, notices)
            if notices:
                w = notices[-1]
                same = (w.effective.year, w.effective.month) == (year, month) and (
                    day is None or int(day) == w.effective.day)
                verdict = "right" if same else "wrong"
            else:
                verdict = "unconfirmed"
            said = m.group(0)
            out.append(_claim("effect", said, m.start(), m.end(), iso3, verdict, rec + ".", "127(1)",
                              [_src(e) for e in led.events if e.event.startswith("withdrawal")]))
    return out


def statute_facts(text: str, report: dt.date) -> list[dict[str, Any]]:
    """The Statute's year, the Court's founding year, the Statute 'in force' before 1 July 2002, and a duty to arrest
    said to fall on signatories."""
    out: list[dict[str, Any]] = []
    for m in ([] if absent(GATE_STATUTE_YEAR, text) else scan.matches(STATUTE_YEAR, text)):
        year = int(m.group("y") or m.group("y2"))
        if year != ADOPTED.year:
            out.append(_claim("statute_year", m.group(0).strip(), m.start(), m.end(), None, "loose",
                              _("The Rome Statute was adopted on %(adopted)s and entered into force on "
                                "%(in_force)s (Art. 126(1)); it is the %(year)s Statute.")
                              % {"adopted": long(ADOPTED), "in_force": long(IN_FORCE), "year": ADOPTED.year}, "126(1)"))
    for m in ([] if absent(GATE_FOUNDED, text) else scan.matches(FOUNDED, text)):
        year = int(m.group("y") or m.group("y2"))
        said = m.group(0).lstrip(".!?\n \t")
        if year not in (ADOPTED.year, IN_FORCE.year, INAUGURATED_YEAR):
            out.append(_claim("founding", said, m.end() - len(said), m.end(), None, "wrong",
                              _("The Statute creating the Court was adopted on %(adopted)s and entered into force "
                                "on %(in_force)s (Art. 126(1)), the day from which the Court has jurisdiction "
                                "(Art. 11(1)); its first judges took office in %(year)s.")
                              % {"adopted": long(ADOPTED), "in_force": long(IN_FORCE), "year": INAUGURATED_YEAR}, "126(1)"))
    if report < IN_FORCE:
        for m in scan.matches(CAME_INTO_FORCE, text):
            if re.search(r"\b(?:will|would|shall|to|once|when|after)\s+(?:\w+\s+){0,3}$", text[max(0, m.start() - 40):
                                                                                            m.start() + 40]):
                continue
            out.append(_claim("in_force", m.group(0), m.start(), m.end(), None, "wrong",
                              _("On the report's date (%(report)s) the Statute was not yet in force: it entered into "
                                "force on %(in_force)s, the first day of the month after the 60th day following the "
                                "deposit of the 60th instrument (Art. 126(1)).")
                              % {"report": long(report), "in_force": long(IN_FORCE)}, "126(1)"))
    for m in ([] if absent(GATE_SIGNATORY, text) else scan.matches(SIGNATORY_DUTY, text)):
        out.append(_claim("duty", m.group(0), m.start(), m.end(), None, "loose",
                          _("The duty to arrest and surrender falls on States Parties (Arts. 86, 89(1)), on a state that "
                            "accepted the Court's jurisdiction (Art. 12(3)) and on states a Security Council resolution "
                            "binds; a signature alone creates no such duty (a signatory must only not defeat the "
                            "treaty's object, Vienna Convention Art. 18)."), "86, 89(1)"))
    return out


def warrant_years(text: str, spans: list[tuple[int, int]], people: list[Any]) -> list[dict[str, Any]]:
    """'X was charged by the ICC in 2008': the year of the first public warrant or summons (Art. 58)."""
    from romestatute.read.people import warrants_of

    out: list[dict[str, Any]] = []
    if absent(GATE_CHARGED, text):
        return out
    for m in CHARGED_IN.finditer(text):
        i = sentence_index(spans, m.start())
        s0, e0 = spans[i]
        here = [p for p in people if s0 <= p.start < m.start()]
        if not here:
            continue
        ws = sorted(warrants_of(here[-1].key), key=lambda w: str(w.get("issued")))
        if not ws or not ws[0].get("issued"):
            continue
        year = int(m.group("y"))
        issued = [dt.date.fromisoformat(str(w["issued"])[:10]) for w in ws if w.get("issued")]
        if year in {d.year for d in issued}:
            continue
        rec = (_("The Court's first warrant for %(person)s was issued on %(day)s") % {"person": ws[0]["person"],
                                                                                        "day": long(issued[0])}
               + "".join(_("; another on %(day)s") % {"day": long(d)} for d in issued[1:])
               + _(" by a Pre-Trial Chamber on the Prosecutor's application (Art. 58); an application or a preliminary "
                   "step is not a charge."))
        out.append(_claim("warrant_year", m.group(0), m.start(), m.end(), ws[0].get("nationality"), "wrong", rec, "58",
                          [{"id": w.get("id"), "issued": w.get("issued"), "source": w.get("source")} for w in ws]))
    return out


def first_signatories(text: str, states: list[Mention], spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'Among the first signatories': the state's signature against the day the Statute opened (Art. 125(1))."""
    out: list[dict[str, Any]] = []
    if absent(GATE_FIRST_SIGNATORIES, text):
        return out
    ledger = engine.ledger()
    signed = sorted((e.date, iso3) for iso3 in ledger.states for e in ledger.state(iso3).events if e.event == "signature")
    for m in FIRST_SIGNATORIES.finditer(text):
        i = sentence_index(spans, m.start())
        before = [s for s in states if s.sentence == i and s.via != "place" and s.end <= m.start()]
        if not before:
            continue
        st = before[0]
        mine = [d for d, iso3 in signed if iso3 == st.key]
        if not mine:
            out.append(_claim("first_signatory", m.group(0), m.start(), m.end(), st.key, "wrong",
                              i18n.sentence(_("%(the_state)s never signed the Statute (Art. 125).") % forms(ledger.state(st.key))),
                              "125(1)"))
            continue
        earlier = sum(1 for d, _ in signed if d < mine[0])
        on_day_one = sum(1 for d, _ in signed if d == ADOPTED)
        verdict = "right" if mine[0] == ADOPTED else "loose"
        out.append(_claim("first_signatory", m.group(0), m.start(), m.end(), st.key, verdict,
                          i18n.sentence(_("%(the_state)s signed on %(day)s; the Statute opened for signature on %(opened)s "
                            "(Art. 125(1)), when %(count)s states on record signed, and %(earlier)s had signed before "
                            "it.") % {**forms(ledger.state(st.key)), "day": long(mine[0]), "opened": long(ADOPTED),
                                      "count": on_day_one, "earlier": earlier}), "125(1)",
                          [_src(e) for e in ledger.state(st.key).events if e.event == "signature"]))
    return out


#: A date written as the act's own: "..., the date X joined", "..., when he withdrew" (date first); "joined the ICC
#: on 1 November 2011", "signed it in 2000" (act first).
DATE_THEN_ACT = re.compile(r"^,?\s*(?:(?:the\s+)?(?:date|day)\s+|when\s+|on\s+which\s+|lorsque\s+|quand\s+|date\s+à\s+laquelle\s+)"
                           r"[^,;.]{0,50}$", re.IGNORECASE)
ACT_THEN_DATE = re.compile(r"^[^,;.]{0,50}\b(?:on|le|el|effective)\s+(?:the\s+)?$", re.IGNORECASE)


def _dates_act(text: str, d0: int, d1: int, m: dict[str, Any]) -> bool:
    if d1 <= m["start"]:
        return bool(DATE_THEN_ACT.match(text[d1:m["start"]]))
    if d0 >= m["end"]:
        return bool(ACT_THEN_DATE.match(text[m["end"]:d0]))
    return False


def act_dates(text: str, spans: list[tuple[int, int]], acts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A full date written next to an act the report states ("March 16, 2019, when he withdrew") against the record's
    dates for that act: the notice and its taking effect (Art. 127(1)), the deposit and entry into force (Art. 126),
    the signature (Art. 125(1)).  Each date goes with the act word nearest to it."""
    from romestatute.read.extract import dates_in

    out = []
    ledger = engine.ledger()
    kinds = {"withdrawal": ({"withdrawal_notification", "withdrawal_effective", "withdrawal_revoked"}, "127(1)"),
             "ratification": (set(DEPOSITS) | {"entry_into_force"}, "126"), "signature": ({"signature"}, "125(1)")}
    by_sentence: dict[int, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for a in acts:
        if not a["negated"] and a["kind"] in kinds and not a.get("implied_by"):
            for m in a["mentions"]:
                by_sentence.setdefault(sentence_index(spans, m["start"]), []).append((a, m))
    dated: dict[str, list[Any]] = {}  # a sentence said again is read once
    for i, pairs in by_sentence.items():
        s0, e0 = spans[i]
        sentence = text[s0:e0]
        if sentence not in dated:
            dated[sentence] = dates_in(sentence)
        for f in dated[sentence]:
            if f.start is None:
                continue
            pos = s0 + f.start
            linked = [(a, m) for a, m in pairs if _dates_act(text, pos, pos + len(f.text), m)]
            if not linked:
                continue
            a, m = min(linked, key=lambda am: min(abs(am[1]["start"] - pos - len(f.text)), abs(pos - am[1]["end"])))
            events, article = kinds[a["kind"]]
            led = ledger.state(a["state"])
            on_record = [e for e in led.events if e.event in events]
            days = {e.date for e in on_record} | {e.effective_date for e in on_record if e.effective_date}
            if a["kind"] == "withdrawal":
                days |= {w.notified for w in led.withdrawals} | {w.effective for w in led.withdrawals}
            if not days or f.date in days:
                continue
            out.append(_claim("act_date", f.text, pos, pos + len(f.text), a["state"], "loose",
                              _("The report dates %(of_state)s's %(act)s %(day)s; on record: %(shown)s (Art. "
                                "%(article)s).") % {**forms(led), "act": a["label"], "day": long(f.date),
                                 "shown": _on_record(led, a["kind"], on_record), "article": article},
                              article, [_src(e) for e in on_record]))
    return out + _act_years(text, spans, by_sentence, kinds)


def _on_record(led: Any, kind: str, on_record: list[Any]) -> str:
    """The record's days for a state's act of ``kind`` (its events ``on_record``), as a claim's record says them."""
    if kind == "withdrawal" and led.withdrawals:
        w = led.withdrawals[-1]
        return _("the notice was received on %(notified)s, to take effect on %(effective)s") % {
            "notified": long(w.notified), "effective": long(w.effective)} + (
            _("; it was revoked on %(day)s") % {"day": long(w.revoked)} if w.revoked else
            _(", so %(day)s was the last day as a party") % {"day": long(w.effective - dt.timedelta(days=1))})
    return _("; ").join(f"{e.text() or e.event.replace('_', ' ')}" + _(":") + f" {long(e.date)}" for e in on_record[:4])


#: A year written right after an act ("ratified the Rome Statute in 1999", "joined the ICC in 2002", « a signé le
#: Statut en 2000 », "se retiró de la CPI en 2019"), in the act's clause.
ACT_YEAR = re.compile(r"[^,.;:()\n]{0,45}?\b(?:in|en)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)


def _act_years(text: str, spans: list[tuple[int, int]],
               by_sentence: dict[int, list[tuple[dict[str, Any], dict[str, Any]]]],
               kinds: dict[str, tuple[set[str], str]]) -> list[dict[str, Any]]:
    """The year an act is said to have been done in, against the record's years for it: a deposit's (or a signature's,
    a notice's or its taking effect's) year is right; for a ratification, the year the Statute entered into force for
    the state is loose (it became a party that year, Art. 126, but ratified before); any other year is wrong."""
    out = []
    ledger = engine.ledger()
    for i, pairs in by_sentence.items():
        e0 = spans[i][1]
        for a, m in pairs:
            y = ACT_YEAR.match(text, m["end"], e0)
            if y is None:
                continue
            year = int(y.group("year"))
            events, article = kinds[a["kind"]]
            led = ledger.state(a["state"])
            on_record = [e for e in led.events if e.event in events and not e.derived]
            years = {e.date.year for e in on_record}
            if a["kind"] == "withdrawal":
                years |= {w.notified.year for w in led.withdrawals} | {w.effective.year for w in led.withdrawals}
            if not years or year in years:
                continue  # no such act on record: the act's own correction says so
            deposits = [e for e in on_record if e.event in DEPOSITS and e.effective_date]
            verdict = "loose" if any(d.effective_date and year == d.effective_date.year for d in deposits) else "wrong"
            if deposits:
                record = _("The report dates %(of_state)s's %(act)s in %(year)s; it deposited its instrument on "
                           "%(deposited)s and the Statute entered into force for it on %(effective)s (Art. 126).") % {
                    **forms(led), "act": a["label"], "year": year, "deposited": long(deposits[0].date),
                    "effective": long(deposits[0].effective_date or deposits[0].date)}
            else:
                record = _("The report dates %(of_state)s's %(act)s in %(year)s; on record: %(shown)s (Art. "
                           "%(article)s).") % {**forms(led), "act": a["label"], "year": year,
                                               "shown": _on_record(led, a["kind"], on_record), "article": article}
            out.append(_claim("act_date", text[m["start"]:y.end()], m["start"], y.end(), a["state"], verdict, record,
                              article, [_src(e) for e in on_record]))
    return out


GATE_RESTORED = ("restor", "rejoin", "tabli")  # rétabli, rétablit
RESTORED = re.compile(r"\brestor\w+\s+(?:its|their|the\s+(?:country|nation)['’]s|[A-Z]\w+['’]s)\s+membership\b|"
                      r"\brejoin\w*\s+(?:the\s+)?(?:ICC|Court|Rome\s+Statute|International\s+Criminal\s+Court)\b|"
                      r"\br[ée]tabli\w*\s+(?:son|leur)\s+(?:adh[ée]sion|statut\s+de\s+membre)\b", re.IGNORECASE)
LAST_DAY = re.compile(r"(?:\bup\s+to\s+and\s+including|\bthrough|\bjusqu['’]\s*(?:au|à)|\bhasta\s+el)\s*(?:le\s+|the\s+)?$",
                      re.IGNORECASE)
LAST_DAY_CUE = re.compile(r"\bup\s+to\s+and\s+including\b|\bthrough\b|\bjusqu['’]|\bhasta\s+el\b", re.IGNORECASE)
JURISDICTION_WORDS = re.compile(r"\b(?:jurisdiction|comp[ée]tence|competencia|party|partie|parte)\b", re.IGNORECASE)


def restored(text: str, states: list[Mention], spans: list[tuple[int, int]], report: dt.date) -> list[dict[str, Any]]:
    """'Restores the country's membership', 'rejoins the ICC' said of a state that never stopped being a party."""
    out: list[dict[str, Any]] = []
    if absent(GATE_RESTORED, text):
        return out
    ledger = engine.ledger()
    named = [s for s in states if s.via != "place"]
    for m in RESTORED.finditer(text):
        i = sentence_index(spans, m.start())
        before = [s for s in named if s.sentence == i and s.end <= m.start()] or \
                 [s for s in named if i - 2 <= s.sentence < i]
        if not before:
            continue
        st = before[-1]
        led = ledger.state(st.key)
        day_before = report - dt.timedelta(days=1)
        if led.status_on(day_before)[0] != Status.PARTY:
            continue  # it had left (or never joined): the words fit
        pending = led.pending_withdrawal(day_before)
        rec = i18n.sentence(_("%(of_state)s never stopped being a party: it was a State Party on %(day)s") % {
            **forms(led), "day": long(day_before)})
        if pending is not None:
            rec += _(", with a withdrawal notified on %(notified)s that would have taken effect on %(effective)s "
                     "(Art. 127(1))") % {"notified": long(pending.notified), "effective": long(pending.effective)}
            if pending.revoked:
                rec += _("; the notice was revoked on %(day)s") % {"day": long(pending.revoked)}
        out.append(_claim("restored", m.group(0), m.start(), m.end(), st.key, "wrong", rec + ".", "127(1)",
                          [_src(e) for e in led.events if e.event.startswith("withdrawal")]))
    return out


def last_days(text: str, states: list[Mention], spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'Crimes committed while it was a party, up to and including / jusqu'au <the day the withdrawal took effect>':
    that day is already outside; the last day within is the day before (Arts. 127(1), 127(2))."""
    from romestatute.read.dates import dates_in_line

    out: list[dict[str, Any]] = []
    ledger = engine.ledger()
    effective = {w.effective: (iso3, w) for iso3 in {s.key for s in states if s.via != "place"}
                 for w in ledger.state(iso3).withdrawals if not w.revoked}
    if not effective:
        return out
    with_cue = sorted({sentence_index(spans, start) for start, _end in scan.finditer(LAST_DAY_CUE, text)})
    for s0, e0 in (spans[i] for i in with_cue):
        sentence = text[s0:e0]
        if not JURISDICTION_WORDS.search(sentence):
            continue
        for said, start, day in dates_in_line(sentence, s0, True, ["en", "fr", "es"]):
            if day not in effective or not LAST_DAY.search(text[max(s0, start - 30):start]):
                continue
            iso3, w = effective[day]
            last = w.effective - dt.timedelta(days=1)
            out.append(_claim("last_day", said, start, start + len(said), iso3, "loose",
                              i18n.sentence(_("%(of_state)s's withdrawal took effect on %(effective)s, one year after its notice of "
                                "%(notified)s (Art. 127(1)): the Court keeps jurisdiction over crimes committed up to "
                                "and including %(last)s, its last day as a party (Art. 127(2)); the day itself is "
                                "outside.") % {**forms(ledger.state(iso3)), "effective": long(w.effective),
                                               "notified": long(w.notified), "last": long(last)}), "127(2)",
                              [_src(e) for e in ledger.state(iso3).events if e.event.startswith("withdrawal")]))
    return out
