"""The aggression lines of a finding (Arts. 15 bis(2), 15 bis(4), 15 bis(5), 15 ter, 121(5)), and the Art. 124 lines
beside them, name each state as the other trace lines do: "the Russian Federation (aggressor)", « la Fédération de
Russie (État agresseur) », never a code; in French the verb agrees with a plural name (« les États-Unis ... ne sont
pas »), and the amendment is in force « à l’égard de » a state, its name contracted after « de » (« à l’égard de
l’Italie »).

Checked through the Python API, the command line and the HTTP API, in English and in French."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import romestatute as rs
from romestatute import i18n

#: (the question, the 15 bis(5) clause in English, the same in French, the codes that must not stand for a name)
CASES = {
    "not_a_party": (
        {"aggressor": "RUS", "victim": "UKR", "territory": ["UKR"], "nationality": ["RUS"], "from": "2022-02-24",
         "to": "2022-12-31", "as_of": "2025-06-30"},
        "On 2022-02-24, the Russian Federation (aggressor) is not a State Party [15 bis(5)]; Ukraine (victim) is not "
        "a State Party [15 bis(5)].",
        "Le 24 février 2022, la Fédération de Russie (État agresseur) n’est pas un État partie [art. 15 bis(5)]\u00a0; "
        "l’Ukraine (État victime) n’est pas un État partie [art. 15 bis(5)].",
        ("RUS", "UKR")),
    "plural_name": (
        {"aggressor": "USA", "victim": "NLD", "territory": ["NLD"], "from": "2020-01-01", "to": "2020-01-31",
         "as_of": "2025-06-30"},
        "On 2020-01-01, the United States of America (aggressor) is not a State Party [15 bis(5)].",
        "Le 1er janvier 2020, les États-Unis (État agresseur) ne sont pas un État partie [art. 15 bis(5)].",
        ("USA", "NLD")),
    "in_force_later": (
        {"aggressor": "DEU", "victim": "ITA", "territory": ["ITA"], "from": "2022-01-01", "to": "2022-01-31",
         "as_of": "2025-06-30"},
        "On 2022-01-01, the aggression amendment is in force for Italy (victim) only from 2023-01-26 "
        "[Art. 121(5); ICC-ASP/16/Res.5 para. 2].",
        "Le 1er janvier 2022, l’amendement relatif au crime d’agression n’est en vigueur à l’égard de l’Italie (État "
        "victime) qu’à compter du 26 janvier 2023 [art. 121(5)\u00a0; ICC-ASP/16/Res.5, paragraphe 2].",
        ("ITA", "DEU")),
    "not_accepted_and_opt_out": (
        {"aggressor": "KEN", "victim": "DEU", "territory": ["DEU"], "from": "2019-01-01", "to": "2019-01-31",
         "as_of": "2020-01-01"},
        "On 2019-01-01, Kenya (aggressor) has not accepted the aggression amendment [Art. 121(5); ICC-ASP/16/Res.5 "
        "para. 2]; Kenya (aggressor) declared that it does not accept the Court's jurisdiction over aggression "
        "[15 bis(4)].",
        "Le 1er janvier 2019, le Kenya (État agresseur) n’a pas accepté l’amendement relatif au crime d’agression "
        "[art. 121(5)\u00a0; ICC-ASP/16/Res.5, paragraphe 2]\u00a0; le Kenya (État agresseur) a déclaré ne pas "
        "accepter la compétence de la Cour à l’égard du crime d’agression [art. 15 bis(4)].",
        ("KEN", "DEU")),
    "approved_no_deposit": (
        {"aggressor": "DEU", "victim": "UKR", "territory": ["UKR"], "from": "2025-02-01", "to": "2025-02-02",
         "as_of": "2026-01-01"},
        "On 2025-02-01, Ukraine (victim) approved the aggression amendment in its own law, but no deposit of its "
        "instrument with the Secretary-General is known, so it is not treated as accepted [Art. 121(5); "
        "ICC-ASP/16/Res.5 para. 2].",
        "Le 1er février 2025, l’Ukraine (État victime) a approuvé l’amendement relatif au crime d’agression dans son "
        "droit interne, mais aucun dépôt de son instrument auprès du Secrétaire général n’est connu\u00a0; "
        "l’amendement n’est donc pas tenu pour accepté [art. 121(5)\u00a0; ICC-ASP/16/Res.5, paragraphe 2].",
        ("UKR", "DEU")),
}


def _question(case: str) -> dict[str, Any]:
    return {"crimes": ["aggression"], **CASES[case][0]}


def _bis5(finding: dict[str, Any]) -> str:
    [reason] = [r for r in finding["reasons"] if r["article"] == "15 bis(5)"]
    return reason["explanation"]  # type: ignore[no-any-return]


def _no_code(text: str, codes: tuple[str, ...]) -> None:
    for code in codes:
        assert not re.search(rf"\b{code}\b", text), (code, text)


@pytest.mark.parametrize("case", sorted(CASES))
def test_python_api_names_the_states(case: str) -> None:
    _query, english, french, codes = CASES[case]
    en = _bis5(rs.jurisdiction(_question(case)))
    with i18n.use("fr"):
        fr = _bis5(rs.jurisdiction(_question(case)))
    assert en.endswith(english), en
    assert fr.endswith(french), fr
    _no_code(en, codes)
    _no_code(fr, codes)


def _cli_args(case: str) -> list[str]:
    q = CASES[case][0]
    args = ["jurisdiction", "--crime", "aggression", "--from", q["from"], "--to", q["to"], "--as-of", q["as_of"],
            "--aggressor", q["aggressor"], "--victim", q["victim"]]
    for t in q.get("territory", []):
        args += ["--territory", t]
    for n in q.get("nationality", []):
        args += ["--nationality", n]
    return args


@pytest.mark.parametrize("case", ["not_a_party", "plural_name", "in_force_later"])
def test_command_line_names_the_states(rome: Callable[..., Any], case: str) -> None:
    _query, english, french, _codes = CASES[case]
    en = rome(*_cli_args(case)).out
    fr = rome("--lang", "fr", *_cli_args(case)).out
    [line_en] = [line for line in en.splitlines() if line.startswith("  Art. 15 bis(5) (fails): ")]
    [line_fr] = [line for line in fr.splitlines() if line.startswith("  Art. 15 bis(5) (non remplie)\u00a0: ")]
    assert line_en.endswith(english) and line_fr.endswith(french)


@pytest.mark.parametrize("case", ["not_a_party", "plural_name", "not_accepted_and_opt_out"])
def test_http_api_names_the_states(client: Any, case: str) -> None:
    _query, english, french, codes = CASES[case]
    params = {k: ",".join(v) if isinstance(v, list) else v for k, v in _question(case).items()}
    en = client.get("/api/jurisdiction", params=params)
    fr = client.get("/api/jurisdiction", params={**params, "lang": "fr"})
    assert en.status_code == fr.status_code == 200
    assert _bis5(en.json()).endswith(english)
    assert _bis5(fr.json()).endswith(french)
    _no_code(_bis5(fr.json()), codes)


def test_the_activation_lines_say_the_day_in_each_language() -> None:
    """15 bis(2) and 15 ter on conduct the day before activation: the day written as the language writes it, and a
    sentence saying the conduct predates it."""
    query = {"crimes": ["aggression"], "aggressor": "DEU", "victim": "LIE", "territory": ["LIE"],
             "from": "2018-07-16", "to": "2018-07-16", "as_of": "2020-01-01"}
    en = {r["article"]: r["explanation"] for r in rs.jurisdiction(query)["reasons"]}
    with i18n.use("fr"):
        fr = {r["article"]: r["explanation"] for r in rs.jurisdiction(query)["reasons"]}
    assert "activated with effect from 2018-07-17 (ICC-ASP/16/Res.5). All the conduct asked about predates that " \
           "day" in en["15 bis(2)"]
    assert "activée avec effet au 17 juillet 2018 (ICC-ASP/16/Res.5). Tout le comportement visé est antérieur à ce " \
           "jour" in fr["15 bis(2)"]
    assert en["15 ter"].endswith("All the conduct asked about predates the activation (2018-07-17).")
    assert fr["15 ter"].endswith("(17 juillet 2018).")
    assert not any(text.endswith(" ") for text in (*en.values(), *fr.values()))


def test_the_reading_names_the_second_sentence_of_121_5_in_each_language() -> None:
    query = _question("in_force_later")
    [en] = [r for r in rs.jurisdiction(query)["reasons"] if r["article"] == "15 bis(5)"]
    with i18n.use("fr"):
        [fr] = [r for r in rs.jurisdiction(query)["reasons"] if r["article"] == "15 bis(5)"]
    assert en["reading"].startswith("the consent reading of the second sentence of Art. 121(5)")
    assert "opt-out reading of Art. 15 bis(4)" in en["set_aside"]
    assert fr["reading"].startswith("la lecture de la seconde phrase de l’art. 121(5)")
    assert "art. 15 bis(4)" in fr["set_aside"]


KAMPALA_WAR_CRIME = {"crimes": ["war_crimes:poison_niac"], "territory": ["NLD"], "nationality": ["PHL", "ITA"],
                     "from": "2016-01-01", "to": "2016-12-31", "as_of": "2020-01-01"}


def test_kampala_acceptance_lines_name_the_states_and_agree(rome: Callable[..., Any]) -> None:
    """Art. 121(5) on a Kampala war crime (RC/Res.5): each state's acceptance is a clause naming it, its verb plural
    after a plural French name, never "NLD: ..."."""
    [en] = [r["explanation"] for r in rs.jurisdiction(KAMPALA_WAR_CRIME)["reasons"] if r["article"] == "121(5)"]
    with i18n.use("fr"):
        [fr] = [r["explanation"] for r in rs.jurisdiction(KAMPALA_WAR_CRIME)["reasons"] if r["article"] == "121(5)"]
    assert en.endswith("one year after each deposit. The Netherlands accepted it on 2016-09-23, in force for it from "
                       "2017-09-23; the Philippines has not accepted it; Italy accepted it on 2022-01-26, in force for "
                       "it only from 2023-01-26 (later than the as-of date).")
    assert fr.endswith("un an après le dépôt de chaque instrument. Les Pays-Bas l’ont accepté le 23 septembre 2016 (en "
                       "vigueur à leur égard à compter du 23 septembre 2017)\u00a0; les Philippines ne l’ont pas "
                       "accepté\u00a0; l’Italie l’a accepté le 26 janvier 2022 (en vigueur à son égard seulement à "
                       "compter du 26 janvier 2023, après la date de référence).")
    _no_code(en, ("NLD", "PHL", "ITA"))
    _no_code(fr, ("NLD", "PHL", "ITA"))
    text = rome("--lang", "fr", "jurisdiction", "--crime", "war_crimes:poison_niac", "--territory", "NLD",
                "--nationality", "PHL", "--nationality", "ITA", "--from", "2016-01-01", "--to", "2016-12-31",
                "--as-of", "2020-01-01").out
    assert "Les Pays-Bas l’ont accepté le 23 septembre 2016" in text


@pytest.mark.parametrize(("query", "english", "french"), [
    ({"crimes": ["war_crimes"], "territory": ["UKR"], "nationality": ["UKR"], "from": "2025-06-01",
      "to": "2025-06-30", "as_of": "2026-01-01"},
     "Ukraine declared under Art. 124 that it does not accept jurisdiction over war crimes by its nationals for "
     "2025-01-01 to 2031-12-31",
     "La déclaration de l’Ukraine au titre de l’art. 124 écarte"),
    ({"crimes": ["war_crimes"], "territory": ["FRA"], "from": "2003-06-01", "to": "2003-06-30",
      "as_of": "2010-01-01", "trigger": "unsc_referral"},
     "France's Art. 124 declaration covers part of the period, but it does not bar a Security Council referral",
     "La déclaration au titre de l’art. 124 (France) couvre une partie de la période"),
])
def test_art_124_lines_name_the_state(query: dict[str, Any], english: str, french: str) -> None:
    en = [r["explanation"] for r in rs.jurisdiction(query)["reasons"] if r["article"] == "124"]
    with i18n.use("fr"):
        fr = [r["explanation"] for r in rs.jurisdiction(query)["reasons"] if r["article"] == "124"]
    assert any(t.startswith(english) for t in en), en
    assert any(t.startswith(french) for t in fr), fr
    _no_code(" ".join(en + fr), ("UKR", "FRA"))
