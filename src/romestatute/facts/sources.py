"""What kind of source a URL is: first-hand, or a copy or compilation of others.

``rome data check`` refuses ``high`` confidence for a fact whose only source is
a copy of Wikipedia (liquisearch, nina.az, wikimili...) or an aggregator (a
syndication site, a compiled third-party dataset): such pages are useful leads,
but the fact stands only on a first-hand source (a depositary notification, a
UN or ICC document or release, a government record, a report by the outlet that
saw it).  It also refuses tracking parameters (``utm_...``) in a source URL:
they name the reader's path to a page, not the page.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from romestatute.facts.records import CONFIDENCES

#: Hosts that copy Wikipedia's text (a host matches itself and its subdomains).
WIKIPEDIA_COPIES = (
    "wikipedia.org", "wikimili.com", "wikiwand.com", "wikizero.com", "wiki2.org", "infogalactic.com",
    "justapedia.org", "alchetron.com", "dbpedia.org", "liquisearch.com", "nina.az", "explained.today",
    "cryer.org.uk", "fanyv88.com", "ask3.ru", "global.ssl.fastly.net", "everybodywiki.com", "wikiredia.com",
    "hyperlinked.wiki", "wikiclassic.com", "qwe.wiki", "profilbaru.com", "the-uncensored-wiki.com",
)
#: Aggregators: pages that republish or compile what others reported, as (host, path prefix).
AGGREGATORS = (
    ("menafn.com", ""),  # syndicates agency copy (KUNA, Trend...) without its own reporting
    ("paralegalbrief.com", ""),  # republishes JURIST and other blogs
    ("worldometers.info", ""),
    ("github.com", "/theNewDynamic/aba-icc"),  # the ABA ICC Project's compiled table of treaty dates
)
#: The confidences a fact of the YAML files may carry (``hypothetical`` is for the examples' rows only).
FIRM = CONFIDENCES - {"hypothetical"}
#: The order confidences are named in.
_CONFIDENCE_ORDER = ("high", "medium", "low", "hypothetical")
#: Query parameters that track a reader and never select a page.
TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid")


def _host(url: str) -> tuple[str, str]:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    return host, parts.path


def _matches(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


def second_hand(url: str) -> str | None:
    """Why ``url`` is not a first-hand source ('a copy of Wikipedia', 'an aggregator'), or None."""
    host, path = _host(url)
    if not host:
        return None
    if any(_matches(host, h) for h in WIKIPEDIA_COPIES):
        return "a copy of Wikipedia"
    if any(_matches(host, h) and path.lower().startswith(p.lower()) for h, p in AGGREGATORS):
        return "an aggregator"
    return None


def tracking_parameters(url: str) -> list[str]:
    """The tracking parameters in ``url``'s query, in order (empty: none)."""
    query = urlsplit(url.strip()).query
    return [k for k, _ in parse_qsl(query, keep_blank_values=True) if k.lower().startswith(TRACKING)]


def source_problems(url: str, document: str, confidence: str) -> list[str]:
    """What is wrong with one fact's source: not a URL, tracking parameters, or ``high`` on a copy alone."""
    out = []
    if url and not url.startswith(("http://", "https://")):
        out.append(f"source {url!r} is not a URL")
    tracking = tracking_parameters(url) if url else []
    if tracking:
        out.append(f"source URL carries tracking parameters ({', '.join(tracking)}): cite the page without them")
    kind = second_hand(url) if url else None
    if kind and confidence == "high" and not document:
        out.append(f"confidence high, but the only source is {kind} ({url}): cite a first-hand source "
                   "or lower the confidence and say why in the note")
    return out


def sourced_problems(source: Any, document: Any, confidence: Any, allowed: Collection[str] = FIRM) -> list[str]:
    """What is wrong with a fact's source and confidence: neither a source URL nor a document, what
    ``source_problems`` finds in the URL, a confidence not in ``allowed``."""
    out = []
    if not (source or document):
        out.append("no source")
    elif isinstance(source, str):
        out += source_problems(source, str(document or ""), str(confidence))
    if confidence not in allowed:
        names = [c for c in _CONFIDENCE_ORDER if c in allowed]
        out.append(f"confidence {confidence!r} is not {', '.join(names[:-1])} or {names[-1]}")
    return out
