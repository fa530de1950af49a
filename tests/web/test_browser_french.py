"""The explorer in French, in headless Chromium: no English left in what the page says (names of documents
aside), and nothing overflowing its box on a phone (390 px) or a desktop (1400 px)."""

from __future__ import annotations

import re
from typing import Any

import pytest

#: English words that have no French homograph: one of them in the page's text means a string was missed.
ENGLISH = {"the", "and", "of", "with", "which", "since", "from", "this", "that", "by", "is", "was", "has", "have",
           "not", "for", "its", "under", "state", "states", "party", "withdrawal", "jurisdiction",
           "holds", "outcome", "reasoning", "caveats", "referral", "declaration", "signed", "joined", "map",
           "legend", "show", "play", "day", "today", "arrest", "duty", "warrant", "warrants", "where",
           "when", "who", "whom", "could", "must", "share", "link", "download", "check", "clear", "ask"}

#: A word of prose: not part of a code such as ``declaration_12_3`` or ``SYR:deportation``.
WORD = re.compile(r"(?<![\w:/])[A-Za-z’']+(?![\w:])")

#: An address written out in a record's note (quoted, not said).
URL = re.compile(r"https?://\S+")

#: What the page quotes rather than says: sources (document names, addresses), code, and people's names.
QUOTED = "a.src, .src, code, time, .iso, datalist, option, script, style, [lang='en'], .examples-names"

TEXT_OF = """(quoted) => {
  const skip = new Set(document.querySelectorAll(quoted));
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let el = n.parentElement, hidden = false;
    for (let e = el; e; e = e.parentElement) { if (skip.has(e)) { hidden = true; break; } }
    if (!hidden && el.getClientRects().length) { out.push(n.textContent); }
  }
  for (const el of document.querySelectorAll('[aria-label], [placeholder], title')) {
    if (![...skip].some((s) => s.contains(el))) { out.push(el.getAttribute('aria-label') || el.getAttribute('placeholder') || ''); }
  }
  return out.join(' ');
}"""

OVERFLOW = """() => {
  const bad = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) { bad.push('page ' + document.documentElement.scrollWidth + '>' + width); }
  for (const el of document.querySelectorAll('h1, h2, h3, p, li, label, legend, button, summary, th, td, dt, dd, a, select, input')) {
    if (!el.getClientRects().length) { continue; }
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible') { continue; }
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.display !== 'inline') {
      bad.push(el.tagName + ' ' + (el.id || el.className) + ': ' + el.textContent.trim().slice(0, 40));
    }
  }
  return bad;
}"""


def english_words(page: Any) -> list[str]:
    text = page.evaluate(TEXT_OF, QUOTED)
    return sorted({w for w in WORD.findall(text) if w.lower() in ENGLISH})


def overflowing(browser: Any, url: str) -> dict[int, list[str]]:
    found = {}
    for width in (390, 1400):
        context = browser.new_context(viewport={"width": width, "height": 900})
        pg = context.new_page()
        pg.goto(url)
        found[width] = pg.evaluate(OVERFLOW)
        context.close()
    return found


def test_home_page_in_french(page: Any, live_server: str, browser: Any, shoot: Any) -> None:
    page.goto(live_server + "/?lang=fr&on=2016-11-17")
    assert page.get_attribute("html", "lang") == "fr"
    assert "États parties" in page.inner_text("#summary")
    assert "17 novembre 2016" in page.inner_text("#summary")
    assert page.get_attribute('#map a[data-state="BDI"]', "aria-label") == "Burundi\u00a0: État partie, retrait en cours" or \
        page.get_attribute('#map a[data-state="BDI"]', "aria-label") == "Burundi: État partie, retrait en cours"
    assert english_words(page) == []
    shoot(page, "home-fr")
    assert overflowing(browser, live_server + "/?lang=fr") == {390: [], 1400: []}
    assert page.console_errors == []


def test_the_slider_keeps_the_page_french(page: Any, live_server: str, move_slider: Any) -> None:
    page.goto(live_server + "/?lang=fr&on=2010-01-01")
    move_slider(page, "2016-11-17")
    summary = page.inner_text("#summary")
    assert "17 novembre 2016" in summary and "prend effet le 2017-10-27" in summary
    assert "lang=fr" in page.url
    assert "lang=fr" in (page.get_attribute("#summary-pending a", "href") or "")
    assert english_words(page) == []


