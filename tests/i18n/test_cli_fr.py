"""``rome --lang fr <command>``: every command's text output in French (labels, statuses, events, bases, crimes,
states and days in words, French citations and colons), its English output as it always was.

The stop-list of each call is built from its own English text output: every clause of three words or more, less what
the data itself holds in English (a clause found in a string that the English and the French JSON share: a person's
name, a document's title, a source). None may be left in the French text, nor a code where a word is meant.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

#: Representative calls of every command but ``read`` (tests/i18n/test_read_fr.py), with ``--json`` where it has one.
CALLS: list[tuple[tuple[str, ...], bool]] = [
    (("status", "Burundi", "--on", "2026-12-02"), True),
    (("status", "Philippines", "--on", "2019-03-16"), True),
    (("status", "Ukraine", "--on", "2026-12-02"), True),
    (("status", "ZAF", "--on", "2017-01-01"), True),
    (("status", "USA", "--on", "2026-12-02"), True),
    (("status", "Burkina Faso", "--on", "2026-12-02"), True),  # a caveat naming events on low-confidence sources
    (("timeline", "Philippines"), True),
    (("timeline", "Hungary"), True),
    (("timeline", "Israel"), True),
    (("parties", "--on", "2017-01-01", "--as-of", "2016-12-01"), True),
    (("statuses", "--on", "2017-10-27", "--status", "former_party,signature_withdrawn"), True),
    (("diff", "2016-01-01", "2019-12-31"), True),
    (("diff", "2010-01-01", "2010-01-02"), True),
    (("jurisdiction", "--crime", "war_crimes", "--territory", "UKR", "--nationality", "RUS", "--from", "2022-03-01",
      "--as-of", "2026-12-02"), True),
    (("jurisdiction", "--crime", "genocide", "--territory", "SDN", "--from", "2004-01-01", "--trigger",
      "unsc_referral", "--resolution", "1593", "--as-of", "2026-12-02"), True),
    (("jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2016-01-01", "--assume",
      "SYR:declaration_12_3:2011-03-15", "--as-of", "2026-12-02"), True),
    (("obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-02"), True),
    (("obligation", "--person", "Putin", "--map", "--on", "2024-09-02"), True),
    (("situations",), True),
    (("situation", "philippines"), True),
    (("warrants", "--situation", "darfur"), True),
    (("articles", "12"), True),
    (("articles", "--coverage"), True),
    (("crimes",), True),
    (("data", "check"), True),
]
#: A decision's own title, quoted in English where no French one of the Court's is recorded (docs/i18n.md).
DOCUMENT = ("Decision ",)
URL = re.compile(r"<?https?://\S+")
#: A code: lower-case words joined by underscores, not inside an address, a key or a value the user gave.
CODE = re.compile(r"(?<![/\w.:-])[a-z]+(?:_[a-z0-9]+)+(?![\w/.:-])")


def _strings(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        for v in node.values():
            _strings(v, out)
    elif isinstance(node, list):
        for v in node:
            _strings(v, out)
    elif isinstance(node, str):
        out.add(node)


def _clauses(text: str) -> set[str]:
    """The clauses of three words or more of a text output: split at punctuation, brackets, a table's column gap,
    " | ", "->" and line ends; addresses left out."""
    parts = (c.strip(" .;:,-") for c in re.split(r"(?<=[.;:,])\s+|\s*\(|\)\s*|\s{2,}|\s\|\s|->|\[|\]|\n",
                                                  URL.sub("\n", text)))
    return {c for c in parts if len(c.split()) >= 3}


@pytest.mark.parametrize("args, has_json", CALLS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_the_french_text_has_no_english_clause_and_no_code(rome: Callable[..., Any], args: tuple[str, ...],
                                                           has_json: bool) -> None:
    en, fr = rome(*args), rome("--lang", "fr", *args)
    assert en.code == fr.code == 0, (en.err, fr.err)
    held: set[str] = set()
    if has_json:
        in_en: set[str] = set()
        in_fr: set[str] = set()
        _strings(rome(*args, "--json").json(), in_en)
        _strings(rome("--lang", "fr", *args, "--json").json(), in_fr)
        held = in_en & in_fr  # the data's own English, names, documents and codes: the same in both languages
    stop = {c for c in _clauses(en.out) if not any(c in h for h in held) and not c.startswith(DOCUMENT)}
    assert stop or args[0] == "warrants", args  # the English says something of its own, which the French must not
    assert sorted(c for c in stop if c in fr.out) == []
    codes = set(CODE.findall(URL.sub(" ", fr.out)))
    if args[0] == "crimes":  # the first column lists the keys --crime takes
        codes -= {line.split()[0] for line in fr.out.splitlines()[2:] if line.strip()}
    assert codes == set()


def test_the_stop_list_would_see_english_left_in_french() -> None:
    english = "Burundi (BDI) on 2026-12-02: former_party since 2017-10-27\n  was a party; its withdrawal has taken effect"
    assert "its withdrawal has taken effect" in _clauses(english)
    assert CODE.findall("Burundi (BDI) au 2 décembre 2026 : former_party") == ["former_party"]
    assert CODE.findall("<https://example.org/a_b_c> SYR:declaration_12_3:2011-03-15") == []


def test_status_and_timeline_in_french(rome: Callable[..., Any]) -> None:
    fr = rome("--lang", "fr", "status", "Burundi", "--on", "2026-12-02").out.splitlines()
    assert fr[0] == "Position du Burundi (BDI) au 2 décembre 2026\u00a0: ancien État partie depuis le 27 octobre 2017"
    assert fr[3].split() == ["date", "événement", "prise", "d’effet", "article", "source"]
    assert any(line.startswith("2016-10-27  notification de retrait") for line in fr)
    ukr = rome("--lang", "fr", "status", "Ukraine", "--on", "2026-12-02").out
    assert "comportements à compter du 20 février 2014, sans terme" in ukr  # not « au sans terme »
    phl = rome("--lang", "fr", "timeline", "Philippines").out.splitlines()
    assert "1998-07-17  2000-12-27  ni signataire ni partie" in phl
    assert "2000-12-28  signature\u00a0: a signé le Statut (art. 125(1))" in phl
    assert any(line.startswith("2011-11-01  entrée en vigueur (date calculée)\u00a0: ") for line in phl)
    usa = rome("--lang", "fr", "timeline", "USA").out
    assert "(art. 18 de la Convention de Vienne sur le droit des traités)" in usa


def test_statuses_parties_and_diff_in_french(rome: Callable[..., Any]) -> None:
    fr = rome("--lang", "fr", "statuses", "--on", "2017-10-27", "--status", "former_party,signature_withdrawn").out
    assert fr.startswith("5 États ayant pour statut «\u00a0ancien État partie\u00a0» ou «\u00a0signature retirée\u00a0» "
                         "au 27 octobre 2017 (tous les États\u00a0: État partie\u00a0: 123\u00a0; signataire\u00a0: 27")
    names = [re.split(r"\s{2,}", line)[1] for line in fr.splitlines()[4:9]]
    assert names == ["Burundi", "États-Unis", "Fédération de Russie", "Israël", "Soudan"]  # French names, French order
    parties = rome("--lang", "fr", "parties", "--on", "2017-01-01", "--as-of", "2016-12-01").out
    assert parties.startswith("124 États parties au 1er janvier 2017")
    assert "retrait prenant effet le 27 octobre 2017" in parties
    from romestatute import i18n

    shown = [re.split(r"\s{2,}", line)[1] for line in parties.splitlines()[4:]]
    assert shown[:2] == ["Afghanistan", "Afrique du Sud"] and shown == sorted(shown, key=i18n.sort_key)
    diff = rome("--lang", "fr", "diff", "2016-01-01", "2019-12-31").out
    assert diff.startswith("Du 1er janvier 2016 au 31 décembre 2019\u00a0: États parties 123 -> 122")
    assert "Burundi (BDI)\u00a0: État partie -> ancien État partie" in diff
    assert "(État partie -> ancien État partie (art. 127(2)))" in diff


def test_jurisdiction_obligation_and_docket_in_french(rome: Callable[..., Any]) -> None:
    j = rome("--lang", "fr", "jurisdiction", "--crime", "genocide", "--territory", "SDN", "--from", "2004-01-01",
             "--trigger", "unsc_referral", "--resolution", "1593", "--as-of", "2026-12-02").out
    assert j.startswith("Question\u00a0: génocide | territoire\u00a0: Soudan | nationalité\u00a0: - | du 1er janvier 2004")
    assert "| saisine\u00a0: renvoi par le Conseil de sécurité" in j.splitlines()[0]
    assert "  du 1er janvier 2004 au 1er janvier 2004\u00a0: génocide  [" in j
    assert "requis\u00a0: rien de plus, S/RES/1593 (2005) ayant été adoptée le 31 mars 2005" in j
    assert "membres permanents\u00a0: Chine, France, Royaume-Uni, Fédération de Russie, États-Unis" in j
    o = rome("--lang", "fr", "obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-02").out
    assert o.startswith("Le 2 septembre 2024, la Mongolie (MNG) DOIT arrêter et remettre Vladimir Vladimirovich Putin "
                        "(fondement\u00a0: État partie).")
    w = rome("--lang", "fr", "warrants", "--situation", "darfur").out
    assert "en fuite" in w and "at large" not in w


def test_articles_crimes_and_data_check_in_french(rome: Callable[..., Any]) -> None:
    a = rome("--lang", "fr", "articles", "127").out
    assert "  Art. 127(1)\u00a0: Le retrait prend effet un an après la notification." in a
    assert "Withdrawal takes effect" not in a
    api = rome("--lang", "fr", "articles", "127", "--json").json()
    assert api["articles"][0]["rules"][0]["title"] == "Le retrait prend effet un an après la notification"
    c = rome("--lang", "fr", "crimes").out
    assert c.splitlines()[0].split() == ["crime", "article", "ce", "qu’il", "recouvre"]
    assert "Actes commis dans l’intention de détruire" in c
    assert rome("--lang", "fr", "crimes", "--json").json()["crimes"][0]["key"] == "genocide"
    d = rome("--lang", "fr", "data", "check").out.splitlines()
    assert d[0].startswith("données\u00a0: ") and "(vérifiées le " in d[0]
    assert d[-1] == "ok\u00a0: tous les contrôles sont satisfaits"


def test_the_english_text_output_is_as_it_was(rome: Callable[..., Any]) -> None:
    """The English text keeps its codes, ISO days and words byte for byte (every line checked here predates the French)."""
    s = rome("status", "Burundi", "--on", "2026-12-02").out.splitlines()
    assert s[0] == "Burundi (BDI) on 2026-12-02: former_party since 2017-10-27"
    assert s[3].split() == ["date", "event", "effective", "article", "source"]
    assert any(line.startswith("2016-10-27  withdrawal_notification  2017-10-27") for line in s)
    # changed on purpose on 2026-12-02: "onwards" for "to open-ended", and the declaration's scope
    assert ("  Art. 12(3) declaration of 2015-09-08: conduct from 2014-02-20 onwards; on its territory only"
            in rome("status", "Ukraine", "--on", "2026-12-02").out.splitlines())
    t = rome("timeline", "Philippines").out.splitlines()
    assert "1998-07-17  2000-12-27  non_signatory" in t
    assert "2000-12-28  signature: signed the Statute [Art. 125(1)]" in t
    assert any(line.startswith("2011-11-01  entry_into_force (computed): ") for line in t)
    assert "[Art. 18 VCLT]" in rome("timeline", "USA").out
    st = rome("statuses", "--on", "2017-10-27", "--status", "former_party,signature_withdrawn").out
    assert st.startswith("5 states with status former_party or signature_withdrawn on 2017-10-27 (all states: party 123,")
    assert "USA    United States of America  signature_withdrawn" in st
    assert rome("diff", "2016-01-01", "2019-12-31").out.startswith("From 2016-01-01 to 2019-12-31: States Parties 123 -> 122")
    j = rome("jurisdiction", "--crime", "genocide", "--territory", "SDN", "--from", "2004-01-01", "--trigger",
             "unsc_referral", "--resolution", "1593", "--as-of", "2026-12-02").out.splitlines()
    assert j[0].startswith("Question: genocide | territory SDN | nationality - | 2004-01-01 to 2004-01-01 | as of "
                           "2026-12-02 | trigger unsc_referral")
    assert "  permanent members: CHN, FRA, GBR, RUS, USA" in j
    o = rome("obligation", "--person", "Putin", "--state", "MNG", "--on", "2024-09-02").out
    assert o.startswith("On 2024-09-02, Mongolia (MNG) MUST arrest and surrender Vladimir Vladimirovich Putin (basis: party).")
    c = rome("crimes").out.splitlines()
    assert c[0].split() == ["crime", "article", "what", "it", "covers"]
    assert any(line.startswith("war_crimes:lasers_iac") and line.endswith(
        "this key: in an international armed conflict [ICC-ASP/16/Res.4, 2017-12-14]") for line in c)
    a = rome("articles", "127").out
    assert "  Art. 127(1): Withdrawal takes effect one year after notice. Art. 127(1): one year after the notice is " \
           "received, or the later date it names." in a
    d = rome("data", "check").out.splitlines()
    assert d[1].startswith("  states: ") and d[-1] == "ok: every check passed"


def test_one_table_of_warrant_statuses_and_stages_for_both_faces() -> None:
    pytest.importorskip("fastapi")
    from romestatute.cli import docket as cli_docket
    from romestatute.queries import docket
    from romestatute.web import render
    from romestatute.web.routes import situations

    assert render.WARRANT_STATUS_LABEL is docket.WARRANT_STATUS_LABEL
    assert not hasattr(cli_docket, "STATUS_WORDS") and not hasattr(situations, "stage_labels")
    from romestatute import i18n

    with i18n.use("fr"):
        assert docket.stage_labels()["investigation_concluded"] == "enquête achevée"
        assert docket.WARRANT_STATUS_LABEL["at_large"] == "en fuite"


def test_a_json_answer_keeps_its_codes_in_french(rome: Callable[..., Any]) -> None:
    en = rome("status", "Burundi", "--on", "2026-12-02", "--json").json()
    fr = rome("--lang", "fr", "status", "Burundi", "--on", "2026-12-02", "--json").json()
    assert fr["status"] == en["status"] == "former_party"
    assert [e["event"] for e in fr["events"]] == [e["event"] for e in en["events"]]
    assert json.dumps(fr["on"]) == json.dumps(en["on"])


EVENTS = "country,date,nat\nUkraine,2022-03-01,RUS\nAtlantis,2022-03-01,\n,2020-01-01,\nSyria,notaday,\n666,2015-01-01,\n"


def test_annotate_and_panel_tell_their_run_in_french(rome: Callable[..., Any], tmp_path: Any) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    events = tmp_path / "events.csv"
    events.write_text(EVENTS, encoding="utf-8")
    args = ("annotate", str(events), "--territory-col", "country", "--date-col", "date", "--crime", "war_crimes",
            "--as-of", "2026-12-01")
    en = rome(*args, "--out", str(tmp_path / "en.csv"))
    fr = rome("--lang", "fr", *args, "--out", str(tmp_path / "fr.csv"))
    assert en.code == fr.code == 0, (en.err, fr.err)
    assert (tmp_path / "en.csv").read_bytes() == (tmp_path / "fr.csv").read_bytes()  # the file: codes, the same
    assert re.match(r"annotated 5 of 5 rows in \d+\.\d\d s \([\d,]+ rows/s\); crimes: war_crimes; routes: Art\. 12 and "
                    r"the Council referrals on record \(S/RES/1593\(2005\), S/RES/1970\(2011\)\); as of 2026-12-01$",
                    en.err.splitlines()[0])
    assert "1 row with no value in country -> unknown" in en.err.splitlines()
    said = fr.err.splitlines()
    assert re.match(r"5 annotées sur 5 lignes\u00a0; durée\u00a0: \d+,\d\d s \([\d\u202f\u00a0]+ lignes/s\)\u00a0; "
                    r"crimes\u00a0: crimes de guerre\u00a0; voies\u00a0: ", said[0])
    assert said[0].endswith("faits connus au 1er décembre 2026")
    assert "1 ligne sans valeur dans country -> unknown" in said
    assert "country sans correspondance\u00a0: 1 valeur, 1 ligne -> unknown\u00a0: 'Atlantis' (1)" in said
    assert said[-2].startswith("mise en garde\u00a0: country\u00a0: le code 666 (Israël)")
    assert said[-1].startswith("mise en garde\u00a0: Les données ont été vérifiées pour la dernière fois le ")  # 2026-12-01
    stop = {c for c in _clauses(re.sub(r"\d", "", en.err)) if "Atlantis" not in c}
    assert len(stop) > 5 and sorted(c for c in stop if c in fr.err) == []
    panel = ("panel", "--from", "2020-01-01", "--to", "2020-12-31", "--as-of", "2020-12-31")
    assert rome(*panel, "--out", str(tmp_path / "p.csv")).err == f"wrote 196 rows to {tmp_path / 'p.csv'}\n"
    assert rome("--lang", "fr", *panel, "--out", str(tmp_path / "p.csv")).err == (
        f"196 lignes écrites dans {tmp_path / 'p.csv'}\n")


def test_an_ambiguous_names_note_in_french(rome: Callable[..., Any]) -> None:
    fr = rome("--lang", "fr", "status", "Congo", "--on", "2020-01-01")
    assert fr.err == ("rome\u00a0: note\u00a0: state\u00a0: «\u00a0Congo\u00a0» désigne ici la République du Congo (COG)\u00a0; ce nom peut aussi "
                      "désigner la République démocratique du Congo (COD). Indiquez le code ISO3 pour choisir.\n")
    en = rome("status", "Congo", "--on", "2020-01-01")
    assert en.err == ("rome: note: state: 'Congo' taken as Congo (COG, Republic of the Congo); it could also mean "
                      "Democratic Republic of the Congo (COD). Give the ISO3 code to choose.\n")
