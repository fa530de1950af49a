"""Part 2 of the Statute (and the jurisdiction rules of Parts 3 and 13) as day-level rules.

Each rule answers one legal question for one day of conduct and cites its
article.  ``queries.jurisdiction`` cuts the period of conduct into pieces on
which every rule is constant, asks the rules once per piece and writes the
trace.  The structure follows the Statute: Art. 12(2) preconditions are the
default; Art. 13(b) (a Security Council referral) sets them aside; an
Art. 12(3) declaration stands in for party status; Arts. 121(5) and 124 and
the aggression regime (Arts. 8 bis, 15 bis, 15 ter) narrow the result.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from romestatute import i18n
from romestatute.facts import docket
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.law import calendar
from romestatute.law.question import JurisdictionQuery
from romestatute.law.registry import rule
from romestatute.ledger import Ledger
from romestatute.model.vocab import Status

_PARTY = Status.PARTY
#: Art. 26: no jurisdiction over a person under this age at the time of the conduct.
AGE_OF_CRIMINAL_RESPONSIBILITY = 18


#: How a basis without a state rests, as its label says it (the code with spaces in English).
VIA = {"unsc_referral": N_("unsc referral"), "party": N_("party"), "aggression_15_ter": N_("aggression 15 ter")}
#: How a state's acceptance counts, as a basis's label says it.
VIA_STATE = {"party": N_("State Party"), "declaration_12_3": N_("Art. 12(3) declaration"),
             "declaration_12_3_scope_unknown": N_("Art. 12(3) declaration, scope not known")}
#: How a nationality basis rests when the only declaration supplying it is one whose scope is not known (its text
#: was not found): the finding keeps it, on a reading, and lowers its confidence (``queries.jurisdiction``).
VIA_SCOPE_UNKNOWN = "declaration_12_3_scope_unknown"


@dataclass(frozen=True, slots=True)
class Basis:
    """Why jurisdiction holds on a day: the article, the state it rests on and how."""

    article: str
    state: str | None
    via: str  # party | declaration_12_3 | unsc_referral | aggression_15_ter

    def label(self) -> str:
        if i18n.language() == i18n.DEFAULT:  # the hot path (every window, twice): the English as it always was
            if self.state is None:
                return f"Art. {self.article} ({self.via.replace('_', ' ')})"
            return f"Art. {self.article}: {self.state} ({VIA_STATE.get(self.via, self.via)})"
        if self.state is None:
            return f"Art. {self.article} ({_(VIA.get(self.via, self.via))})"
        return _("Art. %(article)s: %(state)s (%(via)s)") % {
            "article": self.article, "state": self.state, "via": _(VIA_STATE.get(self.via, self.via))}

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "state": self.state, "via": self.via, "label": self.label()}


_BASES: dict[tuple[str, str | None, str], Basis] = {}


def basis(article: str, state: str | None, via: str) -> Basis:
    """``Basis(article, state, via)``, made once per process (a finding asks for the same few on every piece)."""
    key = (article, state, via)
    found = _BASES.get(key)
    if found is None:
        found = Basis(article, state, via)
        if len(_BASES) < 8192:
            _BASES[key] = found
    return found


#: Art. 13(b): the one basis of the Security Council route.
COUNCIL_BASIS = Basis("13(b)", None, "unsc_referral")


class Context:
    """The facts a finding may use: the ledger (with any what-ifs), the query and the UNSC record.

    Everything here that depends only on the ledger or the query is worked out once per finding (the rules
    ask for it on every piece of the period)."""

    def __init__(self, ledger: Ledger, query: JurisdictionQuery) -> None:
        self.ledger = ledger
        self.query = query
        self.as_of = query.as_of
        self.aggression: Any = ledger.facts.amendments.get("aggression_2010")
        self._amendment_121_5: dict[str, Any] = {}

    @property
    def unsc(self) -> dict[str, Any]:
        """The Security Council record of the data folder the ledger's facts came from (parsed once per process,
        looked up once per finding, without asking the environment again)."""
        found: dict[str, Any] | None = self.__dict__.get("_unsc")
        if found is None:
            folder = self.ledger.facts.data_dir
            found = self.__dict__["_unsc"] = (docket.load_from(folder, "unsc.yaml") if folder
                                               else docket.load("unsc.yaml")) or {}
        return found

    def amendment_for(self, crime: str) -> Any:
        """The amendment that added ``crime`` (None for the Statute's own crimes); looked up once per finding."""
        return _amendments_by_crime(self.ledger.facts.amendments).get(crime)

    def amendment_121_5(self, crime: str) -> Any:
        """The Art. 121(5) amendment that added ``crime``; None for the Statute's own crimes and for aggression
        (which has its own regime, Arts. 15 bis and 15 ter)."""
        found = self._amendment_121_5.get(crime, False)
        if found is False:
            amendment = self.amendment_for(crime)
            found = self._amendment_121_5[crime] = (
                amendment if amendment is not None and amendment.rule == "121(5)" else None)
        return found

    @property
    def states(self) -> tuple[str, ...]:
        """The territories, flags and nationalities of the conduct, in that order (with repeats, as given)."""
        found: tuple[str, ...] | None = self.__dict__.get("_states")
        if found is None:
            q = self.query
            found = self.__dict__["_states"] = q.territory + q.vessel_flag + q.nationality
        return found

    @property
    def declarations_124(self) -> tuple[tuple[str, Any], ...]:
        """(state, declaration) for each Art. 124 declaration of a state in the query."""
        found: tuple[tuple[str, Any], ...] | None = self.__dict__.get("_declarations_124")
        if found is None:
            found = self.__dict__["_declarations_124"] = tuple(
                (iso3, d) for iso3 in set(self.states) for d in self.ledger.state(iso3).declarations_of_kind("124"))
        return found

    def first_in_force(self, key: str) -> dt.date | None:
        """The first day amendment ``key`` was in force for any state (what-ifs included), or None.

        Kept on the ledger (a what-if ledger is another object), so each is computed once per ledger."""
        known: dict[str, dt.date | None] = self.ledger.__dict__.setdefault("_first_in_force", {})
        if key not in known:
            days = [a.in_force for led in self.ledger.states.values() for a in led.amendments if a.key == key]
            known[key] = min(days, default=None)
        return known[key]


#: (the amendments catalogue read, crime -> the first amendment in it that added the crime)
_BY_CRIME: tuple[Any, dict[str, Any]] = (None, {})


def _amendments_by_crime(amendments: Any) -> dict[str, Any]:
    """Which amendment added each crime, worked out once per catalogue (the facts in use)."""
    global _BY_CRIME
    held = _BY_CRIME
    if held[0] is not amendments:
        index: dict[str, Any] = {}
        for a in amendments.values():
            for crime in a.crimes:
                index.setdefault(crime, a)
        held = _BY_CRIME = (amendments, index)
    return held[1]


# -- Art. 11: jurisdiction ratione temporis ------------------------------------------------------

@rule("11(1)", N_("Jurisdiction ratione temporis"))
def after_entry_into_force(ctx: Context, day: dt.date) -> bool:
    """Only conduct on or after the Statute's entry into force (1 July 2002) is within reach."""
    return day >= ctx.ledger.statute_in_force


# -- Art. 12: acceptance and preconditions ---------------------------------------------------------

#: The two roles in which a state's acceptance is asked (Art. 12(2)(a) and (b)).
TERRITORY, NATIONALITY = "territory", "nationality"
#: A declaration's ``scope`` that accepts jurisdiction over conduct on the declarant's territory alone.
TERRITORY_ONLY = "territory"
#: A declaration's ``scope`` when its text was not found (Armenia's of 2023): it reaches conduct on the declarant's
#: territory (what every Art. 12(3) declaration on record does); whether it reaches the declarant's nationals abroad
#: is not known.
SCOPE_UNKNOWN = "unknown"


@rule("12(1)", N_("A State Party accepts jurisdiction"), reading=N_(
      "11(2): a later party is bound only from its own entry into force; 127(2): conduct while a party stays covered "
      "after withdrawal"))
def acceptance(ctx: Context, iso3: str, day: dt.date, role: str = TERRITORY) -> str | None:
    """How ``iso3`` accepted jurisdiction for conduct on ``day``: as a party, by declaration, or not.

    ``role``: whether the state is asked as the territorial state (or flag state) or as the state of nationality;
    a declaration that accepts jurisdiction over conduct on the state's territory only does not reach its nationals
    abroad."""
    status, since = ctx.ledger.states[iso3].status_on(day)
    if status is _PARTY and since is not None and since <= ctx.as_of:
        return "party"
    d = declaration_covering(ctx, iso3, day, role)
    if d is not None:
        return VIA_SCOPE_UNKNOWN if role == NATIONALITY and d.scope == SCOPE_UNKNOWN else "declaration_12_3"
    return None


@rule("12(3)", N_("Acceptance by a non-party through a declaration"), reading=N_(
      "a declaration accepts jurisdiction within the terms it is made in: one made for crimes committed on the "
      "declarant's territory (Côte d'Ivoire 2003, Ukraine 2014 and 2015, Palestine 2015) supplies the territorial "
      "precondition of Art. 12(2)(a), not the nationality one of Art. 12(2)(b); one whose text was not found "
      "(Armenia 2023) supplies the territorial precondition, and the nationality one only on the reading that it "
      "accepts jurisdiction as widely as Art. 12(3) allows, which the finding names with lowered confidence"))
def declaration_covering(ctx: Context, iso3: str, day: dt.date, role: str = TERRITORY) -> Any:
    """A valid declaration, lodged by the as-of date, whose period covers ``day`` and whose scope reaches ``role``
    (or None). As the state of nationality, one whose scope is known is preferred to one whose scope is not."""
    unsure = None
    for effective, start, end, d in ctx.ledger.states[iso3].accepting_declarations():
        if effective <= ctx.as_of and start <= day and (end is None or day < end) and (
                role != NATIONALITY or d.scope != TERRITORY_ONLY):
            if role == NATIONALITY and d.scope == SCOPE_UNKNOWN:
                unsure = unsure or d
                continue
            return d
    return unsure


@rule("12(2)(a)", N_("Territorial precondition (including vessels and aircraft)"), reading=N_(
      "the territory where any element of the crime, or part of it, took place: PTC I, Decision on the Prosecution's "
      "request for a ruling on jurisdiction under article 19(3), in ICC-RoC46(3)-01/18, 6 Sep 2018 (deportation "
      "from Myanmar into Bangladesh); PTC III, Decision authorising the investigation into the situation in "
      "Bangladesh/Myanmar, ICC-01/19-27, 14 Nov 2019"))
def territorial(ctx: Context, day: dt.date, crime: str | None = None) -> list[Basis]:
    """The state where the conduct occurred (or of a vessel's or aircraft's registration) accepts.

    A state on whose territory an element of ``crime`` took place (``--element deportation:BGD``) counts
    as a territorial state for that crime.
    """
    out = []
    for iso3 in places(ctx, crime):
        via = acceptance(ctx, iso3, day)
        if via:
            out.append(basis("12(2)(a)", iso3, via))
    return out


def places(ctx: Context, crime: str | None = None) -> tuple[str, ...]:
    """The territories and flags of the conduct, with the states where an element of ``crime`` took place."""
    q = ctx.query
    own = q.territory + q.vessel_flag
    if not q.elements:
        return own
    extra = [e.territory for e in q.elements if crime is not None and e.crime == crime and e.territory not in own]
    return own + tuple(dict.fromkeys(extra))


@rule("12(2)(b)", N_("Nationality precondition"))
def national(ctx: Context, day: dt.date) -> list[Basis]:
    """The state of which the accused is a national accepts."""
    out = []
    for iso3 in ctx.query.nationality:
        via = acceptance(ctx, iso3, day, NATIONALITY)
        if via:
            out.append(basis("12(2)(b)", iso3, via))
    return out


# -- Arts. 121(5) and 124: crimes not accepted -------------------------------------------------------

@rule("121(5)", N_("Amendments to Arts. 5-8 bind only the parties that accept them"),
      reading=N_("a basis state must have the amendment in force; a party that has not accepted it bars the crime "
                 "when committed by its nationals or on its territory (the 'negative' second sentence)"))
def amendment_scope(ctx: Context, crime: str, day: dt.date, bases: list[Basis]) -> tuple[list[Basis], list[str]]:
    """Keep the bases whose state has the amendment adding ``crime`` in force; list the parties barring it."""
    amendment = ctx.amendment_121_5(crime)
    if amendment is None:
        return bases, []

    def accepted(iso3: str) -> bool:
        return any(a.key == amendment.key and a.in_force <= day for a in ctx.ledger.state(iso3).amendments)

    kept = [b for b in bases if b.state is None or accepted(b.state)]
    barring = sorted({s for s in ctx.states if ctx.ledger.is_party(s, day) and not accepted(s)})
    return kept, barring


#: Arts. 22(1) and 24(1) on the Council route: from when an amendment's crime exists for the Court.
COUNCIL_22_READING = N_("an amendment's crime is a crime within the jurisdiction of the Court only once the amendment "
                      "has entered into force (Art. 121(5)); conduct before the first day it was in force for any "
                      "state was not such a crime when it took place (Arts. 22(1), 24(1)), whatever a later "
                      "referral covers")
COUNCIL_22_SET_ASIDE = N_("that a referral reaching back to 1 July 2002 carries every crime of the Statute as amended "
                        "to the whole of its period, which would apply an amendment's crime to conduct before the "
                        "amendment existed")


@rule("22(1)", N_("An amendment's crime reaches only conduct after the amendment first entered into force"),
      reading=COUNCIL_22_READING)
def amendment_crime_existed(ctx: Context, crime: str, day: dt.date) -> bool:
    """On ``day``, was ``crime`` (if added by a 121(5) amendment) in force for the Court for any state?"""
    amendment = ctx.amendment_121_5(crime)
    if amendment is None:
        return True
    first = ctx.first_in_force(amendment.key)
    return first is not None and day >= first


#: Art. 124 on the Art. 12 routes: the reading applied and the view set aside.
OPT_OUT_124_READING = N_("Art. 124 lets a state declare that it 'does not accept the jurisdiction of the Court' over war "
                         "crimes by its nationals or on its territory, 'notwithstanding article 12, paragraphs 1 and "
                         "2': the declaration withholds that state's own acceptance and nothing more. Art. 12(2) "
                         "needs the acceptance of one or more of the territorial state and the state of nationality, "
                         "so another State Party's acceptance (the territory where the conduct took place, or another "
                         "nationality of the accused) still supplies the basis. Where the drafters meant a bar on the "
                         "Court itself they wrote one: Art. 121(5) says the Court 'shall not exercise its "
                         "jurisdiction'; Art. 124 speaks only of the declarant's acceptance (the 'positive' "
                         "understanding; Schabas, Commentary, Art. 124, asks whether the provision can shield a "
                         "state's nationals wherever they act)")
OPT_OUT_124_SET_ASIDE = N_("the 'negative' understanding (Zimmermann, in Triffterer/Ambos, Commentary, Art. 124; "
                           "EJIL:Talk!, 2024), by which the declaration takes war crimes by the declarant's nationals "
                           "or on its territory out of the Court's reach on the Art. 12 routes even where another "
                           "State Party's acceptance would supply the basis, e.g. war crimes by a Ukrainian national "
                           "on Polish territory from 1 January 2025")


@rule("124", N_("Transitional provision: war crimes excluded for seven years by declaration"),
      reading=OPT_OUT_124_READING)
def war_crimes_opt_out(ctx: Context, day: dt.date) -> list[str]:
    """States whose acceptance of war crimes an Art. 124 declaration withholds on ``day`` for this conduct.

    A declaration bites when the accused is one of the declarant's nationals, or (one whose scope is not limited
    to nationals) when the conduct is on its territory; it then removes every basis resting on the declarant, and
    only those: a basis another state supplies stands."""
    if not ctx.declarations_124:
        return []
    q = ctx.query
    out = set()
    for iso3, d in ctx.declarations_124:
        if d.covers is not None and day in d.covers and (d.withdrawn is None or day < d.withdrawn):
            # a declaration may exclude only crimes by the state's nationals (its ``scope``)
            if iso3 in q.nationality or d.scope != "nationals":
                out.add(iso3)
    return sorted(out)


#: Arts. 124 and 121(5) on a Security Council referral: the reading applied and the view set aside.
COUNCIL_124_READING = N_("Art. 124 lets a state decline jurisdiction over war crimes 'notwithstanding article 12, "
                       "paragraphs 1 and 2': it withholds the acceptance those paragraphs give. A Council referral "
                       "needs no acceptance (Art. 12(2) governs only Arts. 13(a) and (c)), so the declaration does "
                       "not bar the Council route")
COUNCIL_124_SET_ASIDE = N_("that the declaration takes war crimes by the state's nationals or on its territory out of "
                         "the Court's reach on every route, reading 'does not accept the jurisdiction of the Court' "
                         "as a general exclusion")
COUNCIL_121_5_READING = N_("the second sentence of Art. 121(5) says the Court 'shall not exercise its jurisdiction' "
                         "over an amendment's crime committed by the nationals or on the territory of a State Party "
                         "that has not accepted it, without tying that to Art. 12: it applies on a Council referral "
                         "too; a non-party is outside that sentence, so a referral reaches the crime there")
COUNCIL_121_5_SET_ASIDE = N_("that a Chapter VII referral reaches every crime of the Statute as amended whatever a "
                           "party accepted (the sentence read as a precondition like Art. 12), and the opposite view "
                           "that it reaches an amendment's crime only where every state concerned accepted it")


@rule("124", N_("Art. 124 on a Security Council referral"), reading=COUNCIL_124_READING)
def opt_out_bars_council_route(ctx: Context, day: dt.date) -> bool:
    """An Art. 124 declaration does not bar a Council referral (it derogates only from Art. 12(1)-(2))."""
    return False


# -- Aggression: Arts. 8 bis, 15 bis, 15 ter ----------------------------------------------------------

@rule("15 bis(2)", N_("Aggression jurisdiction only from its activation"),
      reading=N_("activated by ICC-ASP/16/Res.5 with effect from 17 July 2018"))
def aggression_activated(ctx: Context, day: dt.date) -> bool:
    """The Court can try aggression only for acts after the Assembly's activation took effect."""
    a = ctx.aggression
    return a is not None and a.activation_date is not None and day >= a.activation_date


@rule("15 bis(5)", N_("No aggression jurisdiction over non-parties' nationals or territory"),
      reading=N_("with ICC-ASP/16/Res.5 para. 2: nor over parties that have not accepted the amendment"))
def aggression_state_route(ctx: Context, day: dt.date) -> tuple[bool, list[str]]:
    """On a state referral or the Prosecutor's motion: aggressor and victim must be parties bound by it.

    Each problem is a clause naming the state as the trace's other sentences do ("the Russian Federation
    (aggressor) is not a State Party", « la Fédération de Russie (État agresseur) n’est pas un État partie »), its
    verb agreeing in French with a plural name (« les Pays-Bas ... ne sont pas »)."""
    problems = []
    for role, iso3 in (("aggressor", aggressor(ctx)), ("victim", victim(ctx))):
        if iso3 is None:
            problems.append(_("no aggressor state given") if role == "aggressor" else _("no victim state given"))
            continue
        led = ctx.ledger.state(iso3)
        english = led.name
        words = {"the_state": i18n.state_name(iso3, english, "le"), "of_state": i18n.state_name(iso3, english, "de"),
                 "role": _(role)}
        if led.status_on(day)[0] != Status.PARTY:
            problems.append(i18n.by_number(
                iso3, english, N_("%(the_state)s (%(role)s) is not a State Party [15 bis(5)]"),
                N_("%(the_state)s (%(role)s) are not a State Party [15 bis(5)]")) % words)
        elif not any(a.key == "aggression_2010" and a.in_force <= day for a in led.amendments):
            later = sorted(a.in_force for a in led.amendments if a.key == "aggression_2010")
            if later:
                problems.append(_("the aggression amendment is in force for %(of_state)s (%(role)s) only from %(day)s "
                                  "[Art. 121(5); ICC-ASP/16/Res.5 para. 2]") % {**words, "day": i18n.day(later[0])})
            elif undated_acceptance(ctx, iso3, "aggression_2010"):
                problems.append(i18n.by_number(
                    iso3, english,
                    N_("%(the_state)s (%(role)s) approved the aggression amendment in its own law, but no deposit of its "
                       "instrument with the Secretary-General is known, so it is not treated as accepted "
                       "[Art. 121(5); ICC-ASP/16/Res.5 para. 2]"),
                    N_("%(the_state)s (%(role)s) approved the aggression amendment in their own law, but no deposit of "
                       "their instrument with the Secretary-General is known, so it is not treated as accepted "
                       "[Art. 121(5); ICC-ASP/16/Res.5 para. 2]")) % words)
            else:
                problems.append(i18n.by_number(
                    iso3, english, N_("%(the_state)s (%(role)s) has not accepted the aggression amendment "
                                      "[Art. 121(5); ICC-ASP/16/Res.5 para. 2]"),
                    N_("%(the_state)s (%(role)s) have not accepted the aggression amendment "
                       "[Art. 121(5); ICC-ASP/16/Res.5 para. 2]")) % words)
        if role == "aggressor" and any(d.kind == "15bis4" and d.effective <= day for d in led.declarations):
            problems.append(i18n.by_number(
                iso3, english, N_("%(the_state)s (%(role)s) declared that it does not accept the Court's jurisdiction "
                                  "over aggression [15 bis(4)]"),
                N_("%(the_state)s (%(role)s) declared that they do not accept the Court's jurisdiction over "
                   "aggression [15 bis(4)]")) % words)
    return not problems, problems


def undated_acceptance(ctx: Context, iso3: str, key: str) -> bool:
    """A row says ``iso3`` accepted amendment ``key`` in its own law, but no deposit date is known (Art. 121(5)
    runs from the deposit, so such a row binds no one; it only changes what the finding says)."""
    return any(a.amendment == key and a.date is None for a in ctx.ledger.facts.acceptances.get(iso3, ()))


@rule("15 ter", N_("Aggression on a Security Council referral"))
def aggression_council_route(ctx: Context, day: dt.date) -> bool:
    """A Council referral reaches aggression by any state, party or not, once activated."""
    return aggression_activated(ctx, day)


ROLES = (N_("aggressor"), N_("victim"))


def aggressor(ctx: Context) -> str | None:
    q = ctx.query
    return q.aggressor or (q.nationality[0] if q.nationality else None)


def victim(ctx: Context) -> str | None:
    q = ctx.query
    return q.victim or (q.territory[0] if q.territory else None)


# -- Art. 13(b): the Security Council route ----------------------------------------------------------

@lru_cache(maxsize=1024)
def _symbol(text: str) -> tuple[str, str]:
    """('draft', 'S/2014/348') for a draft's symbol, ('resolution', '1593') for a resolution, else ('', '').

    A draft is read in every form it is written in ('S/2014/348', '2014/348', 'draft S/2014/348', 'S/2014/0348',
    'S/2014/348/Rev.1'), so that a vetoed draft is never taken for a resolution not on record, which the Council
    route would answer as a hypothetical referral (Art. 13(b); UN Charter Art. 27(3))."""
    t = re.sub(r"\s+", "", str(text)).upper()
    draft = re.fullmatch(r"(?:DRAFT(?:RESOLUTION)?)?(?:S/)?((?:19|20)\d{2})/0*(\d+)(?:/REV\.?\d+)?", t)
    if draft:
        return "draft", f"S/{draft.group(1)}/{int(draft.group(2))}"
    number = re.fullmatch(r"(?:S/RES/|RES-|RES\.?|RESOLUTION)?0*(\d{1,5})(?:\((?:19|20)\d{2}\))?", t)
    return ("resolution", str(int(number.group(1)))) if number else ("", "")


def council_symbol(text: str) -> tuple[str, str]:
    """How ``law`` reads a Security Council act a question names (Art. 13(b)): ``('resolution', '1593')``,
    ``('draft', 'S/2014/348')``, or ``('', '')`` when the text is neither (the query refuses it)."""
    return _symbol(text)


@dataclass(frozen=True, slots=True)
class CouncilAct:
    """What the record says of the Security Council act a question names (Art. 13(b), UN Charter Art. 27(3)).

    ``kind``: ``adopted`` (a referral adopted by the as-of date), ``vetoed`` (a draft referral vetoed by then),
    ``not_a_referral`` (an adopted act that refers nothing, e.g. an Art. 16 request), ``unknown`` (not in the
    record, or adopted only after the as-of date) or ``none`` (no resolution given).  The last two are what-ifs.
    """

    kind: str
    record: dict[str, Any] | None = None
    later: bool = False  # the record's act came after the as-of date
    notes: list[str] = field(default_factory=list)

    @property
    def hypothetical(self) -> bool:
        return self.kind in ("unknown", "none")

    @property
    def referral(self) -> dict[str, Any] | None:
        """The referral whose scope the Council route applies (an adopted one, or one adopted later)."""
        return self.record if self.kind == "adopted" or (self.later and self.kind == "unknown") else None


@rule("13(b)", N_("Only an adopted Security Council referral seizes the Court"),
      reading=N_("a draft vetoed by a permanent member (UN Charter Art. 27(3)) refers nothing; a resolution not on "
                 "record, or none named, is answered as a hypothetical referral"))
def council_act(ctx: Context, resolution: str | None) -> CouncilAct:
    """Classify the resolution a question names against the Council record as it stood on the as-of date."""
    if not resolution:
        return CouncilAct("none")
    kind, key = _symbol(resolution)
    unsc = ctx.unsc
    if kind == "resolution":
        for r in unsc.get("referrals") or []:
            if _symbol(str(r.get("resolution", "")))[1] == key:
                if _date(r.get("date")) and _date(r.get("date")) > ctx.as_of:  # type: ignore[operator]
                    return CouncilAct("unknown", r, later=True, notes=[
                        _("%(resolution)s was adopted only on %(day)s (later than the as-of date); the finding treats "
                          "it as hypothetical") % {"resolution": r.get("resolution"), "day": i18n.day(r.get("date"))}])
                return CouncilAct("adopted", r)
        for group in ("deferrals", "other_jurisdiction_clauses"):
            for r in unsc.get(group) or []:
                if _symbol(str(r.get("resolution", "")))[1] == key and not _later(ctx, r):
                    return CouncilAct("not_a_referral", r)
    if kind == "draft":
        for v in unsc.get("vetoed_referrals") or []:
            if _symbol(str(v.get("document", "")))[1] == key:
                if _later(ctx, v):
                    return CouncilAct("unknown", v, later=True, notes=[
                        _("draft %(document)s was put to the vote only on %(day)s (later than the as-of date)")
                        % {"document": v.get("document"), "day": i18n.day(v.get("date"))}])
                return CouncilAct("vetoed", v)
        for v in unsc.get("failed_deferral_requests") or []:
            if v.get("document") and _symbol(str(v["document"]))[1] == key and not _later(ctx, v):
                return CouncilAct("not_a_referral", v)
    return CouncilAct("unknown")


def _later(ctx: Context, record: dict[str, Any]) -> bool:
    day = _date(record.get("date"))
    return day is not None and day > ctx.as_of


def find_referral(ctx: Context, resolution: str | None) -> dict[str, Any] | None:
    """The adopted referral matching ``resolution`` ('1593', 'S/RES/1593 (2005)', 'res-1593'), if any."""
    return council_act(ctx, resolution).referral


@rule("13(b)", N_("The limits a referral sets itself: nationals of non-party contributing states"),
      reading=N_("Res. 1593 (2005) para. 6 and Res. 1970 (2011) para. 6 leave nationals, officials and personnel "
                 "of a contributing state outside the referred state and not a party, for acts arising from "
                 "operations the Council or the African Union established or authorised, to that state's exclusive "
                 "jurisdiction unless it waives it; the Court follows a referral's own scope"))
def referral_carve_out(ctx: Context, referral: dict[str, Any] | None, day: dt.date) -> list[str]:
    """The accused's nationalities that the referral's carve-out reserves (non-parties other than the referred state)."""
    if not referral or not referral.get("non_party_nationals_excluded"):
        return []
    referred = set(referral.get("territory") or [])
    return [s for s in ctx.query.nationality if s not in referred and not ctx.ledger.is_party(s, day)]


@rule("13(b)", N_("Security Council referral"), reading=N_(
      "the referral's own territorial and temporal scope binds the Court; a hypothetical referral is taken to cover "
      "the conduct asked about"))
def council_scope(ctx: Context, day: dt.date, referral: dict[str, Any] | None) -> Basis | None:
    """A Council referral reaches conduct in its situation and period, whatever the states' status."""
    if referral is None:  # a referral that does not exist yet: open in law for this conduct
        return COUNCIL_BASIS
    territory = referral.get("territory") or ()
    if territory and not any(t in territory for t in ctx.query.territory):
        return None
    start = _date(referral.get("conduct_from"))
    end = _date(referral.get("conduct_to"))
    if start and day < start or end and day > end:
        return None
    return COUNCIL_BASIS


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    found = _DATES.get(text)
    if found is None:  # the record's dates are text (facts.load.jsonable): each is parsed once per process
        found = dt.date.fromisoformat(text)
        if len(_DATES) < 4096:
            _DATES[text] = found
    return found


_DATES: dict[str, dt.date] = {}


# -- Art. 26 and Art. 16 ---------------------------------------------------------------------------------

@rule("26", N_("Exclusion of persons under eighteen"))
def old_enough(ctx: Context) -> bool:
    """The Court has no jurisdiction over a person who was under 18 at the time of the conduct."""
    return ctx.query.age is None or ctx.query.age >= AGE_OF_CRIMINAL_RESPONSIBILITY


def eighteenth_birthday(born: dt.date) -> dt.date:
    """The day a person born on ``born`` turns eighteen; one born on 29 February turns eighteen on 1 March of a
    common year (``calendar.one_year_after``'s reading of the leap day)."""
    return calendar.years_after(born, AGE_OF_CRIMINAL_RESPONSIBILITY)


@rule("26", N_("Exclusion of persons under eighteen, day by day"), reading=N_(
      "a person is eighteen from the eighteenth anniversary of birth, that day included; one born on 29 February is "
      "eighteen from 1 March of a common year, so that eighteen full years have run"))
def old_enough_on(ctx: Context, day: dt.date) -> bool:
    """With a date of birth given: was the accused eighteen on ``day``?  (Every route: Art. 26 is no precondition
    of Art. 12 but a limit on the Court's jurisdiction over persons.)"""
    born = ctx.query.born
    return born is None or day >= eighteenth_birthday(born)


@rule("16", N_("Deferral by the Security Council"), reading=N_(
      "a request suspends investigations and prosecutions for its twelve months; it does not remove jurisdiction, so "
      "the outcome stands and the finding shows the request beside it"))
def deferrals_in_force(ctx: Context, day: dt.date) -> list[dict[str, Any]]:
    """Council requests under Art. 16 in force on ``day`` and adopted by the as-of date, with any what-if ones."""
    out = []
    rows = _dated(ctx.unsc.get("deferrals") or [], ("period_from", "period_to", "date"))
    if ctx.query.assumed_deferrals:
        rows = rows + _dated([d.record() for d in ctx.query.assumed_deferrals], ("period_from", "period_to", "date"),
                             keep=False)
    for d, (start, end, adopted) in rows:
        if d.get("confidence") != "hypothetical" and adopted is not None and adopted > ctx.as_of:
            continue  # adopted later than the as-of date: not yet in the record
        if start and start <= day and (end is None or day < end):
            out.append(d)
    return out


def council_record(ctx: Context) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The vetoed draft referrals and the adopted referrals on record by the as-of date (later facts left out)."""
    unsc = ctx.unsc
    vetoed = [v for v, (day,) in _dated(unsc.get("vetoed_referrals") or [], ("date",))
              if day is None or day <= ctx.as_of]
    adopted = [r for r, (day,) in _dated(unsc.get("referrals") or [], ("date",)) if day is None or day <= ctx.as_of]
    return vetoed, adopted


#: id of a record list -> (the list, its records each with the dates of the keys asked for, parsed)
_DATED: dict[tuple[int, tuple[str, ...]], tuple[Any, list[tuple[dict[str, Any], tuple[dt.date | None, ...]]]]] = {}


def _dated(records: list[dict[str, Any]], keys: tuple[str, ...], *,
           keep: bool = True) -> list[tuple[dict[str, Any], tuple[dt.date | None, ...]]]:
    """``records`` with the days under ``keys`` parsed: once per list of the Council record (``keep``: a list read
    once per process), every time for a list made for one question."""
    if not records:
        return []
    key = (id(records), keys)
    held = _DATED.get(key) if keep else None
    if held is not None and held[0] is records:
        return held[1]
    rows = [(r, tuple(_date(r.get(k)) for k in keys)) for r in records]
    if keep and len(_DATED) < 64:
        _DATED[key] = (records, rows)
    return rows


def deferral_reaches(ctx: Context, deferral: dict[str, Any], day: dt.date) -> bool | None:
    """Whether a request covers the accused: True, False, or None where the facts given cannot say."""
    if deferral.get("applies_to_nationals_of") != "non_parties_contributing":
        return True  # a request naming a situation or everyone: it covers the case
    non_party = [s for s in ctx.query.nationality if not ctx.ledger.is_party(s, day)]
    if not ctx.query.nationality:
        return None
    if not non_party:
        return False
    return True if ctx.query.authorised_operation else None


# -- Art. 15 bis(6)-(8): the aggression filter ----------------------------------------------------------

@rule("15 bis(6)", N_("Aggression: the Council's determination or the Pre-Trial Division's authorisation"),
      reading=N_("a condition of the state-referral and proprio-motu routes only; it governs whether an "
                 "investigation may proceed, not whether the conduct is within jurisdiction"))
def aggression_filter(ctx: Context) -> str:
    """What Art. 15 bis(6)-(8) requires before an investigation of aggression on those routes."""
    return _("the Prosecutor first ascertains whether the Security Council has determined an act of aggression "
             "(Art. 15 bis(6)); with a determination she or he may proceed (15 bis(7)); without one six months "
             "after notifying the Secretary-General, only if the Pre-Trial Division authorises it and the Council "
             "has not deferred it under Art. 16 (15 bis(8))")


# -- Arts. 13(a) and 14: who may refer -----------------------------------------------------------------

@rule("14(1)", N_("Referral of a situation by a State Party"))
def may_refer(ctx: Context, iso3: str, day: dt.date) -> bool:
    """Only a State Party may refer a situation to the Prosecutor."""
    return ctx.ledger.is_party(iso3, day)