def _data_english() -> set[str]:
    """The stop list of the record's own English: every word of the English prose of ``warrants.yaml`` and
    ``noncompliance.yaml`` (notes, case titles, visits' notes, findings' summaries) that neither its French nor the
    French catalogue uses (so names, codes and document numbers, said alike in both, are not on it; addresses aside)."""
    import yaml

    from romestatute.facts.load import data_dir

    english, french = [], []
    warrants = yaml.safe_load((data_dir() / "warrants.yaml").read_text(encoding="utf-8"))["warrants"]
    record = yaml.safe_load((data_dir() / "noncompliance.yaml").read_text(encoding="utf-8"))
    for entry, fields in [(w, ("note", "case", "role")) for w in warrants] + \
            [(v, ("note",)) for v in record["visits"]] + [(f, ("summary",)) for f in record["findings"]]:
        english += [entry[k] for k in fields if entry.get(k)]
        french += [entry["fr"][k] for k in fields if entry.get(k)]
    from babel.messages.pofile import read_po

    from romestatute.i18n import catalogue_path

    with catalogue_path("fr").open("rb") as po:  # and the French of the catalogue ("art.", "justice")
        french += [m for msg in read_po(po) for m in ([msg.string] if isinstance(msg.string, str) else msg.string)]
    french += [w["situation"] for w in warrants]  # codes, shown as such ("situation darfur")
    said = {w.lower() for w in WORD.findall(URL.sub(" ", " ".join(french)))}
    return {w.lower() for w in WORD.findall(URL.sub(" ", " ".join(english)))} - said


DATA_ENGLISH = _data_english()


def test_the_data_stop_list_sees_the_english_record() -> None:
    """The stop list could fail: the record's English words are on it, French and names are not."""
    assert {"summit", "visit", "found", "chamber", "failed", "ulaanbaatar"} <= DATA_ENGLISH
    assert not {"putin", "mongolie", "chambre", "icc", "khurelsukh"} & DATA_ENGLISH


@pytest.mark.parametrize("path", [
    "/jurisdiction?lang=fr&crimes=war_crimes&territory=SYR&nationality=RUS&from=2016-09-01&to=2016-12-31&as_of=2016-11-17",
    "/obligation?lang=fr&person=Putin&state=MNG&on=2024-09-03",
    "/obligation?lang=fr&person=al-Bashir&state=JOR&on=2017-03-29",
])
def test_answers_in_french(page: Any, live_server: str, browser: Any, shoot: Any, path: str) -> None:
    """The checker's answer and the duty to arrest, the engine's own sentences included (the trace, the readings,
    the routes, the caveats, the events' meanings) and the record's visits and findings of non-compliance: no English
    word, nor any word of the record's English prose, but in what is quoted (names of documents)."""
    page.goto(live_server + path)
    assert page.get_attribute("html", "lang") == "fr"
    assert page.locator(".trace li").count() > 0
    # quoted, not said: the articles' official titles (their French is the article pages' work)
    words = URL.sub(" ", page.evaluate(TEXT_OF, QUOTED + ", .reason-head"))
    assert sorted({w for w in WORD.findall(words) if w.lower() in ENGLISH}) == []
    assert sorted({w for w in WORD.findall(words) if w.lower() in DATA_ENGLISH}) == []
    if "/obligation" in path:
        assert page.locator("#noncompliance li").count() > 0
    shoot(page, "fr-" + path.split("?")[0].strip("/"))
    assert overflowing(browser, live_server + path) == {390: [], 1400: []}
    assert page.console_errors == []


#: The other pages, engine sentences included; the data they quote in English is marked ``lang="en"`` (QUOTED).
PAGES = [
    ("/situations?lang=fr", ""),
    ("/situation/burundi?lang=fr", ""),
    ("/situation/ukraine?lang=fr", ""),
    ("/situation/honduras?lang=fr", ""),
    ("/warrants?lang=fr&status=at_large", ""),
    ("/diff?lang=fr&from=2016-01-01&to=2019-12-31", ""),
    ("/articles?lang=fr", ""),
    ("/article/art-15-bis?lang=fr", ""),
    ("/example/aleppo?lang=fr", ""),
    ("/read?lang=fr", ""),
]


