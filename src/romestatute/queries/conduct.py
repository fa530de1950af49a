"""The conduct model: what a jurisdiction question is made of, parsed and checked once.

Every face (CLI flags, HTTP query parameters, a JSON body, the Python API)
builds the same mapping and calls ``parse_query``; errors name the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from romestatute import engine
from romestatute.facts.records import Declaration, TreatyAction
from romestatute.law.calendar import one_year_after
from romestatute.law.part02_jurisdiction import council_symbol
from romestatute.law.question import AssumedDeferral, Element, JurisdictionQuery
from romestatute.ledger import hypothetical
from romestatute.model.dates import ONE_DAY, Interval, parse_date
from romestatute.model.errors import N_, BadValue, quoted
from romestatute.model.vocab import CORE_CRIMES, Trigger
from romestatute.names import Names

__all__ = ["JurisdictionQuery", "parse_query", "parse_assume", "crime_keys"]

#: Limits on a query's size, documented in the README (hardening: no unbounded input).
MAX_LIST = 50
MAX_TEXT = 200

ASSUME_EVENTS = {
    "declaration_12_3": "declaration_12_3",
    "12_3": "declaration_12_3",
    "12(3)": "declaration_12_3",
    "ratification": "ratification",
    "accession": "accession",
    "acceptance": "acceptance",
    "signature": "signature",
    "signature_withdrawn": "signature_withdrawn",
    "withdrawal_notification": "withdrawal_notification",
    "withdrawal": "withdrawal_notification",
    "withdrawal_revoked": "withdrawal_revoked",
}
ASSUME_FORM = "STATE:EVENT:DATE[..DATE], e.g. SYR:declaration_12_3:2011-03-15"


def _as_list(value: Any, name: str) -> list[str]:
    """The values of a repeatable field (a list, or text separated by commas), or of a one-state field.

    A blank value is refused, not dropped: ``--nationality "$NAT"`` or ``--referred-by "$STATE"`` with the variable
    unset would otherwise be answered as a question without it (the HTTP API answers 422 for the same).
    """
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise BadValue(N_("%(field)s: expected text, got %(type)s"), field=name,
                           params={"field": name, "type": type(item).__name__})
        pieces = [item] if name == "assume" else item.split(",")
        if any(not p.strip() for p in pieces):
            raise BadValue(N_("%(field)s: blank; give a value"), field=name, params={"field": name})
        out += [p.strip() for p in pieces]
    if len(out) > MAX_LIST:
        raise BadValue(N_("%(field)s: at most %(count)s values"), field=name, params={"field": name, "count": MAX_LIST})
    for item in out:
        if len(item) > MAX_TEXT:
            raise BadValue(N_("%(field)s: a value is longer than %(count)s characters"), field=name,
                           params={"field": name, "count": MAX_TEXT})
    return out


_CRIME_KEYS: list[Any] = [None, frozenset()]  # (the amendments read, the keys built from them)


def crime_keys() -> frozenset[str]:
    """Art. 5's crimes plus those added by amendments, rebuilt only when the facts in use change."""
    amendments = engine.ledger().facts.amendments
    if _CRIME_KEYS[0] is not amendments:
        keys = set(CORE_CRIMES)
        for a in amendments.values():
            keys.update(a.crimes)
        _CRIME_KEYS[:] = [amendments, frozenset(keys)]
    return _CRIME_KEYS[1]


def crime_list() -> list[str]:
    """Every crime key in a reader's order: Art. 5's four, then the amendments' war crimes by name."""
    return [*CORE_CRIMES, *sorted(k for k in crime_keys() if k not in CORE_CRIMES)]


def _crimes(values: list[str]) -> tuple[str, ...]:
    out = []
    for v in values:
        key = v.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in CORE_CRIMES and key not in crime_keys():  # Art. 5's four need no look-up of the amendments
            known = crime_keys()
            close = sorted(k for k in known if k.split(":")[-1].startswith(key.split(":")[-1][:4]))
            params = {"crime": quoted(v), "close": ", ".join(close), "known": ", ".join(crime_list())}
            raise BadValue(N_("crimes: unknown crime %(crime)s; did you mean %(close)s? Known crimes: %(known)s") if close
                           else N_("crimes: unknown crime %(crime)s Known crimes: %(known)s"), field="crimes", params=params)
        if key not in out:
            out.append(key)
    return tuple(out)


