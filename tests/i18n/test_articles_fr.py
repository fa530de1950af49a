"""The article summaries in French (``data/articles.yaml``'s ``fr`` blocks): complete, in French, our own words,
and shown by every face (the pages, ``rome articles``, the API, the trace's headings) when French is active."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from romestatute import i18n
from romestatute.facts.load import data_dir

#: English function words: one of them in a French summary means it was left untranslated.
ENGLISH = re.compile(r"\b(the|and|of|which|with|that|must|may|shall|under|state|court)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def index() -> dict[str, Any]:
    return yaml.safe_load((data_dir() / "articles.yaml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_english_summary_has_a_french_one(index: dict[str, Any]) -> None:
    missing = [a["id"] for a in index["articles"] if a.get("summary") and not (a.get("fr") or {}).get("summary")]
    assert missing == []


def test_every_paragraph_note_and_heading_has_its_french(index: dict[str, Any]) -> None:
    for a in index["articles"]:
        fr = a.get("fr") or {}
        assert list(a.get("paragraphs") or {}) == list(fr.get("paragraphs") or {}), a["id"]
        assert bool(a.get("title")) == bool(fr.get("title")), a["id"]  # art. 10 has no heading in either
    assert all((p.get("fr") or {}).get("name") for p in index["parts"])


def test_the_french_is_french_and_not_the_english_left_in_place(index: dict[str, Any]) -> None:
    for a in index["articles"]:
        fr = a["fr"]
        texts = [fr["summary"], *(fr.get("paragraphs") or {}).values()]
        for text in texts:
            # Latin maxims (ne bis in idem) aside, no English function word is left
            assert not ENGLISH.search(text), (a["id"], ENGLISH.search(text), text)
        assert fr["summary"].strip() != a["summary"].strip()


def test_the_statutes_french_terms_are_used(index: dict[str, Any]) -> None:
    """Our words, but the Statute's French terms: the checks the summaries of Arts. 12-17 must pass."""
    fr = {a["id"]: a["fr"] for a in index["articles"]}
    assert "compétence" in fr["art-12"]["summary"] and "renvoi" in fr["art-12"]["summary"]
    assert "déclaration" in fr["art-12"]["paragraphs"]["12(3)"]
    assert "Chambre préliminaire" in fr["art-15"]["summary"] and "Procureur" in fr["art-15"]["summary"]
    assert "Conseil de sécurité" in fr["art-16"]["summary"]
    assert "crime d’agression" in fr["art-15-bis"]["paragraphs"]["15 bis(5)"].replace("'", "’")
    assert "irrecevable" in fr["art-17"]["paragraphs"]["17(1)"]
    assert "État partie" in fr["art-14"]["summary"]
    assert fr["art-12"]["title"] == "Conditions préalables à l’exercice de la compétence"


def test_the_index_answers_in_the_active_language() -> None:
    from romestatute.law import articles

    assert articles.title("12(2)(a)") == "Preconditions to the exercise of jurisdiction"
    with i18n.use("fr"):
        assert articles.title("12(2)(a)") == "Conditions préalables à l’exercice de la compétence"
        assert articles.pinpoint("12(2)(b)").startswith("L’État dont")
        assert articles.parts()[9] == "Coopération internationale et assistance judiciaire"
        a = articles.article("art-12")
        assert a is not None and "fr" not in a  # the French block never leaks into an answer
    assert articles.pinpoint("12(2)(b)").startswith("The state whose")


def test_the_cli_shows_the_french_summary_with_the_same_keys(rome: Callable[..., Any]) -> None:
    en = rome("articles", "12", "--json").json()["articles"][0]
    fr = rome("articles", "12", "--json", "--lang", "fr").json()["articles"][0]
    assert set(en) == set(fr) and "fr" not in fr
    assert set(en["paragraphs"]) == set(fr["paragraphs"])
    assert fr["summary"].startswith("En devenant partie au Statut")
    text = rome("articles", "15", "--lang", "fr").out
    assert "Chambre préliminaire" in text and "Règles qui l’appliquent" in text
    assert "Rules applying it" not in text


def test_the_api_shows_the_french_summary(client: Any) -> None:
    en = client.get("/api/articles/art-17").json()
    r = client.get("/api/articles/art-17", params={"lang": "fr"})
    fr = r.json()
    assert r.headers["content-language"] == "fr"
    assert set(en) == set(fr) and fr["title"] == "Questions relatives à la recevabilité"
    assert fr["paragraphs"]["17(1)(d)"] != en["paragraphs"]["17(1)(d)"]
    listed = client.get("/api/articles", headers={"accept-language": "fr"}).json()
    assert len(listed) == len(client.get("/api/articles").json())
    assert all("fr" not in a for a in listed) and listed[0]["title"] == "La Cour"


def test_the_trace_names_the_article_in_french(client: Any) -> None:
    """A reason's ``title`` (the cited article's heading) follows the language; its code does not."""
    query = {"crimes": "war_crimes", "territory": "SYR", "nationality": "RUS", "from": "2016-09-01",
             "to": "2016-12-31", "as_of": "2016-11-17"}
    en = client.get("/api/jurisdiction", params=query).json()
    fr = client.get("/api/jurisdiction", params={**query, "lang": "fr"}).json()

    def titles(answer: Any) -> set[str]:
        found = set()
        stack = [answer]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                if x.get("article", "").startswith("12(2)") and x.get("title"):
                    found.add(x["title"])
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)
        return found

    assert titles(en) == {"Preconditions to the exercise of jurisdiction"}
    assert titles(fr) == {"Conditions préalables à l’exercice de la compétence"}
    assert en["outcome"] == fr["outcome"]
