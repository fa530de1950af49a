"""Jinja2 templates (autoescaped) and the small helpers the pages share."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

from romestatute import __version__, i18n
from romestatute.facts.load import facts
from romestatute.i18n import N_
from romestatute.model.vocab import STATUS_MEANING
from romestatute.queries.statuses import STATUS_ORDER
from romestatute.web import articles, language

FIRST_DAY = dt.date(1998, 7, 17)

#: Each status's label, read in the active language (``STATUS_LABEL["party"]`` is "État partie" in French).
STATUS_LABEL = i18n.Translated({
    "party": N_("State Party"),
    "ratified_not_in_force": N_("Ratified, not yet in force"),
    "signatory": N_("Signatory"),
    "signature_withdrawn": N_("Signature withdrawn"),
    "former_party": N_("Former party"),
    "non_signatory": N_("Neither signed nor joined"),
})
STATUS_MEANINGS = i18n.Translated({s.value: m for s, m in STATUS_MEANING.items()})


def human_date(value: str | dt.date | None) -> str:
    """A day written out in the page's language ("17 July 1998", "17 juillet 1998")."""
    if not value:
        return ""
    return i18n.long_date(value)


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
                      autoescape=select_autoescape(["html", "svg"]), trim_blocks=True, lstrip_blocks=True,
                      extensions=["jinja2.ext.i18n"])
    # the callables read the active language at each call, so one environment serves every language
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
        i18n.gettext, i18n.ngettext, newstyle=True, pgettext=i18n.pgettext)
    env.globals.update(
        lang=i18n.language, link_lang=language.link_lang, languages=language.switch, state_name=i18n.state_name, number=i18n.number,
        version=__version__, status_label=STATUS_LABEL, status_order=STATUS_ORDER,
        status_meaning=STATUS_MEANINGS, article_href=articles.href, source_links=source_links,
        query_string=query_string,
    )
    env.filters["human_date"] = human_date
    return env


def render(template: str, **context: Any) -> str:
    context.setdefault("checked_on", facts().checked_on.isoformat())
    context.setdefault("today", dt.date.today().isoformat())
    # the labels and meanings in the page's language, as plain dicts (the map's script reads them as JSON)
    context.setdefault("status_label", dict(STATUS_LABEL.items()))
    context.setdefault("status_meaning", dict(STATUS_MEANINGS.items()))
    html = environment().get_template(template).render(**context)
    return language.keep_language(html, language.link_lang())
