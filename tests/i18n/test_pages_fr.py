"""Every page of the explorer in French, over HTTP: no English word from a short stop-list is left in what the
page says, links and forms keep ``lang=fr``, and the description and title are French.

What a page quotes rather than says is left out: data in English marked ``lang="en"`` (roles,
the Court's decisions' titles, the words of a news report), sources, codes and dates. The engine's sentences (the
trace, the caveats, the routes) are checked with the rest; only the read's own sentences are left out (not yet
translated: docs/i18n.md). A situation's name is the Court's French one, said, not quoted (its title included).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

#: English words with no French homograph: one of them in a French page means a string was missed.
ENGLISH = {"the", "and", "of", "with", "which", "since", "from", "this", "that", "by", "is", "was", "has", "have",
           "not", "for", "its", "under", "state", "states", "party", "withdrawal", "jurisdiction", "holds",
           "outcome", "reasoning", "caveats", "referral", "declaration", "signed", "joined", "map", "legend", "show",
           "play", "day", "today", "arrest", "duty", "warrant", "warrants", "where", "when", "who", "whom", "could",
           "must", "share", "link", "download", "check", "clear", "ask", "to", "no", "yes", "any", "none", "read",
           "engine", "decision", "decisions", "people", "person", "period", "changed", "recorded", "issued",
           "summons"}

WORD = re.compile(r"(?<![\w:/])[A-Za-z’']+(?![\w:])")

#: Quoted, not said: data in English, sources, codes, dates, and what a reader never sees.
QUOTED = ("script", "style", "body [lang='en']", "code", "time", ".src", ".iso", "option", "datalist")
#: Each page of the explorer not covered by the home/state/checker/duty-to-arrest tests, with what it leaves out.
PAGES: list[tuple[str, tuple[str, ...]]] = [
    ("/situations", ()),
    ("/situation/darfur", ()),
    ("/situation/burundi", ()),
    ("/situation/palestine", ()),
    ("/situation/ukraine", ()),
    ("/situation/libya", ()),
    ("/situation/honduras", ()),
    ("/situation/venezuela-2006", ()),
    ("/warrants", ()),
    ("/warrants?status=at_large&status=in_custody&situation=darfur", ()),
    ("/diff", ()),
    ("/diff?from=2016-01-01&to=2019-12-31", ()),
    ("/diff?from=2026-01-01&to=2027-12-31&as_of=2026-06-01", ()),
    ("/articles", ()),
    ("/article/art-12", ()),
    ("/article/art-8-bis", ()),
    ("/article/art-12-2-a", ()),
    ("/example/aleppo", ()),
    ("/read", ()),
    ("/obligation", ()),
    ("/obligation?person=al-Bashir&state=JOR&on=2017-03-29", ()),
    ("/obligation?person=Putin&state=MNG&on=2024-09-03", ()),
    ("/obligation?person=Netanyahu&state=HUN&on=2025-04-04", ()),
]


def english_words(html: str, skip: tuple[str, ...] = ()) -> list[str]:
    tree = LexborHTMLParser(html)
    for selector in QUOTED + skip:
        for node in tree.css(selector):
            node.decompose()
    assert tree.body is not None
    text = tree.body.text(separator=" ")
    meta = tree.css_first("meta[name=description]")
    head = (meta.attributes.get("content") or "" if meta else "") + " " + (tree.css_first("title").text())
    text = re.sub(r"https?://\S+", " ", text)  # an address written out in a record's note is quoted, not said
    return sorted({w for w in WORD.findall(text + " " + head) if w.lower() in ENGLISH})


def _french(client: Any, path: str) -> str:
    r = client.get(path + ("&" if "?" in path else "?") + "lang=fr")
    assert r.status_code == 200, (path, r.status_code)
    assert r.headers["content-language"] == "fr"
    assert '<html lang="fr">' in r.text
    return str(r.text)


@pytest.mark.parametrize(("path", "engine"), PAGES, ids=[p for p, _ in PAGES])
def test_the_page_speaks_french(client: Any, path: str, engine: tuple[str, ...]) -> None:
    assert english_words(_french(client, path), engine) == []


@pytest.mark.parametrize(("path", "engine"), PAGES, ids=[p for p, _ in PAGES])
def test_every_link_and_form_keeps_french(client: Any, path: str, engine: tuple[str, ...]) -> None:
    tree = LexborHTMLParser(_french(client, path))
    for a in tree.css("a[href^='/']"):
        href = a.attributes.get("href") or ""
        if href.startswith(("/static/", "/docs", "/openapi.json")) or href.startswith("/api/"):
            continue
        assert re.search(r"[?&]lang=(fr|en)\b", href), href
    for form in tree.css("form"):
        if (form.attributes.get("method") or "get").lower() == "get":
            assert form.css_first("input[name=lang][value=fr]") is not None, form.attributes.get("action")


def test_the_stop_list_sees_an_english_page(client: Any) -> None:
    """The check could fail: the English pages are full of its words, and a French page is not."""
    english = client.get("/situations?lang=en").text
    assert {"the", "engine", "decision"} <= {w.lower() for w in english_words(english)}
    assert english_words(_french(client, "/situations")) == []


def test_a_french_reading_keeps_its_chrome_french(client: Any) -> None:
    """The read page's answer: its headings, labels and counts are French (the reader's own sentences are not
    yet: docs/i18n.md)."""
    from romestatute.web.routes.read import SAMPLE

    r = client.post("/read?lang=fr", data={"text": SAMPLE})
    assert r.status_code == 200 and '<html lang="fr">' in r.text
    assert "Dépêche datée du" in r.text and "La lecture" in r.text
    assert "Report dated" not in r.text and "The reading" not in r.text
    # the reader's sentences and quotes aside, nothing English is left
    readers = ("textarea", ".correction", ".claim", ".act p", "#triggers p", "#triggers li", ".question-reading", "#notes", ".caveats",
               ".state-reading dd", ".state-reading details li", ".person li", ".state-reading .note a", ".trace",
               ".finding p", ".finding td")
    assert english_words(r.text, readers) == []


def test_the_worked_example_uses_french_dates_and_names(client: Any) -> None:
    html = _french(client, "/example/aleppo")
    assert "1er septembre 2016" in html and "31 décembre 2016" in html
    assert "Syrie" in html and "Russie" in html or "Fédération de Russie" in html
    assert "Worked example" not in html


def test_situation_stages_agree_with_their_kind(client: Any) -> None:
    """French labels agree in gender: an investigation is "en cours", a preliminary examination "clos"."""
    html = _french(client, "/situations")
    assert "Enquête<span class=\"note\">, en cours" in html
    assert "Examen préliminaire<span class=\"note\">, clos" in html


def test_parts_are_numbered_as_each_text_numbers_them(client: Any) -> None:
    """The English text has "Part 9", the French one "Chapitre IX"."""
    assert "Chapitre IX\u00a0: Coopération internationale et assistance judiciaire" in _french(client, "/articles")
    assert "Part 9: International Cooperation and Judicial Assistance" in client.get("/articles?lang=en").text
    assert "Chapitre II\u00a0: Compétence, recevabilité et droit applicable" in _french(client, "/article/art-12")


def _english_prose() -> dict[str, list[str]]:
    """Each situation's English prose recorded in situations.yaml (notes, explained disagreements, the notes of
    its further referrals and declarations): the stop list of the situations' pages."""
    import yaml

    from romestatute.facts.load import data_dir

    doc = yaml.safe_load((data_dir() / "situations.yaml").read_text(encoding="utf-8"))
    said: dict[str, list[str]] = {}
    for s in doc["situations"]:
        prose = [s.get("note"), (s.get("disagreement") or {}).get("explanation")]
        prose += [x.get("note") for key in ("additional_referrals", "declarations_12_3") for x in s.get(key) or []]
        said[s["id"]] = [p for p in prose if p]
    return said


