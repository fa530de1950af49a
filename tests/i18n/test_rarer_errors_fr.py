"""The rarer refusals in French: pydantic's checks of a JSON question (``POST /api/jurisdiction``) and the
``--element``/``elements`` form; English is what it always was (pydantic's own line, the same sentences)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NB = "\u00a0"
BASE = {"crimes": "war_crimes", "from": "2016-01-01", "territory": "SYR"}

#: (body, field, the English line as pydantic writes it, the French line)
BODIES: list[tuple[Any, str, str, str]] = [
    ({**BASE, "age": -1}, "age", "age: Input should be greater than or equal to 0",
     f"age{NB}: la valeur doit être au moins 0"),
    ({**BASE, "age": 200}, "age", "age: Input should be less than or equal to 130",
     f"age{NB}: la valeur doit être au plus 130"),
    ({**BASE, "age": "abc"}, "age", "age: 'abc': Input should be a valid integer, unable to parse string as an integer",
     f"age{NB}: «{NB}abc{NB}»{NB}: la valeur doit être un nombre entier{NB}; ce texte n’en est pas un"),
    ({**BASE, "age": 1.5}, "age", "age: Input should be a valid integer, got a number with a fractional part",
     f"age{NB}: la valeur doit être un nombre entier, sans partie décimale"),
    ({**BASE, "age": True}, "age", "age: Value error, give the age in whole years, not true or false",
     f"age{NB}: valeur non valide{NB}: indiquez l’âge en années entières, et non true ou false"),
    ({**BASE, "bogus": 1}, "bogus", "bogus: Extra inputs are not permitted", f"bogus{NB}: champ non admis"),
    ({**BASE, "territory": 5}, "territory", "territory: Input should be a valid list",
     f"territory{NB}: la valeur doit être une liste"),
    ({**BASE, "crimes": [1]}, "crimes", "crimes: Input should be a valid string",
     f"crimes{NB}: la valeur doit être une chaîne de caractères"),
    ({**BASE, "authorised_operation": "maybe"}, "authorised_operation",
     "authorised_operation: Input should be a valid boolean, unable to interpret input",
     f"authorised_operation{NB}: la valeur doit être un booléen{NB}; celle-ci n’a pas pu être interprétée"),
    ({**BASE, "trigger": "x"}, "trigger",
     "trigger: 'x': Input should be 'state_referral', 'proprio_motu' or 'unsc_referral'",
     f"trigger{NB}: «{NB}x{NB}»{NB}: la valeur doit être 'state_referral', 'proprio_motu' ou 'unsc_referral'"),
    ([1, 2], "body", "body: Input should be a valid dictionary or object to extract fields from",
     f"body{NB}: la valeur doit être un objet JSON dont lire les champs"),
]


@pytest.mark.parametrize(("body", "field", "english", "french"), BODIES)
def test_pydantic_checks_in_both_languages(client: Any, body: Any, field: str, english: str, french: str) -> None:
    en = client.post("/api/jurisdiction", json=body)
    fr = client.post("/api/jurisdiction?lang=fr", json=body)
    assert en.status_code == fr.status_code == 422
    assert en.json() == {"error": english, "field": field}
    assert fr.json() == {"error": french, "field": field} and fr.headers["content-language"] == "fr"


def test_a_query_parameter_too(client: Any) -> None:
    r = client.get("/api/jurisdiction?crimes=war_crimes&from=2016-01-01&territory=SYR&age=-3",
                   headers={"accept-language": "fr"})
    assert r.status_code == 422 and r.json()["error"] == f"age{NB}: la valeur doit être au moins 0"


ELEMENT = ["jurisdiction", "--crime", "war_crimes", "--territory", "MMR", "--from", "2017-08-25"]

#: (--element value, the English line, the French line)
ELEMENTS = [
    ("deportation", "rome: error: elements: 'deportation' is not of the form ACT:STATE, e.g. deportation:BGD",
     f"rome{NB}: erreur{NB}: elements{NB}: «{NB}deportation{NB}» n’a pas la forme ACT:STATE, p. ex. deportation:BGD"),
    ("flight:BGD", "rome: error: elements: unknown act 'flight'; one of deportation, other_inhumane_acts, persecution "
     "or a crime", f"rome{NB}: erreur{NB}: elements{NB}: acte inconnu «{NB}flight{NB}»{NB}; l’un de ceux-ci{NB}: "
     "deportation, other_inhumane_acts, persecution, ou un crime"),
    ("persecution:BGD", "rome: error: elements: persecution belongs to crimes_against_humanity, which the question "
     "does not name among its crimes", f"rome{NB}: erreur{NB}: elements{NB}: persecution relève du crime "
     "crimes_against_humanity, que la question ne nomme pas parmi ses crimes"),
]


@pytest.mark.parametrize(("value", "english", "french"), ELEMENTS)
def test_element_errors_in_both_languages(rome: Callable[..., Any], value: str, english: str, french: str) -> None:
    en = rome(*ELEMENT, "--element", value)
    fr = rome(*ELEMENT, "--element", value, "--lang", "fr")
    assert en.code == fr.code == 2
    assert en.err == english + "\n" and fr.err == french + "\n"


def test_an_act_of_two_crimes_neither_asked(client: Any) -> None:
    query = "crimes=genocide&territory=MMR&from=2017-08-25&elements=deportation:BGD"
    en = client.get(f"/api/jurisdiction?{query}").json()
    fr = client.get(f"/api/jurisdiction?{query}&lang=fr").json()
    assert en["error"] == ("elements: deportation belongs to crimes_against_humanity or war_crimes, which the question "
                           "does not name among its crimes")
    assert fr["error"] == (f"elements{NB}: deportation relève des crimes crimes_against_humanity ou war_crimes, que "
                           "la question ne nomme pas parmi ses crimes")
