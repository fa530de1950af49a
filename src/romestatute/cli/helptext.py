"""The command line's own words in the active language: click's messages, our commands' help, ``--help``'s frame.

click marks its messages ("Usage:", "No such option ...", "Missing option", "Show this message and exit.") with
the standard library's gettext: each of its modules does ``from gettext import gettext as _`` (and ``ngettext``).
:func:`install` points those names at :mod:`romestatute.i18n`, so click's messages are looked up in our catalogue
in the language active when click says them; click's msgids we translate are listed below (:data:`CLICK_MESSAGES`,
marked so Babel extracts them). English is the message itself, so English output is what click always printed.

Our commands' help is click's usual one (a command's docstring, an option's ``help=``), kept in English in the code
and translated when ``--help`` is formatted: :class:`Formatter` looks each text up in the catalogue (a text not
there is printed as it is), :class:`Group` writes its commands' one-line summaries from their translated help.
Babel finds the docstrings through :func:`extract` (``babel.cfg``); options' ``help=`` strings are marked ``N_()``.
"""

from __future__ import annotations

import ast
import copy
import importlib
import inspect
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import click

from romestatute import i18n
from romestatute.i18n import N_

#: click's modules that mark messages with gettext's ``_``/``ngettext``.
CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types")

#: click's messages the command line can show, as click writes them (its msgids), for Babel to extract.
CLICK_MESSAGES = (
    N_("Usage:"), N_("Options"), N_("Commands"), N_("Positional arguments"),
    N_("Show this message and exit."), N_("Show the version and exit."),
    N_("Error: {message}"), N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"), N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"), N_("Missing option"), N_("Missing parameter"), N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"), N_("Missing command."),
    N_("No such option {name!r}."), N_("No such command {name!r}."),
    N_("Option {name!r} does not take a value."), N_("Argument {name!r} takes {nargs} values."),
    N_("Choose from:\n\t{choices}"), N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("default: {default}"), N_("required"), N_("env var: {var}"), N_("(dynamic)"), N_("Aborted!"),
    # click.Path's (``rome annotate INPUT --out FILE``: a directory given for a file); {name} is the kind below
    N_("{name} {filename!r} does not exist."), N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."), N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."), N_("{name} {filename!r} is not executable."),
    N_("file"), N_("directory"), N_("path"),
)

#: The words of the metavars (click's, ``[OPTIONS]`` and ``COMMAND [ARGS]...``, its types' names, and ours,
#: ``metavar="STATE"``): each is said in the active language (context "metavar") wherever click writes a metavar,
#: the usage line, an option's row and an error's hint ("Argument manquant 'ÉTAT'"). Choices (``[any|art12]``),
#: single letters (``C``, ``D``, ``N``) and ``LANG`` (the environment variable) stay as they are.
METAVAR_WORDS = ("OPTIONS", "COMMAND", "ARGS", "TEXT", "INTEGER", "RANGE", "FLOAT", "BOOLEAN", "PATH", "FILENAME",
                 "DATE", "DATE1", "DATE2", "STATE", "FILE", "NAME", "CRIME", "STATUS", "YEARS", "ID", "EVENT", "ACT",
                 "ARTICLE", "SITUATION", "INPUT")
_METAVAR_WORD = re.compile(r"\b[A-Z][A-Z0-9]+\b")


def _metavar_words() -> None:  # never called: marks the metavars' words for Babel, in their context
    for word in (i18n.pgettext("metavar", "OPTIONS"), i18n.pgettext("metavar", "COMMAND"),
                 i18n.pgettext("metavar", "ARGS"), i18n.pgettext("metavar", "TEXT"),
                 i18n.pgettext("metavar", "INTEGER"), i18n.pgettext("metavar", "RANGE"),
                 i18n.pgettext("metavar", "FLOAT"), i18n.pgettext("metavar", "BOOLEAN"),
                 i18n.pgettext("metavar", "PATH"), i18n.pgettext("metavar", "FILENAME"),
                 i18n.pgettext("metavar", "DATE"), i18n.pgettext("metavar", "DATE1"),
                 i18n.pgettext("metavar", "DATE2"), i18n.pgettext("metavar", "STATE"),
                 i18n.pgettext("metavar", "FILE"), i18n.pgettext("metavar", "NAME"),
                 i18n.pgettext("metavar", "CRIME"), i18n.pgettext("metavar", "STATUS"),
                 i18n.pgettext("metavar", "YEARS"), i18n.pgettext("metavar", "ID"),
                 i18n.pgettext("metavar", "EVENT"), i18n.pgettext("metavar", "ACT"),
                 i18n.pgettext("metavar", "ARTICLE"), i18n.pgettext("metavar", "SITUATION"),
                 i18n.pgettext("metavar", "INPUT")):
        del word


def metavar(text: str) -> str:
    """``text`` (a metavar, a usage line's arguments) with each word of :data:`METAVAR_WORDS` in the active
    language: ``STATE:EVENT:DATE[..DATE]`` is ``ÉTAT:ÉVÉNEMENT:DATE[..DATE]`` in French; English is ``text``."""
    if i18n.language() == i18n.DEFAULT:
        return text
    return _METAVAR_WORD.sub(lambda m: i18n.pgettext("metavar", m[0]) if m[0] in METAVAR_WORDS else m[0], text)


