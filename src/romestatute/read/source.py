"""From bytes to text: the encoding detected, binary input refused, the language named.

``decode`` takes what a user gives ``rome read`` (a file's bytes, standard input) and ``POST /api/read``
(a ``text/plain`` or ``text/html`` body): both faces go through it, so the same bytes give the same text, the
same caveats or the same refusal.  The rule, in order:

1. a byte-order mark says the encoding: UTF-8, UTF-16 or UTF-32 (little- or big-endian);
2. a NUL byte (without a mark) is binary: refused;
3. bytes that are valid UTF-8 are UTF-8 (pure ASCII among them);
4. otherwise the text is in a legacy 8-bit encoding.  Short texts give charset-normalizer too little to go on
   (four bytes of "Café" in Latin-1 came out as UTF-16; a French paragraph as Central European or Baltic
   Windows code pages, « créée à » read « crťťe ŗ »), and a report in English or French that is not UTF-8 is in
   Windows-1252, Latin-1's superset (its 0x80-0x9F are the curly quotes, dashes and € Latin-1 leaves as controls).
   So it is read as Windows-1252, unless the text is long (``DETECT_MIN`` bytes) and charset-normalizer finds an
   encoding in which it is mostly letters of another script (a Cyrillic or Greek code page): then that one.
   A caveat says which encoding was used.
5. what was read must be text: no NUL, at most ``MAX_CONTROL`` control or undecodable characters (a PNG's header,
   ``\\x89PNG\\r\\n\\x1a\\n``, read as Windows-1252 is one control in eight), else refused with one line naming
   ``text``.

``check_text`` applies step 5 to a string (a JSON or form body is a string already), and ``language`` names the
report's language with langdetect (its profiles ship in the wheel), seeded so the same text always gets the same
answer.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache
from typing import Any

from romestatute.i18n import N_, ngettext
from romestatute.i18n import gettext as _
from romestatute.model.errors import BadValue

#: Languages the reader reads (cue words, month names, state names).
READS = {"en", "fr"}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
                  "nl": "Dutch", "ru": "Russian", "ar": "Arabic", "uk": "Ukrainian", "tr": "Turkish", "pl": "Polish",
                  "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "hu": "Hungarian",
                  "ca": "Catalan", "ro": "Romanian", "sw": "Swahili", "id": "Indonesian", "tl": "Tagalog"}
NOT_TEXT = N_("text: this is not text (binary or undecodable bytes); give a report as plain text or HTML")
#: Share of control characters (other than tab and line breaks) above which input is not text.
MAX_CONTROL = 0.01
SAMPLE = 20_000
#: The legacy encoding of English and French text (Latin-1's printable characters, and more).
LEGACY = "cp1252"
#: Bytes from which charset-normalizer is asked whether a legacy text is in another script's code page.
DETECT_MIN = 1000
#: Byte-order marks and their encodings, longest first (UTF-32 LE's mark begins with UTF-16 LE's).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: How a caveat names an encoding.
SHOWN = {"cp1252": "Windows-1252 (Latin-1)", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def not_text() -> BadValue:
    return BadValue(NOT_TEXT, field="text", params={})


def _control_share(text: str) -> float:
    sample = text[:SAMPLE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0
              or ch == "\ufffd")
    return bad / len(sample)


def check_text(text: str) -> None:
    """Refuse a string that is not text (NUL, control characters, replacement characters): BadValue on ``text``."""
    if "\x00" in text[:SAMPLE] or _control_share(text) > MAX_CONTROL:
        raise not_text()


def _other_script(text: str) -> bool:
    """Whether most of ``text``'s letters are not Latin ones (a Cyrillic, Greek, Arabic ... text)."""
    letters = [ch for ch in text[:SAMPLE] if ch.isalpha()]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return bool(letters) and latin < len(letters) / 2


def _legacy(data: bytes) -> str:
    """The legacy encoding ``data`` (not UTF-8, no mark, no NUL) is read with (rule 4 above)."""
    if len(data) >= DETECT_MIN:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and not best.encoding.startswith(("utf", "cp037", "cp500")) \
                and _other_script(str(best)):
            return str(best.encoding)
    return LEGACY


