"""The trace of a jurisdiction finding: every rule consulted, whether it held, why, and the facts.

Explanations are written here in our own words; each reason cites its article
and carries the facts it used with their sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from romestatute import i18n
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.law import articles, calendar, scope
from romestatute.law import part02_jurisdiction as law
from romestatute.law.part02_jurisdiction import Context
from romestatute.law.registry import article_id
from romestatute.ledger import Event
from romestatute.model.dates import Interval
from romestatute.model.vocab import Outcome, Status

#: Who lodged a declaration that accepted nothing (``Declaration.declarant``), as a sentence says it.
DECLARANT = {"not_the_government": N_("not the government"), "statehood_unsettled": N_("statehood unsettled")}

#: Art. 127(2) after a withdrawal took effect: the decisions the reading follows.
AGGRESSION_RES5_READING = N_("the consent reading of the second sentence of Art. 121(5), confirmed by ICC-ASP/16/Res.5 "
                             "para. 2 (2017): no jurisdiction over nationals or territory of parties that have not "
                             "accepted the amendment")
#: The view ICC-ASP/16/Res.5 para. 2 settled against, shown beside the consent reading it confirmed.
AGGRESSION_RES5_SET_ASIDE = N_("the opt-out reading of Art. 15 bis(4), by which a State Party that has not ratified the "
                               "amendment is still reached as aggressor unless it has lodged a declaration of "
                               "non-acceptance; its proponents hold that an Assembly resolution cannot narrow the "
                               "amended Statute (Art. 121)")
WITHDRAWAL_READING = N_("the Pre-Trial Chambers in Burundi (ICC-01/17-X-9-US-Exp, 25 Oct 2017) and the Philippines "
                        "(ICC-01/21-12, 15 Sep 2021) held the Court may act after the withdrawal takes effect; in the "
                        "Duterte case Pre-Trial Chamber I (23 Oct 2025) and the Appeals Chamber (22 Apr 2026) upheld "
                        "jurisdiction on a narrower ground: the preliminary examination had begun before the "
                        "withdrawal took effect, so the matter was already under consideration (Art. 127(2), second "
                        "sentence)")
#: The view the Art. 127(2) reading sets aside (no chamber has denied jurisdiction on it).
WITHDRAWAL_SET_ASIDE = N_("that once a withdrawal takes effect the Court may act only on a matter it was already "
                          "considering by then, in its strictest form (two dissenting judges of the Appeals Chamber, "
                          "18 Jul 2023) only if the Prosecutor had asked to open an investigation before that day")

FACT_EVENTS = {"signature", "ratification", "accession", "acceptance", "approval", "succession", "entry_into_force",
               "signature_withdrawn", "withdrawal_notification", "withdrawal_effective", "withdrawal_revoked",
               "instrument_withdrawn", "declaration_12_3", "declaration_124", "declaration_15bis4"}


@lru_cache(maxsize=512)
def _heading(article: str, lang: str) -> tuple[str, str]:
    """The page id and heading of a cited article (the article index is fixed for the process), per language: the
    heading is text for people, so a cached one must not carry one language into another's answer."""
    with i18n.use(lang):
        return article_id(article), articles.title(article)


def fact(e: Event, english: bool = False) -> dict[str, Any]:
    """An event as a fact of a reason (``english``: the caller knows the language is English, the hot path).

    Built once per event and language and kept on the event; each answer gets its own copy (callers may change
    it), its source a copy too."""
    lang = i18n.DEFAULT if english else i18n.language()
    kept = e.as_fact.get(lang)
    if kept is None:
        kept = e.as_fact[lang] = {
            "fact": e.meaning if lang == i18n.DEFAULT else e.text(), "event": e.event, "date": e.date.isoformat(),
            "effective_date": None if e.effective_date is None else e.effective_date.isoformat(),
            "derived": e.derived, "source": None if e.source is None else e.source.to_json()}
    out = kept.copy()
    if out["source"] is not None:
        out["source"] = out["source"].copy()  # type: ignore[attr-defined]
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _iso(value: Any) -> str:
    """A day as English sentences write it (ISO 8601); anything else as it is."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _fmt(iv: Interval) -> str:
    """A span of days for a sentence: "2002-07-01 to 2005-12-31", "du 1er juillet 2002 au 31 décembre 2005"."""
    last = iv.last_day
    if i18n.language() == i18n.DEFAULT:
        return f"{iv.start.isoformat()} to {last.isoformat()}" if last else f"{iv.start.isoformat()} onwards"
    if last:
        return _("%(start)s to %(end)s") % {"start": i18n.day(iv.start), "end": i18n.day(last)}
    return _("%(start)s onwards") % {"start": i18n.day(iv.start)}


#: The statuses as a sentence names them (the code with spaces in English).
STATUS_WORDS = (N_("party"), N_("ratified not in force"), N_("signatory"), N_("signature withdrawn"),
                N_("former party"), N_("non signatory"))
#: The crimes as a sentence names them (a war crime added by amendment keeps its code after the colon).
CRIME_WORDS = (N_("genocide"), N_("crimes against humanity"), N_("war crimes"), N_("aggression"))


def status_words(status: Status) -> str:
    return _(status.value.replace("_", " "))


def crime_words(crime: str) -> str:
    head, sep, tail = crime.partition(":")
    return _(head.replace("_", " ")) + sep + tail.replace("_", " ")


def name(ctx: Context, iso3: str) -> str:
    """A state's name for a sentence, in the active language."""
    return i18n.state_name(iso3, ctx.ledger.state(iso3).name)


def names(iso3s: Sequence[str]) -> str:
    """ISO codes listed as the active language lists them."""
    return i18n.listing(iso3s)


