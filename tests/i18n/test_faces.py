"""French on every face: ``--lang`` and the locale on the CLI, ``?lang=`` and ``Accept-Language`` on the web,
keys and codes unchanged."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest


def _keys(obj: Any) -> Any:
    """The shape of a JSON answer: its keys all the way down, and its codes (not its prose)."""
    if isinstance(obj, dict):
        return {k: _keys(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_keys(v) for v in obj]
    return type(obj).__name__


def test_lang_is_on_every_command(rome: Callable[..., Any]) -> None:
    from romestatute.cli.main import cli

    def walk(command: Any, path: str) -> list[str]:
        missing = [] if any(p.name == "lang" for p in command.params) else [path]
        for name, sub in getattr(command, "commands", {}).items():
            missing += walk(sub, f"{path} {name}")
        return missing

    assert walk(cli, "rome") == []


def test_json_keys_and_codes_do_not_change_with_the_language(rome: Callable[..., Any]) -> None:
    en = rome("status", "CIV", "--on", "2012-01-01", "--json").json()
    fr = rome("status", "Côte d’Ivoire", "--on", "2012-01-01", "--json", "--lang", "fr").json()
    assert _keys(en) == _keys(fr)
    assert (en["state"], en["status"], en["since"]) == (fr["state"], fr["status"], fr["since"])


def test_french_names_are_accepted_by_the_cli(rome: Callable[..., Any]) -> None:
    assert rome("status", "Afrique du Sud", "--json").json()["state"] == "ZAF"
    assert rome("status", "Fédération de Russie", "--json").json()["state"] == "RUS"
    # our spelling where the library's differs (states_fr.csv's overrides), and the library's still
    for name in ("République populaire démocratique de Corée", "République démocratique populaire de Corée",
                 "République bolivarienne du Venezuela", "République bolivarienne du Vénézuela"):
        assert rome("status", name, "--json").json()["state"] in ("PRK", "VEN"), name
    r = rome("status", "Guinée équatoriale", "--lang", "fr")
    assert "Guinée équatoriale (GNQ)" in r.out and "Équatoriale" not in r.out, r.out


def test_french_names_are_accepted_by_the_api() -> None:
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    client = TestClient(create_app())
    for name, iso3 in (("Afrique du Sud", "ZAF"), ("République populaire démocratique de Corée", "PRK"),
                       ("Guinée Équatoriale", "GNQ"), ("Myanmar", "MMR"), ("Birmanie", "MMR")):
        r = client.get(f"/api/status/{name}", params={"lang": "fr"})
        assert r.status_code == 200 and r.json()["state"] == iso3, (name, r.text[:200])
    page = client.get("/state/PRK", params={"lang": "fr"}).text
    assert "République populaire démocratique de Corée" in page and "démocratique populaire de Corée" not in page


def test_a_bad_language_is_one_line_and_exit_2(rome: Callable[..., Any]) -> None:
    r = rome("status", "CIV", "--lang", "klingon")
    assert r.code == 2 and "unsupported language 'klingon'" in r.err and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_the_locale_decides_when_no_flag(rome: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from romestatute import i18n

    seen = []
    monkeypatch.setattr("romestatute.queries.status.status", lambda *a, **k: seen.append(i18n.language()) or {})
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    rome("status", "CIV", "--json")
    rome("status", "CIV", "--json", "--lang", "en")  # the flag beats the locale
    rome("--lang", "en", "status", "CIV", "--json")  # on the group too
    monkeypatch.setenv("LANG", "C.UTF-8")
    rome("status", "CIV", "--json")
    assert seen == ["fr", "en", "en", "en"]
    assert i18n.language() == "en"  # a run leaves the process's language as it was


def test_page_language_from_query_then_header_then_english(client: Any) -> None:
    r = client.get("/state/CIV", params={"lang": "fr"}, headers={"accept-language": "en"})
    assert '<html lang="fr">' in r.text and r.headers["content-language"] == "fr"
    assert "Accept-Language" not in r.headers.get("vary", "")  # asked for in the address: the header did not count
    r = client.get("/state/CIV", headers={"accept-language": "fr-CH, fr;q=0.9, en;q=0.8"})
    assert '<html lang="fr">' in r.text and r.headers["content-language"] == "fr"
    assert "Accept-Language" in r.headers["vary"]
    r = client.get("/state/CIV", headers={"accept-language": "de"})
    assert '<html lang="en">' in r.text and r.headers["content-language"] == "en"


def test_every_link_keeps_the_language_and_the_switch_is_on_every_page(client: Any) -> None:
    for path in ("/", "/state/CIV", "/jurisdiction", "/obligation", "/situations", "/warrants", "/articles", "/read"):
        html = client.get(path, params={"lang": "fr"}).text
        internal = re.findall(r'<a [^>]*href="(/[^"]*)"', html)
        assert internal, path
        bare = [h for h in internal if "lang=" not in h and not h.startswith(("/static/", "/docs", "/openapi"))]
        assert bare == [], (path, bare[:5])
        assert 'hreflang="en"' in html and 'hreflang="fr"' in html, path
        assert f'href="{path}?lang=en"' in html  # the switch leads to this very page


def test_the_api_says_which_language_it_used(client: Any) -> None:
    r = client.get("/api/status/ZAF", params={"lang": "fr"})
    assert r.status_code == 200 and r.headers["content-language"] == "fr"
    en = client.get("/api/status/ZAF", params={"lang": "en"})
    assert en.headers["content-language"] == "en" and _keys(en.json()) == _keys(r.json())
    assert client.get("/api/status/ZAF", headers={"accept-language": "fr"}).headers["content-language"] == "fr"
    assert client.get("/api/status/Afrique du Sud").json()["state"] == "ZAF"
    bad = client.get("/api/status/ZAF", params={"lang": "de"})
    assert bad.status_code == 422 and bad.json() == {"error": "unsupported language 'de' (one of en, fr)", "field": "lang"}


def test_lang_is_in_the_spec(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    params = [p for p in spec["paths"]["/api/status/{state}"]["get"]["parameters"] if p["name"] == "lang"]
    assert params and params[0]["in"] == "query"


def test_meanings_are_translated_and_codes_are_not(client: Any) -> None:
    fr = client.get("/api/status/ZAF", params={"lang": "fr", "on": "2012-01-01"}).json()
    en = client.get("/api/status/ZAF", params={"on": "2012-01-01"}).json()
    assert en["status"] == fr["status"] == "party"
    assert en["meaning"].startswith("bound by the Statute")
    assert fr["meaning"].startswith("lié par le Statut")


def test_lang_is_not_part_of_a_jurisdiction_question(client: Any) -> None:
    params = {"crimes": "war_crimes", "territory": "SYR", "nationality": "RUS", "from": "2016-09-01",
              "to": "2016-12-31", "as_of": "2016-11-17"}
    en = client.get("/api/jurisdiction", params=params)
    fr = client.get("/api/jurisdiction", params={**params, "lang": "fr"})
    assert en.status_code == fr.status_code == 200
    assert en.json()["outcome"] == fr.json()["outcome"] and _keys(en.json()) == _keys(fr.json())
    page = client.get("/jurisdiction", params={**params, "lang": "fr"}).text
    assert 'id="query-error"' not in page and "Périodes pour lesquelles la Cour est compétente" in page or \
        "Aucune période" in page


def test_pages_in_french(client: Any) -> None:
    home = client.get("/", params={"lang": "fr", "on": "2016-11-17"}).text
    assert "États parties" in home and "17 novembre 2016" in home and "Fédération de Russie" in home
    assert "Légende" in home and "lié par le Statut" in home
    state = client.get("/state/RUS", params={"lang": "fr"}).text
    assert "<h1>Fédération de Russie" in state and "Signature retirée" in state
    error = client.get("/state/Atlantis", params={"lang": "fr"})
    assert error.status_code == 404 and "Introuvable" in error.text and '<html lang="fr">' in error.text
    duty = client.get("/obligation", params={"lang": "fr", "person": "Putin", "state": "MNG", "on": "2024-09-03"}).text
    assert "Tenu d’arrêter" in duty and 'data-outcome="yes" id="obliged">oui<' in duty and "Mongolie" in duty


def test_status_reads_in_french_and_english_is_unchanged(rome: Callable[..., Any]) -> None:
    fr = rome("status", "Afrique du Sud", "--on", "2017-01-01", "--lang", "fr")
    assert fr.code == 0
    assert fr.out.startswith("Position de l’Afrique du Sud (ZAF) au 1er janvier 2017\u00a0: État partie depuis le "
                             "1er juillet 2002")
    assert "lié par le Statut" in fr.out and "la notification a été révoquée le 7 mars 2017" in fr.out
    en = rome("status", "ZAF", "--on", "2017-01-01")
    assert en.out.startswith("South Africa (ZAF) on 2017-01-01: party since 2002-07-01")
    assert "the notice was revoked on 2017-03-07 and never took effect" in en.out
