"""An expert's probes of the aggression regime and of an Art. 12(3) declaration whose scope is not known, asked
through the paths a user's question takes: ``rome jurisdiction``, ``romestatute.jurisdiction`` and
``GET /api/jurisdiction``, in English and in French.

Facts the probes rest on (amendment_acceptances.csv, checked against the Kampala ratification list of PGA's
crimeofaggression.info, update of 27 Nov 2019): Liechtenstein deposited on 8 May 2012, Germany on 3 June 2013,
Lithuania on 7 December 2015, each in force one year later (Art. 121(5)); France has not ratified. The Assembly
activated the Court's jurisdiction over aggression by ICC-ASP/16/Res.5 (14 December 2017) as of 17 July 2018."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import romestatute as rs
from romestatute import i18n


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from romestatute.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


def _reason(finding: dict[str, Any], article: str) -> dict[str, Any]:
    [reason] = [r for r in finding["reasons"] if r["article"] == article]
    return reason


def _cli(rome: Callable[..., Any], *args: str, lang: str = "en") -> dict[str, Any]:
    run = rome("--lang", lang, "jurisdiction", "--json", *args)
    assert run.code == 0, run.err
    return run.json()  # type: ignore[no-any-return]


# -- the day before and the day of activation (15 bis(2)) ------------------------------------------------------------

ACTIVATION = ("--crime", "aggression", "--aggressor", "DEU", "--victim", "LIE", "--territory", "LIE",
              "--nationality", "DEU", "--as-of", "2020-01-01")


@pytest.mark.parametrize(("day", "outcome", "holds"), [("2018-07-16", "no", False), ("2018-07-17", "yes", True)])
def test_activation_day_through_the_command_line(rome: Callable[..., Any], day: str, outcome: str,
                                                 holds: bool) -> None:
    for lang in ("en", "fr"):
        f = _cli(rome, *ACTIVATION, "--from", day, "--to", day, lang=lang)
        assert f["outcome"] == outcome
        assert _reason(f, "15 bis(2)")["holds"] is holds
        assert _reason(f, "15 ter")["holds"] is holds  # the Council route waits for activation too
        assert _reason(f, "15 bis(5)")["holds"] is True  # both had the amendment in force since 2013-2014
    text = rome("jurisdiction", *ACTIVATION, "--from", day, "--to", day).out
    assert f"Outcome (art12 preconditions): {outcome.upper()}" in text


@pytest.mark.parametrize(("day", "outcome"), [("2018-07-16", "no"), ("2018-07-17", "yes")])
def test_activation_day_through_the_python_api_and_http(client: Any, day: str, outcome: str) -> None:
    query = {"crimes": ["aggression"], "aggressor": "DEU", "victim": "LIE", "territory": ["LIE"],
             "nationality": ["DEU"], "from": day, "to": day, "as_of": "2020-01-01"}
    assert rs.jurisdiction(query)["outcome"] == outcome
    for trigger in ("state_referral", "proprio_motu", "unsc_referral"):
        assert rs.jurisdiction({**query, "trigger": trigger})["outcome"] == outcome
    params = {**query, "crimes": "aggression", "territory": "LIE", "nationality": "DEU"}
    for lang in ("en", "fr"):
        got = client.get("/api/jurisdiction", params={**params, "lang": lang})
        assert got.status_code == 200 and got.json()["outcome"] == outcome


def test_conduct_straddling_activation_counts_only_from_17_july_2018() -> None:
    query = {"crimes": ["aggression"], "aggressor": "DEU", "victim": "LIE", "territory": ["LIE"],
             "from": "2018-07-10", "to": "2018-07-20", "as_of": "2020-01-01"}
    f = rs.jurisdiction(query)
    assert f["outcome"] == "partial"
    assert [(w["from"], w["to"]) for w in f["windows"]] == [("2018-07-17", "2018-07-20")]
    assert "only the part from 2018-07-17 counts" in _reason(f, "15 bis(2)")["explanation"]
    with i18n.use("fr"):
        fr = rs.jurisdiction(query)
    assert "seule compte la partie qui commence le 17 juillet 2018" in _reason(fr, "15 bis(2)")["explanation"]


# -- a State Party that has not ratified the amendment (Art. 121(5) second sentence vs. the 15 bis(4) reading) -------

NOT_RATIFIED = {"crimes": ["aggression"], "aggressor": "FRA", "victim": "DEU", "territory": ["DEU"],
                "nationality": ["FRA"], "from": "2019-01-01", "to": "2019-12-31", "as_of": "2020-01-01"}


def test_a_party_that_has_not_ratified_is_outside_and_the_trace_names_the_view(rome: Callable[..., Any]) -> None:
    """France lodged no Art. 15 bis(4) declaration: on the opt-out reading the Court would reach French leaders'
    aggression against Germany; on the consent reading the Assembly confirmed (Res.5 para. 2, reading the second
    sentence of Art. 121(5)) it does not. The trace says which it applies and which it sets aside."""
    f = rs.jurisdiction(NOT_RATIFIED)
    assert f["outcome"] == "no" and f["windows"] == []
    bis5 = _reason(f, "15 bis(5)")
    assert bis5["holds"] is False
    assert "France (aggressor) has not accepted the aggression amendment" in bis5["explanation"]
    assert "15 bis(4)" not in bis5["explanation"]  # no opt-out declaration on record: the consent reading decides
    assert "second sentence of Art. 121(5)" in bis5["reading"] and "ICC-ASP/16/Res.5 para. 2" in bis5["reading"]
    assert "opt-out reading of Art. 15 bis(4)" in bis5["set_aside"]
    text = rome("jurisdiction", "--crime", "aggression", "--aggressor", "FRA", "--victim", "DEU", "--territory",
                "DEU", "--nationality", "FRA", "--from", "2019-01-01", "--to", "2019-12-31",
                "--as-of", "2020-01-01").out
    assert "reading: the consent reading of the second sentence of Art. 121(5)" in text
    assert "view set aside: the opt-out reading of Art. 15 bis(4)" in text
    # the Council route is not bound by that consent (Art. 15 ter)
    assert rs.jurisdiction({**NOT_RATIFIED, "trigger": "unsc_referral"})["outcome"] == "yes"


def test_the_view_is_named_in_french_over_http(client: Any) -> None:
    params = {**NOT_RATIFIED, "crimes": "aggression", "territory": "DEU", "nationality": "FRA", "lang": "fr"}
    bis5 = _reason(client.get("/api/jurisdiction", params=params).json(), "15 bis(5)")
    assert "la France (État agresseur) n’a pas accepté l’amendement" in bis5["explanation"]
    assert bis5["reading"].startswith("la lecture de la seconde phrase de l’art. 121(5) fondée sur le consentement")
    assert "art. 15 bis(4)" in bis5["set_aside"]


# -- the Security Council route (15 ter) for a non-party -------------------------------------------------------------

COUNCIL = ("--crime", "aggression", "--aggressor", "RUS", "--victim", "UKR", "--territory", "UKR",
           "--nationality", "RUS", "--from", "2022-02-24", "--to", "2022-12-31", "--as-of", "2025-06-30")


def test_a_non_party_aggressor_is_reached_only_on_a_council_referral(rome: Callable[..., Any]) -> None:
    f = _cli(rome, *COUNCIL, "--trigger", "unsc_referral")
    assert f["outcome"] == "yes" and f["hypothetical"] is True  # no referral on record: a what-if
    assert [b["article"] for w in f["windows"] for b in w["bases"]] == ["15 ter"]
    assert _reason(f, "15 ter")["holds"] is True
    for trigger in ("state_referral", "proprio_motu"):
        assert _cli(rome, *COUNCIL, "--trigger", trigger, *(("--referred-by", "LTU") if trigger == "state_referral"
                                                            else ()))["outcome"] == "no"
    fr = rome("--lang", "fr", "jurisdiction", *COUNCIL, "--trigger", "unsc_referral").out
    assert "Art. 15 ter (remplie)\u00a0: Sur renvoi du Conseil de sécurité" in fr


def test_a_council_referral_does_not_reach_back_before_activation(client: Any) -> None:
    params = {"crimes": "aggression", "aggressor": "RUS", "victim": "UKR", "territory": "UKR", "nationality": "RUS",
              "from": "2014-02-20", "to": "2014-03-18", "trigger": "unsc_referral", "as_of": "2025-06-30"}
    f = client.get("/api/jurisdiction", params=params).json()
    assert f["outcome"] == "no"
    assert _reason(f, "15 ter")["explanation"].endswith("predates the activation (2018-07-17).")


# -- a non-party national's aggression on a party's territory (15 bis(5)) ------------------------------------------

ON_A_PARTY = {"aggressor": "RUS", "victim": "LTU", "territory": ["LTU"], "nationality": ["RUS"],
              "from": "2023-01-01", "to": "2023-01-31", "as_of": "2025-06-30"}


def test_a_non_party_nationals_aggression_on_a_bound_partys_territory_is_excluded(rome: Callable[..., Any],
                                                                                  client: Any) -> None:
    """Lithuania is a party bound by the amendment; the territorial link that suffices for the other crimes
    (Art. 12(2)(a)) does not suffice for aggression by a non-party's nationals (Art. 15 bis(5))."""
    f = rs.jurisdiction({"crimes": ["aggression"], **ON_A_PARTY})
    assert f["outcome"] == "no"
    bis5 = _reason(f, "15 bis(5)")
    assert bis5["explanation"].endswith("On 2023-01-01, the Russian Federation (aggressor) is not a State Party "
                                        "[15 bis(5)].")  # Lithuania (victim) raises no problem
    assert _reason(f, "12(2)(a)")["holds"] is True
    assert rs.jurisdiction({"crimes": ["war_crimes"], **ON_A_PARTY})["outcome"] == "yes"
    text = rome("--lang", "fr", "jurisdiction", "--crime", "aggression", "--aggressor", "RUS", "--victim", "LTU",
                "--territory", "LTU", "--nationality", "RUS", "--from", "2023-01-01", "--to", "2023-01-31",
                "--as-of", "2025-06-30").out
    assert "Le 1er janvier 2023, la Fédération de Russie (État agresseur) n’est pas un État partie" in text
    params = {"crimes": "aggression", **{k: ",".join(v) if isinstance(v, list) else v for k, v in ON_A_PARTY.items()}}
    assert client.get("/api/jurisdiction", params=params).json()["outcome"] == "no"