def declared_encoding(charset: str | None) -> str | None:
    """The codec a request's ``charset=`` names, if Python knows it and it is not UTF-8 (which rule 3 reads anyway:
    clients send ``charset=utf-8`` by habit), else None."""
    if not charset:
        return None
    try:
        info = codecs.lookup(charset.strip().strip('"'))
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name == "utf-8":  # base64, zlib ... are not text
        return None
    return str(info.name)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """The text in ``data``, the encoding it was read with, and caveats; BadValue if it is not text.

    ``declared`` is the encoding the sender named (an HTTP body's ``charset=``, see :func:`declared_encoding`):
    used unless a byte-order mark says otherwise."""
    caveats: list[str] = []
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is None and declared:
        encoding = declared
        caveats.append(_("The input was read as %(encoding)s, as the request declared.")
                       % {"encoding": SHOWN.get(encoding, encoding)})
        if b"\x00" in data[:SAMPLE] and not encoding.startswith("utf"):
            raise not_text()
    elif encoding is not None and encoding != "utf-8-sig":
        caveats.append(_("The input was read as %(encoding)s, as its byte-order mark says.")
                       % {"encoding": SHOWN[encoding]})
    elif b"\x00" in data[:SAMPLE]:
        raise not_text()
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _legacy(data)
            caveats.append(_("The input was not UTF-8; it was read as %(encoding)s.")
                           % {"encoding": SHOWN.get(encoding, encoding)})
    text = data.decode(encoding, errors="replace")
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    check_text(text)
    replaced = text.count("\ufffd")
    if replaced:
        caveats.append(ngettext("%(count)s character could not be decoded as %(encoding)s and was replaced with '\ufffd'.",
                                "%(count)s characters could not be decoded as %(encoding)s and were replaced with '\ufffd'.",
                                replaced) % {"count": replaced, "encoding": SHOWN.get(encoding, encoding)})
    return text, encoding, caveats


class _LazyProbabilities:
    """langdetect's table of n-gram probabilities per language, worked out only for the n-grams a text has.

    ``DetectorFactory.load_profile`` fills a table of every n-gram of its 55 profiles (some 90,000 rows of 55
    numbers: a third of a second at each start); the detector reads only the rows of the sample's n-grams.  The
    profiles are read the same way, in the same order, and each row is computed with the same arithmetic when
    first asked for, so the language found is the one langdetect's own table gives (tests/read/test_source.py)."""

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], langsize: int) -> None:
        self._profiles = profiles
        self._langsize = langsize
        self._rows: dict[str, list[float] | None] = {}

    def _row(self, word: str) -> list[float] | None:
        if word in self._rows:
            return self._rows[word]
        row: list[float] | None = None
        length = len(word)
        for index, (freq, n_words) in enumerate(self._profiles):
            if word in freq:
                if row is None:
                    row = [0.0] * self._langsize
                if 1 <= length <= 3:
                    row[index] = 1.0 * freq[word] / n_words[length - 1]
        self._rows[word] = row
        return row

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._row(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        row = self._row(word)
        if row is None:
            raise KeyError(word)
        return row


@lru_cache(maxsize=1)
def _detector_factory() -> Any:
    """A langdetect DetectorFactory over its shipped profiles (as ``langdetect.detect`` loads them), with the
    probabilities table filled lazily, seeded so the same text always gets the same answer."""
    import json
    import os

    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    DetectorFactory.seed = 0  # the same text always gets the same language
    factory = DetectorFactory()
    files = os.listdir(PROFILES_DIRECTORY)  # the order load_profile gives each language its index in
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for name in files:
        path = os.path.join(PROFILES_DIRECTORY, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        factory.langlist.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    factory.word_lang_prob_map = _LazyProbabilities(profiles, len(files))
    return factory


#: Languages whose words the reader's tables hold (state names, demonyms, months, act words).
TABLES = ("en", "fr", "es")
#: The share of langdetect's belief a language of ``TABLES`` needs to be taken over a close neighbour it cannot tell
#: apart on thin evidence: a short Spanish sentence comes out Catalan (ca 0.71, es 0.29 for "El primer ministro
#: israelí viajó a Budapest."), while a Catalan one is Catalan at 0.9999.
NEIGHBOUR_SHARE = 0.2


def language(text: str) -> str | None:
    """The report's language (ISO 639-1, e.g. 'en', 'fr'), or None if too little text to tell.

    Where langdetect's best guess is a language the reader has no tables for but one it has is close behind (at least
    ``NEIGHBOUR_SHARE``), that one: on a short text the two are often not told apart, and reading the report with the
    tables of a language it may be in beats reading it with none."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    from langdetect import LangDetectException

    try:
        detector = _detector_factory().create()
        detector.append(sample)
        guesses = detector.get_probabilities()
    except LangDetectException:
        return None
    if not guesses:
        return None
    best = str(guesses[0].lang)
    if best not in TABLES:
        near = [str(g.lang) for g in guesses[1:] if str(g.lang) in TABLES and g.prob >= NEIGHBOUR_SHARE]
        if near:
            return near[0]
    return best
