"""``rome data check``: validate every data file and invariant."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from romestatute import i18n
from romestatute.cli import helptext
from romestatute.i18n import N_, ngettext
from romestatute.i18n import gettext as _

#: What the data check counts, in words (English shows the keys, as it always did).
COUNTED = i18n.Translated({"states": N_("states"), "treaty_actions": N_("treaty actions"),
                           "declarations": N_("declarations"), "amendment_acceptances": N_("amendment acceptances"),
                           "amendments": N_("amendments")})
CONFIDENCE = i18n.Translated({"high": N_("high"), "medium": N_("medium"), "low": N_("low")})


def render(report: dict[str, Any]) -> str:
    """The report as text: the data folder, the counts, each problem (as the check words it), the verdict."""
    english = i18n.language() == i18n.DEFAULT
    lines = [_("data: %(folder)s (checked on %(day)s)") % {"folder": report["data"], "day": i18n.day(report["checked_on"])}]
    for k, v in report["counts"].items():
        lines.append(_("  %(what)s: %(count)s") % {"what": k if english else COUNTED.get(k, k), "count": v})
    lines.append(_("  treaty actions by confidence: %(counts)s") % {"counts": ", ".join(
        f"{k if english else CONFIDENCE.get(k, k)} {v}" for k, v in sorted(report["treaty_action_confidence"].items()))})
    lines += [_("problem: %(problem)s") % {"problem": p} for p in report["problems"]]
    lines.append(_("ok: every check passed") if report["ok"] else
                 ngettext("FAILED: %(count)s problem", "FAILED: %(count)s problems", len(report["problems"]))
                 % {"count": len(report["problems"])})
    return "\n".join(lines)


@click.group(cls=helptext.Group)
def data() -> None:
    """Inspect and validate the bundled facts."""


@data.command()
@click.option("--json", "as_json", is_flag=True, help=N_("Print the report as JSON."))
def check(as_json: bool) -> None:
    """Check every data file: row format, sources, and agreement with the calendar rules."""
    from romestatute.ledger_check import run

    report = run()
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render(report))
    if not report["ok"]:
        sys.exit(1)
