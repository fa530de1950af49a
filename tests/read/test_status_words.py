"""The reader says a state's status in a sentence, in English and in French (``model.vocab.STATUS_PREDICATE``):
"On 1 January 2010, China was neither a signatory nor a party", « les Philippines étaient un ancien État partie »;
never the status code ("China was non signatory on ...")."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from romestatute import i18n
from romestatute.model.vocab import STATUS_MEANING, STATUS_PREDICATE, Status
from romestatute.read import read
from romestatute.read.render import render

TODAY = "2026-12-01"
CORPUS = Path(__file__).parent / "corpus"

#: (report's subject, report's date, status then, English record, French record): one a status, then plural names.
CASES = [
    ("Burundi", "2010-01-01", Status.PARTY,
     "On 1 January 2010, Burundi was a State Party (since 1 December 2004).",
     "Le 1er janvier 2010, le Burundi était un État partie (depuis le 1er décembre 2004)."),
    ("Ukraine", "2024-11-15", Status.RATIFIED_NOT_IN_FORCE,
     "On 15 November 2024, Ukraine had deposited its instrument of ratification or accession, but the Statute was not "
     "yet in force for it (since 25 October 2024).",
     "Le 15 novembre 2024, l’Ukraine avait déposé son instrument de ratification ou d’adhésion, mais le Statut n’était "
     "pas encore en vigueur à son égard (depuis le 25 octobre 2024)."),
    ("Ukraine", "2020-01-01", Status.SIGNATORY,
     "On 1 January 2020, Ukraine had signed the Statute but not ratified it (since 20 January 2000).",
     "Le 1er janvier 2020, l’Ukraine avait signé le Statut sans le ratifier (depuis le 20 janvier 2000)."),
    ("Sudan", "2010-01-01", Status.SIGNATURE_WITHDRAWN,
     "On 1 January 2010, the Sudan had signed, then notified the depositary that it did not intend to become a party "
     "(since 26 August 2008).",
     "Le 1er janvier 2010, le Soudan avait signé, puis notifié au dépositaire son intention de ne pas devenir partie "
     "(depuis le 26 août 2008)."),
    ("Burundi", "2018-01-01", Status.FORMER_PARTY,
     "On 1 January 2018, Burundi was a former State Party (since 27 October 2017).",
     "Le 1er janvier 2018, le Burundi était un ancien État partie (depuis le 27 octobre 2017)."),
    ("China", "2010-01-01", Status.NON_SIGNATORY,
     "On 1 January 2010, China was neither a signatory nor a party.",
     "Le 1er janvier 2010, la Chine n’était ni signataire ni partie."),
    # names French treats as plural (data/states_fr.csv): the verb and the possessive follow; English keeps its own
    ("The Philippines", "2015-01-01", Status.PARTY,
     "On 1 January 2015, the Philippines was a State Party (since 1 November 2011).",
     "Le 1er janvier 2015, les Philippines étaient un État partie (depuis le 1er novembre 2011)."),
    ("The Netherlands", "2002-01-01", Status.RATIFIED_NOT_IN_FORCE,
     "On 1 January 2002, the Netherlands had deposited its instrument of ratification or accession, but the Statute was "
     "not yet in force for it (since 17 July 2001).",
     "Le 1er janvier 2002, les Pays-Bas avaient déposé leur instrument de ratification ou d’adhésion, mais le Statut "
     "n’était pas encore en vigueur à leur égard (depuis le 17 juillet 2001)."),
    ("The Bahamas", "2010-01-01", Status.SIGNATORY,
     "On 1 January 2010, the Bahamas had signed the Statute but not ratified it (since 29 December 2000).",
     "Le 1er janvier 2010, les Bahamas avaient signé le Statut sans le ratifier (depuis le 29 décembre 2000)."),
    ("The United States", "2010-01-01", Status.SIGNATURE_WITHDRAWN,
     "On 1 January 2010, the United States of America had signed, then notified the depositary that it did not intend "
     "to become a party (since 6 May 2002).",
     "Le 1er janvier 2010, les États-Unis avaient signé, puis notifié au dépositaire leur intention de ne pas devenir "
     "partie (depuis le 6 mai 2002)."),
    ("The Philippines", "2020-01-01", Status.FORMER_PARTY,
     "On 1 January 2020, the Philippines was a former State Party (since 17 March 2019).",
     "Le 1er janvier 2020, les Philippines étaient un ancien État partie (depuis le 17 mars 2019)."),
    ("Tonga", "2010-01-01", Status.NON_SIGNATORY,
     "On 1 January 2010, Tonga was neither a signatory nor a party.",
     "Le 1er janvier 2010, les Tonga n’étaient ni signataires ni parties."),
]


def _record(subject: str, day: str, lang: str) -> tuple[str, str]:
    with i18n.use(lang):
        r = read(f"{subject} is a member of the International Criminal Court.", date=day, today=TODAY)
    [claim] = r["claims"]
    return claim["record"], claim["state"]


def test_every_status_has_a_predicate_for_a_singular_and_a_plural_name() -> None:
    assert set(STATUS_PREDICATE) == set(Status) == set(STATUS_MEANING)
    for singular, plural in STATUS_PREDICATE.values():
        assert singular != plural  # each its own message: French conjugates each its own way


def test_the_cases_cover_every_status_singular_and_plural() -> None:
    assert {c[2] for c in CASES[:6]} == set(Status) == {c[2] for c in CASES[6:]}


@pytest.mark.parametrize(("subject", "day", "status", "english", "french"), CASES,
                         ids=[f"{c[0]}-{c[2].value}" for c in CASES])
def test_a_status_claim_says_the_status_in_a_sentence(subject: str, day: str, status: Status, english: str,
                                                      french: str) -> None:
    en, iso3 = _record(subject, day, "en")
    fr, _iso3 = _record(subject, day, "fr")
    from romestatute import engine

    assert engine.ledger().state(iso3).status_on(dt.date.fromisoformat(day))[0] == status  # the case is the status it claims to be
    assert en == english
    assert fr == french


def test_a_pending_withdrawal_follows_the_status_in_both_languages() -> None:
    en, _ = _record("Burundi", "2017-01-01", "en")
    fr, _ = _record("Burundi", "2017-01-01", "fr")
    assert en == ("On 1 January 2017, Burundi was a State Party (since 1 December 2004), with a withdrawal taking "
                  "effect on 27 October 2017.")
    assert fr == ("Le 1er janvier 2017, le Burundi était un État partie (depuis le 1er décembre 2004), avec un retrait "
                  "prenant effet le 27 octobre 2017.")


def test_a_withdrawal_with_no_notice_ends_its_correction_with_the_status_then() -> None:
    """"X withdrew" with no notice on record: the correction ends with the state's status on the report's date."""
    for subject, lang, said in (("Kenya", "en", "On 1 March 2018 Kenya was a State Party."),
                                ("Kenya", "fr", "Le 1er mars 2018, le Kenya était un État partie."),
                                ("The Netherlands", "en", "On 1 March 2018 the Netherlands was a State Party."),
                                ("The Netherlands", "fr", "Le 1er mars 2018, les Pays-Bas étaient un État partie.")):
        with i18n.use(lang):
            r = read(f"{subject} withdrew from the International Criminal Court.", date="2018-03-01", today=TODAY)
        [act] = [a for a in r["acts"] if a["kind"] == "withdrawal"]
        assert act["correction"]["record_shows"] == "no_notice"
        assert act["correction"]["text"].endswith(" " + said), act["correction"]["text"]


# -- no status code in what the reader says, over the gold corpus -------------------------------------------

CODES = "|".join(s.value for s in Status if "_" in s.value)
#: A status code as written in the code ("signature_withdrawn"), or its words after "was" ("was non signatory"),
#: or the French the reader used to fall back on (« Burundi : partie le ... », « statut du Burundi : ... »).
RAW = re.compile(rf"\b(?:{CODES})\b|\b(?:was|were|is|are)\s+(?:{CODES.replace('_', ' ')}|party|signatory)\b"
                 r"(?!\s+(?:to|of|at|in)\b)|\bstatut (?:du|de la|de l’|des|d’) ?[^:]{1,40}\u00a0: (?:un |État|ni |ancien)",
                 re.IGNORECASE)
#: Where a reading holds the report's own words, a code, or a record copied from the data (not the reader's sentences).
NOT_SAID = {"mentions", "why", "says", "source", "sources", "events", "facts", "record", "note", "quote", "cue"}


EVENT_LINE = re.compile(r"^ +\d{4}-\d\d-\d\d +[a-z_0-9]+:.*$", re.MULTILINE)


def _said(node: Any, key: str = "") -> list[str]:
    """The sentences the reader wrote in a reading (JSON): strings with a space, the report's quoted words left out."""
    if isinstance(node, dict):
        quoted = "start" in node  # a span of the report: its "text" is the report's
        return [t for k, v in node.items() if k not in NOT_SAID and not (quoted and k == "text")
                for t in _said(v, k)]
    if isinstance(node, list):
        return [t for v in node for t in _said(v, key)]
    return [node] if isinstance(node, str) and " " in node else []


