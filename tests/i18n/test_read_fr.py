"""``rome read --lang fr``: the reading's frame (headings, labels, the date line, the answers' frame) and the reader's
own sentences (read/explain.py, acts, claims, questions) in French, the English output unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

REPORT = ("The Hague, 20 November 2016. Russia withdraws from the International Criminal Court, a spokesman said, "
          "weeks after Burundi and South Africa announced that they would leave the court. Omar al-Bashir visited "
          "South Africa in June 2015.\nRussian air strikes on Aleppo in Syria went on this month.")


def test_rome_read_speaks_french_around_the_readers_sentences(rome: Callable[..., Any], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    fr = rome("read", str(report), "--lang", "fr", "--today", "2026-12-01").out
    assert fr.startswith("Dépêche datée du 20 novembre 2016 (date trouvée dans la ligne de date")
    for heading in ("États que mentionne la dépêche", "Personnes citées qui sont recherchées par la Cour",
                    "Questions que soulève la dépêche", "Remarques"):
        assert heading in fr
    assert "Fédération de Russie (RUS)" in fr and "à la date de la dépêche (20 novembre 2016)\u00a0:" in fr
    for english in ("Report dated", "States the report mentions", "on the report's date (", "Questions the report"):
        assert english not in fr


def test_rome_read_in_english_is_as_it_was(rome: Callable[..., Any], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    en = rome("read", str(report), "--today", "2026-12-01").out
    assert en.startswith("Report dated 20 November 2016 (found in the dateline: \"20 November 2016\"); today is "
                         "1 December 2026.")
    assert "Russian Federation (RUS) — 2 mentions: Russia, Russian" in en
    assert "on the report's date (2016-11-20): signatory" in en


#: English sentences read/explain.py writes: none may be left in a French reading.
EXPLAIN_ENGLISH = ("Must ", "Public warrants on record", "person named with a warrant", "A signature cannot be withdrawn",
                   "No full date", "The report names", "The report seems to be in", "The report's date",
                   "from the day its withdrawal", "from the day the Statute entered", "from the start of the conduct",
                   "from the Statute's entry", "a State Party named in", "an announced withdrawal",
                   "the warrant's situation", "the situation on the report's date", "the person's own state",
                   ", issued ", "(later: ")
CORPUS = Path(__file__).resolve().parents[1] / "read" / "corpus"
FRENCH_READINGS = ("mng-2024-09-02-moscowtimes-putin-arrives", "phl-2025-03-11-lostiempos-duterte-detenido",
                   "hun-2025-04-04-kesq-cnn-hungary-announces", "jor-2017-03-28-sudantribune-bashir-amman")


def _body(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)[1]


def _said(reading: dict[str, Any]) -> str:
    """What explain.py says in a reading (its JSON), the report's own words left out."""
    import json

    kept = {k: v for k, v in reading.items() if k not in ("text", "mentions")}
    for q in kept.get("questions", []):
        for ev in q.get("why", []):
            ev.pop("text", None)
    return json.dumps(kept, ensure_ascii=False)


def test_the_readers_sentences_from_explain_are_french(rome: Callable[..., Any], tmp_path: Path) -> None:
    import json

    seen = set()
    for name in FRENCH_READINGS:
        report = tmp_path / f"{name}.txt"
        report.write_text(_body(name), encoding="utf-8")
        fr = json.loads(rome("--lang", "fr", "read", str(report), "--json", "--today", "2026-12-01").out)
        en = json.loads(rome("read", str(report), "--json", "--today", "2026-12-01").out)
        said_fr, said_en = _said(fr), _said(en)
        assert [w for w in EXPLAIN_ENGLISH if w in said_fr] == [], name
        seen |= {w for w in EXPLAIN_ENGLISH if w in said_en}
        assert fr["questions"] and [q["kind"] for q in fr["questions"]] == [q["kind"] for q in en["questions"]]
    # the stop-list is not idle: the English readings say these
    assert {"Must ", "Public warrants on record", "person named with a warrant", "The report seems to be in"} <= seen


