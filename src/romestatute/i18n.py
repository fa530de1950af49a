"""Languages: English and French, the Court's two working languages.

Messages are gettext catalogues managed with Babel (``babel.cfg`` extracts them from the Python code
and the Jinja2 templates; ``src/romestatute/locale/<lang>/LC_MESSAGES/messages.po`` is kept in the
repository). The ``.po`` file is compiled to a ``.mo`` in memory the first time a language is used, so a
fresh clone, an editable install and a wheel all work without a build step.

The active language is a context variable: the CLI sets it from ``--lang`` or the locale, the web app
from ``?lang=`` or ``Accept-Language``; the Python API answers in English unless told (:func:`use`).
JSON keys and codes never change with the language; only the human-readable fields do.

State names in French come from maintained data: pycountry's translations of ISO 3166 (the United
Nations' forms, "Fédération de Russie", "République démocratique du Congo") and Babel's CLDR territory
names ("Russie", "Côte d’Ivoire"). Both are accepted as input.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from romestatute.model.errors import BadValue

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: The languages romestatute speaks, the first the default.
LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT = "en"
#: Each language's own name, for the switch on every page.
AUTONYMS: dict[str, str] = {"en": "English", "fr": "Français"}

_current: ContextVar[str] = ContextVar("romestatute_language", default=DEFAULT)


def language() -> str:
    """The active language's code (``en`` unless set)."""
    return _current.get()


def set_language(lang: str) -> None:
    """Make ``lang`` (a code in :data:`LANGUAGES`) the active language of this context."""
    _current.set(parse(lang))


def activate(lang: str) -> Token[str]:
    """Make ``lang`` active until :func:`deactivate` is given the token returned (a request, a command)."""
    return _current.set(parse(lang))


def deactivate(token: Token[str]) -> None:
    _current.reset(token)


class Translated(Mapping[str, str]):
    """A read-only mapping of English texts (marked with :func:`N_`) read in the active language."""

    def __init__(self, english: Mapping[str, str]) -> None:
        self.english = english

    def __getitem__(self, key: str) -> str:
        return gettext(self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


@contextmanager
def use(lang: str) -> Iterator[None]:
    """Answer in ``lang`` inside the ``with`` block: ``with use("fr"): rs.status("CIV")``."""
    token = _current.set(parse(lang))
    try:
        yield
    finally:
        _current.reset(token)


def parse(value: str, *, field: str = "lang") -> str:
    """``value`` as one of :data:`LANGUAGES` (``fr``, ``FR``, ``fr-CA`` and ``fr_FR`` are French), or BadValue."""
    code = (value or "").strip().replace("_", "-").split("-")[0].lower()
    if code not in LANGUAGES:
        raise BadValue(f"unsupported language {value!r} (one of {', '.join(LANGUAGES)})", field=field)
    return code


def from_accept_language(header: str | None) -> str | None:
    """The first language of :data:`LANGUAGES` an ``Accept-Language`` header prefers (RFC 9110 12.5.4), or None."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, val = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(val)
                except ValueError:
                    q = 0.0
        if tag and q > 0:
            ranked.append((-q, i, tag.strip().lower()))
    for _q, _i, tag in sorted(ranked):
        code = tag.split("-")[0]
        if code == "*":
            return DEFAULT
        if code in LANGUAGES:
            return code
    return None


def from_locale(environ: Mapping[str, str] | None = None) -> str:
    """The language of the POSIX locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them)."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        for item in value.split(":"):  # LANGUAGE is a list of preferences
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        return DEFAULT  # the first variable set decides, as in gettext (C, POSIX, de_DE, ...: English)
    return DEFAULT


def catalogue_path(lang: str) -> Traversable:
    from importlib import resources  # here: importing it costs every command 10-30 ms

    return resources.files("romestatute") / "locale" / lang / "LC_MESSAGES" / "messages.po"


