"""``rome articles``: the article index in our words, and which rules implement each article."""

from __future__ import annotations

import re
from typing import Any

import click

from romestatute.cli.output import emit, english, json_option, refuse_blank, table
from romestatute.i18n import N_
from romestatute.i18n import gettext as _


def _load_rules() -> None:
    """Import every module holding rules, so the registry is complete."""
    import importlib

    for name in ("romestatute.law.calendar", "romestatute.law.part02_jurisdiction", "romestatute.law.scope",
                 "romestatute.law.part09_cooperation"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            continue


def articles_index(ident: str | None = None) -> dict[str, Any]:
    """The article index with the rules registered for each article (one schema for CLI and API)."""
    from romestatute.law import articles as idx
    from romestatute.law.registry import RULES, article_id

    _load_rules()
    rows = []
    for a in idx.articles():
        if ident and a["id"] != ident and a["id"] != article_id(ident):
            continue
        rules = [{"article": r.article, "title": _(r.title), "rule": f"{r.module}.{r.function}", "summary": r.summary,
                  "reading": _(r.reading) if r.reading else r.reading} for r in RULES if article_id(r.article) == a["id"]]
        rows.append({**a, "rules": rules})
    return {"schema": "romestatute.articles/1", "articles": rows}


#: The parameter names rules' docstrings use, in words.
CODE_WORDS = {"iso3": "the state", "day": "the day", "state": "the state", "crimes": "the crimes"}


def words(summary: str) -> str:
    """A rule's docstring line as a sentence: code names lose their ``quotes`` and underscores."""
    text = re.sub(r"``([^`]*)``", lambda m: CODE_WORDS.get(m[1], m[1].replace("_", " ")), summary).strip()
    text = re.sub(r"\bNone\b", "none", text)
    return text if not text or text.endswith((".", "?", ")")) else text + "."


@click.command()
@click.argument("article", required=False)
@click.option("--coverage", is_flag=True, help=N_("Only the articles that rules implement."))
@json_option
def articles(article: str | None, coverage: bool, as_json: bool) -> None:
    """The Statute's articles summarised in our words; with ARTICLE (e.g. 12 or art-15-bis), one article."""
    from romestatute.model.errors import BadValue, quoted

    refuse_blank(article=article)
    result = articles_index(article)
    if article and not result["articles"]:
        raise BadValue(_("article: no article %(article)s") % {"article": quoted(article)}, field="article")
    if coverage:
        result["articles"] = [a for a in result["articles"] if a["rules"]]

    def render(r: dict[str, Any]) -> str:
        if article:
            a = r["articles"][0]
            out = [f"Art. {a['number']} — {a.get('title') or ''}", "", a["summary"]]
            for k, v in (a.get("paragraphs") or {}).items():
                out.append("  " + _("%(paragraph)s: %(summary)s") % {"paragraph": k, "summary": v})
            if a["rules"]:
                out += ["", _("Rules applying it (each is code the engine runs; 'reading' where the text leaves room):")]
            for rule in a["rules"]:
                out.append("  " + (_("Art. %(article)s: %(title)s. %(summary)s") % {
                    "article": rule["article"], "title": rule["title"], "summary": words(rule["summary"])}
                    if english() else _("Art. %(article)s: %(title)s.") % {"article": rule["article"],
                                                                         "title": rule["title"]}))
                if rule["reading"]:
                    out.append("      " + _("reading: %(reading)s") % {"reading": rule["reading"]})
            return "\n".join(out)
        return table([_("article"), _("title"), _("rules")],
                     [[a["number"], (a.get("title") or "")[:60], str(len(a["rules"]))] for a in r["articles"]])

    emit(result, as_json, render)


COMMANDS = [articles]
