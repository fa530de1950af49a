"""Which language answers: ``?lang=``, else ``Accept-Language``, else English; ``--lang``, else the locale."""

from __future__ import annotations

import pytest

from romestatute import i18n
from romestatute.model.errors import BadValue
from romestatute.web.language import keep_language, negotiate, with_lang


@pytest.mark.parametrize(("header", "want"), [
    ("fr-FR,fr;q=0.9,en;q=0.8", "fr"),
    ("en-GB,en;q=0.9,fr;q=0.8", "en"),
    ("de-DE,de;q=0.9,fr;q=0.5", "fr"),          # the first language we speak, in the reader's order
    ("de;q=0.9, fr;q=0.95", "fr"),               # q decides, not the order written
    ("fr;q=0, en", "en"),                        # q=0: not acceptable
    ("FR-ca", "fr"),
    ("de, *;q=0.1", "en"),
    ("de, ja", None),
    ("", None),
    (None, None),
    ("fr;q=banana, en;q=0.5", "en"),             # a malformed weight counts as 0
])
def test_accept_language(header: str | None, want: str | None) -> None:
    assert i18n.from_accept_language(header) == want


@pytest.mark.parametrize(("env", "want"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "fr_BE.UTF-8"}, "fr"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),      # LC_ALL wins over LANG
    ({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),
    ({"LANGUAGE": "de:fr", "LANG": "en_US.UTF-8"}, "fr"),           # LANGUAGE is a list of preferences
    ({"LC_ALL": "", "LANG": "fr_FR@euro"}, "fr"),
    ({}, "en"),
])
def test_locale(env: dict[str, str], want: str) -> None:
    assert i18n.from_locale(env) == want


def test_query_beats_header_and_unknown_languages_are_refused() -> None:
    assert negotiate("fr", "en") == ("fr", True)
    assert negotiate("en", "fr") == ("en", True)
    assert negotiate(None, "fr-FR") == ("fr", False)
    assert negotiate("", "de") == ("en", False)
    with pytest.raises(BadValue) as caught:
        negotiate("de", "fr")
    assert caught.value.field == "lang" and "'de'" in str(caught.value)


def test_use_restores_the_language() -> None:
    assert i18n.language() == "en"
    with i18n.use("fr"):
        assert i18n.language() == "fr"
    assert i18n.language() == "en"


def test_links_carry_the_language() -> None:
    html = ('<a href="/state/CIV">x</a> <a href="/jurisdiction?crime=war_crimes&amp;territory=SYR#answer">y</a>'
            ' <a href="https://www.icc-cpi.int/x">z</a> <link href="/static/style.css">'
            ' <a href="/?lang=en">English</a> <form action="/jurisdiction" method="get"><input name="a"></form>'
            ' <form method="post" action="/read"></form>')
    out = keep_language(html, "fr")
    assert '<a href="/state/CIV?lang=fr">' in out
    assert '<a href="/jurisdiction?crime=war_crimes&amp;territory=SYR&amp;lang=fr#answer">' in out
    assert 'href="https://www.icc-cpi.int/x"' in out and 'href="/static/style.css"' in out
    assert '<a href="/?lang=en">' in out  # the switch keeps its own language
    assert out.count('<input type="hidden" name="lang" value="fr">') == 1  # the GET form only
    assert keep_language(html, None) == html
    assert with_lang("/x?lang=en&a=1", "fr") == "/x?a=1&lang=fr"


def test_long_dates() -> None:
    assert i18n.long_date("1998-07-17") == "17 July 1998"
    with i18n.use("fr"):
        assert i18n.long_date("1998-07-17") == "17 juillet 1998"
        assert i18n.long_date("2002-07-01") == "1er juillet 2002"
        assert i18n.number(1234) == "1\u202f234"


@pytest.mark.parametrize(("given", "iso3"), [
    ("Afrique du Sud", "ZAF"), ("Fédération de Russie", "RUS"), ("Russie", "RUS"),
    ("République démocratique du Congo", "COD"), ("république centrafricaine", "CAF"),
    ("Côte d’Ivoire", "CIV"), ("Etats-Unis", "USA"), ("État de Palestine", "PSE"),
    ("Royaume-Uni", "GBR"), ("Allemagne", "DEU"), ("Saint-Siège", "VAT"), ("Comores", "COM"),
])
def test_french_names_resolve(given: str, iso3: str) -> None:
    from romestatute import engine

    assert engine.names().resolve(given) == iso3


@pytest.mark.parametrize(("iso3", "english", "french"), [
    ("RUS", "Russian Federation", "Fédération de Russie"), ("COD", "Democratic Republic of the Congo",
    "République démocratique du Congo"), ("CIV", "Côte d'Ivoire", "Côte d’Ivoire"),
    ("PSE", "State of Palestine", "État de Palestine"), ("VAT", "Holy See", "Saint-Siège"),
    ("SYR", "Syrian Arab Republic", "République arabe syrienne"), ("ZAF", "South Africa", "Afrique du Sud"),
])
def test_french_state_names(iso3: str, english: str, french: str) -> None:
    assert i18n.state_name(iso3, english) == english
    with i18n.use("fr"):
        assert i18n.state_name(iso3, english) == french