@lru_cache(maxsize=len(LANGUAGES))
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue of ``lang``, compiled from its ``.po`` in memory (fuzzy entries left out)."""
    if lang == DEFAULT:
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with catalogue_path(lang).open("rb") as f:
        catalog = read_po(f, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def gettext(message: str) -> str:
    """``message`` in the active language (English, the source language, is the message itself)."""
    lang = _current.get()
    if lang == DEFAULT:  # the engine's hot path: its sentences are built on every answer
        return message
    return translations(lang).gettext(message)


def code_words(code: object) -> str:
    """A code's words in the active language: "at_large" -> "at large" (English, as it has always been shown) or
    "en fuite" where the catalogue has the words (its message is marked where the code is defined); else the words."""
    return gettext(str(code).replace("_", " "))


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return translations(_current.get()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 (gettext's name for a marker)
    """Mark ``message`` for extraction without translating it (translated where it is shown)."""
    return message


_ = gettext


# -- data with a block per language -------------------------------------------------------------------


def localise(entry: Mapping[str, Any], lang: str | None = None) -> dict[str, Any]:
    """A data entry (an article, a Part, a warrant) in ``lang`` (default: the active language), without its
    language blocks (``fr: {...}``): each field the block gives in ``lang`` replaces the English one; a field
    with no translation keeps the English."""
    lang = lang or _current.get()
    out = {k: v for k, v in entry.items() if k not in LANGUAGES}
    if lang != DEFAULT:
        given = entry.get(lang)
        for k, v in (given.items() if isinstance(given, Mapping) else ()):
            if v:
                out[k] = v
    return out


# -- dates -------------------------------------------------------------------------------------------


def long_date(day: object) -> str:
    """A day written out in the active language: "17 July 1998", "17 juillet 1998", "1er juin 2002"."""
    from babel.dates import format_date

    value = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
    lang = _current.get()
    if lang == "fr" and value.day == 1:  # French writes the first of the month as an ordinal
        return "1er " + format_date(value, "MMMM y", locale="fr")
    return format_date(value, "d MMMM y", locale=lang)


def day(value: object) -> str:
    """A day inside one of the engine's sentences: ISO 8601 in English (as the engine has always written it,
    so English answers stay stable), written out in French ("1er juillet 2002")."""
    if _current.get() == DEFAULT:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value))
        except ValueError:  # not a day (None, "unknown"): said as it is
            return str(value)
    return long_date(value)


def listing(items: Iterable[str]) -> str:
    """Names joined as the active language lists them: "A, B" in English (as the engine writes lists), "A, B et C"
    in French."""
    items = list(items)
    if _current.get() == DEFAULT or len(items) < 2:
        return ", ".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


@dataclass(frozen=True)
class Texts:
    """A text the data gives in each language (an amendment's title), as a parameter of a kept sentence: said in
    the active language, in English where the data has no French."""

    en: str
    fr: str = ""

    def in_language(self, lang: str) -> str:
        return self.fr if lang == "fr" and self.fr else self.en


#: A sentence kept to be said later, in whichever language is active then: its message (marked with
#: :func:`N_`) and its named parameters (days, further sentences, or text used as is).
Said = tuple[str, tuple[tuple[str, object], ...]]


def said(message: str, **params: object) -> Said:
    """Keep ``message`` and its parameters to be said later (:func:`say`), e.g. in a cached ledger's event."""
    return message, tuple(params.items())


def say(sentence: Said) -> str:
    """A kept sentence in the active language: its message translated, its days written in that language."""
    message, params = sentence
    text = gettext(message)
    if not params:
        return text
    return text % {k: say(v) if isinstance(v, tuple) else v.in_language(_current.get()) if isinstance(v, Texts)
                   else day(v) if _is_day(v) else v  # type: ignore[arg-type]
                   for k, v in params}


def english(sentence: Said) -> str:
    """A kept sentence in English whatever the active language (what a shared record stores): the message itself,
    its days ISO dates."""
    message, params = sentence
    if not params:
        return message
    return message % {k: english(v) if isinstance(v, tuple) else v.en if isinstance(v, Texts)
                      else v.isoformat() if isinstance(v, dt.date) else v  # type: ignore[arg-type]
                      for k, v in params}


def _is_day(value: object) -> bool:
    return isinstance(value, dt.date)


def number(value: int | float) -> str:
    """``value`` with the active language's grouping and decimal marks ("1,234" / "1 234")."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_current.get())


def sort_key(name: str) -> str:
    """A name as it sorts in a list of names: accents and case ignored ("Égypte" between "Équateur" and "Érythrée")."""
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


# -- state names -------------------------------------------------------------------------------------


#: The words that open the part after the comma of an inverted ISO 3166 name ("Russie, Fédération de"); any other
#: comma is part of the name itself ("Taïwan, province de Chine", "Bonaire, Saint-Eustache et Saba").
_INVERTED = ("République", "Fédération", "État", "état", "Îles", "Île", "Royaume", "Principauté", "Sultanat",
             "Émirat", "Grand-Duché", "Commonwealth")


def _uninvert(name: str) -> str:
    """ISO 3166's inverted form read straight: "Russie, Fédération de" -> "Fédération de Russie"."""
    head, sep, tail = name.partition(", ")
    if not sep or ", " in tail:
        return name
    tail, bracket, rest = tail.partition(" (")  # "Malouines, Îles (Falkland)": the bracket stays at the end
    rest = bracket + rest
    if tail.endswith("'"):  # "Iran, République islamique d'" -> "République islamique d'Iran"
        return f"{tail}{head}{rest}"
    if head.endswith(("ienne", "enne")) and " " not in head:  # an adjective: "Syrienne, République arabe"
        return f"{tail} {head.lower()}{rest}"
    if not tail.startswith(_INVERTED):
        return name
    return f"{tail[:1].upper()}{tail[1:]} {head}{rest}"


@lru_cache(maxsize=1)
def _french_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """ISO3 -> (the French name shown, every French name accepted), from pycountry and Babel.

    Drawing it loads Babel's French locale data and pycountry's catalogue (a tenth of a second, which
    ``rome annotate`` paid before its first rows were written as soon as one value was not a code), so
    it is kept in the user's cache folder (``romestatute.usercache``) under a name that changes with
    the files it is drawn from (pycountry's and Babel's) and with this module.
    """
    from pathlib import Path

    from romestatute import usercache

    file = usercache.path("french-names", Path(__file__).read_bytes(),
                          usercache.files("pycountry", "__init__.py", "databases/iso3166-1.json",
                                          "locales/fr/LC_MESSAGES/iso3166-1.mo"),
                          usercache.files("babel", "__init__.py", "locale-data/fr.dat", "locale-data/root.dat"))
    return usercache.kept(file, _draw_french_table, _french_shape)


def _french_shape(table: dict[str, Any]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The French table as kept in JSON (lists) -> as used (tuples)."""
    return {iso3: (shown, tuple(accepted)) for iso3, (shown, accepted) in table.items()}


def _draw_french_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    import pycountry
    from babel import Locale

    iso = _gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    cldr = Locale("fr").territories
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for country in pycountry.countries:
        iso2 = country.alpha_2
        name = iso.gettext(country.name)
        official = getattr(country, "official_name", None)
        official_fr = iso.gettext(official) if official else ""
        if official_fr == official:
            official_fr = ""
        with_article = official_fr  # "L'État de Palestine", as a user may type it
        if official_fr.startswith(("L'", "La ", "Le ")) and ", " not in official_fr:  # "L'État de Palestine"
            official_fr = official_fr.split(" ", 1)[1] if not official_fr.startswith("L'") else official_fr[2:]
        straight = _uninvert(name)
        shown = name if ", " not in name else (official_fr or straight)
        if name == country.name and iso2 in cldr:  # no translation in iso-codes: CLDR's
            shown = cldr[iso2]
        shown = shown.split(" (")[0]  # "Saint-Siège (état de la cité du Vatican)" -> "Saint-Siège"
        typed = shown
        shown = shown.replace("'", "’")  # one apostrophe in French text, as CLDR writes it ("Côte d’Ivoire")
        accepted = {n for n in (name, straight, official_fr, with_article, cldr.get(iso2, ""), typed, shown) if n}
        table[country.alpha_3] = (shown, tuple(sorted(accepted)))
    return table


#: The forms :func:`state_name` gives: the name alone, with its article, after "de", after "à" (a place).
#: Capitalised ("Le", "De", "À"), the same at the start of a sentence.
FORMS = ("name", "le", "de", "à")
#: The article of a French state name, and how each contracts after "de".
ARTICLES = ("le", "la", "l’", "les", "")
_AFTER_DE = {"le": "du ", "la": "de la ", "l’": "de l’", "les": "des "}
#: The prepositions of place a row of ``states_fr.csv`` may give ("au Burundi", "en Israël", "dans l’État de Palestine").
PLACE_PREPOSITIONS = ("au", "aux", "en", "à", "à la", "à l’", "dans le", "dans la", "dans l’", "dans les")
FRENCH_NAMES_FILE = "states_fr.csv"


@dataclass(frozen=True, slots=True)
class FrenchName:
    """A state's French name with what French grammar needs around it (a row of ``data/states_fr.csv``)."""

    name: str
    article: str  # le, la, l’, les, or "" (Israël, Chypre, Cuba)
    gender: str  # m or f
    number: str  # s or p
    place: str  # the preposition of place: au, aux, en, à, à la, dans l’, ...
    #: The name pycountry or CLDR gives, where ours differs from it ("Guinée Équatoriale" for "Guinée équatoriale"):
    #: the row overrides that name (and only that one: a change in the library's names falls back to them).
    library: str = ""

    @property
    def replaces(self) -> str:
        """The library's name this row is the grammar of (its own name unless it overrides the library's)."""
        return self.library or self.name

    def form(self, form: str) -> str:
        """``form`` (one of :data:`FORMS`) of the name: "le" -> "les Philippines", "de" -> "de l’Afghanistan",
        "à" -> "au Burundi"."""
        key = form.lower()
        if key in ("name", ""):
            out = self.name
        elif key == "le":
            out = _glue(self.article, self.name)
        elif key == "de":
            out = (_AFTER_DE[self.article] if self.article else "d’" if elides(self.name) else "de ") + self.name
        elif key == "à":
            out = _glue(self.place, self.name)
        else:
            raise ValueError(f"unknown form {form!r} (one of {', '.join(FORMS)})")
        return out[:1].upper() + out[1:] if form[:1].isupper() else out


def _glue(word: str, name: str) -> str:
    return name if not word else word + name if word.endswith("’") else f"{word} {name}"


def elides(name: str) -> bool:
    """Whether "de"/"le" elide before ``name`` in French: a vowel (not Y), or an H (the names without an article that begin
    with one, Haïti, have a mute h; those with an aspirate h, le Honduras, la Hongrie, carry their article in the
    data)."""
    import unicodedata

    first = unicodedata.normalize("NFKD", name[:1]).encode("ascii", "ignore").decode().upper()
    return first in ("A", "E", "I", "O", "U", "H")  # not Y: le Yémen


def french_forms() -> dict[str, FrenchName]:
    """ISO3 -> the state's French name with its article, gender, number and preposition of place, from
    ``data/states_fr.csv`` in the data folder in use."""
    from romestatute.facts.load import data_dir

    return _french_forms(str(data_dir()))


@lru_cache(maxsize=4)
def _french_forms(folder: str) -> dict[str, FrenchName]:
    import csv
    from pathlib import Path

    path = Path(folder) / FRENCH_NAMES_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["iso3"]: FrenchName(row["name"], row["article"], row["gender"], row["number"], row["in"],
                                        row.get("library") or "")
                for row in csv.DictReader(f)}


ENGLISH_NAMES_FILE = "states_en.csv"


def english_articles() -> dict[str, tuple[str, str]]:
    """ISO3 -> (our English name, its article: "the" or ""), from ``data/states_en.csv`` in the data folder in use
    (ISO 3166-1's English short names write it in brackets: "Philippines (the)")."""
    from romestatute.facts.load import data_dir

    return _english_articles(str(data_dir()))


@lru_cache(maxsize=4)
def _english_articles(folder: str) -> dict[str, tuple[str, str]]:
    import csv
    from pathlib import Path

    path = Path(folder) / ENGLISH_NAMES_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["iso3"]: (row["name"], row["article"]) for row in csv.DictReader(f)}


