"""Jinja2 templates (autoescaped) and the small helpers the pages share."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

from romestatute import __version__
from romestatute.facts.load import facts
from romestatute.model.vocab import STATUS_MEANING
from romestatute.queries.statuses import STATUS_ORDER
from romestatute.web import articles

FIRST_DAY = dt.date(1998, 7, 17)

STATUS_LABEL: dict[str, str] = {
    "party": "State Party",
    "ratified_not_in_force": "Ratified, not yet in force",
    "signatory": "Signatory",
    "signature_withdrawn": "Signature withdrawn",
    "former_party": "Former party",
    "non_signatory": "Neither signed nor joined",
}
STATUS_MEANINGS = {s.value: m for s, m in STATUS_MEANING.items()}


def human_date(value: str | dt.date | None) -> str:
    if not value:
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return f"{day.day} {day.strftime('%B')} {day.year}"


def source_links(src: dict[str, Any] | None) -> list[dict[str, str]]:
    """A fact's source as link records (url, label, confidence)."""
    if not src:
        return []
    label = src.get("document") or src.get("url") or src.get("data") or "source"
    return [{"url": src.get("url") or "", "label": str(label), "confidence": str(src.get("confidence") or ""),
             "note": str(src.get("note") or "")}]


def query_string(query: dict[str, Any]) -> str:
    pairs: list[tuple[str, str]] = []
    for k, v in query.items():
        if v is None or v == "" or v == []:
            continue
        for item in v if isinstance(v, list | tuple) else [v]:
            pairs.append((k, str(item)))
    return urlencode(pairs)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("romestatute.web", "templates"),
                      autoescape=select_autoescape(["html", "svg"]), trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        version=__version__, status_label=STATUS_LABEL, status_order=STATUS_ORDER,
        status_meaning=STATUS_MEANINGS, article_href=articles.href, source_links=source_links,
        query_string=query_string,
    )
    env.filters["human_date"] = human_date
    return env


def render(template: str, **context: Any) -> str:
    context.setdefault("checked_on", facts().checked_on.isoformat())
    context.setdefault("today", dt.date.today().isoformat())
    return environment().get_template(template).render(**context)