def test_a_french_reading_on_the_read_page_has_explains_sentences_in_french(client: Any) -> None:
    r = client.post("/read?lang=fr", data={"text": _body("mng-2024-09-02-moscowtimes-putin-arrives"),
                                           "today": "2026-12-01"})
    assert r.status_code == 200
    assert "pesait-elle sur la Mongolie\u00a0?" in r.text
    assert "une obligation d’arrêter et de remettre Vladimir Vladimirovich Putin le 2 septembre 2024 pesait sur la " \
           "Mongolie" in r.text
    assert "Mandats publics consignés à la date de la dépêche" in r.text
    for english in ("Must Mongolia", "Public warrants on record", "person named with a warrant"):
        assert english not in r.text


def _texts(node: Any, keys: tuple[str, ...]) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k in keys and isinstance(v, str)] + [
            t for v in node.values() for t in _texts(v, keys)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v, keys)]
    return []


def test_corrections_and_questions_in_french(rome: Callable[..., Any], tmp_path: Path) -> None:
    """The corrections of counts, firsts and the Statute's dates, and the questions' titles, in French; the same
    reading in English as it was."""
    import json

    report = tmp_path / "report.txt"
    report.write_text("Nairobi, 27 October 2017. Burundi became the first country to leave the International Criminal "
                      "Court, whose 1999 Rome Statute now has 125 countries as parties.", encoding="utf-8")
    fr = json.loads(rome("--lang", "fr", "read", str(report), "--json", "--today", "2026-12-01").out)
    en = json.loads(rome("read", str(report), "--json", "--today", "2026-12-01").out)
    records = _texts(fr.get("claims"), ("record",))
    titles = [q["title"] for q in fr.get("questions") or [] if "title" in q]
    assert any(r.startswith("Retraits ayant pris effet, dans l’ordre\u00a0: Burundi (27 octobre 2017)") for r in records)
    assert any("États parties au 27 octobre 2017" in r for r in records)
    assert any("c’est le Statut de 1998" in r for r in records)
    for english in ("Withdrawals that took effect", "States Parties on", "The Rome Statute was adopted",
                    "Can the Court act"):
        assert not any(english in t for t in records + titles)
    en_records = _texts(en.get("claims"), ("record",))
    assert any(r.startswith("Withdrawals that took effect, in order: Burundi (27 October 2017)") for r in en_records)
    assert any(r.startswith("The Rome Statute was adopted on 17 July 1998 and entered into force on 1 July 2002")
               for r in en_records)


#: Reports with acts (withdrawals, a revocation, an instrument withdrawn, a notice of not becoming a party, accessions,
#: a parliament's vote), corrections, announcements, triggers (a veto, a referral, investigations, warrants),
#: obligations and visits.
READINGS = ("zaf-2016-10-21-dw-to-withdraw", "zaf-2017-03-08-pmnews-revokes", "gmb-2016-11-15-hiiraan-notifies",
            "mys-2019-05-09-thesun-removed-from-list", "phl-2018-03-16-rappler-transmits-notice",
            "pse-2015-01-07-mg-palestine-joins", "usa-2002-05-06-unnews-not-party", "syr-2014-05-22-sltrib-veto",
            "lby-2011-03-01-haguejustice-libya-referral", "jor-2017-03-28-sudantribune-bashir-amman",
            "hun-2026-05-27-hanna-reverses-exit", "ukr-2024-08-21-newsaz-rada-ratifies",
            "bdi-2017-10-27-news24-first-to-leave")
#: Where the reader writes its own sentences in a reading (the engine's, in findings and events, are tested apart).
WRITTEN = {"effect", "record", "label", "title", "period_basis", "crimes_basis", "summary", "caveats"}