class Trace:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        #: the language's translator and day writer, chosen once per answer (English, the hot path, calls no
        #: context lookup per sentence: its messages are the sentences and its days ISO dates)
        self.english = i18n.language() == i18n.DEFAULT
        self._: Callable[[str], str] = str if self.english else i18n.gettext
        self.day: Callable[[Any], str] = _iso if self.english else i18n.day
        self.q = ctx.query
        self.reasons: list[dict[str, Any]] = []
        self.caveats: list[str] = []

    def add(self, article: str, holds: bool | None, explanation: str, facts: list[dict[str, Any]],
            reading: str | None = None, set_aside: str | None = None) -> None:
        ident, title = _heading(article, i18n.DEFAULT if self.english else i18n.language())
        reason = {"article": article, "article_id": ident, "title": title,
                  "holds": holds, "explanation": explanation, "facts": facts}
        if reading:
            reason["reading"] = self._(reading)
        if set_aside:
            reason["set_aside"] = self._(set_aside)
        self.reasons.append(reason)

    def span(self, iv: Interval) -> str:
        """A span of days in the answer's language (English's as it always was)."""
        if self.english:
            last = iv.last_day
            return f"{iv.start.isoformat()} to {last.isoformat()}" if last else f"{iv.start.isoformat()} onwards"
        return _fmt(iv)

    def status(self, status: Status) -> str:
        return status.value.replace("_", " ") if self.english else status_words(status)

    def state_facts(self, iso3: str) -> list[dict[str, Any]]:
        as_of, english = self.q.as_of, self.english
        return [fact(e, english) for e in self.ctx.ledger.state(iso3).events if e.event in FACT_EVENTS
                and (e.date <= as_of or e.source is not None and e.source.confidence == "hypothetical")]

    # -- subject matter and time ------------------------------------------------------------------

    def crimes(self) -> None:
        _ = self._
        added = scope.added_by_amendment(self.q.crimes)
        crimes = ", ".join(c.replace("_", " ") if self.english else crime_words(c) for c in self.q.crimes)
        if added:
            text = _("The conduct is charged as %(crimes)s: crimes within the Court's subject-matter jurisdiction. "
                     "Crimes added by amendment reach only states that accepted the amendment (Art. 121(5)).")
        else:
            text = _("The conduct is charged as %(crimes)s: crimes within the Court's subject-matter jurisdiction.")
        self.add("5", True, text % {"crimes": crimes}, [])

    def temporal(self) -> None:
        _ = self._
        dated = self.day
        eif = self.ctx.ledger.statute_in_force
        p = self.q.period
        holds = p.end is None or p.end > eif
        if p.start >= eif:
            text = _("All the conduct is on or after %(day)s, when the Statute entered into force.")
        elif holds:
            text = _("Conduct before %(day)s is outside the Court's reach; only the part from that day counts.")
        else:
            text = _("All the conduct predates %(day)s, when the Statute entered into force: the Court cannot act "
                     "on it.")
        self.add("11(1)", holds, text % {"day": dated(eif)}, [])

    # -- preconditions ---------------------------------------------------------------------------------

    def _state_reason(self, article: str, iso3: str, role: str, pieces: list[Any], reading: str | None = None) -> None:
        _ = self._
        dated = self.day
        led = self.ctx.ledger.state(iso3)
        p = self.q.period
        history = led.intervals()
        party = led.party_spans()
        overlaps = [iv.intersect(p) for iv in party]
        # a party span counts once it began by the as-of date (Art. 12(1), as law.acceptance reads it); the part
        # of it inside the period may lie after the as-of date (conduct asked about ahead of it)
        party_spans = [ov for iv, ov in zip(party, overlaps, strict=True) if ov is not None and iv.start <= self.q.as_of]
        decls = [d for d in led.declarations_of_kind("12_3") if d.covers is not None and d.covers.intersect(p)]
        used = [d for d in decls if d.valid and d.effective <= self.q.as_of]
        # Art. 12(3): a declaration made for conduct on the declarant's territory does not reach its nationals abroad
        territorial_only = [d for d in used if article == "12(2)(b)" and d.scope == law.TERRITORY_ONLY]
        used = [d for d in used if d not in territorial_only]
        # a declaration whose text was not found reaches the declarant's nationals abroad only on a reading
        unsure = [d for d in used if article == "12(2)(b)" and d.scope == law.SCOPE_UNKNOWN]
        used = [d for d in used if d not in unsure]
        bits = []
        # the state in the forms its sentences need ("the Philippines", « les Philippines », « des Philippines »)
        forms = {"the_state": i18n.state_name(iso3, led.name, "le"), "of_state": i18n.state_name(iso3, led.name, "de")}
        for iv in party_spans:
            bits.append(i18n.by_number(iso3, led.name, N_("%(the_state)s was a State Party from %(span)s of the period"),
                                       N_("%(the_state)s were a State Party from %(span)s of the period"))
                        % {**forms, "span": self.span(iv)})
        for d in used:
            span = d.covers.intersect(p)  # type: ignore[union-attr]
            words = {**forms, "day": dated(d.effective), "dated": dated(d.date),
                     "span": self.span(span) if span else _("the period")}
            if d.date != d.effective:
                bits.append(_("the Art. 12(3) declaration of %(of_state)s (dated %(dated)s), received by the Registrar "
                              "on %(day)s and counting from that day, accepts jurisdiction for %(span)s") % words)
            else:
                bits.append(_("the Art. 12(3) declaration of %(of_state)s, received by the Registrar on %(day)s and "
                              "counting from that day, accepts jurisdiction for %(span)s") % words)
        for d in territorial_only:
            bits.append(_("the Art. 12(3) declaration of %(of_state)s, received on %(day)s, accepts jurisdiction over "
                          "conduct on the declaring state's territory only, not over its nationals elsewhere "
                          "(Art. 12(3))")
                        % {**forms, "day": dated(d.effective)})
        for d in unsure:
            span = d.covers.intersect(p)  # type: ignore[union-attr]
            bits.append(_("the Art. 12(3) declaration of %(of_state)s, received by the Registrar on %(day)s, covers "
                          "%(span)s, but its text was not found, so whether it reaches the state's nationals outside "
                          "its territory is not known: this finding reads it as accepting jurisdiction as widely as "
                          "Art. 12(3) allows, and any outcome resting on that reading alone carries lowered "
                          "confidence")
                        % {**forms, "day": dated(d.effective), "span": self.span(span) if span else _("the period")})
        for d in decls:
            if not d.valid:
                bits.append(_("the declaration lodged for %(of_state)s on %(day)s was not accepted as a State's own "
                              "declaration (%(declarant)s)")
                            % {**forms, "day": dated(d.effective), "declarant": _(DECLARANT[d.declarant])
                               if d.declarant in DECLARANT else d.declarant.replace("_", " ")})
            elif d.effective > self.q.as_of:
                bits.append(_("the declaration of %(of_state)s was lodged only on %(day)s, after the as-of date")
                            % {**forms, "day": dated(d.effective)})
        # The precondition itself holds when the state accepted jurisdiction for some of the period from the
        # Statute's entry into force, even where a crime's own regime (121(5), 124, 15 bis) then narrows the
        # finding: that regime's reason says so, not this one.
        eif = self.ctx.ledger.statute_in_force
        reach = Interval(max(p.start, eif), p.end) if p.end is None or p.end > eif else None
        accepted = reach is not None and (any(iv.intersect(reach) for iv in party_spans)
                                          or any(d.covers.intersect(reach) for d in used))  # type: ignore[union-attr]
        holds: bool | None = accepted or any(b.state == iso3 and b.article == article and b.via != law.VIA_SCOPE_UNKNOWN
                                             for piece in pieces for b in piece.bases)
        if not holds and any(b.state == iso3 and b.via == law.VIA_SCOPE_UNKNOWN for piece in pieces for b in piece.bases):
            holds = None  # accepted only on a reading of a declaration whose scope is not known: neither holds nor fails
        if not bits:
            status, _since = led.status_on(min(p.last_day or p.start, self.q.as_of))
            bits.append(i18n.by_number(iso3, led.name,
                                       N_("%(the_state)s was not a State Party on any day of the period and no "
                                          "declaration of its covers it (its status then: %(status)s)"),
                                       N_("%(the_state)s were not a State Party on any day of the period and no "
                                          "declaration of theirs covers it (their status then: %(status)s)"))
                        % {**forms, "status": self.status(status)})
        text = _("%(role)s: %(reasons)s.") % {"role": role, "reasons": _("; ").join(bits)}
        self.add(article, holds, text, self.state_facts(iso3), reading=reading)
        # Art. 11(2): also when the whole period precedes a party status acquired by the as-of date
        later = [iv for iv in party if max(p.start, eif) < iv.start <= self.q.as_of]
        if later and iv_start_after_eif(history, self.ctx) and (p.end is None or p.end > eif):
            first = later[0].start
            before = Interval(max(p.start, eif), min(first, p.end) if p.end else first)
            spans = [d.covers.intersect(before) for d in used + unsure if d.covers is not None]
            covered = any(s is not None and s == before for s in spans)
            some = any(s is not None for s in spans)
            read = bool(unsure) and not any(d.covers is not None and d.covers.intersect(before) for d in used)
            words = {**forms, "day": dated(first)}
            self.add("11(2)", None if read and some else True if covered else (None if some else False), i18n.sentence(
                     (_("%(of_state)s became a party only on %(day)s; for conduct before that day its Art. 12(3) "
                        "declaration supplies the acceptance.") if covered else
                      _("%(of_state)s became a party only on %(day)s; for conduct before that day its declaration "
                        "covers only part of it.") if some else
                      _("%(of_state)s became a party only on %(day)s; for conduct before that day its acceptance is "
                        "missing: no Art. 12(3) declaration covers it.")) % words)
                     + (" " + _("Whether that declaration reaches the state's nationals outside its territory is not "
                                "known (its text was not found): it does so here only on a reading.")
                        if read and some else ""), [])
        withdrawn = [w for w in led.withdrawals if w.took_effect_by(self.q.as_of)]
        if withdrawn and party_spans:
            w = withdrawn[-1]
            leap = calendar.leap_day_reading(w.notified)
            self.add("127(2)", True,
                     _("The withdrawal of %(of_state)s, notified on %(notified)s, took effect on %(effective)s; "
                       "conduct while that state was a party stays within the Court's jurisdiction, and matters "
                       "already before the Court continue.") % {**forms, "notified": dated(w.notified),
                                                                 "effective": dated(w.effective)},
                     [], reading=_(WITHDRAWAL_READING) + (_("; Art. 127(1): %(reading)s") % {"reading": _(leap)}
                                                          if leap else ""), set_aside=WITHDRAWAL_SET_ASIDE)
        pending = [w for w in led.withdrawals if w.effective > self.q.as_of >= w.notified and w.revoked is None]
        for w in pending:
            leap = calendar.leap_day_reading(w.notified)
            if leap:
                self.add("127(1)", None, _("The withdrawal of %(of_state)s, notified on %(notified)s, takes effect "
                                           "on %(effective)s.") % {**forms, "notified": dated(w.notified),
                                                                    "effective": dated(w.effective)}, [], reading=leap)

    def preconditions(self, pieces: list[Any]) -> None:
        _ = self._
        for iso3 in self.q.territory:
            self._state_reason("12(2)(a)", iso3, _("As the state where the conduct occurred"), pieces)
        for iso3 in self.q.vessel_flag:
            self._state_reason("12(2)(a)", iso3, _("As the state of registration of the vessel or aircraft"), pieces)
        for iso3 in self.q.nationality:
            self._state_reason("12(2)(b)", iso3, _("As the state of nationality of the accused"), pieces)
        for e in self.q.elements:
            self._state_reason("12(2)(a)", e.territory, _(
                "As the state where an element of the crime took place (%(act)s, %(crime)s); an element on an "
                "accepting state's territory brings the whole crime within reach")
                % {"act": e.act.replace("_", " "), "crime": crime_words(e.crime)}, pieces,
                reading=law.territorial.reading)  # type: ignore[attr-defined]

    def special_regimes(self, pieces: list[Any]) -> None:
        _ = self._
        dated = self.day
        ctx = self.ctx
        for crime in self.q.crimes:
            amendment = ctx.amendment_121_5(crime)
            if amendment is not None:
                states = self.q.territory + self.q.vessel_flag + self.q.nationality
                lines = []
                for s in dict.fromkeys(states):
                    english = ctx.ledger.state(s).name
                    # the state named as the other trace lines name it; in French the verb agrees with a plural name
                    forms = {"the_state": i18n.state_name(s, english, "le")}
                    acc = [a for a in ctx.ledger.state(s).amendments if a.key == amendment.key]
                    if acc:
                        forms.update({"accepted": dated(acc[0].accepted), "day": dated(acc[0].in_force)})
                    if acc and acc[0].in_force > self.q.as_of:
                        lines.append(i18n.by_number(
                            s, english, N_("%(the_state)s accepted it on %(accepted)s, in force for it only from "
                                           "%(day)s (later than the as-of date)"),
                            N_("%(the_state)s accepted it on %(accepted)s, in force for them only from %(day)s (later "
                               "than the as-of date)")) % forms)
                    elif acc:
                        lines.append(i18n.by_number(
                            s, english, N_("%(the_state)s accepted it on %(accepted)s, in force for it from %(day)s"),
                            N_("%(the_state)s accepted it on %(accepted)s, in force for them from %(day)s")) % forms
                                     + (" (" + _(calendar.LEAP_DAY_READING) + ")"
                                        if calendar.leap_day_reading(acc[0].accepted) else ""))
                    elif law.undated_acceptance(ctx, s, amendment.key):
                        lines.append(i18n.by_number(
                            s, english, N_("%(the_state)s approved it in its own law, but no deposit of its instrument "
                                           "with the Secretary-General is known, so it is not treated as accepted"),
                            N_("%(the_state)s approved it in their own law, but no deposit of their instrument with "
                               "the Secretary-General is known, so it is not treated as accepted")) % forms)
                    else:
                        lines.append(i18n.by_number(s, english, N_("%(the_state)s has not accepted it"),
                                                    N_("%(the_state)s have not accepted it")) % forms)
                holds = any(crime in p.crimes for p in pieces)
                self.add("121(5)", holds, _("'%(crime)s' was added by %(resolution)s (%(title)s); it binds only the "
                                            "parties that accepted it, one year after each deposit. %(states)s.")
                         % {"crime": crime, "resolution": amendment.resolution,
                            "title": amendment.title if self.english
                            else i18n.Texts(amendment.title, amendment.title_fr).in_language(i18n.language()),
                            "states": i18n.sentence(i18n.gettext("; ").join(lines))},
                         [], reading=law.amendment_scope.reading)  # type: ignore[attr-defined]
        if any(c.startswith("war_crimes") for c in self.q.crimes):
            for s in sorted(set(self.q.territory + self.q.vessel_flag + self.q.nationality)):
                for d in ctx.ledger.state(s).declarations:
                    if d.kind == "124" and d.covers is not None and d.covers.intersect(self.q.period):
                        bites = s in self.q.nationality or d.scope != "nationals"
                        # the state named as the other trace lines name it: "France declared ...", « La
                        # déclaration de la France ... » (the form after "de", which English writes as "the ...")
                        words = {"state": i18n.state_name(s, ctx.ledger.state(s).name, "de"),
                                 "span": self.span(d.covers)}
                        # Art. 124 withholds only the declarant's acceptance: does another state's carry the span?
                        others = any(c.startswith("war_crimes") and c in p.crimes and p.span.intersect(d.covers)
                                     for p in pieces for c in p.crimes)
                        if d.scope == "nationals":
                            head = _("%(state)s declared under Art. 124 that it does not accept jurisdiction over war "
                                     "crimes by its nationals for %(span)s.")
                        else:
                            head = _("%(state)s declared under Art. 124 that it does not accept jurisdiction over war "
                                     "crimes by its nationals or on its territory for %(span)s.")
                        if not bites:
                            tail = _("The accused are not its nationals, so the declaration does not touch this "
                                     "conduct.")
                        elif others:
                            tail = _("That withholds only its own acceptance: in that span another state's acceptance "
                                     "(the territory's, or another nationality's) still supplies the basis on a state "
                                     "referral or the Prosecutor's own motion.")
                        else:
                            tail = _("That withholds its own acceptance, and no other state's acceptance supplies a "
                                     "basis in that span: war crimes there are outside the Court's reach on a state "
                                     "referral or the Prosecutor's own motion.")
                        self.add("124", not bites or others, i18n.sentence(head % words) + " " + tail,
                                 [fact(e) for e in ctx.ledger.state(s).events if e.event == "declaration_124"],
                                 reading=law.OPT_OUT_124_READING, set_aside=law.OPT_OUT_124_SET_ASIDE)
        if scope.leadership_crime(self.q.crimes):
            self._aggression(pieces)

    def _aggression(self, pieces: list[Any]) -> None:
        _ = self._
        dated = self.day
        ctx = self.ctx
        a = ctx.aggression
        act = a.activation_date if a else None
        p = self.q.period
        self.add("8 bis", True, _("Aggression is a leadership crime: only a person in a position to control or direct "
                                  "a state's political or military action can commit it."), [])
        after = bool(act and (p.end is None or p.end > act))
        words = {"day": dated(act) if act else act,
                 "resolution": a.activation_resolution if a else _("no activation on record")}
        activated = _("The Court's jurisdiction over aggression was activated with effect from %(day)s "
                      "(%(resolution)s).") % words
        if act and not after:
            activated += " " + _("All the conduct asked about predates that day, so it is outside the Court's "
                                 "jurisdiction over aggression on every route.")
        elif act and p.start < act:
            activated += " " + _("Conduct before that day is outside the Court's jurisdiction over aggression; only "
                                 "the part from %(day)s counts.") % words
        self.add("15 bis(2)", after, activated, [])
        day = max(p.start, act or p.start)
        on = min(day, p.last_day or day)
        ok, problems = law.aggression_state_route(ctx, on)
        self.add("15 bis(5)", ok,
                 _("On a state referral or the Prosecutor's own motion, both the aggressor and the victim must be "
                   "States Parties bound by the aggression amendment.") + " "
                 + (self._aggression_problems(on, problems) if problems else _("Both are.")),
                 [], reading=AGGRESSION_RES5_READING, set_aside=AGGRESSION_RES5_SET_ASIDE)
        council = _("On a Security Council referral the Court may try aggression by any state, party or not, once "
                    "activated; the Council must first adopt the referral.")
        self.add("15 ter", after, council if after else council + " " + _(
            "All the conduct asked about predates the activation (%(day)s).")
            % {"day": dated(act) if act else _("none on record")}, [])

    def _aggression_problems(self, on: dt.date, problems: list[str]) -> str:
        """Art. 15 bis(5)'s problems as sentences: those about a state dated by the day they were checked on."""
        missing = {i18n.gettext("no aggressor state given"), i18n.gettext("no victim state given")}
        dated = [p for p in problems if p not in missing]
        out = [i18n.sentence(self._("On %(day)s, %(problems)s.") % {"day": self.day(on),
                                                                     "problems": i18n.gettext("; ").join(dated)})
               ] if dated else []
        out += [i18n.sentence(p) + "." for p in problems if p in missing]
        return " ".join(out)

    # -- triggers ----------------------------------------------------------------------------------------

    def trigger_day(self) -> dt.date:
        return self.q.trigger_date or self.q.as_of

    def referral_by_party(self) -> bool:
        _ = self._
        dated = self.day
        ref = self.q.referred_by
        day = self.trigger_day()
        if ref is None:
            self.add("14(1)", None, _("No referring state was given; any State Party may refer the situation."), [])
            return True
        ok = law.may_refer(self.ctx, ref, day)
        english = self.ctx.ledger.state(ref).name
        words = {"the_state": i18n.state_name(ref, english, "le"), "day": dated(day),
                 "status": self.status(self.ctx.ledger.status_on(ref, day))}
        self.add("14(1)", ok, i18n.sentence((
            i18n.by_number(ref, english, N_("%(the_state)s is a State Party on %(day)s: it may refer a situation "
                                            "(Art. 13(a))."),
                           N_("%(the_state)s are a State Party on %(day)s: they may refer a situation (Art. 13(a)).")) if ok
            else i18n.by_number(ref, english, N_("%(the_state)s is not a State Party (%(status)s) on %(day)s: only a "
                                                 "State Party may refer a situation (Art. 13(a))."),
                                N_("%(the_state)s are not a State Party (%(status)s) on %(day)s: only a State Party may "
                                   "refer a situation (Art. 13(a)).")))
            % words), self.state_facts(ref))
        return ok

    def refused_referral(self, route: dict[str, Any], by_a_party: Outcome) -> dict[str, Any]:
        """Arts. 13(a), 14(1): the state named as referring may not refer on the trigger day, so the state-referral
        route answers no, as the outcome does; ``by_a_party`` keeps what a State Party's referral would give."""
        ref = self.q.referred_by
        assert ref is not None
        english = self.ctx.ledger.state(ref).name
        words = {"the_state": i18n.state_name(ref, english, "le"), "day": self.day(self.trigger_day()),
                 "outcome": self._(by_a_party.value)}
        explanation = i18n.sentence(i18n.by_number(
            ref, english,
            N_("%(the_state)s is not a State Party on %(day)s, so it cannot refer the situation (Arts. 13(a), 14(1)); "
               "a referral by a State Party would give: %(outcome)s."),
            N_("%(the_state)s are not a State Party on %(day)s, so they cannot refer the situation (Arts. 13(a), "
               "14(1)); a referral by a State Party would give: %(outcome)s.")) % words)
        return {**route, "outcome": Outcome.NO.value, "by_a_party": by_a_party.value, "explanation": explanation}

    def council_act(self, act: law.CouncilAct, outcome: Outcome) -> None:
        """Art. 13(b): the act named, as the record had it on the as-of date: adopted, vetoed or a what-if."""
        _ = self._
        dated = self.day
        r = act.record or {}
        if r and i18n.language() != i18n.DEFAULT:
            r = i18n.localise(r)  # its subject in the active language (unsc.yaml's fr block)
        said = _("Security Council draft %(act)s") if act.kind == "vetoed" else _("Security Council %(act)s")
        # the Council's own name of a situation has no French (unsc.yaml): quoted as its English words, as in 13(b)'s line
        subject = r.get("subject") or ""
        if r.get("situation"):
            subject = r["situation"] if self.english else _("\"%(words)s\"") % {"words": r["situation"]}
        src = [{"fact": (said % {"act": r.get("document") or r.get("resolution")} + _(":") + f" {subject}").rstrip(": \u00a0"),
                "event": "unsc_veto" if act.kind == "vetoed" else "unsc_referral" if act.kind == "adopted" else "unsc_act",
                "date": str(r.get("date")), "effective_date": None, "derived": False,
                "source": {"url": r.get("source"), "document": r.get("document"), "confidence": r.get("confidence")}}
               ] if r and not act.later else []
        reading = law.council_act.reading  # type: ignore[attr-defined]
        if act.kind == "adopted":
            start, end = r.get("conduct_from"), r.get("conduct_to")
            words = {"resolution": r.get("resolution"), "date": dated(r.get("date")),
                     "situation": r.get("situation"),
                     "in_state": ((names(r.get("territory") or []) or _("the situation")) if self.english
                                  else i18n.listing(i18n.state_name(c, self.ctx.ledger.state(c).name, "à")
                                                    for c in r.get("territory") or [])
                                  or i18n.pgettext("the situation referred", "in question")),
                     "scope": (_("conduct from %(start)s to %(end)s") if end else _("conduct from %(start)s onwards"))
                     % {"start": dated(start), "end": dated(end) if end else end}}
            self.add("13(b)", outcome != Outcome.NO,
                     (_("%(resolution)s of %(date)s referred the situation in %(situation)s (%(in_state)s); it reaches "
                        "%(scope)s, whatever the states' status, and the conduct asked about falls within it.")
                      if outcome == Outcome.YES else
                      _("%(resolution)s of %(date)s referred the situation in %(situation)s (%(in_state)s); it reaches "
                        "%(scope)s, whatever the states' status, and only part of the conduct asked about falls "
                        "within it.") if outcome == Outcome.PARTIAL else
                      _("%(resolution)s of %(date)s referred the situation in %(situation)s (%(in_state)s); it reaches "
                        "%(scope)s, whatever the states' status, but the conduct asked about falls outside it, or "
                        "the referral's own limits exclude it.")) % words,
                     src, reading=law.council_scope.reading)  # type: ignore[attr-defined]
        elif act.kind == "vetoed":
            votes = r.get("votes") or {}
            words = {"document": r.get("document"), "date": dated(r.get("date")), "subject": r.get("subject"),
                     "vetoed_by": names(r.get("vetoed_by") or []), "for": votes.get("for"),
                     "against": votes.get("against")}
            self.add("13(b)", False,
                     (_("Draft %(document)s of %(date)s (%(subject)s) was not adopted: it was vetoed by %(vetoed_by)s "
                        "(%(for)s in favour, %(against)s against). A negative vote of a permanent member defeats a "
                        "draft (UN Charter Art. 27(3)); a vetoed draft refers nothing, so the Court is not seized on "
                        "this route.") if votes else
                      _("Draft %(document)s of %(date)s (%(subject)s) was not adopted: it was vetoed by "
                        "%(vetoed_by)s. A negative vote of a permanent member defeats a draft (UN Charter Art. "
                        "27(3)); a vetoed draft refers nothing, so the Court is not seized on this route.")) % words,
                     src, reading=reading)
        elif act.kind == "not_a_referral":
            self.add("13(b)", False,
                     _("%(act)s of %(date)s is on record, but it refers no situation to the Prosecutor (%(subject)s); "
                       "it cannot seize the Court under Art. 13(b).")
                     % {"act": r.get("resolution") or r.get("document"), "date": dated(r.get("date")),
                        "subject": (r.get("subject") or r.get("scope") or "").strip()[:160]}, src, reading=reading)
        else:
            text = (_("No adopted Security Council referral matching %(resolution)s is on record by %(day)s: the "
                      "finding is a what-if for a hypothetical referral, taken to cover the conduct asked about. A "
                      "referral needs nine affirmative votes and no veto of a permanent member (UN Charter Art. "
                      "27(3)).") if self.q.resolution else
                    _("No resolution was named: the finding is a what-if for a hypothetical referral, taken to cover "
                      "the conduct asked about. A referral needs nine affirmative votes and no veto of a permanent "
                      "member (UN Charter Art. 27(3))."))
            self.add("13(b)", None, text % {"resolution": repr(self.q.resolution), "day": dated(self.q.as_of)},
                     src, reading=reading)

    def carve_out(self, referral: dict[str, Any] | None) -> None:
        """The referral's own para. 6: nationals of non-party contributing states (Res. 1593, Res. 1970)."""
        _ = self._
        if not referral or not referral.get("non_party_nationals_excluded"):
            return
        day = max(self.q.period.start, self.ctx.ledger.statute_in_force)
        reserved = law.referral_carve_out(self.ctx, referral, day)
        if not reserved:
            return
        others = [s for s in self.q.nationality if s not in reserved]
        # the states by their codes in English, as always; by their names in another language (« ici : États-Unis »)
        listed = names if self.english else (
            lambda codes: i18n.listing(i18n.state_name(c, self.ctx.ledger.state(c).name) for c in codes))
        words = {"resolution": referral.get("resolution"), "states": listed(reserved), "others": listed(others)}
        dual = (" " + _("The accused is also a national of %(others)s; the paragraph protects a contributing state's "
                        "nationals and personnel, so it still applies on this route; a State Party nationality may "
                        "open the Art. 12(2)(b) routes instead.") % words) if others else ""
        if self.q.authorised_operation:
            text = _("%(resolution)s (para. 6) leaves nationals, officials and personnel of %(states)s, a "
                     "contributing state outside the referred state and not a State Party, to that state's exclusive "
                     "jurisdiction for acts arising from operations the Council or the African Union established or "
                     "authorised, unless it waives it. The accused served in such an operation: the referral does "
                     "not reach them.") % words + dual
            holds: bool | None = False
        else:
            text = _("%(resolution)s (para. 6) leaves nationals of %(states)s (a non-party other than the referred "
                     "state) to their own state's exclusive jurisdiction if the acts arose from an operation the "
                     "Council or the African Union established or authorised. Nothing given says the accused served "
                     "in one, so the finding does not apply it; if they did, the referral does not reach them.") \
                % words + dual
            holds = None
            self.caveats.append(_("If the accused (%(states)s) served in an operation the Council or the AU "
                                  "authorised, %(resolution)s para. 6 leaves them to their own state (set "
                                  "authorised_operation).") % words)
        self.add("13(b)", holds, text, [], reading=law.referral_carve_out.reading)  # type: ignore[attr-defined]

    def council_readings(self) -> None:
        """Arts. 124 and 121(5) on the Council route: the reading applied and the view set aside."""
        _ = self._
        q = self.q
        states = set(q.territory + q.vessel_flag + q.nationality)
        if any(c.startswith("war_crimes") for c in q.crimes):
            decl = [s for s in sorted(states) for d in self.ctx.ledger.state(s).declarations
                    if d.kind == "124" and d.covers is not None and d.covers.intersect(q.period)]
            if decl:
                led = self.ctx.ledger
                named = i18n.listing(i18n.state_name(c, led.state(c).name, "le" if self.english else "name")
                                     for c in sorted(set(decl)))
                self.add("124", True, i18n.sentence(_(
                    "%(states)s's Art. 124 declaration covers part of the period, but it does not bar a Security "
                    "Council referral: it derogates only from the acceptance of Art. 12(1)-(2), which this route does "
                    "not need.") % {"states": named}), [],
                         reading=law.COUNCIL_124_READING, set_aside=law.COUNCIL_124_SET_ASIDE)
        if any(self.ctx.amendment_121_5(c) is not None for c in q.crimes):
            self.add("121(5)", None, _("On a Council referral the amendment's crime is barred only where a State "
                                       "Party that has not accepted the amendment is the territorial or nationality "
                                       "state; non-parties do not bar it."), [], reading=law.COUNCIL_121_5_READING, set_aside=law.COUNCIL_121_5_SET_ASIDE)
            self._amendment_existed()

    def _amendment_existed(self) -> None:
        """Arts. 22(1), 24(1): an amendment's crime reaches no conduct before the amendment first entered into force."""
        _ = self._
        dated = self.day
        q = self.q
        for crime in q.crimes:
            amendment = self.ctx.amendment_121_5(crime)
            if amendment is None:
                continue
            first = self.ctx.first_in_force(amendment.key)
            if first is None:
                self.add("22(1)", False, _("'%(crime)s' was added by %(resolution)s, which no state's acceptance on "
                                           "record has brought into force: the conduct was not a crime within the "
                                           "Court's jurisdiction when it took place.")
                         % {"crime": crime, "resolution": amendment.resolution}, [],
                         reading=law.COUNCIL_22_READING, set_aside=law.COUNCIL_22_SET_ASIDE)
            elif q.period.start < first:
                whole = q.period.end is not None and q.period.end <= first
                words = {"crime": crime, "resolution": amendment.resolution, "day": dated(first)}
                self.add("22(1)", False if whole else None,
                         (_("'%(crime)s' was added by %(resolution)s, first in force for a state on %(day)s: conduct "
                            "in the whole period was not a crime within the Court's jurisdiction when it took place, "
                            "so no referral reaches it.") if whole else
                          _("'%(crime)s' was added by %(resolution)s, first in force for a state on %(day)s: conduct "
                            "before %(day)s was not a crime within the Court's jurisdiction when it took place, so no "
                            "referral reaches it.")) % words, [], reading=law.COUNCIL_22_READING, set_aside=law.COUNCIL_22_SET_ASIDE)

    def aggression_filter(self) -> None:
        _ = self._
        self.add("15 bis(6)", None, _("Before investigating aggression on a state referral or on her or his own "
                                      "motion, %(filter)s. This is a condition of the route, not of jurisdiction.")
                 % {"filter": law.aggression_filter(self.ctx)}, [], reading=law.aggression_filter.reading)  # type: ignore[attr-defined]

    def proprio_motu(self) -> None:
        _ = self._
        if not scope.needs_authorisation(self.q.trigger):
            return
        self.add("15(4)", None, _("The Prosecutor may open an investigation on her or his own motion only with the "
                                  "authorisation of a Pre-Trial Chamber, which checks that the case appears to fall "
                                  "within the Court's jurisdiction."), [])

    def deferrals(self) -> list[dict[str, Any]]:
        """Art. 16 requests in force on the trigger day (else the as-of date), shown beside the outcome."""
        _ = self._
        dated = self.day
        day = self.trigger_day()
        out = []
        for d in law.deferrals_in_force(self.ctx, day):
            reaches = law.deferral_reaches(self.ctx, d, day)
            who = (_("It covers the accused.") if reaches else _("It does not cover the accused (not a national of a "
                   "non-party).") if reaches is False else _("It covers the accused only if they served a non-party "
                   "contributing state in such an operation (say so with authorised_operation)."))
            hypothetical = d.get("confidence") == "hypothetical"
            words = {"resolution": d.get("resolution"), "start": dated(d.get("period_from")),
                     "end": dated(d.get("period_to")), "covers": who}
            # holds: nothing in the request stops proceedings against the accused; fails: it does; note: unknown
            self.add("16", {True: False, False: True, None: None}[reaches],
                     (_("What-if: ") if hypothetical else "")
                     + (_("%(resolution)s asks the Court not to begin or continue investigations or prosecutions "
                          "from %(start)s until %(end)s (exclusive) against personnel of non-party contributing "
                          "states in operations the UN established or authorised. It suspends proceedings; it does "
                          "not remove jurisdiction. %(covers)s")
                        if d.get("applies_to_nationals_of") == "non_parties_contributing" else
                        _("%(resolution)s asks the Court not to begin or continue investigations or prosecutions "
                          "from %(start)s until %(end)s (exclusive). It suspends proceedings; it does not remove "
                          "jurisdiction. %(covers)s")) % words,
                     [{"fact": self.deferral_scope(d, hypothetical), "event": "unsc_deferral", "date": str(d.get("date")),
                       "effective_date": str(d.get("period_from")), "derived": False,
                       "source": {"url": d.get("source"), "document": d.get("document"),
                                  "confidence": d.get("confidence")}}],
                     reading=law.deferrals_in_force.reading)  # type: ignore[attr-defined]
            if reaches is not False:
                self.caveats.append((_("A Security Council deferral (%(resolution)s) was in force on %(day)s: "
                                       "proceedings against the accused could not begin or continue then.") if reaches
                                     else _("A Security Council deferral (%(resolution)s) was in force on %(day)s: if "
                                            "the accused served a non-party contributing state in a UN operation, "
                                            "proceedings could not begin then."))
                                    % {"resolution": d.get("resolution"), "day": dated(day)})
            out.append({"id": d.get("id"), "resolution": d.get("resolution"), "date": str(d.get("date")),
                        "from": str(d.get("period_from")), "until": str(d.get("period_to")),
                        "on": day.isoformat(), "covers_accused": reaches, "hypothetical": hypothetical,
                        "source": d.get("source")})
        return out

    def deferral_scope(self, d: dict[str, Any], hypothetical: bool) -> str:
        """What an Art. 16 request covers, in the active language: unsc.yaml's ``scope`` (its ``fr`` block's in French),
        or the sentence a what-if's record carries (a message)."""
        if hypothetical:
            return self._(d.get("scope") or "").strip()
        if i18n.language() == i18n.DEFAULT:
            return (d.get("scope") or "").strip()
        return (i18n.localise(d).get("scope") or "").strip()

    def age(self) -> bool:
        _ = self._
        if self.q.born is not None:
            return self._born()
        if self.q.age is None:
            return True
        ok = law.old_enough(self.ctx)
        self.add("26", ok, (_("The accused was %(age)s at the time: old enough.") if ok else
                            _("The accused was %(age)s at the time: the Court has no jurisdiction over persons under "
                              "eighteen, on any route (a Security Council referral included).")) % {"age": self.q.age},
                 [])
        return ok

    def _born(self) -> bool:
        """Art. 26 with a date of birth: the conduct from the eighteenth birthday counts, on every route."""
        _ = self._
        born = self.q.born
        assert born is not None
        eighteen = law.eighteenth_birthday(born)
        p = self.q.period
        words = {"born": self.day(born), "day": self.day(eighteen)}
        if p.start >= eighteen:
            ok, text = True, _("The accused, born on %(born)s, turned eighteen on %(day)s, before the conduct: old "
                               "enough.")
        elif p.end is not None and p.end <= eighteen:
            ok, text = False, _("The accused, born on %(born)s, turned eighteen only on %(day)s: the Court has no "
                                "jurisdiction over conduct before that day, on any route (a Security Council referral "
                                "included).")
        else:
            ok, text = True, _("The accused, born on %(born)s, turned eighteen on %(day)s: only the conduct from that "
                               "day is within the Court's jurisdiction, on any route (a Security Council referral "
                               "included).")
        self.add("26", ok, text % words, [], reading=law.old_enough_on.reading)  # type: ignore[attr-defined]
        return ok

    # -- routes ------------------------------------------------------------------------------------------

    def routes(self, art12: Outcome, council: Outcome, council_pieces: list[Any],
               act: law.CouncilAct) -> dict[str, Any]:
        _ = self._
        dated = self.day
        unsc = self.ctx.unsc
        as_of = self.q.as_of
        p5 = (unsc.get("permanent_members") or {}).get("states") or []
        involved = set(self.q.territory + self.q.nationality)
        # later facts are left out: only the acts adopted or vetoed by the as-of date
        vetoed, adopted = law.council_record(self.ctx)
        relevant = [v for v in vetoed if set(v.get("territory") or []) & involved]
        referral = act.referral
        if act.kind == "adopted" and referral is not None:
            votes = referral.get("votes") or {}
            requires = (_("nothing more: %(resolution)s was adopted on %(day)s (%(for)s in favour, %(against)s "
                          "against, %(abstain)s abstaining)")
                        % {"resolution": referral.get("resolution"), "day": dated(referral.get("date")),
                           "for": votes.get("for"), "against": votes.get("against"), "abstain": votes.get("abstain")})
        elif act.kind == "vetoed":
            requires = (_("a new resolution: draft %(document)s was vetoed (nine affirmative votes and no veto by a "
                          "permanent member are needed, UN Charter Art. 27(3))")
                        % {"document": act.record.get("document")})  # type: ignore[union-attr]
        else:
            requires = _("nine affirmative votes in the Security Council, with no veto by a permanent member "
                         "(UN Charter Art. 27(3))")
        aggression = "aggression" in self.q.crimes
        condition = (_("; for aggression also %(filter)s") % {"filter": law.aggression_filter(self.ctx)}
                     if aggression else "")
        too_young = not law.old_enough(self.ctx)
        if too_young:
            in_law = _("Art. 26 bars this route too: the accused was under eighteen.")
        elif act.kind == "vetoed":
            in_law = _("The draft named was vetoed, so no referral exists; a Security Council referral under Chapter "
                       "VII (Art. 13(b)) sets the Art. 12(2) preconditions aside: the Court could act whatever the "
                       "states' status.")
        else:
            in_law = _("A Security Council referral under Chapter VII (Art. 13(b)) sets the Art. 12(2) preconditions "
                       "aside: the Court could act whatever the states' status.")
        return {
            "state_referral": {"outcome": art12.value,
                               "requires": _("a referral by a State Party (Arts. 13(a), 14)") + condition,
                               **({"conditions": ["15 bis(6)-(8)"]} if aggression else {})},
            "proprio_motu": {"outcome": art12.value,
                             "requires": _("the Prosecutor's own motion, authorised by a Pre-Trial Chamber "
                                           "(Arts. 13(c), 15(4))") + condition,
                             **({"conditions": ["15(4)", "15 bis(6)-(8)"]} if aggression else {"conditions": ["15(4)"]})},
            "unsc_referral": {
                "outcome": council.value,
                "in_law": in_law,
                "requires": requires,
                "hypothetical": act.hypothetical and self.q.trigger is not None and self.q.trigger.value == "unsc_referral",
                "act": act.kind,
                "permanent_members": p5,
                "permanent_members_involved": sorted(involved & set(p5)),
                "referral": i18n.localise(referral) if referral is not None else None,
                "adopted_referrals": [{k: r.get(k) for k in ("id", "resolution", "date", "situation", "territory",
                                                             "conduct_from", "conduct_to", "source")}
                                      for r in adopted],
                "vetoed_referrals": [i18n.localise(v) for v in vetoed],  # the subject in the language, no fr block
                "relevant_vetoes": [v.get("id") for v in relevant],
                "as_of": as_of.isoformat(),
            },
        }


def iv_start_after_eif(history: Sequence[tuple[Interval, Status]], ctx: Context) -> bool:
    """The state's first party period began after the Statute's own entry into force (Art. 11(2))."""
    spans = [iv for iv, s in history if s == Status.PARTY]
    return bool(spans) and spans[0].start > ctx.ledger.statute_in_force