def _states(values: list[str], name: str, names: Names) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        iso3 = names.resolve(v, field=name)
        if iso3 not in out:
            out.append(iso3)
    return tuple(out)


def _one_state(value: Any, name: str, names: Names) -> str | None:
    if value is None:
        return None
    values = _as_list(value, name)
    if len(values) > 1:
        raise BadValue(N_("%(field)s: give one state"), field=name, params={"field": name})
    return names.resolve(values[0], field=name) if values else None


def parse_assume(text: str, as_of: dt.date) -> TreatyAction | Declaration:
    """One what-if event, ``STATE:EVENT:DATE[..DATE]``, as a hypothetical record."""
    parts = text.split(":")
    if len(parts) != 3:
        raise BadValue(N_("assume: %(value)s is not of the form %(form)s"), field="assume",
                       params={"value": quoted(text), "form": ASSUME_FORM})
    state_text, event_text, dates = (p.strip() for p in parts)
    state = engine.resolve_state(state_text, field="assume")
    event = ASSUME_EVENTS.get(event_text.lower())
    if event is None:
        raise BadValue(N_("assume: unknown event %(value)s; one of %(events)s"), field="assume",
                       params={"value": quoted(event_text), "events": ", ".join(sorted(set(ASSUME_EVENTS.values())))})
    start_text, _, end_text = dates.partition("..")
    start = parse_date(start_text, field="assume")
    end = parse_date(end_text, field="assume") if end_text else None
    if end is not None and end < start:
        raise BadValue(N_("assume: %(value)s ends before it starts"), field="assume", params={"value": quoted(text)})
    if event == "declaration_12_3":
        lodged = max(as_of, start) if start > as_of else as_of
        rec: TreatyAction | Declaration = Declaration(
            state, "12_3", lodged, source=None,  # type: ignore[arg-type]
            lodged=lodged, covers=Interval(start, None if end is None else end + ONE_DAY),
            note="hypothetical declaration given with the query")
    elif event == "withdrawal_notification":  # DATE..DATE: the notice, then the later day it names (Art. 127(1))
        if end is not None and end <= start:
            raise BadValue(N_("assume: %(value)s: the day a withdrawal names must follow its notice"), field="assume",
                           params={"value": quoted(text)})
        rec = TreatyAction(state, event, start, source=None, named_effective=end)  # type: ignore[arg-type]
    else:
        if end is not None:
            raise BadValue(N_("assume: %(event)s takes one date, not a period"), field="assume",
                           params={"event": event})
        rec = TreatyAction(state, event, start, source=None)  # type: ignore[arg-type]
    return hypothetical(rec)


_TRIGGERS = {t.value: t for t in Trigger}

#: Acts a user may place on another territory (``--element ACT:STATE``) and the crimes they belong to, in the
#: order tried: deportation is a crime against humanity (Art. 7(1)(d)) and a war crime (Art. 8(2)(a)(vii)).
ELEMENT_ACTS: dict[str, tuple[str, ...]] = {
    "deportation": ("crimes_against_humanity", "war_crimes"),
    "persecution": ("crimes_against_humanity",),
    "other_inhumane_acts": ("crimes_against_humanity",),
}
DEFERRAL_FORM = "UNSC:deferral:DATE[..DATE]"
_TRUE = {"1", "true", "yes", "on", "y"}
_FALSE = {"0", "false", "no", "off", "n", ""}