# -- an Art. 12(3) declaration whose scope is not known (Armenia, 2023) ----------------------------------------------

ABROAD = ("--crime", "war_crimes", "--nationality", "ARM", "--territory", "AZE", "--from", "2022-09-13",
          "--to", "2022-09-14", "--as-of", "2026-12-02")


def test_an_armenian_nationals_conduct_abroad_is_yes_with_lowered_confidence(rome: Callable[..., Any]) -> None:
    """Armenia's declaration (from 10 May 2021) was not found in its text: it reaches conduct on Armenian territory,
    and an Armenian national's conduct in Azerbaijan (not a party) only on a reading, which the answer names."""
    f = _cli(rome, *ABROAD)
    assert f["outcome"] == "yes" and f["confidence"] == "lowered"
    [window] = f["windows"]
    assert [(b["article"], b["state"], b["via"]) for b in window["bases"]] == [
        ("12(2)(b)", "ARM", "declaration_12_3_scope_unknown")]
    assert _reason(f, "12(2)(b)")["holds"] is None  # not known to hold, not known to fail
    assert "its text was not found" in _reason(f, "12(2)(b)")["explanation"]
    assert any(c.startswith("Lowered confidence: ") and "Armenia" in c for c in f["caveats"])
    text = rome("jurisdiction", *ABROAD).out
    assert "Outcome (art12 preconditions): YES -- lowered confidence" in text
    assert "Art. 12(3) declaration, scope not known" in text
    fr = _cli(rome, *ABROAD, lang="fr")
    assert fr["confidence"] == "lowered"
    assert any(c.startswith("Confiance réduite\u00a0: ") and "de l’Arménie" in c for c in fr["caveats"])


