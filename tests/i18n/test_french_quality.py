"""The French catalogue read as a lawyer reads it, for what a machine can check: French punctuation (a no-break
space before : ; ? ! and inside « »), one apostrophe (’), elision and contraction (no "de le", no "de %(x)s" where x
may begin with a vowel or need an article), article citations written "art. 12(2)(a)", and the Statute's French
terms used for its English ones, each English term always rendered the same way."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from romestatute import i18n
from romestatute.facts.load import data_dir
from romestatute.law import articles

NBSP = "\u00a0\u202f"
VOWELS = "aeiouéèêëàâîïôûAEIOUÉÈÊËÀÂÎÏÔÛ"
#: placeholders that are never a word taking an article or elision: days, numbers, codes
SAFE_AFTER_DE = {"day", "date", "start", "end", "from", "to", "on", "until", "notified", "effective", "began",
                 "dated", "lodged", "signed", "in_force", "adopted", "year", "count", "num", "n", "peak", "final",
                 "first", "last", "accepted", "issued", "deposited", "withdrawn", "revoked", "since", "after", "report",
                 "today", "size", "iso", "as_of", "characters", "sentences", "age", "for", "against", "abstain",
                 "agreeing", "compared", "resolution", "document", "act", "article", "pinpoint", "id", "code",
                 "command", "iso3", "received", "opened", "closed", "months", "born",
                 "encoding", "seconds",  # an encoding is a code (UTF-16, Windows-1252), seconds a number
                 "what"}  # what: a state's own instrument, « son instrument d’adhésion »
#: English term (a regular expression, on the msgid) -> what its French must contain (on the msgstr)
KEY_TERMS: dict[str, str] = {
    r"\bStates? Part(y|ies)\b": r"États? (non )?part(ie|ies)\b|non partie",
    r"\bPre-Trial Chambers?\b": r"Chambres? préliminaires?",
    r"\bPre-Trial Division\b": r"Section préliminaire",
    r"\bSecurity Council\b": r"Conseil de sécurité",
    r"\bProsecutor\b": r"Procureur",
    r"\bRegistrar\b": r"Greffier",
    r"\bRegistry\b": r"Greffe\b",
    r"\b(warrants? of arrest|arrest warrants?)\b": r"mandats? d’arrêt",
    r"\bsummons(es)? to appear\b": r"citations? à comparaître",
    r"\badmissibility\b": r"recevabilité",
    r"\baggression\b": r"agression",
    r"\bwithdrawals?\b": r"retrait",
    r"\baccession\b": r"adhésion",
    r"\bratification\b": r"ratification",
    r"\bentr(y|ered) into force\b": r"(entrée|entré) en vigueur",
    r"\bconduct\b": r"comportement",
    r"\bdeclarations?\b": r"déclaration",
    r"\b(referral|referred)\b": r"renvoi|déféré|déférée",
    r"\bnotices? of withdrawal\b|\bwithdrawal notices?\b": r"notification",
    r"\bsignatory\b": r"signataire",
    r"\bsurrender\b": r"remettre|remise",
    r"\bjurisdiction\b": r"compéten",
    r"\bPart 9\b": r"chapitre IX",
    r"\bcomplementarity\b": r"complémentarité",
}


def _words(msgid: str) -> str:
    """A message's own English words: without the codes it lists ("STATE:EVENT:DATE; ... Events: accession, ...")
    and the titles of decisions it quotes in English ("Decision on the Prosecution's request ... jurisdiction")."""
    if msgid.startswith("STATE:EVENT:DATE"):
        return ""
    return re.sub(r"Decision (on|authorising) [^,]*,", "", msgid)


def _entries() -> list[tuple[str, str]]:
    with i18n.catalogue_path("fr").open("rb") as f:
        catalogue = read_po(f, locale="fr")
    out = []
    for m in catalogue:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        out += [(ids[0], s) for s in strings if s]
    return out


ENTRIES = _entries()


def test_no_break_space_before_high_punctuation_and_inside_guillemets() -> None:
    bad = [s for _id, s in ENTRIES
           if re.search(r" [:;?!»]|« ", s) or re.search(f"«(?![{NBSP}])|(?<![{NBSP}])»", s)]
    assert bad == []


def test_one_apostrophe() -> None:
    assert [s for _id, s in ENTRIES if "'" in s] == []


ELIDE = re.compile(rf"(?<![-\w’])(de|le|la|que|ne|se|ce|jusque|lorsque|puisque) (?=[{VOWELS}])", re.IGNORECASE)
#: "de le", "à les" before a noun ("de le Burundi"); not the pronoun before a verb ("à le faire", "de les verser")
CONTRACT = re.compile(r"(?<![-\w’])(de|à) (le|les) (?!\w+(er|ir|re|oir)\b)", re.IGNORECASE)
CITATION = re.compile(r"\bart(icle)?s?\.? \d+( bis| ter)?, (par|al)\.|\b(art\.|article) \d+( bis| ter)?-\d|chapitre \d")


def test_elision_and_contraction() -> None:
    bad = [s for _id, s in ENTRIES if ELIDE.search(s) or CONTRACT.search(s)]
    assert bad == []


def test_no_article_or_elision_left_to_a_placeholder() -> None:
    """'de %(x)s', 'le %(x)s': right only where x is a day, a number or a code; a state name takes its form
    (``%(of_state)s``: "du Burundi", "de l’Afghanistan") from ``i18n.state_name``."""
    before = re.compile(r"(?<![-\w’])(de|des|que|le|la|les|du|au|aux|à|en|pour|ne|jusque|lorsque) %\((\w+)\)s",
                        re.IGNORECASE)
    bad = [(m.group(0), s) for _id, s in ENTRIES for m in before.finditer(s)
           if m.group(2) not in SAFE_AFTER_DE and not (m.group(1).lower() == "en" and m.group(2) == "name")]
    assert bad == []
    # the language's name after "en": "écrit en allemand" (the only one)


def test_article_citations_in_the_statutes_style() -> None:
    """"art. 12(3)", "art. 86 et 89(1)": not "art. 12, par. 3", "art. 13, al. b" nor "article 12-3"."""
    assert [s for _id, s in ENTRIES if CITATION.search(s)] == []


@pytest.mark.parametrize("english", sorted(KEY_TERMS))
def test_each_key_term_is_rendered_with_the_statutes_french_term(english: str) -> None:
    french = re.compile(KEY_TERMS[english], re.IGNORECASE)
    bad = [(msgid, s) for msgid, s in ENTRIES if re.search(english, _words(msgid), re.IGNORECASE) and not french.search(s)]
    assert bad == []


def _article_texts() -> list[tuple[str, str]]:
    """Every French text of the article index: headings, summaries, paragraph notes, the Parts' names."""
    out = [(f"Part {n}", name) for n, name in articles.parts("fr").items()]
    for a in articles.index_in("fr", str(data_dir())).values():
        out += [(a["id"], a.get("title") or ""), (a["id"], a.get("summary") or "")]
        out += [(k, v) for k, v in (a.get("paragraphs") or {}).items()]
    return [(k, v) for k, v in out if v]


def test_the_article_summaries_too() -> None:
    """The same checks on the French of data/articles.yaml, and no word cut by YAML's line folding
    ("Vice- Président": a hyphen at the end of a folded line gains a space)."""
    texts = _article_texts()
    assert len(texts) > 300
    bad = [(k, v) for k, v in texts
           if re.search(r" [:;?!»]|« ", v) or "'" in v or re.search(r"\w- \w", v) or ELIDE.search(v)
           or CONTRACT.search(v) or CITATION.search(v)]
    assert bad == []


def test_the_checks_would_see_a_fault() -> None:
    assert re.search(r" [:;?!»]|« ", "Burundi : partie")
    assert re.search(rf"(?<![-\w’])(de|le) (?=[{VOWELS}])", "le Statut de Afrique", re.IGNORECASE)
    assert not re.search(rf"(?<![-\w’])(de|le) (?=[{VOWELS}])", "indiquez-le avec", re.IGNORECASE)
    assert CITATION.search("art. 12, par. 3") and CITATION.search("l’article 12-3") and CITATION.search("chapitre 9")
    assert CONTRACT.search("la situation de le Burundi") and not CONTRACT.search("peut ordonner de les verser")