def _bodies() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8").split("\n---\n", 1)[1]) for p in sorted(CORPUS.glob("*.txt"))]


def test_the_raw_pattern_sees_the_old_words() -> None:
    for bad in ("Rwanda was non signatory on 2016-01-01", "X was party on 1 July 2002", "was signature withdrawn on",
                "its status: former_party", "Burundi : statut du Burundi\u00a0: un État partie"):
        assert RAW.search(bad), bad
    for good in ("was a State Party", "was neither a signatory nor a party", "was a party to the conflict",
                 "était un ancien État partie"):
        assert not RAW.search(good), good


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_reading_of_the_corpus_says_a_status_code(lang: str) -> None:
    found = []
    for slug, body in _bodies():
        with i18n.use(lang):
            r = read(body, today=TODAY)
            text = render(r)
        # the text output less the report's quoted words ("“...”") and the record's events, which English lists by
        # their codes as it always has ("2002-05-06  signature_withdrawn: told the depositary ..."; an event, not a
        # status), and the JSON's sentences, claims' records included
        text = re.sub(r"“[^”]*”", "", EVENT_LINE.sub("", text))
        said = [text, *_said(r), *(c["record"] for c in r["claims"]),
                *(json.dumps(c.get("correction") or {}, ensure_ascii=False) for c in r["acts"])]
        found += [(slug, m.group(0)) for s in said for m in RAW.finditer(s)]
    assert found == []


def test_the_read_page_says_the_status_in_a_sentence() -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    text = "Tonga is a member of the International Criminal Court."
    with TestClient(create_app()) as client:
        en = client.post("/read", data={"text": text, "date": "2010-01-01", "today": TODAY})
        fr = client.post("/read?lang=fr", data={"text": text, "date": "2010-01-01", "today": TODAY})
    assert en.status_code == fr.status_code == 200
    assert "On 1 January 2010, Tonga was neither a signatory nor a party." in en.text
    assert "Le 1er janvier 2010, les Tonga n’étaient ni signataires ni parties." in fr.text
    assert "non signatory on" not in en.text and "was non" not in en.text
