"""``rome read``: what a news report about the Court means in law, on its own date."""

from __future__ import annotations

import re
import sys

import click

from romestatute.cli.output import brief_option, check_brief, json_option, write_brief
from romestatute.i18n import N_
from romestatute.model.errors import BadValue, quoted


@click.command("read")
@click.argument("source", metavar="FILE|-")
@click.option("--date", "date", metavar="DATE", help=N_("The report's date (YYYY-MM-DD), if it is not found in the text."))
@click.option("--today", "today", metavar="DATE",
              help=N_("Read as if today were DATE (YYYY-MM-DD): what the record shows \"today\", and the day an undated "
                   "report is read as of. Default: the real today."))
@json_option
@brief_option
def read(source: str, date: str | None, today: str | None, as_json: bool, brief: str | None) -> None:
    """Explain a news report (plain text or HTML): the states, treaty acts, triggers and crimes it
    mentions, what the record shows for each on the report's date and today, corrections, and the
    jurisdiction questions it raises."""
    import json

    from romestatute.read.explain import reading
    from romestatute.read.extract import MAX_INPUT
    from romestatute.read.source import decode

    check_brief(brief)
    limit = MAX_INPUT * 4 + 4  # bytes: up to MAX_INPUT characters of UTF-8
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source):  # open() would say only 'No such file or directory'
        raise BadValue(N_("FILE: %(file)s is a web address; give a local file (download it first)"), field="file",
                       params={"file": quoted(source)})
    try:
        if source == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(source, "rb") as f:
                data = f.read(limit + 1)
    except OSError as exc:
        raise BadValue(N_("FILE: cannot read %(value)s: %(reason)s"), field="file",
                       params={"value": quoted(source), "reason": exc.strerror or exc}) from None
    if len(data) > limit:
        raise BadValue(N_("text: longer than %(count)s characters"), field="text", params={"count": MAX_INPUT})
    raw, _encoding, caveats = decode(data)
    result = reading(raw, date, today, caveats=caveats)
    write_brief("read", result, brief)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    from romestatute.read.render import render

    click.echo(render(result, color=sys.stdout.isatty()), nl=False)


COMMANDS = [read]
