"""The explorer says beside the answer which state an ambiguous name ("Congo", "Korea") was taken as."""

from __future__ import annotations

from typing import Any


def test_the_explorer_says_it_beside_the_answer(client: Any) -> None:
    page = client.get("/jurisdiction", params={"crimes": "genocide", "territory": "Congo", "from": "2003-01-01"}).text
    answer = page.split('id="answer"', 1)[1]
    assert "name-note" in answer and "(COD" in answer and "taken as Congo (COG" in answer.replace("&#39;", "'")
    assert "name-note" not in client.get("/jurisdiction", params={"crimes": "genocide", "territory": "COD",
                                                                  "from": "2003-01-01"}).text
    page = client.get("/obligation", params={"person": "Putin", "state": "Korea", "on": "2024-01-01"}).text
    assert "name-note" in page and "(PRK" in page
