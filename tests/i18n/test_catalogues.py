"""The catalogues are complete: every message in the code and templates has a French translation with the
same placeholders, and no entry is fuzzy or obsolete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from romestatute import i18n

ROOT = Path(__file__).resolve().parents[2]
#: %(name)s, %s, %d and {name}: what must survive a translation unchanged
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sdr]|%[sdr]|\{[a-z_0-9]*\}")


def _catalogue(lang: str):  # type: ignore[no-untyped-def]
    with i18n.catalogue_path(lang).open("rb") as f:
        return read_po(f, locale=lang)


def _messages_in_sources() -> set[str]:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(str(ROOT), method_map, options_map):
        for m in message if isinstance(message, tuple) else (message,):
            if m:
                found.add(m)
    return found


@pytest.mark.parametrize("lang", [c for c in i18n.LANGUAGES if c != i18n.DEFAULT])
def test_every_message_in_the_code_has_a_translation(lang: str) -> None:
    catalogue = _catalogue(lang)
    translated = {i for m in catalogue if m.id and all(m.string if isinstance(m.string, tuple) else (m.string,))
                  and "fuzzy" not in m.flags for i in (m.id if isinstance(m.id, tuple) else (m.id,))}
    missing = sorted(_messages_in_sources() - translated)
    assert missing == [], f"run scripts/i18n and translate these in {lang}: {missing[:20]}"


@pytest.mark.parametrize("lang", [c for c in i18n.LANGUAGES if c != i18n.DEFAULT])
def test_placeholders_match(lang: str) -> None:
    bad = []
    for m in _catalogue(lang):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for i, s in enumerate(strings):  # a plural form is checked against the plural msgid (click's "{choices}")
            if s and sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(ids[min(i, len(ids) - 1)])):
                bad.append((ids[0], s))
    assert bad == []


@pytest.mark.parametrize("lang", [c for c in i18n.LANGUAGES if c != i18n.DEFAULT])
def test_no_fuzzy_or_obsolete_entries_and_babel_checks_pass(lang: str) -> None:
    catalogue = _catalogue(lang)
    assert [m.id for m in catalogue if m.id and "fuzzy" in m.flags] == []
    assert list(catalogue.obsolete) == []
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalogue.check()]
    assert problems == []


def test_the_placeholder_check_would_see_a_mismatch() -> None:
    """The pattern the check relies on finds each kind of placeholder (so a dropped one is seen)."""
    assert PLACEHOLDER.findall("%(day)s and %s and {name}") == ["%(day)s", "%s", "{name}"]
    assert sorted(PLACEHOLDER.findall("le %(jour)s")) != sorted(PLACEHOLDER.findall("on %(day)s"))


def test_french_is_compiled_from_the_po_and_english_is_the_source() -> None:
    with i18n.use("fr"):
        assert i18n.gettext("State Party") == "État partie"
        assert i18n.gettext("a message nobody marked") == "a message nobody marked"
    assert i18n.gettext("State Party") == "State Party"