def _written(node: Any, out: set[str], key: str | None = None, parent: str | None = None) -> None:
    """The sentences the reader wrote in a reading (JSON): the report's own words (``text`` of a claim, mentions,
    evidence) left out; a correction's ``text`` is the reader's."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in ("mentions", "why", "text") or (k == "text" and parent == "corrections"):
                _written(v, out, k, parent)
    elif isinstance(node, list):
        for v in node:
            _written(v, out, key, key)
    elif isinstance(node, str) and (key in WRITTEN or key == "text"):
        out.add(node)


def _data(node: Any, out: set[str], key: str | None = None) -> None:
    """Every other string of a reading: the data's own English (names, subjects, roles, notes) and codes."""
    if isinstance(node, dict):
        for k, v in node.items():
            _data(v, out, k)
    elif isinstance(node, list):
        for v in node:
            _data(v, out, key)
    elif isinstance(node, str) and key not in WRITTEN and key != "text":
        out.add(node)


def _clauses(sentence: str) -> set[str]:
    """The clauses of an English sentence with four words or more (split at ". ", "; ", ": " and brackets)."""
    import re

    parts = (c.strip(" .;:,") for c in re.split(r"(?<=[.;:])\s+|\s+\(|\)\s*", sentence))
    return {c for c in parts if len(c.split()) >= 4}


def test_no_english_sentence_of_the_reader_is_left_in_a_french_reading(rome: Callable[..., Any], client: Any,
                                                                      tmp_path: Path) -> None:
    """The stop-list is built from the English readings' own sentences (every clause the reader wrote, less what
    the data itself holds in English): none may be left in the French JSON, text output or read page."""
    import html
    import json

    stop_seen = 0
    for name in READINGS:
        report = tmp_path / f"{name}.txt"
        report.write_text(_body(name), encoding="utf-8")
        en = json.loads(rome("read", str(report), "--json", "--today", "2026-12-01").out)
        fr = json.loads(rome("--lang", "fr", "read", str(report), "--json", "--today", "2026-12-01").out)
        fr_text = rome("--lang", "fr", "read", str(report), "--today", "2026-12-01").out
        page = client.post("/read?lang=fr", data={"text": _body(name), "today": "2026-12-01"})
        assert page.status_code == 200, name
        written: set[str] = set()
        held: set[str] = set()
        _written(en, written)
        _data(en, held)
        stop = {c for s in written for c in _clauses(s) if not any(c in h for h in held)}
        assert len(stop) >= 5, name  # the English reading says things the French must not
        stop_seen += len(stop)
        said_fr = _said(fr)
        left = sorted(c for c in stop if c in said_fr or c in fr_text or c in html.unescape(page.text))
        assert left == [], (name, left[:5])
        assert [a["kind"] for a in fr["acts"]] == [a["kind"] for a in en["acts"]], name
        assert [(c["kind"], c["verdict"]) for c in fr["claims"]] == [(c["kind"], c["verdict"]) for c in en["claims"]]
    assert stop_seen > 200


def test_acts_claims_and_triggers_in_french(rome: Callable[..., Any], tmp_path: Path) -> None:
    import json
    import re

    said = {}
    for name in ("phl-2018-03-16-rappler-transmits-notice", "mys-2019-05-09-thesun-removed-from-list",
                 "syr-2014-05-22-sltrib-veto", "zaf-2016-10-21-dw-to-withdraw"):
        report = tmp_path / f"{name}.txt"
        report.write_text(_body(name), encoding="utf-8")
        said[name] = re.sub(r"[ \n]+", " ", rome("--lang", "fr", "read", str(report), "--today", "2026-12-01").out)
        fr = json.loads(rome("--lang", "fr", "read", str(report), "--json", "--today", "2026-12-01").out)
        assert {a["label"] for a in fr["acts"]} <= {"retrait du Statut", "ratification (ou adhésion)", "signature",
                                                    "révocation d’un retrait", "déclaration d’acceptation de la "
                                                    "compétence (art. 12(3))", "notification de l’intention de "
                                                    "ne pas devenir partie"}
    phl = said["phl-2018-03-16-rappler-transmits-notice"]
    assert "aucun retrait n’avait été notifié par les Philippines\u00a0: la notification est parvenue au " \
           "Secrétaire général de l’ONU le 17 mars 2018" in phl
    assert "Retrait par la Malaisie, le 29 avril 2019, de son instrument d’adhésion (déposé le 4 mars 2019)" in \
           said["mys-2019-05-09-thesun-removed-from-list"]
    zaf = said["zaf-2016-10-21-dw-to-withdraw"]
    assert "(année du mandat)" in zaf and "«\u00a0Friday\u00a0» = 21 octobre 2016" in zaf  # the report's word, the day it means
    assert " veto\u00a0: «\u00a0" in said["syr-2014-05-22-sltrib-veto"]  # the trigger's kind as a French label


