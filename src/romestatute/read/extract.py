"""From what a reader pastes to plain text and a date.

``to_text`` accepts plain text or a whole HTML page.  For HTML it drops what is
never the report (scripts, styles, navigation, headers, footers, asides, forms,
share and comment widgets), keeps the ``<article>`` (or ``<main>``) when the
page has one, and turns block elements into line breaks so that sentences and
headlines stay apart.  Plain text is returned unchanged, so every character
position reported by ``rome read`` points into the text as given.

``find_date`` is a small deterministic finder (no model, no ``dateparser``): it
knows "Thursday November 17, 2016", "Nov. 17, 2016", "17 November 2016",
"17th of November, 2016" and "2016-11-17".  A page's publication metadata wins;
otherwise the first full date near the top of the text (the dateline) is taken,
and failing that the first full date anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Elements that are never part of the report itself.
BOILERPLATE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
               "iframe", "svg", "button", "select", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
               "[aria-hidden=true]", ".share", ".social", ".comments", "#comments", ".related", ".advert", ".ad")
#: Elements after which a line ends.
BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "figcaption", "title",
          "section", "article", "time", "dd", "dt", "pre")
#: Publication-date metadata, most specific first.
DATE_META = ('meta[property="article:published_time"]', 'meta[property="og:published_time"]',
             'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]',
             'meta[name="publish-date"]', 'meta[name="DC.date.issued"]')

MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
DATE_PATTERNS = (
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _YEAR + r"-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
)
ISO_PREFIX = re.compile(r"(?P<year>\d{4})-(?P<m>[01]\d)-(?P<day>[0-3]\d)")
#: How far from the top a date still counts as the dateline.
DATELINE_CHARS = 1200
MAX_INPUT = 2_000_000  # characters; longer input is refused by the caller


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    text: str
    start: int | None  # position in the text (None: from page metadata)
    how: str  # "metadata", "dateline", "text"

    def to_json(self) -> dict[str, object]:
        return {"value": self.date.isoformat(), "text": self.text, "start": self.start, "how": self.how}


def looks_like_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype" in head or bool(
        re.search(r"<(p|div|article|span|h1|meta|script)\b", head))


def _parser(raw: str):  # type: ignore[no-untyped-def]
    from selectolax.lexbor import LexborHTMLParser  # lazy: only HTML input pays for it

    return LexborHTMLParser(raw)


def to_text(raw: str) -> tuple[str, bool]:
    """The report as plain text, and whether the input was HTML."""
    if not looks_like_html(raw):
        return raw, False
    tree = _parser(raw)
    for sel in BOILERPLATE:
        for node in tree.css(sel):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return "", True
    for node in root.css(",".join(BLOCKS)):
        node.insert_after("\n")
    title = tree.css_first("head title")
    parts = [title.text(strip=True)] if title is not None and root.css_first("h1") is None else []
    parts.append(root.text(separator=""))
    lines = [" ".join(line.split()) for line in "\n".join(parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    return text, True


def _to_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else MONTHS[g["month"].lower().rstrip(".")]
    try:
        return dt.date(int(g["year"]), month, int(g["day"]))
    except ValueError:
        return None


def dates_in(text: str) -> list[FoundDate]:
    """Every full date written in ``text``, in order of position; a range of days ("4 to 14 December 2017") is one
    date, its first day, as ``read.dates`` reads it."""
    if "19" not in text and "20" not in text:
        return []  # every pattern needs a year 19xx or 20xx
    from romestatute.read.dates import ranges

    found: dict[int, FoundDate] = {pos: FoundDate(day, said, pos, "text") for said, pos, day in ranges(text, 0)}
    for rx in DATE_PATTERNS:
        for m in rx.finditer(text):
            day = _to_date(m)
            if day is not None and not any(s <= m.start() < s + len(f.text) for s, f in found.items()):
                found[m.start()] = FoundDate(day, m.group(0), m.start(), "text")
    return [found[k] for k in sorted(found)]


def meta_date(raw: str) -> FoundDate | None:
    """The publication date in an HTML page's metadata, if it carries one."""
    if not looks_like_html(raw):
        return None
    tree = _parser(raw)
    nodes = [tree.css_first(sel) for sel in DATE_META] + [tree.css_first("time[datetime]")]
    for node in nodes:
        if node is None:
            continue
        value = node.attributes.get("content") or node.attributes.get("datetime") or ""
        m = ISO_PREFIX.match(value.strip())
        if m and (day := _to_date(m)):
            return FoundDate(day, value, None, "metadata")
    return None


def find_date(raw: str, text: str) -> FoundDate | None:
    """The report's own date: page metadata, else what ``read.dates`` finds in the text."""
    from romestatute.read import dates

    meta = meta_date(raw)
    if meta is not None:
        return meta
    found = dates.find_date(text)
    return None if found is None else FoundDate(found.date, found.text, found.start, found.how)
