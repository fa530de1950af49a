"""From bytes to text: the encoding detected, binary input refused, the language named.

``decode`` takes what a user gives ``rome read`` (a file's bytes, standard input)
and returns the text with caveats: UTF-8 first (with or without a byte-order
mark), otherwise the encoding charset-normalizer finds (Latin-1, Windows-1252,
...).  Input that is not text at all (NUL bytes, control characters, or no
encoding that reads it) is refused with one line naming ``text``.

``check_text`` applies the same test to a string (the API gets strings), and
``language`` names the report's language with langdetect (its profiles ship in
the wheel), seeded so the same text always gets the same answer.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from romestatute.model.errors import BadValue

#: Languages the reader reads (cue words, month names, state names).
READS = {"en", "fr"}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
                  "nl": "Dutch", "ru": "Russian", "ar": "Arabic", "uk": "Ukrainian", "tr": "Turkish", "pl": "Polish",
                  "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "hu": "Hungarian",
                  "ca": "Catalan", "ro": "Romanian", "sw": "Swahili", "id": "Indonesian", "tl": "Tagalog"}
NOT_TEXT = "text: this is not text (binary or undecodable bytes); give a report as plain text or HTML"
#: Share of control characters (other than tab and line breaks) above which input is not text.
MAX_CONTROL = 0.01
SAMPLE = 20_000


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
        raise BadValue(NOT_TEXT, field="text")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """The text in ``data``, the encoding it was read with, and caveats; BadValue if it is not text."""
    if b"\x00" in data[:SAMPLE]:
        raise BadValue(NOT_TEXT, field="text")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is None:
            raise BadValue(NOT_TEXT, field="text") from None
        encoding = best.encoding
        text = data.decode(encoding, errors="replace")
    check_text(text)
    caveats = []
    if encoding != "utf-8":
        caveats.append(f"The input was not UTF-8; it was read as {encoding} (detected by charset-normalizer).")
    replaced = text.count("\ufffd")
    if replaced:
        caveats.append(f"{replaced} character(s) could not be decoded as {encoding} and were replaced with '\ufffd'.")
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


def language(text: str) -> str | None:
    """The report's language (ISO 639-1, e.g. 'en', 'fr'), or None if too little text to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    from langdetect import LangDetectException

    try:
        detector = _detector_factory().create()
        detector.append(sample)
        return str(detector.detect())
    except LangDetectException:
        return None
