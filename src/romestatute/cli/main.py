"""Entry point of the ``rome`` command.

Errors a user can make (an unknown state, a bad date, a wrong option) end in a
one-line message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from contextvars import ContextVar
from typing import Any

import click

from romestatute import i18n
from romestatute.cli import data as data_cmds
from romestatute.cli import helptext
from romestatute.cli import ledger as ledger_cmds
from romestatute.i18n import N_
from romestatute.model.errors import DataError, RomeError, clip
from romestatute.names import collect_notes

#: Whether ``main`` chose this run's language before click parsed it (``_language_asked``); a test that calls
#: ``cli`` itself leaves the choice to the callbacks below.
_chosen: ContextVar[bool] = ContextVar("rome_language_chosen", default=False)


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """``--lang`` given (here or on the group, ``rome --lang fr status X``), else the locale's language."""
    if value is None:
        if "rome.lang" not in ctx.meta and not _chosen.get():  # meta is shared by a command and its group
            i18n.set_language(i18n.from_locale())
        return
    try:
        i18n.set_language(value)
    except RomeError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    ctx.meta["rome.lang"] = value


def lang_option() -> click.Option:
    """``--lang en|fr``: the language of the human-readable text (JSON keys and codes never change)."""
    return click.Option(["--lang"], metavar="LANG", expose_value=False, is_eager=True, callback=_set_language,
                        help=N_("Language of the text: en or fr (default: from LANG/LC_ALL, else en)."))


class RomeGroup(helptext.Group):
    """The ``rome`` group. Run standalone (click's ``CliRunner``, or ``cli()`` called from Python) it answers as the
    ``rome`` command does: a refused value is one line on stderr and exit code 2, not click's exit code 1 with the
    exception left to the caller."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:  # rome's own entry point, which handles the errors itself (main, below)
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        main(list(args) if args is not None else sys.argv[1:])
        return None


@click.group(cls=RomeGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="romestatute", prog_name="rome")
def cli() -> None:
    """The Rome Statute of the International Criminal Court as sourced facts plus rules.

    Who is bound by the Statute, since when, and can the Court act on given conduct?
    Every answer shows the articles applied and the sources of the facts used.
    """


for command in (*ledger_cmds.COMMANDS, data_cmds.data):
    cli.add_command(command)

for _name in ("jurisdiction", "articles", "docket", "serve", "bulk", "read", "diff"):
    try:
        _module = __import__(f"romestatute.cli.{_name}", fromlist=["COMMANDS"])
    except ModuleNotFoundError as exc:  # a face whose module is not there yet
        if exc.name != f"romestatute.cli.{_name}":
            raise
        continue
    for command in _module.COMMANDS:
        cli.add_command(command)


def _add_lang(command: click.Command) -> None:
    """Give ``command`` and all its subcommands ``--lang`` (added here, so every command has it)."""
    if not any(p.name == "lang" for p in command.params):
        command.params.append(lang_option())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _add_lang(sub)


_add_lang(cli)
helptext.use_translated_help(cli)
helptext.install()


def fail(message: str, code: int = 2) -> None:
    """One line on stderr, with any long value the user gave cut back (never echoed whole)."""
    click.echo(i18n.gettext("rome: error: %(message)s") % {"message": clip(message)}, err=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    with i18n.use(i18n.DEFAULT):  # --lang or the locale applies to this run only (tests run many in one process)
        _main(argv)
    bulk = sys.modules.get("romestatute.cli.bulk")
    if argv is None and getattr(bulk, "QUICK_EXIT", False):  # the process itself (not a test calling main)
        _quick_exit()


def _quick_exit() -> None:
    """End a finished bulk run without the interpreter's teardown.

    ``rome annotate`` leaves a few hundred MB of arrays, DuckDB and pyarrow's pools and thread pools;
    finalization frees them piece by piece, 0.05-0.1 s of a 1 s run, for a process about to end.
    Its files are written and closed; only the standard streams are left to flush.
    """
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(0)


def _language_asked(argv: list[str] | None) -> str:
    """The language of this run, known before click parses anything (so that its usage errors and ``--help``, which
    may come before ``--lang`` or stop the parse before it is read, are said in it): the last valid ``--lang`` of
    the command line (its callback still refuses a bad one), else the locale's."""
    args = sys.argv[1:] if argv is None else argv
    asked = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg[7:] if arg.startswith("--lang=") else None
        if value is not None:
            try:
                asked = i18n.parse(value)
            except RomeError:
                pass
    return asked or i18n.from_locale()


def _main(argv: list[str] | None) -> None:
    i18n.set_language(_language_asked(argv))
    chosen = _chosen.set(True)
    try:
        with collect_notes() as notes:
            try:
                cli.main(args=argv, prog_name="rome", standalone_mode=False)
            finally:
                for note in notes:  # an ambiguous name ("Congo"): which state was taken, and the others
                    click.echo(i18n.gettext("rome: note: %(note)s") % {"note": clip(note)}, err=True)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        fail(i18n.gettext("aborted"), 130)
    except click.UsageError as exc:
        message = exc.format_message().replace("\n", " ")
        if exc.ctx and " " in exc.ctx.command_path:
            message = i18n.gettext("%(message)s (see 'rome %(command)s --help')") % {
                "message": message, "command": exc.ctx.command_path.split(" ", 1)[1]}
        fail(message)
    except click.ClickException as exc:
        fail(exc.format_message().replace("\n", " "))
    except DataError as exc:
        fail(i18n.gettext("data: %(message)s") % {"message": exc}, 1)
    except RomeError as exc:
        fail(i18n.gettext("%(message)s; see 'rome %(list)s'") % {"message": exc, "list": exc.see} if exc.see else str(exc))
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        fail(i18n.gettext("interrupted"), 130)
    finally:
        _chosen.reset(chosen)


if __name__ == "__main__":  # pragma: no cover
    main()