def test_no_recorded_english_prose_on_the_french_situation_pages(client: Any) -> None:
    """Every situation's page and the situations page in French: none of the English notes or explanations
    recorded in situations.yaml is shown, and the French ones are not marked as English; in English they are
    all there, quoted as before."""
    prose = _english_prose()
    listing = LexborHTMLParser(_french(client, "/situations"))
    for sid, english in prose.items():
        french = LexborHTMLParser(_french(client, f"/situation/{sid}"))
        text = french.body.text(separator=" ")
        for p in english:
            assert p[:60] not in text and p[:60] not in listing.body.text(), (sid, p[:60])
        quoted = " ".join(" ".join(n.text().split()) for n in french.css("body [lang='en']"))
        fr = [x for x in french.css("#facts + p.note, #facts dd > span, #disagreement > p:first-child > span") if len(x.text()) > 40]
        assert all(" ".join(x.text().split())[:40] not in quoted for x in fr), sid
        page = LexborHTMLParser(client.get(f"/situation/{sid}?lang=en").text)
        said = " ".join(n.text() for n in page.css("[lang='en']"))
        assert all(" ".join(p.split())[:60] in " ".join(said.split()) for p in english), sid
    assert listing.css(".gaps dd > p") and listing.css(".gaps dd > p[lang='en']") == []


def test_a_page_first_shown_in_english_is_then_french_throughout() -> None:
    """Templates are compiled once for every language: nothing computed at compile time (a filter on a constant
    date) may keep the language of the first request (the worked example said "1 September 2016" in French)."""
    import subprocess
    import sys

    code = ("from fastapi.testclient import TestClient\n"
            "from romestatute.web.app import create_app\n"
            "c = TestClient(create_app())\n"
            "c.get('/example/aleppo')\n"
            "print(c.get('/example/aleppo?lang=fr').text)\n")
    html = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "1er septembre 2016" in html and "29 novembre 2000" in html and "15 mars 2011" in html
    assert "September" not in html and "November" not in html and "March" not in html
