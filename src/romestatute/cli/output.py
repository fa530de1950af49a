"""Shared output helpers: ``--json`` and the readable rendering."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any, TypeVar

import click

from romestatute import i18n
from romestatute.cli import helptext
from romestatute.i18n import N_
from romestatute.i18n import gettext as _

F = TypeVar("F", bound=Callable[..., Any])
#: A source's confidence in words, where it is not high (English shows the code, as it always did).
CONFIDENCE = i18n.Translated({"medium": N_("medium confidence"), "low": N_("low confidence")})


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help=N_("Print the answer as JSON (the API's schema)."))(f)


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    """``--format`` with ``choices``; left unset it is ``default``, so that ``--json`` beside it can be told apart."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=None, metavar="|".join(choices),
                        help=helptext.formatted(N_("Output format: %(choices)s (default %(default)s); json is the API's "
                                                   "schema."), choices=", ".join(choices), default=default))


def output_format(fmt: str | None, as_json: bool, default: str = "table") -> str:
    """The one format asked for: ``--json`` and a different ``--format`` together are refused (exit 2)."""
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(_("--json and --format %(format)s ask for two different outputs; give one of them")
                               % {"format": fmt})
    return "json" if as_json else (fmt or default)


def refuse_blank(**values: str | tuple[str, ...] | list[str] | None) -> None:
    """An option given an empty value (``--status ''``, ``--territory ' '``, ``--territory SYR,``) is refused in one line
    (exit 2), as the API refuses an empty parameter (422), rather than read as left out: a filter left empty would
    widen the answer to everything. Each keyword is the field the error names; ``assume`` and ``resolution`` values
    are not split at commas."""
    from romestatute.model.errors import BadValue

    for field, value in values.items():
        items = (value,) if isinstance(value, str) else tuple(value or ())
        parts = [p for v in items for p in ((v,) if field in ("assume", "resolution") else v.split(","))]
        if any(not p.strip() for p in parts):
            raise BadValue(N_("%(field)s: blank; give a value"), field=field, params={"field": field})


def write_csv(headers: list[str], rows: list[list[Any]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(headers)
    w.writerows(rows)
    click.echo(buf.getvalue(), nl=False)


def brief_option(f: F) -> F:
    return click.option("--brief", "brief", metavar="FILE.md|FILE.html|FILE.pdf",
                        help=N_("Also write the answer as a brief to cite: the question, the answer, the reasoning with "
                             "numbered footnotes per article and per fact (Markdown, self-contained HTML, or PDF with the pdf "
                             "extra)."))(f)


def write_brief(kind: str, answer: dict[str, Any], path: str | None) -> None:
    """Write the brief of ``answer`` when ``--brief`` was given, and say where on stderr."""
    if not path:
        return
    from romestatute.briefs import write

    target = write(kind, answer, path)
    click.echo(_("rome: brief written to %(file)s") % {"file": target}, err=True)


def check_brief(path: str | None) -> None:
    """Refuse a --brief name we cannot write before doing any work."""
    if path:
        from romestatute.briefs import format_of

        format_of(path)


def emit(obj: Any, as_json: bool, render: Callable[[Any], str]) -> None:
    if as_json:
        click.echo(json.dumps(obj, ensure_ascii=False, indent=2))
    else:
        click.echo(render(obj))


def source_label(src: dict[str, Any] | None) -> str:
    if not src:
        return ""
    bits = [src.get("document") or "", src.get("url") or ""]
    label = " ".join(b for b in bits if b)
    conf = src.get("confidence")
    if conf and not english():
        conf = CONFIDENCE.get(conf, conf)
    return f"{label} [{conf}]" if conf and conf != "high" else label


def trace_lines(reasons: list[dict[str, Any]]) -> list[str]:
    """A finding's or an obligation's reasons, one rule a line, with its reading and its facts' sources."""
    lines = []
    for r in reasons:
        mark = {True: _("holds"), False: _("fails"), None: _("note")}[r["holds"]]
        lines.append(_("  Art. %(article)s (%(mark)s): %(explanation)s")
                     % {"article": r["article"], "mark": mark, "explanation": r["explanation"]})
        if r.get("reading"):
            lines.append(_("      reading: %(reading)s") % {"reading": r["reading"]})
        if r.get("set_aside"):
            lines.append(_("      view set aside: %(view)s") % {"view": r["set_aside"]})
        for fact in r["facts"]:
            src = fact.get("source") or {}
            ref = src.get("document") or src.get("url") or ""
            day = i18n.day(fact["date"]) if fact.get("date") else ""
            lines.append(f"      - {day} {fact.get('fact', '')}".rstrip() + (f" <{ref}>" if ref else ""))
    return lines


def english() -> bool:
    """Whether the text is English, which keeps the codes and ISO days it has always printed."""
    return i18n.language() == i18n.DEFAULT


def status_word(code: str) -> str:
    """A state's status: the code in English (as it always was), its words in another language ("ancien État
    partie")."""
    return code if english() else _(code.replace("_", " "))


def event_word(code: str) -> str:
    """A ledger event's kind: the code in English, its label in another language ("notification de retrait")."""
    if english():
        return code
    from romestatute.ledger import EVENT_LABEL

    return EVENT_LABEL[code] if code in EVENT_LABEL else code.replace("_", " ")


def states(codes: list[str]) -> str:
    """ISO codes of states: as they are in English (as they always were), the states' names in another language."""
    if english():
        return ", ".join(codes)
    from romestatute import engine

    known = engine.names().states
    return ", ".join(i18n.state_name(c, known[c]) if c in known else c for c in codes)


def crime_names(codes: list[str]) -> str:
    """Crime keys: as they are in English, the crimes' names in another language (as the engine's sentences say
    them)."""
    if english():
        return ", ".join(codes)
    from romestatute.queries.trace import crime_words

    return ", ".join(crime_words(c) for c in codes)


def article(ref: str) -> str:
    """An article as the event lines cite it after "Art. ": in French, the Vienna Convention's article named in full
    ("18 VCLT" is « 18 de la Convention de Vienne sur le droit des traités »)."""
    if english() or not ref.endswith(" VCLT"):
        return ref
    return _("%(article)s of the Vienna Convention on the Law of Treaties") % {"article": ref[:-len(" VCLT")]}


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain aligned text table (no colours, so it pipes and diffs cleanly)."""
    cols = [headers] + rows
    widths = [max(len(str(r[i])) for r in cols) for i in range(len(headers))]
    widths[-1] = min(widths[-1], 10_000)
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)