def test_conduct_on_armenian_territory_rests_on_no_reading(rome: Callable[..., Any], client: Any) -> None:
    """The territorial precondition does not turn on the unknown scope: the answer keeps its confidence, also when
    the accused is Armenian (the territorial basis carries the window)."""
    for nationality in ("AZE", "ARM"):
        f = _cli(rome, "--crime", "war_crimes", "--territory", "ARM", "--nationality", nationality,
                 "--from", "2022-09-13", "--to", "2022-09-14", "--as-of", "2026-12-02")
        assert f["outcome"] == "yes" and f["confidence"] == "as_sourced"
        assert not any(c.startswith("Lowered confidence") for c in f["caveats"])
    params = {"crimes": "war_crimes", "nationality": "ARM", "territory": "AZE", "from": "2022-09-13",
              "to": "2022-09-14", "as_of": "2026-12-02"}
    assert client.get("/api/jurisdiction", params=params).json()["confidence"] == "lowered"
    fr = client.get("/api/jurisdiction", params={**params, "lang": "fr"}).json()
    assert "portée inconnue" in fr["windows"][0]["basis"][0]


def test_after_armenia_joined_the_party_status_carries_it() -> None:
    f = rs.jurisdiction({"crimes": ["war_crimes"], "nationality": ["ARM"], "territory": ["AZE"],
                         "from": "2024-02-01", "to": "2024-02-29", "as_of": "2026-12-02"})
    assert f["outcome"] == "yes" and f["confidence"] == "as_sourced"
    assert [b["via"] for w in f["windows"] for b in w["bases"]] == ["party"]


