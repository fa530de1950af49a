"""One article index behind every face: the explorer's article pages and ``/api/articles`` read
``law.articles`` (the index the engine's traces and ``rome articles`` read), from the data folder in use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from romestatute.law import articles as law_articles
from romestatute.web import articles as web_articles


def test_web_and_law_give_the_same_articles(client: Any) -> None:
    law = {a["id"]: a for a in law_articles.articles()}
    api = {a["id"]: a for a in client.get("/api/articles").json()}
    assert api.keys() == law.keys()
    for ident, a in api.items():
        assert a["title"] == law[ident]["title"]
        assert a["summary"] == str(law[ident].get("summary", "")).strip()
    fr = {a["id"]: a for a in client.get("/api/articles?lang=fr").json()}
    assert fr["art-12"]["title"] != api["art-12"]["title"]  # the French heading, from the same index


def test_a_data_folder_copy_is_read_by_the_pages(client: Any, data: Path) -> None:
    path = data / "articles.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in doc["articles"]:
        if entry["id"] == "art-12":
            entry["summary"] = "A summary only this copy of the data has."
            entry["fr"]["summary"] = "Un résumé que seule cette copie des données contient."
    doc["source"] = "A source only this copy names"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert client.get("/api/articles/art-12").json()["summary"] == "A summary only this copy of the data has."
    page = client.get("/article/art-12?lang=fr").text
    assert "Un résumé que seule cette copie des données contient." in page
    assert "A source only this copy names" in page
    assert web_articles.lookup("12(2)(a)") is not None


def test_the_bundled_data_is_back_after_the_copy(client: Any) -> None:
    assert "only this copy" not in client.get("/api/articles/art-12").json()["summary"]
