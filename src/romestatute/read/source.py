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


@lru_cache(maxsize=1)
def _detector_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # the same text always gets the same language
    return True


def language(text: str) -> str | None:
    """The report's language (ISO 639-1, e.g. 'en', 'fr'), or None if too little text to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    _detector_ready()
    from langdetect import LangDetectException, detect

    try:
        return str(detect(sample))
    except LangDetectException:
        return None
