"""The trace of a jurisdiction finding: every rule consulted, whether it held, why, and the facts.

Explanations are written here in our own words; each reason cites its article
and carries the facts it used with their sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from romestatute import i18n
from romestatute.law import articles, calendar, scope
from romestatute.law import part02_jurisdiction as law
from romestatute.law.part02_jurisdiction import Context
from romestatute.law.registry import article_id
from romestatute.ledger import Event
from romestatute.model.dates import Interval
from romestatute.model.vocab import Outcome, Status

FACT_EVENTS = {"signature", "ratification", "accession", "acceptance", "approval", "succession", "entry_into_force",
               "signature_withdrawn", "withdrawal_notification", "withdrawal_effective", "withdrawal_revoked",
               "instrument_withdrawn", "declaration_12_3", "declaration_124", "declaration_15bis4"}


def _heading(article: str) -> tuple[str, str]:
    """The page id and heading, in the active language, of a cited article."""
    return _heading_in(article, i18n.language())


@lru_cache(maxsize=512)
def _heading_in(article: str, lang: str) -> tuple[str, str]:
    # the article index is fixed for the process; the heading differs by language
    return article_id(article), articles.title(article)


def fact(e: Event) -> dict[str, Any]:
    return {"fact": e.meaning, "event": e.event, "date": e.date.isoformat(),
            "effective_date": None if e.effective_date is None else e.effective_date.isoformat(),
            "derived": e.derived, "source": None if e.source is None else e.source.to_json()}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fmt(iv: Interval) -> str:
    last = iv.last_day
    return f"{iv.start.isoformat()} to {last.isoformat()}" if last else f"{iv.start.isoformat()} onwards"


class Trace:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.q = ctx.query
        self.reasons: list[dict[str, Any]] = []
        self.caveats: list[str] = []

    def add(self, article: str, holds: bool | None, explanation: str, facts: list[dict[str, Any]],
            reading: str | None = None, set_aside: str | None = None) -> None:
        ident, title = _heading(article)
        self.reasons.append({
            "article": article, "article_id": ident, "title": title,
            "holds": holds, "explanation": explanation, "facts": facts, **({"reading": reading} if reading else {}),
            **({"set_aside": set_aside} if set_aside else {}),
        })

    def state_facts(self, iso3: str) -> list[dict[str, Any]]:
        led = self.ctx.ledger.state(iso3)
        return [fact(e) for e in led.events if e.event in FACT_EVENTS and e.date <= max(self.q.as_of, e.date)
                and (e.date <= self.q.as_of or e.source is not None and e.source.confidence == "hypothetical")]

    # -- subject matter and time ------------------------------------------------------------------

    def crimes(self) -> None:
        added = scope.added_by_amendment(self.q.crimes)
        text = "The conduct is charged as " + ", ".join(c.replace("_", " ") for c in self.q.crimes) + \
            ": crimes within the Court's subject-matter jurisdiction."
        if added:
            text += " Crimes added by amendment reach only states that accepted the amendment (Art. 121(5))."
        self.add("5", True, text, [])

    def temporal(self) -> None:
        eif = self.ctx.ledger.statute_in_force
        p = self.q.period
        holds = p.end is None or p.end > eif
        if p.start >= eif:
            text = f"All the conduct is on or after {eif.isoformat()}, when the Statute entered into force."
        elif holds:
            text = f"Conduct before {eif.isoformat()} is outside the Court's reach; only the part from that day counts."
        else:
            text = f"All the conduct predates {eif.isoformat()}, when the Statute entered into force: the Court cannot act on it."
        self.add("11(1)", holds, text, [])

    # -- preconditions ---------------------------------------------------------------------------------

    def _state_reason(self, article: str, iso3: str, role: str, pieces: list[Any], reading: str | None = None) -> None:
        led = self.ctx.ledger.state(iso3)
        p = self.q.period
        history = led.intervals()
        overlaps = [iv.intersect(p) for iv, s in history if s == Status.PARTY]
        party_spans = [iv for iv in overlaps if iv is not None and iv.start <= self.q.as_of]
        decls = [d for d in led.declarations if d.kind == "12_3" and d.covers is not None and d.covers.intersect(p)]
        used = [d for d in decls if d.valid and d.effective <= self.q.as_of]
        bits = []
        name = led.name
        for iv in party_spans:
            bits.append(f"{name} was a State Party from {_fmt(iv)} of the period")
        for d in used:
            span = d.covers.intersect(p)  # type: ignore[union-attr]
            dated = f" (dated {d.date.isoformat()})" if d.date != d.effective else ""
            bits.append(f"{name}'s Art. 12(3) declaration{dated}, received by the Registrar on "
                        f"{d.effective.isoformat()} and counting from that day, accepts jurisdiction for "
                        f"{_fmt(span) if span else 'the period'}")
        for d in decls:
            if not d.valid:
                bits.append(f"the declaration lodged for {name} on {d.effective.isoformat()} was not accepted as "
                            f"a State's own declaration ({d.declarant.replace('_', ' ')})")
            elif d.effective > self.q.as_of:
                bits.append(f"{name}'s declaration was lodged only on {d.effective.isoformat()}, after the as-of date")
        # The precondition itself holds when the state accepted jurisdiction for some of the period from the
        # Statute's entry into force, even where a crime's own regime (121(5), 124, 15 bis) then narrows the
        # finding: that regime's reason says so, not this one.
        eif = self.ctx.ledger.statute_in_force
        reach = Interval(max(p.start, eif), p.end) if p.end is None or p.end > eif else None
        accepted = reach is not None and (any(iv.intersect(reach) for iv in party_spans)
                                          or any(d.covers.intersect(reach) for d in used))  # type: ignore[union-attr]
        holds = accepted or any(b.state == iso3 and b.article == article for piece in pieces for b in piece.bases)
        if not bits:
            status, _ = led.status_on(min(p.last_day or p.start, self.q.as_of))
            bits.append(f"{name} was not a State Party on any day of the period and no declaration of its covers "
                        f"it (its status then: {status.value.replace('_', ' ')})")
        text = f"As the {role}: " + "; ".join(bits) + "."
        self.add(article, holds, text, self.state_facts(iso3), reading=reading)
        # Art. 11(2): also when the whole period precedes a party status acquired by the as-of date
        later = [iv for iv, s in history if s == Status.PARTY and max(p.start, eif) < iv.start <= self.q.as_of]
        if later and iv_start_after_eif(history, self.ctx) and (p.end is None or p.end > eif):
            first = later[0].start
            before = Interval(max(p.start, eif), min(first, p.end) if p.end else first)
            spans = [d.covers.intersect(before) for d in used if d.covers is not None]
            covered = any(s is not None and s == before for s in spans)
            some = any(s is not None for s in spans)
            self.add("11(2)", True if covered else (None if some else False),
                     f"{name} became a party only on {first.isoformat()}; for conduct before that day its "
                     + ("Art. 12(3) declaration supplies the acceptance." if covered else
                        "declaration covers only part of it." if some else
                        "acceptance is missing: no Art. 12(3) declaration covers it."), [])
        withdrawn = [w for w in led.withdrawals if w.took_effect_by(self.q.as_of)]
        if withdrawn and party_spans:
            w = withdrawn[-1]
            leap = calendar.leap_day_reading(w.notified)
            self.add("127(2)", True,
                     f"{name}'s withdrawal, notified on {w.notified.isoformat()}, took effect on "
                     f"{w.effective.isoformat()}; conduct while it was a party stays within the Court's jurisdiction, "
                     "and matters already before the Court continue.",
                     [], reading="the Pre-Trial Chambers in Burundi (ICC-01/17-X-9-US-Exp, 25 Oct 2017) and the "
                     "Philippines (ICC-01/21-12, 15 Sep 2021) held the Court may act after the withdrawal takes effect"
                     + (f"; Art. 127(1): {leap}" if leap else ""))
        pending = [w for w in led.withdrawals if w.effective > self.q.as_of >= w.notified and w.revoked is None]
        for w in pending:
            leap = calendar.leap_day_reading(w.notified)
            if leap:
                self.add("127(1)", None, f"{name}'s withdrawal notice of {w.notified.isoformat()} takes effect on "
                         f"{w.effective.isoformat()}.", [], reading=leap)

    def preconditions(self, pieces: list[Any]) -> None:
        for iso3 in self.q.territory:
            self._state_reason("12(2)(a)", iso3, "state where the conduct occurred", pieces)
        for iso3 in self.q.vessel_flag:
            self._state_reason("12(2)(a)", iso3, "state of registration of the vessel or aircraft", pieces)
        for iso3 in self.q.nationality:
            self._state_reason("12(2)(b)", iso3, "state of nationality of the accused", pieces)
        for e in self.q.elements:
            self._state_reason("12(2)(a)", e.territory, f"state where an element of the crime took place "
                               f"({e.act.replace('_', ' ')}, {e.crime.replace('_', ' ')}); an element on an "
                               "accepting state's territory brings the whole crime within reach", pieces,
                               reading=law.territorial.reading)  # type: ignore[attr-defined]

    def special_regimes(self, pieces: list[Any]) -> None:
        ctx = self.ctx
        for crime in self.q.crimes:
            amendment = ctx.amendment_121_5(crime)
            if amendment is not None:
                states = self.q.territory + self.q.vessel_flag + self.q.nationality
                lines = []
                for s in states:
                    acc = [a for a in ctx.ledger.state(s).amendments if a.key == amendment.key]
                    if acc and acc[0].in_force > self.q.as_of:
                        lines.append(f"{s}: accepted on {acc[0].accepted.isoformat()}, in force for it only from "
                                     f"{acc[0].in_force.isoformat()} (later than the as-of date)")
                    elif acc:
                        lines.append(f"{s}: accepted on {acc[0].accepted.isoformat()}, in force for it from "
                                     f"{acc[0].in_force.isoformat()}"
                                     + (f" ({calendar.LEAP_DAY_READING})" if calendar.leap_day_reading(acc[0].accepted)
                                        else ""))
                    else:
                        lines.append(f"{s}: not accepted")
                holds = any(crime in p.crimes for p in pieces)
                self.add("121(5)", holds, f"'{crime}' was added by {amendment.resolution} ({amendment.title}); it "
                         "binds only the parties that accepted it, one year after each deposit. " + "; ".join(lines)
                         + ".", [], reading=law.amendment_scope.reading)  # type: ignore[attr-defined]
        if any(c.startswith("war_crimes") for c in self.q.crimes):
            for s in set(self.q.territory + self.q.vessel_flag + self.q.nationality):
                for d in ctx.ledger.state(s).declarations:
                    if d.kind == "124" and d.covers is not None and d.covers.intersect(self.q.period):
                        reach = "by its nationals" if d.scope == "nationals" else "by its nationals or on its territory"
                        bites = s in self.q.nationality or d.scope != "nationals"
                        self.add("124", not bites, f"{s} declared under Art. 124 that war crimes {reach} were excluded "
                                 f"from {_fmt(d.covers)}; " + ("war crimes in that span are outside the Court's reach on a state referral or the Prosecutor's own motion."
                                 if bites else "the accused are not its nationals, so the declaration does not bar "
                                 "this conduct."), [fact(e) for e in ctx.ledger.state(s).events
                                                                if e.event == "declaration_124"])
        if scope.leadership_crime(self.q.crimes):
            self._aggression(pieces)

    def _aggression(self, pieces: list[Any]) -> None:
        ctx = self.ctx
        a = ctx.aggression
        act = a.activation_date if a else None
        self.add("8 bis", True, "Aggression is a leadership crime: only a person in a position to control or direct "
                 "a state's political or military action can commit it.", [])
        self.add("15 bis(2)", bool(act and (self.q.period.end is None or self.q.period.end > act)),
                 f"The Court's jurisdiction over aggression was activated with effect from {act} "
                 f"({a.activation_resolution if a else 'no activation on record'}).", [])
        day = max(self.q.period.start, act or self.q.period.start)
        ok, problems = law.aggression_state_route(ctx, min(day, self.q.period.last_day or day))
        self.add("15 bis(5)", ok,
                 "On a state referral or the Prosecutor's own motion, both the aggressor and the victim must be "
                 "States Parties bound by the aggression amendment. " + (_cap("; ".join(problems)) + "." if problems else
                                                                          "Both are."),
                 [], reading="ICC-ASP/16/Res.5 para. 2 (2017): no jurisdiction over nationals or territory of "
                 "parties that have not accepted the amendment")
        after = bool(act and (self.q.period.end is None or self.q.period.end > act))
        self.add("15 ter", after, "On a Security Council referral the Court may try aggression by any state, party "
                 "or not, once activated; the Council must first adopt the referral. "
                 + ("" if after else f"All the conduct asked about predates the activation ({act or 'none on record'})."),
                 [])

    # -- triggers ----------------------------------------------------------------------------------------

    def trigger_day(self) -> dt.date:
        return self.q.trigger_date or self.q.as_of

    def referral_by_party(self) -> bool:
        ref = self.q.referred_by
        day = self.trigger_day()
        if ref is None:
            self.add("14(1)", None, "No referring state was given; any State Party may refer the situation.", [])
            return True
        ok = law.may_refer(self.ctx, ref, day)
        status = self.ctx.ledger.status_on(ref, day).value.replace("_", " ")
        self.add("14(1)", ok, f"{self.ctx.ledger.state(ref).name} is {'a State Party' if ok else 'not a State Party (' + status + ')'} "
                 f"on {day.isoformat()}: {'it may' if ok else 'only a State Party may'} refer a situation (Art. 13(a)).",
                 self.state_facts(ref))
        return ok

    def council_act(self, act: law.CouncilAct, outcome: Outcome) -> None:
        """Art. 13(b): the act named, as the record had it on the as-of date: adopted, vetoed or a what-if."""
        r = act.record or {}
        src = [{"fact": f"Security Council {'draft ' if act.kind == 'vetoed' else ''}{r.get('document') or r.get('resolution')}"
                        f": {r.get('situation') or r.get('subject') or ''}".rstrip(": "),
                "event": "unsc_veto" if act.kind == "vetoed" else "unsc_referral" if act.kind == "adopted" else "unsc_act",
                "date": str(r.get("date")), "effective_date": None, "derived": False,
                "source": {"url": r.get("source"), "document": r.get("document"), "confidence": r.get("confidence")}}
               ] if r and not act.later else []
        reading = law.council_act.reading  # type: ignore[attr-defined]
        if act.kind == "adopted":
            start, end = r.get("conduct_from"), r.get("conduct_to")
            scope = f"conduct from {start}" + (f" to {end}" if end else " onwards")
            where = ", ".join(r.get("territory") or []) or "the situation"
            self.add("13(b)", outcome != Outcome.NO,
                     f"{r.get('resolution')} of {r.get('date')} referred the situation in {r.get('situation')} "
                     f"({where}); it reaches {scope}, whatever the states' status, "
                     + ("and the conduct asked about falls within it." if outcome == Outcome.YES else
                        "and only part of the conduct asked about falls within it." if outcome == Outcome.PARTIAL else
                        "but the conduct asked about falls outside it, or the referral's own limits exclude it."),
                     src, reading=law.council_scope.reading)  # type: ignore[attr-defined]
        elif act.kind == "vetoed":
            votes = r.get("votes") or {}
            tally = f" ({votes.get('for')} in favour, {votes.get('against')} against)" if votes else ""
            self.add("13(b)", False,
                     f"Draft {r.get('document')} of {r.get('date')} ({r.get('subject')}) was not adopted: it was "
                     f"vetoed by {', '.join(r.get('vetoed_by') or [])}{tally}. A negative vote of a permanent member "
                     "defeats a draft (UN Charter Art. 27(3)); a vetoed draft refers nothing, so the Court is not "
                     "seized on this route.", src, reading=reading)
        elif act.kind == "not_a_referral":
            self.add("13(b)", False,
                     f"{r.get('resolution') or r.get('document')} of {r.get('date')} is on record, but it refers no "
                     f"situation to the Prosecutor ({(r.get('subject') or r.get('scope') or '').strip()[:160]}); it "
                     "cannot seize the Court under Art. 13(b).", src, reading=reading)
        else:
            named = f"No adopted Security Council referral matching {self.q.resolution!r} is on record by " \
                    f"{self.q.as_of.isoformat()}" if self.q.resolution else "No resolution was named"
            self.add("13(b)", None,
                     f"{named}: the finding is a what-if for a hypothetical referral, taken to cover the conduct "
                     "asked about. A referral needs nine affirmative votes and no veto of a permanent member "
                     "(UN Charter Art. 27(3)).", src, reading=reading)

    def carve_out(self, referral: dict[str, Any] | None) -> None:
        """The referral's own para. 6: nationals of non-party contributing states (Res. 1593, Res. 1970)."""
        if not referral or not referral.get("non_party_nationals_excluded"):
            return
        day = max(self.q.period.start, self.ctx.ledger.statute_in_force)
        reserved = law.referral_carve_out(self.ctx, referral, day)
        if not reserved:
            return
        names = ", ".join(reserved)
        others = [s for s in self.q.nationality if s not in reserved]
        dual = (f" The accused is also a national of {', '.join(others)}; the paragraph protects a contributing "
                "state's nationals and personnel, so it still applies on this route; a State Party nationality may "
                "open the Art. 12(2)(b) routes instead.") if others else ""
        if self.q.authorised_operation:
            text = (f"{referral.get('resolution')} (para. 6) leaves nationals, officials and personnel of {names}, a "
                    "contributing state outside the referred state and not a State Party, to that state's exclusive "
                    "jurisdiction for acts arising from operations the Council or the African Union established or "
                    "authorised, unless it waives it. The accused served in such an operation: the referral does "
                    "not reach them." + dual)
            holds: bool | None = False
        else:
            text = (f"{referral.get('resolution')} (para. 6) leaves nationals of {names} (a non-party other than the "
                    "referred state) to their own state's exclusive jurisdiction if the acts arose from an operation "
                    "the Council or the African Union established or authorised. Nothing given says the accused "
                    "served in one, so the finding does not apply it; if they did, the referral does not reach them."
                    + dual)
            holds = None
            self.caveats.append(f"If the accused ({names}) served in an operation the Council or the AU authorised, "
                                f"{referral.get('resolution')} para. 6 leaves them to their own state "
                                "(set authorised_operation).")
        self.add("13(b)", holds, text, [], reading=law.referral_carve_out.reading)  # type: ignore[attr-defined]

    def council_readings(self) -> None:
        """Arts. 124 and 121(5) on the Council route: the reading applied and the view set aside."""
        q = self.q
        states = set(q.territory + q.vessel_flag + q.nationality)
        if any(c.startswith("war_crimes") for c in q.crimes):
            decl = [s for s in sorted(states) for d in self.ctx.ledger.state(s).declarations
                    if d.kind == "124" and d.covers is not None and d.covers.intersect(q.period)]
            if decl:
                self.add("124", True, f"{', '.join(sorted(set(decl)))}'s Art. 124 declaration covers part of the "
                         "period, but it does not bar a Security Council referral: it derogates only from the "
                         "acceptance of Art. 12(1)-(2), which this route does not need.", [],
                         reading=law.COUNCIL_124_READING, set_aside=law.COUNCIL_124_SET_ASIDE)
        if any(self.ctx.amendment_121_5(c) is not None for c in q.crimes):
            self.add("121(5)", None, "On a Council referral the amendment's crime is barred only where a State Party "
                     "that has not accepted the amendment is the territorial or nationality state; non-parties do "
                     "not bar it.", [], reading=law.COUNCIL_121_5_READING, set_aside=law.COUNCIL_121_5_SET_ASIDE)
            self._amendment_existed()

    def _amendment_existed(self) -> None:
        """Arts. 22(1), 24(1): an amendment's crime reaches no conduct before the amendment first entered into force."""
        q = self.q
        for crime in q.crimes:
            amendment = self.ctx.amendment_121_5(crime)
            if amendment is None:
                continue
            first = self.ctx.first_in_force(amendment.key)
            if first is None:
                self.add("22(1)", False, f"'{crime}' was added by {amendment.resolution}, which no state's "
                         "acceptance on record has brought into force: the conduct was not a crime within the "
                         "Court's jurisdiction when it took place.", [],
                         reading=law.COUNCIL_22_READING, set_aside=law.COUNCIL_22_SET_ASIDE)
            elif q.period.start < first:
                whole = q.period.end is not None and q.period.end <= first
                self.add("22(1)", False if whole else None,
                         f"'{crime}' was added by {amendment.resolution}, first in force for a state on "
                         f"{first.isoformat()}: conduct " + ("in the whole period" if whole else
                                                             f"before {first.isoformat()}")
                         + " was not a crime within the Court's jurisdiction when it took place, so no referral "
                         "reaches it.", [], reading=law.COUNCIL_22_READING, set_aside=law.COUNCIL_22_SET_ASIDE)

    def aggression_filter(self) -> None:
        self.add("15 bis(6)", None, "Before investigating aggression on a state referral or on her or his own "
                 "motion, " + law.aggression_filter(self.ctx) + ". This is a condition of the route, not of "
                 "jurisdiction.", [], reading=law.aggression_filter.reading)  # type: ignore[attr-defined]

    def proprio_motu(self) -> None:
        if not scope.needs_authorisation(self.q.trigger):
            return
        self.add("15(4)", None, "The Prosecutor may open an investigation on her or his own motion only with the "
                 "authorisation of a Pre-Trial Chamber, which checks that the case appears to fall within the "
                 "Court's jurisdiction.", [])

    def deferrals(self) -> list[dict[str, Any]]:
        """Art. 16 requests in force on the trigger day (else the as-of date), shown beside the outcome."""
        day = self.trigger_day()
        out = []
        for d in law.deferrals_in_force(self.ctx, day):
            reaches = law.deferral_reaches(self.ctx, d, day)
            who = ("It covers the accused." if reaches else "It does not cover the accused (not a national of a "
                   "non-party)." if reaches is False else "It covers the accused only if they served a non-party "
                   "contributing state in such an operation (say so with authorised_operation).")
            hypothetical = d.get("confidence") == "hypothetical"
            # holds: nothing in the request stops proceedings against the accused; fails: it does; note: unknown
            self.add("16", {True: False, False: True, None: None}[reaches],
                     f"{'What-if: ' if hypothetical else ''}{d.get('resolution')} asks the Court not to begin or "
                     f"continue investigations or prosecutions from {d.get('period_from')} until "
                     f"{d.get('period_to')} (exclusive)"
                     + (" against personnel of non-party contributing states in operations the UN established or "
                        "authorised" if d.get("applies_to_nationals_of") == "non_parties_contributing" else "")
                     + f". It suspends proceedings; it does not remove jurisdiction. {who}",
                     [{"fact": (d.get("scope") or "").strip(), "event": "unsc_deferral", "date": str(d.get("date")),
                       "effective_date": str(d.get("period_from")), "derived": False,
                       "source": {"url": d.get("source"), "document": d.get("document"),
                                  "confidence": d.get("confidence")}}],
                     reading=law.deferrals_in_force.reading)  # type: ignore[attr-defined]
            if reaches is not False:
                self.caveats.append(f"A Security Council deferral ({d.get('resolution')}) was in force on "
                                    f"{day.isoformat()}: " + ("proceedings against the accused could not begin "
                                    "or continue then." if reaches else "if the accused served a non-party "
                                    "contributing state in a UN operation, proceedings could not begin then."))
            out.append({"id": d.get("id"), "resolution": d.get("resolution"), "date": str(d.get("date")),
                        "from": str(d.get("period_from")), "until": str(d.get("period_to")),
                        "on": day.isoformat(), "covers_accused": reaches, "hypothetical": hypothetical,
                        "source": d.get("source")})
        return out

    def age(self) -> bool:
        if self.q.age is None:
            return True
        ok = law.old_enough(self.ctx)
        self.add("26", ok, f"The accused was {self.q.age} at the time: "
                 + ("old enough." if ok else "the Court has no jurisdiction over persons under eighteen, on any "
                    "route (a Security Council referral included)."), [])
        return ok

    # -- routes ------------------------------------------------------------------------------------------

    def routes(self, art12: Outcome, council: Outcome, council_pieces: list[Any],
               act: law.CouncilAct) -> dict[str, Any]:
        unsc = self.ctx.unsc
        as_of = self.q.as_of
        p5 = (unsc.get("permanent_members") or {}).get("states") or []
        involved = set(self.q.territory + self.q.nationality)
        # later facts are left out: only the acts adopted or vetoed by the as-of date
        vetoed = [v for v in unsc.get("vetoed_referrals") or [] if not law._later(self.ctx, v)]
        adopted = [r for r in unsc.get("referrals") or [] if not law._later(self.ctx, r)]
        relevant = [v for v in vetoed if set(v.get("territory") or []) & involved]
        referral = act.referral
        if act.kind == "adopted" and referral is not None:
            votes = referral.get("votes") or {}
            requires = (f"nothing more: {referral.get('resolution')} was adopted on {referral.get('date')} "
                        f"({votes.get('for')} in favour, {votes.get('against')} against, {votes.get('abstain')} "
                        "abstaining)")
        elif act.kind == "vetoed":
            requires = (f"a new resolution: draft {act.record.get('document')} was vetoed "  # type: ignore[union-attr]
                        "(nine affirmative votes and no veto by a permanent member are needed, UN Charter Art. 27(3))")
        else:
            requires = ("nine affirmative votes in the Security Council, with no veto by a permanent member "
                        "(UN Charter Art. 27(3))")
        aggression = "aggression" in self.q.crimes
        condition = ("; for aggression also " + law.aggression_filter(self.ctx)) if aggression else ""
        too_young = not law.old_enough(self.ctx)
        in_law = ("A Security Council referral under Chapter VII (Art. 13(b)) sets the Art. 12(2) "
                  "preconditions aside: the Court could act whatever the states' status.")
        if too_young:
            in_law = "Art. 26 bars this route too: the accused was under eighteen."
        elif act.kind == "vetoed":
            in_law = "The draft named was vetoed, so no referral exists; " + in_law[0].lower() + in_law[1:]
        return {
            "state_referral": {"outcome": art12.value,
                               "requires": "a referral by a State Party (Arts. 13(a), 14)" + condition,
                               **({"conditions": ["15 bis(6)-(8)"]} if aggression else {})},
            "proprio_motu": {"outcome": art12.value,
                             "requires": "the Prosecutor's own motion, authorised by a Pre-Trial Chamber "
                                         "(Arts. 13(c), 15(4))" + condition,
                             **({"conditions": ["15(4)", "15 bis(6)-(8)"]} if aggression else {"conditions": ["15(4)"]})},
            "unsc_referral": {
                "outcome": council.value,
                "in_law": in_law,
                "requires": requires,
                "hypothetical": act.hypothetical and self.q.trigger is not None and self.q.trigger.value == "unsc_referral",
                "act": act.kind,
                "permanent_members": p5,
                "permanent_members_involved": sorted(involved & set(p5)),
                "referral": referral,
                "adopted_referrals": [{k: r.get(k) for k in ("id", "resolution", "date", "situation", "territory",
                                                             "conduct_from", "conduct_to", "source")}
                                      for r in adopted],
                "vetoed_referrals": vetoed,
                "relevant_vetoes": [v.get("id") for v in relevant],
                "as_of": as_of.isoformat(),
            },
        }


def iv_start_after_eif(history: Sequence[tuple[Interval, Status]], ctx: Context) -> bool:
    """The state's first party period began after the Statute's own entry into force (Art. 11(2))."""
    spans = [iv for iv, s in history if s == Status.PARTY]
    return bool(spans) and spans[0].start > ctx.ledger.statute_in_force
