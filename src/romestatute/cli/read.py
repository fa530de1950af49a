"""``rome read``: what a news report about the Court means in law, on its own date."""

from __future__ import annotations

import sys

import click

from romestatute.cli.output import brief_option, check_brief, json_option, write_brief
from romestatute.model.errors import BadValue, quoted


@click.command("read")
@click.argument("source", metavar="FILE|-")
@click.option("--date", "date", metavar="DATE", help="The report's date (YYYY-MM-DD), if it is not found in the text.")
@click.option("--today", "today", metavar="DATE", hidden=True, help="Read as if today were DATE (for tests).")
@json_option
@brief_option
def read(source: str, date: str | None, today: str | None, as_json: bool, brief: str | None) -> None:
    """Explain a news report (plain text or HTML): the states, treaty acts, triggers and crimes it
    mentions, what the record shows for each on the report's date and today, corrections, and the
    jurisdiction questions it raises."""
    import json

    from romestatute.read import read as read_report
    from romestatute.read.extract import MAX_INPUT

    check_brief(brief)
    try:
        if source == "-":
            raw = sys.stdin.read(MAX_INPUT + 1)
        else:
            with open(source, encoding="utf-8", errors="replace") as f:
                raw = f.read(MAX_INPUT + 1)
    except OSError as exc:
        raise BadValue(f"FILE: cannot read {quoted(source)}: {exc.strerror or exc}", field="file") from None
    result = read_report(raw, date, today=today)
    write_brief("read", result, brief)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    from romestatute.read.render import render

    click.echo(render(result, color=sys.stdout.isatty()), nl=False)


COMMANDS = [read]