def test_a_period_across_armenias_entry_into_force_lowers_confidence_for_the_part_before() -> None:
    f = rs.jurisdiction({"crimes": ["war_crimes"], "nationality": ["ARM"], "territory": ["AZE"],
                         "from": "2024-01-01", "to": "2024-02-29", "as_of": "2026-12-02"})
    assert f["outcome"] == "yes" and f["confidence"] == "lowered"
    assert [[b["via"] for b in w["bases"]] for w in f["windows"]] == [["declaration_12_3_scope_unknown"], ["party"]]


def test_the_checker_page_and_the_brief_say_the_confidence_is_lowered(client: Any, rome: Callable[..., Any],
                                                                      tmp_path: Any) -> None:
    params = {"crimes": "war_crimes", "nationality": "ARM", "territory": "AZE", "from": "2022-09-13",
              "to": "2022-09-14", "as_of": "2026-12-02"}
    page = client.get("/jurisdiction", params=params).text
    assert 'data-confidence="lowered"' in page and "(lowered confidence: see the caveats)" in page
    assert "(confiance réduite\u00a0: voir les réserves)" in client.get("/jurisdiction",
                                                                      params={**params, "lang": "fr"}).text
    calm = client.get("/jurisdiction", params={**params, "territory": "ARM"}).text
    assert "data-confidence" not in calm
    brief = tmp_path / "brief.md"
    assert rome("jurisdiction", *ABROAD, "--brief", str(brief)).code == 0
    assert "YES (lowered confidence: it rests in part on a reading the record cannot confirm" in \
        brief.read_text(encoding="utf-8").replace("**", "")