@pytest.mark.parametrize(("path", "engine"), PAGES, ids=[p.split("?")[0] for p, _ in PAGES])
def test_every_other_page_in_french(page: Any, live_server: str, browser: Any, shoot: Any, path: str,
                                    engine: str) -> None:
    page.goto(live_server + path)
    assert page.get_attribute("html", "lang") == "fr"
    words = URL.sub(" ", page.evaluate(TEXT_OF, QUOTED + (", " + engine if engine else "")))
    assert sorted({w for w in WORD.findall(words) if w.lower() in ENGLISH}) == []
    if path.startswith("/warrants"):  # the cases' titles said in French
        assert sorted({w for w in WORD.findall(words) if w.lower() in DATA_ENGLISH}) == []
    hrefs = page.eval_on_selector_all("a[href^='/']:not([href^='/api']):not([href^='/docs']):not([hreflang])",
                                      "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and all("lang=fr" in h for h in hrefs)  # the switch (hreflang) names its own language
    shoot(page, "fr-" + path.split("?")[0].strip("/").replace("/", "-"))
    assert overflowing(browser, live_server + path) == {390: [], 1400: []}
    assert page.console_errors == []


def test_a_french_reading_in_the_browser(page: Any, live_server: str, browser: Any) -> None:
    """The read page's sample answered in French: headings and labels French (the reader's sentences are not yet)."""
    page.goto(live_server + "/read?lang=fr")
    page.click("#read-sample")
    page.wait_for_selector("#reading")
    assert "lang=fr" in page.url
    assert "Dépêche datée du" in page.inner_text("#report-date")
    readers = (", textarea, .correction, .claim, .act p, #triggers p, #triggers li, .question-reading, .caveats, "
               ".state-reading dd, .state-reading details li, .person li, .state-reading .note a")
    words = page.evaluate(TEXT_OF, QUOTED + readers)
    assert sorted({w for w in WORD.findall(words) if w.lower() in ENGLISH}) == []
    width = {}
    for w in (390, 1400):
        page.set_viewport_size({"width": w, "height": 900})
        width[w] = page.evaluate(OVERFLOW)
    assert width == {390: [], 1400: []}


def test_situation_names_and_roles_are_said_in_french(page: Any, live_server: str) -> None:
    """The Court's French names of the situations and the persons' roles are the page's own French, not quotes."""
    page.goto(live_server + "/situation/burundi?lang=fr")
    assert page.inner_text("h1") == "Situation en République du Burundi"
    assert page.get_attribute("h1", "lang") is None
    page.goto(live_server + "/warrants?lang=fr&situation=ukraine")
    quoted = page.eval_on_selector_all("td[lang='en'], a[lang='en']", "els => els.map(e => e.textContent).join(' ')")
    assert "President" not in quoted and "Situation in" not in quoted  # (a case's English title stays quoted)
    assert "Président de la Fédération de Russie" in page.inner_text("table")
    assert "Situation en Ukraine" in page.inner_text("table")


def test_the_situations_recorded_prose_is_said_in_french(page: Any, live_server: str) -> None:
    """A situation's note, its declarations' notes and an explained disagreement: our French, not quoted English."""
    page.goto(live_server + "/situation/ukraine?lang=fr")
    note = page.locator("#facts + p.note")
    assert note.inner_text().startswith("La Lituanie a déféré la situation le 1er mars 2022")
    assert note.get_attribute("lang") is None
    assert "Déclaration datée du 9 avril 2014" in page.inner_text("#facts")
    page.goto(live_server + "/situations?lang=fr")
    assert page.locator(".gaps dd > p[lang='en']").count() == 0
    assert "Le Honduras est partie au Statut" in page.inner_text(".gaps")


def test_a_page_refused_by_the_guard_is_the_explorers_error_page_in_french(page: Any, live_server: str,
                                                                          browser: Any) -> None:
    """A value over the guard's limit in a page's address, opened in the browser: the explorer's own error page in
    French (its stylesheet applied, no English word, nothing overflowing), not a JSON document."""
    from romestatute.web import guard

    url = live_server + "/state/" + "A" * (guard.MAX_VALUE + 1) + "?lang=fr"
    response = page.goto(url)
    assert response is not None and response.status == 422
    assert response.headers["content-type"].startswith("text/html")
    assert page.get_attribute("html", "lang") == "fr"
    assert page.inner_text("h1") == "Cette question ne peut recevoir de réponse telle qu’elle est posée"
    assert page.inner_text("p.error") == f"state\u00a0: plus de {guard.MAX_VALUE} caractères (champ\u00a0: state)"
    assert page.evaluate("getComputedStyle(document.querySelector('header.site')).display") != "inline"  # styled
    text = page.evaluate(TEXT_OF, QUOTED).replace("state\u00a0:", "")  # the field's name (a code) before its colon
    assert sorted({w for w in WORD.findall(text) if w.lower() in ENGLISH}) == []
    assert overflowing(browser, url) == {390: [], 1400: []}
    assert [e for e in page.console_errors if "status of 422" not in e] == []