def test_a_french_read_page_with_a_correction_that_names_no_state(client: Any) -> None:
    """A correction of the Statute's year names no state: the French page shows it (it used to fail on the state's
    French name) and labels the claim's kind in French."""
    r = client.post("/read?lang=fr", data={"text": _body("zaf-2016-10-21-dw-to-withdraw"), "today": "2026-12-01"})
    assert r.status_code == 200
    assert "(création de la Cour)" in r.text and "(founding)" not in r.text
    en = client.post("/read", data={"text": _body("zaf-2016-10-21-dw-to-withdraw"), "today": "2026-12-01"})
    assert "(founding)" in en.text


#: Where a day stands as a column (a record's row, a fact of a reason, a trigger's record), a quoted report's own
#: words, a link, and the day of a command to run: ISO there is not prose.
_NOT_PROSE = (r"^\s*(?:- )?\d{4}-\d\d-\d\d\b", r"<[^>\s]*>|\(https?://[^)\s]*\)", r"«\u00a0[^»]*\u00a0»",
              r"--(?:date|on) \d{4}-\d\d-\d\d")
ISO_DAY = r"\b\d{4}-\d\d-\d\d\b"


def _prose(line: str) -> str:
    import re

    for pattern in _NOT_PROSE:
        line = re.sub(pattern, " ", line)
    return line


def _unwrapped_text(name: str, lang: str) -> tuple[dict[str, Any], str]:
    """A corpus report's reading (JSON) and its text output, rendered wide enough that no line wraps."""
    from romestatute import i18n
    from romestatute.read.explain import reading
    from romestatute.read.render import render

    with i18n.use(lang):
        r = reading(_body(name), None, "2026-12-01")
        return r, render(r, width=100_000)


def test_the_text_output_of_every_corpus_report_has_no_iso_day_code_or_english_in_its_prose() -> None:
    """`rome --lang fr read FILE` (text): days in words in every line of prose (the state lines, a veto's day), states
    by name where a name is meant (a wanted person's nationality, the states of a trigger's sentence, the permanent
    members), never a code alone; and none of the English reading's own clauses left."""
    import re

    reports = sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert len(reports) >= 60
    codes_named = 0
    for name in reports:
        en, en_text = _unwrapped_text(name, "en")
        fr, fr_text = _unwrapped_text(name, "fr")
        for line in fr_text.splitlines():
            assert not re.search(ISO_DAY, _prose(line)), (name, line)
        codes = {s["state"] for s in fr["states"]} | {p["nationality"] for p in fr["people"] if p.get("nationality")}
        for line in fr_text.splitlines():
            prose = re.sub(r"\([A-Z]{3}\)", "", _prose(line))  # a state's heading gives its code in brackets
            left = [c for c in codes if re.search(rf"(?<![\w/.-]){c}(?![\w/.-])", prose)]
            assert left == [], (name, line)
        codes_named += sum(1 for p in fr["people"] if p.get("nationality"))
        # the English text's own lines of the reader's words (headings, labels) are not in the French
        stop = {line.split("(")[0].strip() for line in en_text.splitlines()
                if re.match(r"^(?:States the report|Questions the report|People named|Notes|Report dated|Days it "
                            r"gives|Input:|  on the report's date|  today \(|  record:|  docket:|  must arrest)", line)}
        assert [s for s in stop if len(s.split()) >= 2 and s in fr_text] == [], name
    assert codes_named >= 5  # the nationality line was checked where it shows