def english_form(iso3: str, english: str, form: str = "name") -> str:
    """``english`` (our English name of ``iso3``) in ``form``: the name alone for ``"name"`` (titles, lists, tables),
    else with its article where ``states_en.csv`` gives one ("the Philippines", "the United States of America");
    "The Philippines" for a capitalised form (the start of a sentence). A name the file does not give as this
    state's (a code shown for want of a name) takes no article."""
    if form.lower() in ("name", ""):
        return english
    row = english_articles().get(iso3.upper())
    if row is None or row[0] != english or not row[1]:
        return english
    article = row[1].capitalize() if form[:1].isupper() else row[1]
    return f"{article} {english}"


def sentence(text: str) -> str:
    """``text`` with its first letter a capital: a sentence that opens with a state's name in a form with its article
    ("the Philippines ...", « les Philippines ... ») starts with "The"/« Les »."""
    return text[:1].upper() + text[1:]


def state_name(iso3: str, english: str, form: str = "name") -> str:
    """A state's name in the active language (``english``, our own short name, in English; with its article where the
    sentence gives a form other than ``"name"`` and ``data/states_en.csv`` gives one: "the Philippines").

    In French, ``form`` says what the sentence needs around the name (:data:`FORMS`): ``"name"`` the name alone
    ("Burundi : ..."), ``"le"`` with its article ("le Burundi", "l’Afghanistan", "les Philippines", "Israël"),
    ``"de"`` after "de" ("du Burundi", "de l’Afghanistan", "des Comores", "d’Israël", "de Chypre"), ``"à"`` as a
    place ("au Burundi", "en Afghanistan", "aux Philippines", "à Chypre", "dans l’État de Palestine");
    capitalised ("Le", "De", "À") at the start of a sentence. In English every form but ``"name"`` is the name with
    its article ("the Philippines", "The Philippines"): English puts no preposition in the name."""
    if _current.get() == DEFAULT:
        return english_form(iso3, english, form)
    key = iso3.upper()
    entry = _french_table().get(key)
    name = entry[0] if entry else english
    row = french_forms().get(key)
    if row is None or row.replaces != name:  # no grammar on record for this name: the safest forms
        row = FrenchName(name, "", "m", "s", "à")
    return row.form(form)


