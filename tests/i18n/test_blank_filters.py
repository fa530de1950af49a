"""A filter or a list given empty is refused, never read as left out (which would widen the answer to everything):
one line and exit 2 on the command line, 422 naming the field in the API, in English and in French."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NB = "\u00a0"
CONDUCT = ("jurisdiction", "--crime", "war_crimes", "--from", "2016-01-01")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


#: (arguments, field, the English line after "rome: error: ", the French line after « rome : erreur : »)
CLI = [
    (("statuses", "--status", ""), "status", "status: blank; give a status, e.g. former_party",
     f"status{NB}: vide{NB}; indiquez un statut, p. ex. former_party"),
    (("statuses", "--status", " , "), "status", "status: blank; give a status, e.g. former_party",
     f"status{NB}: vide{NB}; indiquez un statut, p. ex. former_party"),
    (("statuses", "--status", "party,"), "status", "status: blank; give a status, e.g. former_party",
     f"status{NB}: vide{NB}; indiquez un statut, p. ex. former_party"),
    (("warrants", "--status", ""), "status", "status: blank; give a status, e.g. at_large",
     f"status{NB}: vide{NB}; indiquez un statut, p. ex. at_large"),
    (("warrants", "--situation", ""), "situation", "situation: give a situation id or name, e.g. darfur",
     f"situation{NB}: indiquez l’identifiant ou le nom d’une situation, p. ex. darfur"),
    (("articles", " "), "article", "article: blank; give a value", f"article{NB}: vide{NB}; indiquez une valeur"),
    ((*CONDUCT, "--territory", "", "--nationality", "RUS"), "territory", "territory: blank; give a value",
     f"territory{NB}: vide{NB}; indiquez une valeur"),
    ((*CONDUCT, "--territory", "SYR", "--nationality", "RUS,"), "nationality", "nationality: blank; give a value",
     f"nationality{NB}: vide{NB}; indiquez une valeur"),
    ((*CONDUCT, "--territory", "SYR", "--resolution", " "), "resolution", "resolution: blank; give a value",
     f"resolution{NB}: vide{NB}; indiquez une valeur"),
    ((*CONDUCT, "--territory", "SYR", "--referred-by", ""), "referred_by", "referred_by: blank; give a value",
     f"referred_by{NB}: vide{NB}; indiquez une valeur"),
    ((*CONDUCT, "--territory", "SYR", "--assume", ""), "assume", "assume: blank; give a value",
     f"assume{NB}: vide{NB}; indiquez une valeur"),
]


@pytest.mark.parametrize(("args", "field", "english", "french"), CLI, ids=lambda a: " ".join(a) if isinstance(a, tuple) else None)
def test_a_blank_filter_is_refused_on_the_command_line(rome: Callable[..., Any], args: tuple[str, ...], field: str,
                                                       english: str, french: str) -> None:
    en = rome(*args)
    fr = rome(*args, "--lang", "fr")
    assert en.code == fr.code == 2 and en.out == fr.out == ""
    assert en.err == f"rome: error: {english}\n"
    assert fr.err == f"rome{NB}: erreur{NB}: {french}\n"
    assert en.err.split(": ")[2] == field


def test_a_filter_left_out_still_lists_everything(rome: Callable[..., Any]) -> None:
    """The refusal is of an empty value only: no --status is every state, as before."""
    every = rome("statuses", "--on", "2020-01-01", "--format", "csv")
    some = rome("statuses", "--on", "2020-01-01", "--format", "csv", "--status", "former_party")
    assert every.code == some.code == 0
    assert len(every.out.splitlines()) == 197 and len(some.out.splitlines()) == 3  # header + 196 states; BDI, PHL


def test_the_python_api_refuses_a_blank_status_too() -> None:
    import romestatute as rs
    from romestatute.model.errors import BadValue

    assert rs.statuses("2020-01-01", None)["counts"]["party"] == 122
    for blank in ("", " ", ["party", ""]):
        with pytest.raises(BadValue) as caught:
            rs.statuses("2020-01-01", blank)
        assert caught.value.field == "status"


#: (address, field, the English error, the French one)
API = [
    ("/api/statuses?status=", "status", "status: blank; give a value", f"status{NB}: vide{NB}; indiquez une valeur"),
    ("/api/statuses?status=%20", "status", "status: blank; give a value", f"status{NB}: vide{NB}; indiquez une valeur"),
    ("/api/situations?q=", "q", "q: blank; give a value", f"q{NB}: vide{NB}; indiquez une valeur"),
    ("/api/warrants?situation=", "situation", "situation: blank; give a value",
     f"situation{NB}: vide{NB}; indiquez une valeur"),
    ("/api/jurisdiction?crimes=war_crimes&from=2016-01-01&territory=SYR&referred_by=", "referred_by",
     "referred_by: blank; give a value", f"referred_by{NB}: vide{NB}; indiquez une valeur"),
]


@pytest.mark.parametrize(("url", "field", "english", "french"), API)
def test_a_blank_parameter_is_a_422_in_the_api(client: Any, url: str, field: str, english: str, french: str) -> None:
    en = client.get(url)
    fr = client.get(url + "&lang=fr")
    assert en.status_code == fr.status_code == 422
    assert en.json() == {"error": english, "field": field}
    assert fr.json() == {"error": french, "field": field} and fr.headers["content-language"] == "fr"


def test_the_api_still_answers_a_filter_left_out_or_given(client: Any) -> None:
    every = client.get("/api/statuses?on=2020-01-01").json()
    some = client.get("/api/statuses?on=2020-01-01&status=former_party").json()
    assert len(every["statuses"]) == 196 and sorted(some["statuses"]) == ["BDI", "PHL"]
    assert [s["id"] for s in client.get("/api/situations?q=darfur").json()["situations"]] == ["darfur"]
