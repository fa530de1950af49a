"""``--help`` and click's own usage errors in French (``--lang fr`` anywhere on the line, or the locale), English as
it always was.

The stop-list of each command's help is built from its own English help: every clause of four words or more (codes,
options and example command lines aside). None may be left in the French help.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest

from romestatute import i18n
from romestatute.cli import helptext
from romestatute.cli.main import cli


def _paths(command: click.Command, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [path]
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            out += _paths(sub, (*path, name))
    return out


PATHS = _paths(cli)
NBSP = "\u00a0"


def _clauses(text: str) -> set[str]:
    """The English clauses of four words or more of a help: split at punctuation, brackets and line ends after the
    wrapping is undone; a clause holding an option, a code or a command line left out (French keeps those)."""
    flat = re.sub(r"\s+", " ", text)
    parts = (c.strip(" .;:,-'\"") for c in re.split(r"[.;:,?()\[\]]\s*|\s-\s", flat))
    return {c for c in parts if len(c.split()) >= 4 and not re.search(r"--|_|rome |/|\b[A-Z]{2,}\b", c)}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(NBSP, " "))


@pytest.fixture
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "rome")
def test_every_help_is_french_with_no_english_clause(rome: Callable[..., Any], english_locale: None,
                                                     path: tuple[str, ...]) -> None:
    en, fr = rome(*path, "--help"), rome(*path, "--lang", "fr", "--help")
    assert en.code == fr.code == 0, (en.err, fr.err)
    assert en.out.startswith("Usage: rome") and "Options:\n" in en.out
    assert fr.out.startswith("Utilisation\u00a0: rome") and "Options\u00a0:\n" in fr.out
    assert "Afficher ce message et quitter." in _flat(fr.out)
    stop = _clauses(en.out)
    assert stop, "the English help has sentences to look for"
    left = sorted(c for c in stop if c in _flat(fr.out))
    assert left == []


def test_the_group_lists_its_commands_in_french(rome: Callable[..., Any], english_locale: None) -> None:
    fr = rome("--lang", "fr", "--help")
    assert "Commandes\u00a0:\n" in fr.out and "Commands:" not in fr.out
    assert re.search(r"^  parties +Les États parties à un jour donné, et leur nombre\.$", fr.out, re.M)
    assert "The States Parties" in rome("--help").out


@pytest.mark.parametrize("args", [
    ("--lang", "fr", "status", "--help"),
    ("status", "--lang", "fr", "--help"),
    ("status", "--help", "--lang", "fr"),  # --help, read first, still knows the language
    ("status", "--help", "--lang=fr"),
])
def test_lang_anywhere_on_the_line_gives_french_help(rome: Callable[..., Any], english_locale: None,
                                                     args: tuple[str, ...]) -> None:
    run = rome(*args)
    assert run.code == 0 and run.out.startswith("Utilisation\u00a0: rome status"), run.out[:80]
    assert "La position de l’État ÉTAT" in run.out


def test_the_locale_gives_french_help_and_lang_overrides_it(rome: Callable[..., Any],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert rome("status", "--help").out.startswith("Utilisation\u00a0:")
    assert rome("status", "--help", "--lang", "en").out.startswith("Usage: rome status")


#: (arguments, the English line as it has always been, a French part of the French line)
USAGE_ERRORS = [
    (("status", "--bogus"), "rome: error: No such option '--bogus'. (see 'rome status --help')",
     "rome\u00a0: erreur\u00a0: Aucune option '--bogus'. (voir «\u00a0rome status --help\u00a0»)"),
    (("status",), "rome: error: Missing argument 'STATE'. (see 'rome status --help')", "Argument manquant 'ÉTAT'."),
    (("status", "BDI", "--on"), "rome: error: Option '--on' requires an argument.",
     "L’option '--on' demande un argument."),
    (("status", "BDI", "extra"), "rome: error: Got unexpected extra argument (extra) (see 'rome status --help')",
     "Argument en trop (extra)"),
    (("jurisdiction", "--trigger", "x"),
     "rome: error: Invalid value for '--trigger': 'x' is not one of 'state_referral', 'unsc_referral', "
     "'proprio_motu'. (see 'rome jurisdiction --help')",
     "Valeur non valide pour '--trigger'\u00a0: 'x' n’est pas l’une des valeurs 'state_referral'"),
    (("panel", "--from", "2002-07-01", "--to", "2003-01-01", "--freq", "week"),
     "rome: error: Invalid value for '--freq': 'week' is not one of 'year', 'month', 'day'. (see 'rome panel --help')",
     "Valeur non valide pour '--freq'"),
    (("panel", "--from", "2002-07-01"), "rome: error: Missing option '--to'. (see 'rome panel --help')",
     "Option manquante '--to'."),
    (("stauts",), "rome: error: No such command 'stauts'. (Did you mean one of: 'situations', 'status', 'statuses'?)",
     "Aucune commande 'stauts'. (Vouliez-vous dire\u00a0: 'situations', 'status', 'statuses'\u00a0?)"),
    (("statu",), "rome: error: No such command 'statu'. (Did you mean one of: 'status', 'statuses'?)",
     "Aucune commande 'statu'."),
    (("annotate", "/", "--out", "x.csv", "--territory-col", "t"),
     "rome: error: Invalid value for 'INPUT': File '/' is a directory. (see 'rome annotate --help')",
     "Valeur non valide pour 'ENTRÉE'\u00a0: Fichier '/'\u00a0: c’est un répertoire."),
    (("serve", "--port", "70000"),
     "rome: error: Invalid value for '--port': 70000 is not in the range 0<=x<=65535. (see 'rome serve --help')",
     "70000 n’est pas dans l’intervalle 0<=x<=65535."),
]


@pytest.mark.parametrize("args, english, french", USAGE_ERRORS, ids=lambda v: " ".join(v) if isinstance(v, tuple)
                         else None)
def test_usage_errors_in_french_one_line_exit_2(rome: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
                                               args: tuple[str, ...], english: str, french: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    en = rome(*args)
    assert (en.code, en.err.strip(), en.out) == (2, english, "")
    for fr in (rome("--lang", "fr", *args), rome(*args[:1], "--lang", "fr", *args[1:])):
        line = fr.err.strip()
        assert (fr.code, fr.out, len(fr.err.splitlines())) == (2, "", 1), fr.err
        assert line.startswith("rome\u00a0: erreur\u00a0: ") and french in line, line
        assert "Traceback" not in fr.err and "(see '" not in line
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert french in rome(*args).err


def test_a_bad_lang_is_still_refused_in_the_locale_language(rome: Callable[..., Any], english_locale: None) -> None:
    run = rome("status", "BDI", "--lang", "de")
    assert run.code == 2 and run.err.startswith("rome: error: Invalid value for '--lang': unsupported language 'de'")


def test_click_still_says_the_messages_we_translate() -> None:
    """Each click message our catalogue translates is one the installed click marks (a click that rewords one
    would leave it English: this test sees it)."""
    from babel.messages.extract import extract_from_dir

    found: set[str] = set()
    for _f, _l, message, _c, _ctx in extract_from_dir(str(Path(click.__file__).parent)):
        found.update(message if isinstance(message, tuple) else (message,))
    ours = set(helptext.CLICK_MESSAGES) - {"required"}  # click says it as _(extra["required"]), no literal
    ours |= {"Got unexpected extra argument ({args})", "(Did you mean one of: {possibilities}?)",
             "Option {name!r} requires {nargs} arguments.", "{value!r} is not one of {choices}."}
    assert sorted(ours - found) == []
    with i18n.use("fr"):
        assert [m for m in helptext.CLICK_MESSAGES if i18n.gettext(m) == m] == ["Options"]  # the same word
        assert i18n.ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})",
                             2) == "Arguments en trop ({args})"


#: (command, the English usage line, the French one): metavars, click's and ours, said in French; choices,
#: options and LANG (the environment variable) as typed
USAGE_LINES = [
    ((), "Usage: rome [OPTIONS] COMMAND [ARGS]...", "Utilisation\u00a0: rome [OPTIONS] COMMANDE [ARGUMENTS]..."),
    (("status",), "Usage: rome status [OPTIONS] STATE", "Utilisation\u00a0: rome status [OPTIONS] ÉTAT"),
    (("annotate",), "Usage: rome annotate [OPTIONS] INPUT", "Utilisation\u00a0: rome annotate [OPTIONS] ENTRÉE"),
]


@pytest.mark.parametrize("path, english, french", USAGE_LINES, ids=lambda v: " ".join(v) if isinstance(v, tuple)
                         else None)
def test_metavars_are_said_in_french(rome: Callable[..., Any], english_locale: None, path: tuple[str, ...],
                                     english: str, french: str) -> None:
    en, fr = rome(*path, "--help"), rome(*path, "--lang", "fr", "--help")
    assert en.out.splitlines()[0] == english and fr.out.splitlines()[0] == french


def test_option_rows_say_their_metavars_in_french(rome: Callable[..., Any], english_locale: None) -> None:
    fr = rome("jurisdiction", "--lang", "fr", "--help").out
    assert re.search(r"^  --assume ÉTAT:ÉVÉNEMENT:DATE\[\.\.DATE\]", fr, re.M)
    assert re.search(r"^  --element ACTE:ÉTAT", fr, re.M) and re.search(r"^  --territory ÉTAT ", fr, re.M)
    assert re.search(r"^  --lang LANG ", fr, re.M)  # the environment variable's name
    assert not re.search(r"^  --\S+ (STATE|EVENT|ACT|NAME|FILE|INPUT)\b", fr, re.M)
    en = rome("jurisdiction", "--help").out
    assert re.search(r"^  --assume STATE:EVENT:DATE\[\.\.DATE\]", en, re.M)  # English as always
    trigger = re.search(r"^  --trigger (\S+)", fr, re.M)
    assert trigger and trigger[1] == "[state_referral|unsc_referral|proprio_motu]"  # choices are codes
