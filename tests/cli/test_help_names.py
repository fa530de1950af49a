"""A command's help names its inputs as its usage does: a capitalised word in the help's first paragraph is one of the
command's metavars or parameters ("Must STATE arrest ... the person NAME", not PERSON when the option says NAME)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
import pytest

from romestatute.cli.main import cli

#: Capitalised words that are not inputs.
ACRONYMS = {"API", "CSV", "HTML", "HTTP", "ICC", "JSON", "PDF", "SELECT", "UN", "UNSC", "ISO"}


def commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, click.Command]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield " ".join((*path, name)), command


@pytest.mark.parametrize(("path", "command"), list(commands(cli)), ids=lambda x: x if isinstance(x, str) else "")
def test_help_names_the_commands_inputs(path: str, command: click.Command) -> None:
    ctx = click.Context(command)
    inputs = set()
    for param in command.params:
        inputs |= set(re.findall(r"[A-Z][A-Z0-9_]+", param.make_metavar(ctx)))
    words = set(re.findall(r"\b[A-Z][A-Z0-9_]{2,}\b", (command.help or "").split("\n\n")[0]))
    assert words - inputs - ACRONYMS == set(), path


def test_the_check_sees_a_mismatch() -> None:
    @click.command(help="Must STATE arrest PERSON?")
    @click.option("--state", metavar="STATE")
    @click.option("--person", metavar="NAME")
    def obligation(state: str, person: str) -> None: ...

    group = click.Group(commands={"obligation": obligation})
    [(path, command)] = list(commands(group))
    with pytest.raises(AssertionError):
        test_help_names_the_commands_inputs(path, command)