def _click_plurals() -> None:  # never called: marks click's messages with a plural for Babel
    i18n.ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})", 1)
    i18n.ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", 1)
    i18n.ngettext("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments.", 1)
    i18n.ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", 1)
    i18n.ngettext("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}.",
                  1)


def install() -> None:
    """Make click say its messages in the active language (our catalogue), wherever it says them, and its metavars
    (:func:`metavar`)."""
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = i18n.gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = i18n.ngettext  # type: ignore[attr-defined]
    for cls in (click.Argument, click.Option):
        if not getattr(cls.make_metavar, "_rome", False):
            cls.make_metavar = _said_metavar(cls.make_metavar)  # type: ignore[method-assign]
    if not isinstance(vars(click.Path).get("name"), property):
        # click.Path names its kind ("file") when an option is declared, in English; said when the error is
        click.Path.name = property(  # type: ignore[assignment]
            lambda self: _kind(vars(self).get("_rome_name") or vars(self).get("name") or "path"),
            lambda self, value: vars(self).__setitem__("_rome_name", value))


def _kind(name: str) -> str:
    return i18n.gettext(name)


def _said_metavar(make: Any) -> Any:
    def make_metavar(self: click.Parameter, ctx: click.Context) -> str:
        return metavar(make(self, ctx))

    make_metavar._rome = True  # type: ignore[attr-defined]
    return make_metavar


#: Help texts made from a message and parameters (:func:`formatted`): the English text -> (message, parameters).
_FORMATTED: dict[str, tuple[str, dict[str, str]]] = {}


def formatted(message: str, **params: str) -> str:
    """A help text made from ``message`` (marked ``N_()``) and ``params``, in English; translated as the others."""
    text = message % params
    _FORMATTED[text] = (message, params)
    return text


def translated(text: str) -> str:
    """A help text (a docstring cleaned as click shows it, an option's help) in the active language, or as it is.

    An option's help may end with click's extras, already in the active language ("  [default: any]"): the help
    before them is looked up alone."""
    if i18n.language() == i18n.DEFAULT or not text:
        return text
    if text in _FORMATTED:
        message, params = _FORMATTED[text]
        return i18n.gettext(message) % params
    found = i18n.gettext(text)
    if found != text:
        return found
    head, sep, extras = text.partition("  [")
    return i18n.gettext(head) + sep + extras if sep else text


class Formatter(click.HelpFormatter):
    """click's help formatter, writing the help texts it is given in the active language (a heading takes French's
    no-break space before its colon)."""

    def write_heading(self, heading: str) -> None:
        if i18n.language() == i18n.DEFAULT:
            super().write_heading(heading)
        else:
            self.write(f"{'':>{self.current_indent}}{heading}\u00a0:\n")

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, metavar(args), prefix)  # [OPTIONS], COMMAND [ARGS]...: click's own

    def write_text(self, text: str) -> None:
        super().write_text(translated(text))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(first, translated(second)) for first, second in rows], col_max, col_spacing)


class Context(click.Context):
    """A command's context whose help is written by :class:`Formatter`."""

    formatter_class = Formatter


class Group(click.Group):
    """A group whose list of commands gives each one's summary in the active language."""

    context_class = Context

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if i18n.language() == i18n.DEFAULT:
            super().format_commands(ctx, formatter)
            return
        commands = [(name, cmd) for name in self.list_commands(ctx)
                    if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
        if not commands:
            return
        limit = formatter.width - 6 - max(len(name) for name, _cmd in commands)
        rows = [(name, summary(cmd, limit)) for name, cmd in commands]
        with formatter.section(i18n.gettext("Commands")):
            formatter.write_dl(rows)


def summary(command: click.Command, limit: int) -> str:
    """A command's one-line summary, shortened by click from its help in the active language."""
    view = copy.copy(command)  # the command itself keeps its English
    view.short_help = command.short_help and translated(inspect.cleandoc(command.short_help))
    view.help = command.help and translated(inspect.cleandoc(command.help).partition("\f")[0])
    return view.get_short_help_str(limit)


def use_translated_help(command: click.Command) -> None:
    """Have ``command`` and its subcommands write their help through :class:`Context` (in the active language)."""
    command.context_class = Context
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            use_translated_help(sub)


# -- Babel ---------------------------------------------------------------------------------------------


def extract(fileobj: IO[bytes], keywords: dict[str, Any], comment_tags: Sequence[str],
            options: Any) -> Iterator[Any]:
    """Babel's extractor for the command line's modules (``babel.cfg``): what its Python extractor finds, plus each
    command's docstring (the help click shows), cleaned as click cleans it."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(_is_command(d) for d in node.decorator_list):
            doc = ast.get_docstring(node)
            if doc:
                yield node.lineno, "_", doc.partition("\f")[0], []


def _is_command(decorator: ast.expr) -> bool:
    """``@click.command(...)``, ``@click.group(...)``, ``@group.command(...)``."""
    return (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in ("command", "group"))
