"""The trace of a jurisdiction finding: every rule consulted, whether it held, why, and the facts.

Explanations are written here in our own words; each reason cites its article
and carries the facts it used with their sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from romestatute.law import articles, scope
from romestatute.law import part02_jurisdiction as law
from romestatute.law.part02_jurisdiction import Context
from romestatute.law.registry import article_id
from romestatute.ledger import Event
from romestatute.model.dates import Interval
from romestatute.model.vocab import Outcome, Status

FACT_EVENTS = {"signature", "ratification", "accession", "acceptance", "approval", "succession", "entry_into_force",
               "signature_withdrawn", "withdrawal_notification", "withdrawal_effective", "withdrawal_revoked",
               "instrument_withdrawn", "declaration_12_3", "declaration_124", "declaration_15bis4"}


@lru_cache(maxsize=256)
def _heading(article: str) -> tuple[str, str]:
    """The page id and heading of a cited article (the article index is fixed for the process)."""
    return article_id(article), articles.title(article)


def fact(e: Event) -> dict[str, Any]:
    return {"fact": e.meaning, "event": e.event, "date": e.date.isoformat(),
            "effective_date": None if e.effective_date is None else e.effective_date.isoformat(),
            "derived": e.derived, "source": None if e.source is None else e.source.to_json()}


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
            reading: str | None = None) -> None:
        ident, title = _heading(article)
        self.reasons.append({
            "article": article, "article_id": ident, "title": title,
            "holds": holds, "explanation": explanation, "facts": facts, **({"reading": reading} if reading else {}),
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

    def _state_reason(self, article: str, iso3: str, role: str, pieces: list[Any]) -> None:
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
            bits.append(f"{name}'s Art. 12(3) declaration of {d.date.isoformat()} accepts jurisdiction for "
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
        self.add(article, holds, text, self.state_facts(iso3))
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
            self.add("127(2)", True,
                     f"{name}'s withdrawal took effect on {w.effective.isoformat()}; conduct while it was a party "
                     "stays within the Court's jurisdiction, and matters already before the Court continue.",
                     [], reading="the Pre-Trial Chambers in Burundi (ICC-01/17-X-9-US-Exp, 25 Oct 2017) and the "
                     "Philippines (ICC-01/21-12, 15 Sep 2021) held the Court may act after the withdrawal takes effect")

    def preconditions(self, pieces: list[Any]) -> None:
        for iso3 in self.q.territory:
            self._state_reason("12(2)(a)", iso3, "state where the conduct occurred", pieces)
        for iso3 in self.q.vessel_flag:
            self._state_reason("12(2)(a)", iso3, "state of registration of the vessel or aircraft", pieces)
        for iso3 in self.q.nationality:
            self._state_reason("12(2)(b)", iso3, "state of nationality of the accused", pieces)

    def special_regimes(self, pieces: list[Any]) -> None:
        ctx = self.ctx
        for crime in self.q.crimes:
            amendment = ctx.amendment_for(crime)
            if amendment is not None and amendment.rule == "121(5)":
                states = self.q.territory + self.q.vessel_flag + self.q.nationality
                lines = []
                for s in states:
                    acc = [a for a in ctx.ledger.state(s).amendments if a.key == amendment.key]
                    lines.append(f"{s}: in force from {acc[0].in_force.isoformat()}" if acc else f"{s}: not accepted")
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
                                 f"from {_fmt(d.covers)}; " + ("war crimes in that span are outside the Court's reach."
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
                 "States Parties bound by the aggression amendment. " + ("; ".join(problems) + "." if problems else
                                                                          "Both are."),
                 [], reading="ICC-ASP/16/Res.5 para. 2 (2017): no jurisdiction over nationals or territory of "
                 "parties that have not accepted the amendment")
        self.add("15 ter", True if act else False, "On a Security Council referral the Court may try aggression "
                 "by any state, party or not, once activated; the Council must first adopt the referral.", [])

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

    def council_referral(self, referral: dict[str, Any], outcome: Outcome) -> None:
        """Art. 13(b): the adopted referral relied on, with its own territorial and temporal scope."""
        start, end = referral.get("conduct_from"), referral.get("conduct_to")
        scope = f"conduct from {start}" + (f" to {end}" if end else " onwards")
        where = ", ".join(referral.get("territory") or []) or "the situation"
        self.add("13(b)", outcome != Outcome.NO,
                 f"{referral.get('resolution')} of {referral.get('date')} referred the situation in "
                 f"{referral.get('situation')} ({where}); it reaches {scope}, whatever the states' status, "
                 + ("and the conduct asked about falls within it." if outcome == Outcome.YES else
                    "and only part of the conduct asked about falls within it." if outcome == Outcome.PARTIAL else
                    "but the conduct asked about falls outside it."),
                 [{"fact": f"Security Council referral: {referral.get('situation')}", "event": "unsc_referral",
                   "date": str(referral.get("date")), "effective_date": None, "derived": False,
                   "source": {"url": referral.get("source"), "document": referral.get("document"),
                              "confidence": referral.get("confidence")}}],
                 reading=law.council_scope.reading)  # type: ignore[attr-defined]

    def proprio_motu(self) -> None:
        if not scope.needs_authorisation(self.q.trigger):
            return
        self.add("15(4)", None, "The Prosecutor may open an investigation on her or his own motion only with the "
                 "authorisation of a Pre-Trial Chamber, which checks that the case appears to fall within the "
                 "Court's jurisdiction.", [])

    def deferrals(self) -> None:
        day = self.trigger_day()
        active = law.deferrals_in_force(self.ctx, day)
        for d in active:
            non_party = [s for s in self.q.nationality if not self.ctx.ledger.is_party(s, day)]
            self.add("16", None if non_party else True,
                     f"{d.get('resolution')} asked the Court not to begin or continue proceedings for a year "
                     f"({d.get('period_from')} to {d.get('period_to')}) against personnel of non-party contributing "
                     "states in UN-established or authorised operations. It suspends proceedings; it does not "
                     "remove jurisdiction.", [{"fact": d.get("scope", ""), "source": {"url": d.get("source"),
                                                "document": d.get("resolution"), "confidence": d.get("confidence")}}])
            if non_party:
                self.caveats.append(f"A Security Council deferral ({d.get('resolution')}) was in force on "
                                    f"{day.isoformat()}: if the accused served in a UN operation, proceedings could "
                                    "not begin then.")

    def age(self) -> bool:
        if self.q.age is None:
            return True
        ok = law.old_enough(self.ctx)
        self.add("26", ok, f"The accused was {self.q.age} at the time: "
                 + ("old enough." if ok else "the Court has no jurisdiction over persons under eighteen."), [])
        return ok

    # -- routes ------------------------------------------------------------------------------------------

    def routes(self, art12: Outcome, council: Outcome, council_pieces: list[Any],
               referral: dict[str, Any] | None) -> dict[str, Any]:
        unsc = self.ctx.unsc
        p5 = (unsc.get("permanent_members") or {}).get("states") or []
        involved = set(self.q.territory + self.q.nationality)
        vetoed = unsc.get("vetoed_referrals") or []
        relevant = [v for v in vetoed if set(v.get("territory") or []) & involved]
        return {
            "state_referral": {"outcome": art12.value, "requires": "a referral by a State Party (Arts. 13(a), 14)"},
            "proprio_motu": {"outcome": art12.value,
                             "requires": "the Prosecutor's own motion, authorised by a Pre-Trial Chamber (Arts. 13(c), 15)"},
            "unsc_referral": {
                "outcome": council.value,
                "in_law": "A Security Council referral under Chapter VII (Art. 13(b)) sets the Art. 12(2) "
                          "preconditions aside: the Court could act whatever the states' status.",
                "requires": "nine affirmative votes in the Security Council, with no veto by a permanent member "
                            "(UN Charter Art. 27(3))",
                "permanent_members": p5,
                "permanent_members_involved": sorted(involved & set(p5)),
                "referral": referral,
                "adopted_referrals": [{k: r.get(k) for k in ("id", "resolution", "date", "situation", "territory",
                                                             "conduct_from", "conduct_to", "source")}
                                      for r in unsc.get("referrals") or []],
                "vetoed_referrals": vetoed,
                "relevant_vetoes": [v.get("id") for v in relevant],
            },
        }


def iv_start_after_eif(history: Sequence[tuple[Interval, Status]], ctx: Context) -> bool:
    """The state's first party period began after the Statute's own entry into force (Art. 11(2))."""
    spans = [iv for iv, s in history if s == Status.PARTY]
    return bool(spans) and spans[0].start > ctx.ledger.statute_in_force
