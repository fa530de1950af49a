"""``rome data check``: validate every data file and invariant."""

from __future__ import annotations

import json
import sys

import click


@click.group()
def data() -> None:
    """Inspect and validate the bundled facts."""


@data.command()
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(as_json: bool) -> None:
    """Check every data file: row format, sources, and agreement with the calendar rules."""
    from romestatute.ledger_check import run

    report = run()
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(f"data: {report['data']} (checked on {report['checked_on']})")
        for k, v in report["counts"].items():
            click.echo(f"  {k}: {v}")
        click.echo("  treaty actions by confidence: "
                   + ", ".join(f"{k} {v}" for k, v in sorted(report["treaty_action_confidence"].items())))
        for p in report["problems"]:
            click.echo(f"problem: {p}")
        click.echo("ok: every check passed" if report["ok"] else f"FAILED: {len(report['problems'])} problem(s)")
    if not report["ok"]:
        sys.exit(1)
