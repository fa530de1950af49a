"""The errors users meet most, in French: the CLI's one line on stderr (exit 2), the API's 4xx JSON ``error`` and the
explorer's error page; the English line pinned byte for byte; ``field``, the HTTP status and the exit code the same in
either language.

The stop-list of each error is built from its own English line: every clause of two words or more (the line cut at its
punctuation, less the values quoted back), and the English words of our messages. None may be left in the French line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pytest

from romestatute import i18n
from romestatute.cli.main import main
from romestatute.model.dates import parse_date
from romestatute.model.errors import BadDate, RomeError, UnknownState

#: Words of our English messages that no French message keeps (the field names and codes are not among them).
ENGLISH_WORDS = re.compile(r"\b(unknown|error|see|give|mean|known|column|columns|file|supported|range|warrant|names|"
                           r"different|than|form|name|first|day|conduct|vessel|flag|search|read|every|outside)\b",
                           re.IGNORECASE)
#: What a line quotes back (the value the user gave, a column, a file) and a face's own names.
QUOTED = re.compile(r"'[^']*'|«[^»]*»")


def _stop_list(english: str) -> list[str]:
    text = QUOTED.sub("|", english)
    return [c.strip() for c in re.split(r"[|:;?!.,()]", text) if len(c.split()) >= 2]


def _cli(args: list[str], lang: str) -> tuple[int, str]:
    err = io.StringIO()
    code: Any = 0
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            main([*args, "--lang", lang])
        except SystemExit as exc:
            code = exc.code
    return code, err.getvalue()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("errors")
    (folder / "in.csv").write_text("country,date\nBDI,2020-01-01\n")
    (folder / "bad.parquet").write_bytes(b"\x00\x01not parquet")
    return folder


ANNOTATE = ["--territory-col", "country", "--date-col", "date"]
JURISDICTION = ["jurisdiction", "--crime", "war_crimes", "--territory", "SYR", "--from", "2016-01-01"]
#: (arguments, the English line after "rome: error: " (pinned), what the French line says)
CASES: list[tuple[list[str], str, str]] = [
    (["status", "Narnia"], "unknown state 'Narnia'; did you mean Armenia (ARM), Argentina (ARG), Mauritania (MRT)?",
     "aucun État ne répond au nom 'Narnia'\u00a0; vouliez-vous dire Arménie (ARM), Argentine (ARG) ou Mauritanie "
     "(MRT)\u00a0?"),
    (["status", "Xqzwv"], "unknown state 'Xqzwv'", "aucun État ne répond au nom 'Xqzwv'"),
    (["status", "BDI", "--on", "2020-13-01"], "on: '2020-13-01' is not a date in the form YYYY-MM-DD",
     "on\u00a0: '2020-13-01' n’est pas une date au format AAAA-MM-JJ"),
    (["status", "BDI", "--on", "1800-01-01"], "on: 1800-01-01 is outside the supported range 1900-01-01 to 2100-12-31",
     "on\u00a0: le 1er janvier 1800 est hors de la période prise en charge (du 1er janvier 1900 au 31 décembre 2100)"),
    (["jurisdiction", "--crime", "genocidee", "--territory", "BDI", "--from", "2016-01-01"],
     "crimes: unknown crime 'genocidee'; did you mean genocide? Known crimes: genocide, crimes_against_humanity, ",
     "crimes\u00a0: 'genocidee' n’est pas un crime connu\u00a0; vouliez-vous dire genocide\u00a0? Crimes connus\u00a0:"),
    (["jurisdiction", "--crime", "zzz", "--territory", "BDI", "--from", "2016-01-01"],
     "crimes: unknown crime 'zzz' Known crimes: genocide, ", "crimes\u00a0: 'zzz' n’est pas un crime connu. Crimes"),
    (["jurisdiction", "--crime", "genocide", "--from", "2016-01-01"],
     "territory: give a territory, a vessel flag or a nationality",
     "territory\u00a0: indiquez un territoire, le pavillon d’un navire ou d’un aéronef, ou une nationalité"),
    (["articles", "999"], "article: no article '999'", "article\u00a0: aucun article '999'"),
    (["situation", "darfr"], "situation: unknown situation 'darfr'; did you mean darfur, drc, car-i?",
     "situation\u00a0: aucune situation enregistrée sous le nom 'darfr'\u00a0; vouliez-vous dire darfur, drc, car-i\u00a0?"),
    (["obligation", "--person", "Nobody Atall", "--state", "MNG", "--on", "2024-09-02"],
     "person: no public warrant names 'Nobody Atall'; see 'rome warrants'",
     "person\u00a0: aucun mandat public sous le nom 'Nobody Atall'\u00a0; voir «\u00a0rome warrants\u00a0»"),
    (["obligation", "--person", "Putn", "--state", "MNG", "--on", "2024-09-02"],
     "person: no public warrant names 'Putn'; did you mean Vladimir Vladimirovich Putin?",
     "person\u00a0: aucun mandat public sous le nom 'Putn'\u00a0; vouliez-vous dire Vladimir Vladimirovich Putin\u00a0?"),
    (["obligation", "--person", "Putin", "--on", "2024-09-02"], "state: give --state STATE, or --map for every state",
     "state\u00a0: indiquez --state ÉTAT, ou --map pour tous les États"),
    (["annotate", "{d}/in.csv", "--territory-col", "nope", "--date-col", "date", "--out", "{d}/o.csv"],
     "territory-col: no column 'nope' in the input (columns: country, date)",
     "territory-col\u00a0: le fichier d’entrée n’a pas de colonne 'nope' (colonnes\u00a0: country, date)"),
    (["annotate", "{d}/missing.csv", *ANNOTATE, "--out", "{d}/o.csv"], "input: no file '{d}/missing.csv'",
     "input\u00a0: le fichier '{d}/missing.csv' n’existe pas"),
    (["annotate", "{d}/in.csv", *ANNOTATE, "--out", "{d}/o.json"], "out: o.json: give a .csv, .csv.gz, .tsv or .parquet file",
     "out\u00a0: o.json\u00a0: indiquez un fichier .csv, .csv.gz, .tsv ou .parquet"),
    (["annotate", "{d}/in.json", *ANNOTATE, "--out", "{d}/o.csv"], "input: in.json: give a .csv, .csv.gz, .tsv or .parquet file",
     "input\u00a0: in.json\u00a0: indiquez un fichier .csv, .csv.gz, .tsv ou .parquet"),
    (["annotate", "{d}/in.csv", *ANNOTATE, "--out", "{d}/in.csv"], "out: give a different file than the input",
     "out\u00a0: indiquez un autre fichier que le fichier d’entrée"),
    (["annotate", "{d}/bad.parquet", *ANNOTATE, "--out", "{d}/o.csv"], "input: Invalid Input Error: ",
     "input\u00a0: lecture du fichier impossible\u00a0: Invalid Input Error: "),
    # the rarer ones: a what-if's form, two outputs asked at once
    ([*JURISDICTION, "--assume", "SYR:nope:2011-03-15"], "assume: unknown event 'nope'; one of acceptance, accession, ",
     "assume\u00a0: 'nope' n’est pas un événement connu\u00a0; l’un de ceux-ci\u00a0: acceptance, accession, "),
    ([*JURISDICTION, "--assume", "SYR-2011"], "assume: 'SYR-2011' is not of the form STATE:EVENT:DATE",
     "assume\u00a0: 'SYR-2011' n’a pas la forme STATE:EVENT:DATE"),
    ([*JURISDICTION, "--assume", "SYR:declaration_12_3:2011-03-15..2010-01-01"],
     "assume: 'SYR:declaration_12_3:2011-03-15..2010-01-01' ends before it starts",
     "assume\u00a0: 'SYR:declaration_12_3:2011-03-15..2010-01-01' finit avant de commencer"),
    ([*JURISDICTION, "--assume", "SYR:ratification:2011-03-15..2012-01-01"],
     "assume: ratification takes one date, not a period",
     "assume\u00a0: ratification prend une seule date, pas une période"),
    (["parties", "--json", "--format", "csv"], "--json and --format csv ask for two different outputs; give one of them",
     "--json et --format csv demandent deux sorties différentes\u00a0; n’en indiquez qu’une"),
]


@pytest.mark.parametrize(("args", "english", "french"), CASES, ids=[" ".join(c[0][:2]) for c in CASES])
def test_the_cli_says_the_error_in_french_and_the_english_as_it_was(files: Path, args: list[str], english: str,
                                                                    french: str) -> None:
    if "{d}/in.json" in args:
        (files / "in.json").write_text("{}")
    args = [a.replace("{d}", str(files)) for a in args]
    english, french = english.replace("{d}", str(files)), french.replace("{d}", str(files))
    code_en, err_en = _cli(args, "en")
    code_fr, err_fr = _cli(args, "fr")
    assert code_en == code_fr == 2
    assert err_en.startswith("rome: error: " + english) and err_en.count("\n") == 1
    assert err_fr.startswith("rome\u00a0: erreur\u00a0: " + french) and err_fr.count("\n") == 1
    said = err_fr.split("Invalid Input Error")[0]  # DuckDB's own reason is quoted as it is
    assert [c for c in _stop_list(err_en.split("Invalid Input Error")[0].removeprefix("rome: error: ")) if c in said] == []
    assert ENGLISH_WORDS.findall(QUOTED.sub("", said)) == []


#: (address, status, field, the English error (pinned), what the French error says)
API: list[tuple[str, int, str | None, str, str]] = [
    ("/api/status/Narnia", 404, "state",
     "unknown state 'Narnia'; did you mean Armenia (ARM), Argentina (ARG), Mauritania (MRT)?",
     "aucun État ne répond au nom 'Narnia'\u00a0; vouliez-vous dire Arménie (ARM), Argentine (ARG) ou Mauritanie (MRT)\u00a0?"),
    ("/api/status/BDI?on=2020-13-01", 422, "on",
     "on: '2020-13-01' is not a day in the form YYYY-MM-DD from 1900-01-01 to 2100-12-31 (or today)",
     "on\u00a0: '2020-13-01' n’est pas une date au format AAAA-MM-JJ, du 1900-01-01 au 2100-12-31 (ou today, le jour même)"),
    ("/api/jurisdiction?crimes=genocidee&territory=BDI&from=2016-01-01", 422, "crimes",
     "crimes: 'genocidee' is not a list of crime keys separated by commas (genocide, crimes_against_humanity, war_crimes, "
     "war_crimes:<key>, aggression)",
     "crimes\u00a0: 'genocidee' n’est pas une liste de clés de crimes séparées par des virgules\u00a0: genocide (génocide)"),
    ("/api/jurisdiction?crimes=genocide&territory=Narnia&from=2016-01-01", 404, "territory",
     "unknown state 'Narnia'; did you mean Armenia (ARM), Argentina (ARG), Mauritania (MRT)?",
     "aucun État ne répond au nom 'Narnia'\u00a0; vouliez-vous dire Arménie (ARM)"),
    ("/api/jurisdiction?crimes=genocide&territory=BDI&from=2016-02-30", 422, "from",
     "from: '2016-02-30' is not a day in the form YYYY-MM-DD from 1900-01-01 to 2100-12-31 (or today)",
     "from\u00a0: '2016-02-30' n’est pas une date au format AAAA-MM-JJ"),
    ("/api/situations/atlantis", 404, "id",
     "id: unknown situation 'atlantis'; did you mean afghanistan, mali, palestine, lithuania-belarus?; search by name: "
     "/api/situations?q=atlantis",
     "id\u00a0: aucune situation enregistrée sous le nom 'atlantis'\u00a0; vouliez-vous dire afghanistan, mali, palestine, "
     "lithuania-belarus\u00a0?\u00a0; recherche par nom\u00a0: /api/situations?q=atlantis"),
    ("/api/obligation?person=Nobody%20Atall&state=MNG&on=2024-09-02", 404, "person",
     "person: no public warrant names 'Nobody Atall'; see /api/warrants",
     "person\u00a0: aucun mandat public sous le nom 'Nobody Atall'\u00a0; voir /api/warrants"),
    # the spec's own checks (FastAPI's validation errors turned into our 4xx JSON)
    ("/api/obligation?person=%20&state=MNG&on=2024-09-02", 422, "person", "person: blank; give a value",
     "person\u00a0: vide\u00a0; indiquez une valeur"),
    ("/api/obligation?state=MNG&on=2024-09-02", 422, "person", "person: required", "person\u00a0: obligatoire"),
    ("/api/jurisdiction?crimes=genocide&from=2016-01-01&territory=" + "B" * 201, 422, "territory",
     "territory: longer than 200 characters", "territory\u00a0: plus de 200 caractères"),
    ("/api/no-such-route", 404, None, "nothing here: /api/no-such-route",
     "rien à cette adresse\u00a0: /api/no-such-route"),
]


@pytest.mark.parametrize(("url", "status", "field", "english", "french"), API, ids=[a[0] for a in API])
def test_the_api_says_the_error_in_french_and_the_english_as_it_was(client: Any, url: str, status: int,
                                                                    field: str | None,
                                                                    english: str, french: str) -> None:
    en = client.get(url)
    fr = client.get(url + ("&" if "?" in url else "?") + "lang=fr")
    by_header = client.get(url, headers={"Accept-Language": "fr"})
    assert en.status_code == fr.status_code == by_header.status_code == status
    assert en.json() == {"error": english, "field": field}
    assert fr.json()["field"] == field and fr.json()["error"].startswith(french)
    assert by_header.json() == fr.json()
    assert [c for c in _stop_list(english) if c in fr.json()["error"]] == []
    assert ENGLISH_WORDS.findall(QUOTED.sub("", fr.json()["error"])) == []


def test_the_explorers_error_page_says_it_in_french(client: Any) -> None:
    fr = client.get("/state/Narnia", params={"lang": "fr"})
    en = client.get("/state/Narnia")
    assert fr.status_code == en.status_code == 404
    assert "aucun État ne répond au nom &#39;Narnia&#39;\u00a0; vouliez-vous dire Arménie (ARM)" in fr.text
    assert "unknown state &#39;Narnia&#39;; did you mean Armenia (ARM)" in en.text
    assert "unknown state" not in fr.text and "did you mean" not in fr.text


def test_an_error_is_said_in_the_language_active_when_it_is_shown() -> None:
    with pytest.raises(BadDate) as caught:
        parse_date("1800-01-01", field="on")
    assert str(caught.value) == "on: 1800-01-01 is outside the supported range 1900-01-01 to 2100-12-31"
    with i18n.use("fr"):
        assert str(caught.value) == ("on\u00a0: le 1er janvier 1800 est hors de la période prise en charge "
                                     "(du 1er janvier 1900 au 31 décembre 2100)")
        raised_in_french = UnknownState("Frnace", ["France (FRA)"])
    assert str(raised_in_french) == "unknown state 'Frnace'; did you mean France (FRA)?"
    assert raised_in_french.field == "state" and raised_in_french.args[0] == str(raised_in_french)


def test_a_message_without_parameters_is_shown_as_given() -> None:
    with i18n.use("fr"):
        assert str(RomeError("as given: %(not a placeholder)s")) == "as given: %(not a placeholder)s"
        assert str(RomeError("%(when)s", params={"when": dt.date(2002, 7, 1)})) == "1er juillet 2002"


def test_rome_read_and_serve_say_their_errors_in_french(files: Path) -> None:
    """A file ``rome read`` cannot open (the system's own reason quoted as it is), a port already taken."""
    import socket

    missing = str(files / "missing.txt")
    code_en, err_en = _cli(["read", missing], "en")
    code_fr, err_fr = _cli(["read", missing], "fr")
    assert code_en == code_fr == 2
    assert err_en == f"rome: error: FILE: cannot read '{missing}': No such file or directory\n"
    assert err_fr == f"rome\u00a0: erreur\u00a0: FILE\u00a0: impossible de lire '{missing}'\u00a0: No such file or directory\n"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = str(taken.getsockname()[1])
        code_en, err_en = _cli(["serve", "--host", "127.0.0.1", "--port", port], "en")
        code_fr, err_fr = _cli(["serve", "--host", "127.0.0.1", "--port", port], "fr")
    assert code_en == code_fr == 2
    assert err_en.startswith(f"rome: error: --port: port {port} on 127.0.0.1 is already in use; stop what runs there")
    assert err_fr.startswith(f"rome\u00a0: erreur\u00a0: --port\u00a0: le port {port} est déjà utilisé sur 127.0.0.1\u00a0; "
                             "arrêtez ce qui s’y exécute")