def test_a_wanted_persons_line_names_the_state_and_the_situation_in_french(rome: Callable[..., Any],
                                                                          tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(_body("jor-2017-03-28-sudantribune-bashir-amman"), encoding="utf-8")
    fr = rome("--lang", "fr", "read", str(report), "--today", "2026-12-01").out.replace("\n", " ")
    en = rome("read", str(report), "--today", "2026-12-01").out.replace("\n", " ")
    assert "nationalité\u00a0: Soudan\u00a0; Situation au Darfour (Soudan))" in fr
    assert "à la date de la dépêche (28 mars 2017)\u00a0: État partie" in fr
    assert "aujourd’hui (1er décembre 2026)\u00a0:" in fr
    assert "national of the Sudan; situation darfur)" in en and "on the report's date (2017-03-28): party" in en


def test_the_readers_sentences_name_states_with_their_article_or_preposition(rome: Callable[..., Any],
                                                                            tmp_path: Path) -> None:
    """A state in the reader's French takes the form the sentence needs (``i18n.state_name``): after "par", "de", a
    place; never "l’État (X)"; a verb after a name agrees in number as ``data/states_fr.csv`` gives it (« les
    Philippines étaient »), never in gender."""
    import re

    said = {}
    for name in ("phl-2018-03-16-rappler-transmits-notice", "zaf-2016-10-21-dw-to-withdraw",
                 "mng-2024-09-02-moscowtimes-putin-arrives", "bdi-2017-10-27-afrik53-retrait",
                 "usa-2002-05-06-unnews-not-party"):
        report = tmp_path / f"{name}.txt"
        report.write_text(_body(name), encoding="utf-8")
        said[name] = re.sub(r"[ \n]+", " ", rome("--lang", "fr", "read", str(report), "--today", "2026-12-01").out)
        en = re.sub(r"[ \n]+", " ", rome("read", str(report), "--today", "2026-12-01").out)
        assert "l’État (" not in said[name] and "dépêche" not in en, name
    phl = said["phl-2018-03-16-rappler-transmits-notice"]
    assert "Retrait notifié par les Philippines le 17 mars 2018\u00a0; aux termes de l’art. 127(1)" in phl
    assert "le 16 mars 2018, les Philippines étaient un État partie." in phl  # plural, as states_fr.csv says
    assert "Retrait notifié par l’Afrique du Sud le 19 octobre 2016" in said["zaf-2016-10-21-dw-to-withdraw"]
    mng = said["mng-2024-09-02-moscowtimes-putin-arrives"]
    assert "Une obligation d’arrêter et de remettre Vladimir Vladimirovich Putin le 2 septembre 2024 pesait-elle sur " \
           "la Mongolie\u00a0?" in mng
    assert "Réponse\u00a0: NON — aucune obligation d’arrêter et de remettre Vladimir Vladimirovich Putin le 2 " \
           "septembre 2024 ne pesait sur la Fédération de Russie" in mng
    assert "La Cour peut-elle connaître des crimes commis en Mongolie\u00a0?" in mng
    assert "La Cour peut-elle connaître des crimes commis en Ukraine par des ressortissants de la Fédération de Russie " \
           "(crimes de guerre)\u00a0?" in mng
    bdi = said["bdi-2017-10-27-afrik53-retrait"]
    assert "Le retrait du Burundi a pris effet le 27 octobre 2017" in bdi
    assert "La Cour peut-elle connaître des crimes commis au Burundi depuis que le retrait de cet État a pris effet" in bdi
    usa = said["usa-2002-05-06-unnews-not-party"]
    assert "Une signature ne peut être retirée\u00a0: celle des États-Unis reste sur la liste du dépositaire" in usa


def test_the_state_forms_give_english_its_article(rome: Callable[..., Any], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(_body("phl-2018-03-16-rappler-transmits-notice"), encoding="utf-8")
    en = rome("read", str(report), "--today", "2026-12-01").out.replace("\n", " ")
    assert "The Philippines notified its withdrawal on" in en.replace("  ", " ")
    assert "On the report's date (16 March 2018) the Philippines had not notified a withdrawal" in en.replace("  ", " ")
