"""``obligation``: must this state arrest and surrender this person on this day?  With the trace.

The person is found among the public warrants (``warrants.yaml``) by a
forgiving match on name and aliases; every arrest warrant for that person is
checked (Art. 58(4)), then the sources of a duty in the order of
``law.part09_cooperation``.  Non-compliance findings under Art. 87(7)
(``noncompliance.yaml``) are shown as facts: they record what the Court found,
and the rules never read them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from romestatute import engine, i18n
from romestatute.facts import docket
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.law import articles, calendar, scope
from romestatute.law import part09_cooperation as law
from romestatute.law.registry import article_id
from romestatute.ledger import Ledger
from romestatute.model.errors import BadValue, NotFound, quoted
from romestatute.queries.trace import crime_words, fact, status_words

SCHEMA = "romestatute.obligation/1"
PARTICLES = {"al", "el", "al-", "abu", "bin", "ibn"}
#: How each basis of a duty (the answer's ``bases``) is named, in the active language: in full (the explorer's
#: duty-to-arrest page) and in short (the command line's lines and tables; its English shows the codes).
BASIS_LABEL = i18n.Translated({"party": N_("State Party (Arts. 86, 89(1))"),
                               "declaration_12_3": N_("Accepted jurisdiction by a declaration (Art. 12(3))"),
                               "unsc_resolution": N_("Bound by a Security Council resolution (Art. 13(b))"),
                               "former_party": N_("Former party, proceedings begun before its withdrawal (Art. 127(2))")})
BASIS_WORD = i18n.Translated({"party": N_("State Party"), "declaration_12_3": N_("Art. 12(3) declaration"),
                              "unsc_resolution": N_("bound by a Security Council resolution"),
                              "former_party": N_("former party (Art. 127(2))")})


# -- finding the person --------------------------------------------------------------------------

def _tokens(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.split(r"[^a-z0-9]+", plain)
    return [w for w in words if w and w not in PARTICLES]


def _people() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for w in (docket.load("warrants.yaml") or {}).get("warrants") or []:
        out.setdefault(w["person"], []).append(w)
    return out


def find_person(name: str) -> tuple[str, list[dict[str, Any]]]:
    """The person whose name or an alias contains every word given (case, accents, hyphens and 'al' ignored)."""
    if not (name or "").strip():
        raise BadValue(N_("person: give a name, e.g. Putin or al-Bashir"), field="person", params={})
    return _find_person(name, str(docket.data_dir()))


@lru_cache(maxsize=1024)
def _find_person(name: str, folder: str) -> tuple[str, list[dict[str, Any]]]:
    # once per name and data folder: matching tokenises every name and alias of every warrant (a diff or
    # a map asks the same person hundreds of times)
    given = _tokens(name)
    if not given:  # only punctuation, or letters that have no Latin form: no warrant's name has them
        raise NotFound(N_("person: no public warrant names %(name)s"), field="person", see="warrants",
                       params={"name": quoted(name)})
    people = _people()
    exact, partial = [], []
    for person, ws in people.items():
        names = [person] + [a for w in ws for a in w.get("aliases") or []]
        token_sets = [_tokens(n) for n in names]
        if any(t == given for t in token_sets):
            exact.append(person)
        elif any(set(given) <= set(t) for t in token_sets):
            partial.append(person)
    found = exact + partial
    if len(found) > 1 and len(exact) == 1 and len(given) > 1:  # a full name given exactly wins over partial hits
        found = exact
    if len(found) == 1:
        return found[0], people[found[0]]
    if len(found) > 1:
        raise BadValue(N_("person: %(value)s matches several people: %(people)s"), field="person",
                       params={"value": quoted(name), "people": "; ".join(sorted(found))})
    flat = {" ".join(_tokens(n)): p for p, ws in people.items() for n in [p] + [a for w in ws for a in w.get("aliases") or []]}
    close = difflib.get_close_matches(" ".join(given), list(flat), n=3, cutoff=0.6) if given else []
    if close:
        raise NotFound(N_("person: no public warrant names %(name)s; did you mean %(close)s?"), field="person",
                       params={"name": quoted(name), "close": ", ".join(dict.fromkeys(flat[c] for c in close))})
    raise NotFound(N_("person: no public warrant names %(name)s"), field="person", see="warrants",
                   params={"name": quoted(name)})


#: A finding on a state's failure to cooperate, as a sentence names it (the code with spaces in English).
FINDING_WORDS = {"non_compliance": N_("non compliance"), "no_finding": N_("no finding"),
                 "no_referral": N_("no referral"), "referral_deferred": N_("referral deferred"),
                 "informed_of_visit": N_("informed of visit")}


# -- the finding ---------------------------------------------------------------------------------

class _Trace:
    def __init__(self) -> None:
        self.reasons: list[dict[str, Any]] = []

    def add(self, article: str, holds: bool | None, explanation: str, facts: list[dict[str, Any]] | None = None,
            reading: str | None = None) -> None:
        self.reasons.append({"article": article, "article_id": article_id(article), "title": articles.title(article),
                             "holds": holds, "explanation": explanation, "facts": facts or [],
                             **({"reading": _(reading)} if reading else {})})


def _source(entry: dict[str, Any]) -> dict[str, Any]:
    return {"url": entry.get("source"), "document": entry.get("document"), "confidence": entry.get("confidence")}


def _situations() -> dict[str, dict[str, Any]]:
    return {s["id"]: s for s in (docket.load("situations.yaml") or {}).get("situations") or []}


def _state_facts(ledger: Ledger, iso3: str, day: dt.date) -> list[dict[str, Any]]:
    keep = {"ratification", "accession", "acceptance", "approval", "entry_into_force", "withdrawal_notification",
            "withdrawal_effective", "withdrawal_revoked", "signature_withdrawn", "declaration_12_3"}
    return [fact(e) for e in ledger.state(iso3).events if e.event in keep and e.date <= day]


def _duty(ask: law.Ask, trace: _Trace) -> str | None:
    """Record why the state must (or need not) arrest under this warrant; return the basis or None."""
    led = ask.ledger
    english = led.state(ask.state).name
    sfacts = _state_facts(led, ask.state, ask.day)
    words = {"the_state": i18n.state_name(ask.state, english, "le"), "of_state": i18n.state_name(ask.state, english, "de"),
             "day": i18n.day(ask.day), "status": status_words(led.status_on(ask.state, ask.day))}

    def said(singular: str, plural: str, params: dict[str, Any]) -> str:
        """A sentence with the state as its subject (the verb agrees in number in French), capitalised."""
        return i18n.sentence(i18n.by_number(ask.state, english, singular, plural) % params)

    if law.party_must_arrest(ask):
        pending = led.state(ask.state).pending_withdrawal(ask.day)
        extra = (" " + _("Its withdrawal, notified on %(notified)s, takes effect only on %(effective)s; until then "
                         "it remains a party (Art. 127(1)).") % {"notified": i18n.day(pending.notified),
                                                                  "effective": i18n.day(pending.effective)}
                 if pending else "")
        trace.add("86", True, said(N_("%(the_state)s is a State Party on %(day)s: it must cooperate fully with the Court."),
                                   N_("%(the_state)s are a State Party on %(day)s: they must cooperate fully with the "
                                      "Court."), words) + extra, sfacts,
                  reading=calendar.leap_day_reading(pending.notified) if pending else None)
        trace.add("89(1)", True, said(N_("As a State Party, %(the_state)s must arrest the person if found on its "
                                         "territory and surrender him or her to the Court on request."),
                                      N_("As a State Party, %(the_state)s must arrest the person if found on their "
                                         "territory and surrender him or her to the Court on request."), words))
        return "party"
    trace.add("86", False, said(N_("%(the_state)s is not a State Party on %(day)s (its status then: %(status)s)."),
                                N_("%(the_state)s are not a State Party on %(day)s (their status then: %(status)s)."),
                                words), sfacts)
    decl = law.declaration_duty(ask)
    if decl is not None:
        trace.add("12(3)", True, i18n.sentence(_("%(the_state)s accepted the Court's jurisdiction by a declaration "
                                                 "lodged on %(lodged)s; a declaring state cooperates under Part 9 for "
                                                 "the situation it concerns.")
                                               % {**words, "lodged": i18n.day(decl.effective)}),
                  [f for f in sfacts if f["event"] == "declaration_12_3"],
                  reading=law.declaration_duty.reading)  # type: ignore[attr-defined]
        return "declaration_12_3"
    ref = law.council_duty(ask)
    if ref is not None:
        ref = i18n.localise(ref)  # its `cooperation` in the active language (the fr block of unsc.yaml)
        trace.add("13(b)", True, _("%(resolution)s referred the situation and obliges %(the_state)s to cooperate fully "
                                   "with the Court: %(text)s")
                  % {**words, "resolution": ref.get("resolution"), "text": ref.get("cooperation", "").strip()},
                  [{"fact": ref.get("cooperation", ""), "date": ref.get("date"), "source": _source(ref)}],
                  reading=law.council_duty.reading)  # type: ignore[attr-defined]
        return "unsc_resolution"
    withdrawal, began = law.former_party_duty(ask)
    if withdrawal is not None and began is not None:
        trace.add("127(2)", True, i18n.sentence(_("%(of_state)s left the Statute with effect from %(effective)s, but "
                                                  "the investigation behind this warrant began on %(began)s, before "
                                                  "that day: its duty to cooperate in it continues.")
                                                % {**words, "effective": i18n.day(withdrawal.effective),
                                                   "began": i18n.day(began)}), sfacts,
                  reading=_(law.former_party_duty.reading)  # type: ignore[attr-defined]
                  + (_("; Art. 127(1): %(reading)s") % {"reading": _(calendar.LEAP_DAY_READING)}
                     if calendar.leap_day_reading(withdrawal.notified) else ""))
        return "former_party"
    if law.ever_party(led, ask.state, ask.day):
        trace.add("127(2)", False, i18n.sentence(_("%(of_state)s is a former party, but the investigation behind this "
                                                   "warrant began on %(began)s, not before its withdrawal took effect: "
                                                   "no duty survives for it. (The Court may still have jurisdiction "
                                                   "over crimes committed while it was a party; that is a separate "
                                                   "question.)")
                                                 % {**words, "began": i18n.day(began) if began else _("an unknown date")}),
                  sfacts,
                  reading=law.former_party_duty.reading)  # type: ignore[attr-defined]
    else:
        trace.add("86", False, i18n.sentence(_("%(the_state)s is not bound by the Statute, lodged no declaration for "
                                               "this situation and no Security Council resolution obliges it: it has "
                                               "no treaty duty to arrest (a treaty binds only its parties; Security "
                                               "Council referrals bind only the states they name).") % words),
                  reading=law.not_bound.reading)  # type: ignore[attr-defined]
    return None


def _findings(warrant_ids: set[str], state: str | None, day: dt.date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    doc = docket.load("noncompliance.yaml") or {}

    def keep(e: dict[str, Any], key: str) -> bool:
        return e.get("person_warrant") in warrant_ids and (state is None or e.get("state") == state)

    def mark(e: dict[str, Any], key: str) -> dict[str, Any]:
        """A record dated after the day asked about is kept, marked ``later`` (no face shows it as known then); its
        note or summary in the active language (the entry's ``fr`` block, never shown itself)."""
        when = e.get(key)
        when = when if isinstance(when, dt.date) or when is None else dt.date.fromisoformat(str(when))
        return {**i18n.localise(e), "later": when is not None and when > day}

    visits = [mark(v, "date") for v in doc.get("visits") or [] if keep(v, "date")]
    findings = [mark(f, "decision_date") for f in doc.get("findings") or [] if keep(f, "decision_date")]
    return visits, findings


def obligation(person: str, state: str, on: str | dt.date | None = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """Whether ``state`` must arrest and surrender ``person`` on ``on`` (default today), with the trace."""
    day = engine.as_of(on, field="on")
    iso3 = engine.resolve_state(state, field="state")
    led = ledger or engine.ledger()
    who, warrants = find_person(person)
    sits = _situations()
    unsc = docket.load("unsc.yaml") or {}
    trace = _Trace()
    used: list[dict[str, Any]] = []
    obliged, bases = False, []
    asked: set[Any] = set()
    for w in warrants:
        ask = law.Ask(led, iso3, day, w, sits.get(w.get("situation", "")), unsc)
        ok, why = law.warrant_in_force(ask)
        trace.add("58(4)", ok, _("Warrant %(id)s (%(crimes)s; situation %(situation)s): %(why)s.")
                  % {"id": w["id"], "crimes": ", ".join(w.get("crimes") or []) if i18n.language() == i18n.DEFAULT
                     else ", ".join(crime_words(c) for c in w.get("crimes") or []),  # English keeps the codes
                     "situation": w.get("situation"), "why": why},
                  [{"fact": _("%(kind)s for %(person)s") % {"kind": _(w.get("kind", "").replace("_", " ")),
                                                            "person": who},
                    "date": w.get("issued"), "source": _source(w)}],
                  reading=law.warrant_in_force.reading if not ok and w.get("kind") != "arrest_warrant" else None)  # type: ignore[attr-defined]
        if not ok:
            continue
        used.append({k: w.get(k) for k in ("id", "situation", "kind", "crimes", "issued", "status", "document", "source")})
        if w.get("situation") in asked:  # a second warrant in the same situation: the same duty
            continue
        asked.add(w.get("situation"))
        basis = _duty(ask, trace)
        if basis:
            obliged = True
            bases.append(basis)
    if used:
        nat = warrants[0].get("nationality")
        # the role in the active language (a warrant's fr block); a French sentence without one names the
        # nationality alone
        role = str(i18n.localise(warrants[0]).get("role") or "")
        trace.add("27(2)", True if obliged else None, (_(
            "%(person)s (%(role)s, national of %(nationality)s): official capacity does not exempt anyone from the "
            "Statute, and immunities attached to it do not bar the Court.") if i18n.language() == i18n.DEFAULT
            or role != warrants[0].get("role") else _(
            "%(person)s (national of %(nationality)s): official capacity does not exempt anyone from the Statute, and "
            "immunities attached to it do not bar the Court."))
            % {"person": who, "role": role,
               # "national of the Russian Federation"; French writes « nationalité : Fédération de Russie »
               "nationality": i18n.state_name(nat, led.state(nat).name,
                                              "le" if i18n.language() == i18n.DEFAULT else "name")
               if nat in led.states else nat}, reading=law.JORDAN_APPEAL)
        trace.add("98(1)", True if obliged else None, _(
            "No immunity owed to the person's state relieves an obliged state of the request to arrest: before an "
            "international court there is no head-of-state immunity to respect."), reading=law.JORDAN_APPEAL)
    else:
        trace.add("58(4)", False, _("No warrant of arrest for %(person)s is in force on %(day)s: no state has a duty "
                                    "to arrest him or her then.") % {"person": who, "day": i18n.day(day)})
    ids = {w["id"] for w in warrants}
    visits, findings = _findings(ids, iso3, day)
    kinds = {((sits.get(w.get("situation", "")) or {}).get("trigger") or {}).get("kind") for w in warrants}
    forum = scope.noncompliance_forum("unsc_referral" if "unsc_referral" in kinds else None)
    for f in findings:
        words = {"after": i18n.day(day), "forum": _(forum), "summary": f.get("summary", ""),
                 "decision": i18n.day(f["decision_date"]) if f.get("decision_date") else _("date not recorded"),
                 "finding": _(FINDING_WORDS.get(f.get("finding", ""), f.get("finding", "").replace("_", " ")))}
        # the record's summary, in the active language (its fr block)
        text = (_("Later (after %(after)s): %(decision)s, %(finding)s - %(summary)s (Art. 87(7): the Court may refer such "
                  "a finding to %(forum)s.)") if f["later"] else
                _("On record: %(decision)s, %(finding)s - %(summary)s (Art. 87(7): the Court may refer such a finding "
                  "to %(forum)s.)"))
        trace.add("87(7)", None, text % words,
                  [{"fact": f.get("summary", ""), "date": f.get("decision_date"), "source": _source(f)}])
    caveats = [_("The duty arises on the Court's request; the Registry sends requests for public warrants to the "
                 "States Parties and to the states otherwise bound. Sealed warrants are requested case by case.")]
    caveats += [_("Warrant %(id)s has status '%(status)s' but no date for it is recorded; the finding treats it as "
                  "in force.") % {"id": w["id"], "status": _(w["status"].replace("_", " "))} for w in warrants
                if w.get("status") in law.ENDED and not w.get("status_date") and w.get("kind") == "arrest_warrant"]
    caveats += engine.horizon_caveats(day)
    return {
        "schema": SCHEMA,
        "person": who,
        "state": iso3,
        "state_name": led.state(iso3).name,
        "on": day.isoformat(),
        "obliged": obliged,
        "bases": sorted(set(bases)),
        "warrants": used,
        "reasons": trace.reasons,
        "visits": visits,
        "findings": findings,
        "caveats": caveats,
    }


def obligation_map(person: str, on: str | dt.date | None = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """Every state obliged to arrest and surrender ``person`` on ``on``, with the basis of each duty."""
    day = engine.as_of(on, field="on")
    led = ledger or engine.ledger()
    who, _ = find_person(person)
    states = []
    for iso3 in sorted(led.states):
        f = obligation(who, iso3, day, ledger=led)
        if f["obliged"]:
            states.append({"state": iso3, "name": f["state_name"], "bases": f["bases"]})
    return {"schema": "romestatute.obligation_map/1", "person": who, "on": day.isoformat(),
            "count": len(states), "states": states}