def state_plural(iso3: str, english: str) -> bool:
    """Whether a sentence in the active language takes a plural verb after the state's name: in French, a name that
    ``data/states_fr.csv`` gives as plural (« les Philippines », « les États-Unis »); English names take a singular
    one ("the Philippines was"), and a name with no grammar on record is taken as singular."""
    if _current.get() == DEFAULT:
        return False
    key = iso3.upper()
    entry = _french_table().get(key)
    row = french_forms().get(key)
    return row is not None and row.replaces == (entry[0] if entry else english) and row.number == "p"


def by_number(iso3: str, english: str, singular: str, plural: str) -> str:
    """A sentence whose subject is the state, in the active language: ``singular`` (a message marked with :func:`N_`),
    or ``plural`` where the state's name takes a plural verb (:func:`state_plural`: « les Philippines sont un État
    partie »). English always says ``singular``; ``plural``'s English is only the key of its French."""
    return gettext(plural if state_plural(iso3, english) else singular)


def french_names(iso3: str) -> tuple[str, ...]:
    """Every French name of the state ``iso3`` that a user may type: the library's (pycountry's and CLDR's) and, where
    ``states_fr.csv`` writes the name otherwise ("République populaire démocratique de Corée"), ours, with either
    apostrophe."""
    key = iso3.upper()
    entry = _french_table().get(key)
    names = entry[1] if entry else ()
    row = french_forms().get(key)
    if row is None or not row.library or row.name in names:
        return names
    return tuple(sorted({*names, row.name, row.name.replace("’", "'")}))