def _flag(value: Any, name: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadValue(N_("%(field)s: %(value)s is not yes or no"), field=name, params={"field": name, "value": quoted(value)})


def _elements(values: list[str], crimes: tuple[str, ...], names: Names) -> tuple[Element, ...]:
    """``ACT:STATE`` pairs: an element of a crime asked about took place on STATE's territory."""
    out: list[Element] = []
    for text in values:
        act_text, sep, state_text = text.partition(":")
        if not sep or not act_text.strip() or not state_text.strip():
            raise BadValue(N_("elements: %(value)s is not of the form ACT:STATE, e.g. deportation:BGD"), field="elements",
                           params={"value": quoted(text)})
        act = act_text.strip().lower().replace("-", "_").replace(" ", "_")
        belongs = ELEMENT_ACTS.get(act, (act,) if act in crime_keys() else ())
        if not belongs:
            raise BadValue(N_("elements: unknown act %(act)s; one of %(acts)s or a crime"), field="elements",
                           params={"act": quoted(act_text.strip()), "acts": ", ".join(sorted(ELEMENT_ACTS))})
        crime = next((c for c in belongs if c in crimes), None)
        if crime is None:
            if len(belongs) == 1:
                raise BadValue(N_("elements: %(act)s belongs to %(crime)s, which the question does not name among its "
                                  "crimes"), field="elements", params={"act": act, "crime": belongs[0]})
            raise BadValue(N_("elements: %(act)s belongs to %(crime)s or %(other)s, which the question does not name "
                              "among its crimes"), field="elements",
                           params={"act": act, "crime": belongs[0], "other": belongs[1]})
        element = Element(act, crime, names.resolve(state_text.strip(), field="elements"))
        if element not in out:
            out.append(element)
    return tuple(out)


def _deferral(text: str) -> AssumedDeferral | None:
    """A what-if Art. 16 request, ``UNSC:deferral:FROM[..TO]`` (TO the last day; default twelve months)."""
    parts = [p.strip() for p in text.split(":")]
    if len(parts) != 3 or parts[1].lower() != "deferral":
        return None
    if parts[0].upper() not in ("UNSC", "UN", "SC"):
        raise BadValue(N_("assume: a deferral is the Security Council's act; write %(form)s"), field="assume",
                       params={"form": DEFERRAL_FORM})
    start_text, _, end_text = parts[2].partition("..")
    start = parse_date(start_text, field="assume")
    year_on = one_year_after(start)
    end = parse_date(end_text, field="assume") + ONE_DAY if end_text else year_on
    if end <= start:
        raise BadValue(N_("assume: %(value)s ends before it starts"), field="assume", params={"value": quoted(text)})
    if end > year_on:
        raise BadValue(N_("assume: %(value)s: an Art. 16 request lasts at most twelve months (renew it with another)"),
                       field="assume", params={"value": quoted(text)})
    return AssumedDeferral(start, end, text)




_KNOWN_KEYS = frozenset({"crimes", "crime", "territory", "vessel_flag", "nationality", "from", "to", "age", "born", "trigger",
                         "referred_by", "resolution", "trigger_date", "aggressor", "victim", "assume", "as_of",
                         "authorised_operation", "elements", "element"})
_RESOLUTION = re.compile(r"[\w\s./()-]+")


def _whole_number(age: Any) -> int:
    """Art. 26 asks the age in whole years: 17.9 is refused, not rounded down to 17; True is not an age."""
    if isinstance(age, bool):
        raise BadValue(N_("age: %(value)s is not a whole number"), field="age", params={"value": quoted(age)})
    if isinstance(age, float) and age.is_integer():
        return int(age)
    if isinstance(age, int):
        return age
    try:
        return int(str(age).strip())
    except (TypeError, ValueError):
        raise BadValue(N_("age: %(value)s is not a whole number"), field="age", params={"value": quoted(age)}) from None


def parse_query(raw: Mapping[str, Any]) -> JurisdictionQuery:
    """Check and normalise a jurisdiction question given as a mapping (CLI, HTTP or Python)."""
    if not _KNOWN_KEYS.issuperset(raw):
        unknown = sorted(set(raw) - _KNOWN_KEYS)
        raise BadValue(N_("%(field)s: unknown field"), field=unknown[0], params={"field": unknown[0]})
    as_of = parse_date(raw["as_of"], field="as_of") if raw.get("as_of") else dt.date.today()
    crimes = _crimes(_as_list(raw.get("crimes", raw.get("crime")), "crimes"))
    if not crimes:
        raise BadValue(N_("crimes: name at least one crime (genocide, crimes_against_humanity, war_crimes, aggression)"), params={},
                       field="crimes")
    names = engine.names()  # one resolver for every state the question names
    territory = _states(_as_list(raw.get("territory"), "territory"), "territory", names)
    vessel = _states(_as_list(raw.get("vessel_flag"), "vessel_flag"), "vessel_flag", names)
    nationality = _states(_as_list(raw.get("nationality"), "nationality"), "nationality", names)
    if not (territory or vessel or nationality):
        raise BadValue(N_("territory: give a territory, a vessel flag or a nationality"), field="territory", params={})
    if not raw.get("from"):
        raise BadValue(N_("from: give the first day of the conduct (YYYY-MM-DD)"), field="from", params={})
    start = parse_date(raw["from"], field="from")
    end = parse_date(raw["to"], field="to") if raw.get("to") else start
    if end < start:
        raise BadValue(N_("to: %(end)s is before from %(start)s"), field="to", params={"end": end, "start": start})
    age = raw.get("age")
    if age is not None and age != "":
        age = _whole_number(age)
        if not 0 <= age <= 130:
            raise BadValue(N_("age: give an age between 0 and 130"), field="age", params={})
    else:
        age = None
    born = parse_date(raw["born"], field="born") if raw.get("born") else None
    if born is not None and age is not None:
        raise BadValue(N_("born: give the date of birth or the age, not both"), field="born", params={})
    if born is not None and born > start:
        raise BadValue(N_("born: %(born)s is after the first day of the conduct (%(start)s)"), field="born",
                       params={"born": born, "start": start})
    trigger = None
    if raw.get("trigger"):
        trigger = _TRIGGERS.get(str(raw["trigger"]).strip().lower())
        if trigger is None:
            raise BadValue(N_("trigger: %(value)s is not one of %(choices)s"), field="trigger",
                           params={"value": quoted(raw["trigger"]), "choices": ", ".join(_TRIGGERS)})
    resolution = str(raw["resolution"]).strip() if raw.get("resolution") is not None else None
    if resolution == "":  # blank text is refused, as the HTTP API refuses it, not read as "no resolution named"
        raise BadValue(N_("%(field)s: blank; give a value"), field="resolution", params={"field": "resolution"})
    if resolution and (len(resolution) > MAX_TEXT or not _RESOLUTION.fullmatch(resolution)
                       or not council_symbol(resolution)[0]):
        # Art. 13(b): a text that is neither a resolution nor a draft's symbol would be answered as a hypothetical
        # referral, and a vetoed draft written another way would count as one; the value is refused, not guessed
        raise BadValue(N_("resolution: %(given)s is neither a resolution (1593, S/RES/1593 (2005)) nor a draft's "
                          "symbol (S/2014/348)"), field="resolution", params={"given": quoted(resolution)})
    assume_text = tuple(_as_list(raw.get("assume"), "assume"))
    deferrals = tuple(d for d in (_deferral(a) for a in assume_text) if d is not None)
    deferral_texts = {d.text for d in deferrals}
    elements = _elements(_as_list(raw.get("elements", raw.get("element")), "elements"), crimes, names)
    return JurisdictionQuery.checked(
        crimes=crimes, territory=territory, vessel_flag=vessel, nationality=nationality,
        period=Interval(start, end + ONE_DAY), as_of=as_of, age=age, born=born, trigger=trigger,
        referred_by=_one_state(raw.get("referred_by"), "referred_by", names), resolution=resolution,
        trigger_date=parse_date(raw["trigger_date"], field="trigger_date") if raw.get("trigger_date") else None,
        aggressor=_one_state(raw.get("aggressor"), "aggressor", names),
        victim=_one_state(raw.get("victim"), "victim", names),
        assume=tuple(parse_assume(a, as_of) for a in assume_text if a not in deferral_texts), assume_text=assume_text,
        authorised_operation=_flag(raw.get("authorised_operation"), "authorised_operation"),
        elements=elements, assumed_deferrals=deferrals,
    )

