"""An amendment's title inside an event's sentence (a state's acceptance) follows the language: our French title from
amendments.yaml's ``fr`` block in French, the English title in English, on the same cached ledger."""

from __future__ import annotations

import json

import romestatute as rs
from romestatute import i18n

FR_TITLE = "Définition du crime d’agression et conditions d’exercice de la compétence à son égard"
EN_TITLE = "Definition of the crime of aggression and conditions for exercising jurisdiction"


def _text(answer: object) -> str:
    return json.dumps(answer, ensure_ascii=False)


def test_the_title_in_an_acceptance_follows_the_language() -> None:
    en1 = _text(rs.timeline("DEU"))
    with i18n.use("fr"):
        fr = _text(rs.timeline("DEU"))
    en2 = _text(rs.timeline("DEU"))
    assert f"«\u00a0{FR_TITLE}\u00a0»" in fr and EN_TITLE not in fr
    assert EN_TITLE in en1 and FR_TITLE not in en1
    assert en1 == en2


def test_a_said_parameter_in_each_language() -> None:
    texts = i18n.Texts("Title", "Titre")
    sentence = i18n.said("accepted the amendment '%(title)s'; in force for it from %(day)s", title=texts, day=None)
    assert i18n.english(sentence) == "accepted the amendment 'Title'; in force for it from None"
    assert i18n.Texts("Title").in_language("fr") == "Title"  # no French: the English
    assert texts.in_language("fr") == "Titre" and texts.in_language("en") == "Title"
