"""The YAML fact files beyond the ledger: Security Council acts, situations, warrants,
non-compliance findings and the article index.

They are loaded lazily (only the queries that need them pay for them) and
checked by ``rome data check``: each must parse, and every entry needs a source
and a confidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from romestatute.facts.load import data_dir, parsed_yaml
from romestatute.facts.records import Facts
from romestatute.facts.sources import sourced_problems

#: file -> the lists in it whose entries are facts needing a source
SOURCED_LISTS: dict[str, tuple[str, ...]] = {
    "unsc.yaml": ("referrals", "vetoed_referrals", "deferrals", "failed_deferral_requests"),
    "situations.yaml": ("situations",),
    "warrants.yaml": ("warrants",),
    "noncompliance.yaml": ("visits", "findings"),
}
STATE_FIELDS = ("territory", "vessel_flag", "nationality", "referred_by", "vetoed_by", "abstained", "states")


def load(name: str) -> Any:
    """A YAML fact file from the data folder in use, parsed once per process."""
    return parsed_yaml(name, str(data_dir()))


def load_from(folder: str, name: str) -> Any:
    """A YAML fact file from ``folder`` (as ``Facts.data_dir`` names it), parsed once per process."""
    return parsed_yaml(name, folder)


def _doc(base: Path, name: str) -> Any:
    """A YAML fact file of the data folder ``base`` as it is now, parsed once for all the checks (and the ledger's
    loader: ``parsed_yaml``)."""
    return parsed_yaml(name, str(base), fresh=True)


def _entries(doc: Any, name: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    for key in SOURCED_LISTS[name]:
        for i, entry in enumerate((doc or {}).get(key) or []):
            yield key, i, entry


def check_sourced(base: Path, facts: Facts) -> list[tuple[str, str]]:
    problems = []
    for name in SOURCED_LISTS:
        doc = _doc(base, name)
        if not isinstance(doc, dict):
            problems.append((name, "expected a mapping at the top level"))
            continue
        for key, i, entry in _entries(doc, name):
            where = f"{name} ({key} #{i + 1}{', ' + str(entry.get('id')) if isinstance(entry, dict) and entry.get('id') else ''})"
            if not isinstance(entry, dict):
                problems.append((where, "entry is not a mapping"))
                continue
            problems += [(where, m) for m in sourced_problems(entry.get("source"), entry.get("document"), entry.get("confidence"))]
            for f in STATE_FIELDS:
                for iso3 in entry.get(f) or []:
                    if isinstance(iso3, str) and len(iso3) == 3 and iso3 not in facts.states:
                        problems.append((where, f"{f}: unknown state {iso3!r}"))
            for f in ("state",):
                v = entry.get(f)
                if isinstance(v, str) and len(v) == 3 and v.isupper() and v not in facts.states:
                    problems.append((where, f"{f}: unknown state {v!r}"))
            for f, v in entry.items():
                if isinstance(v, str) and f in {"date", "issued", "unsealed", "conduct_from", "conduct_to",
                                                "period_from", "period_to", "decision_date", "status_date"}:
                    try:
                        dt.date.fromisoformat(v)
                    except ValueError:
                        problems.append((where, f"{f}: {v!r} is not a date"))
    return problems


def check_articles(base: Path, facts: Facts) -> list[tuple[str, str]]:
    doc = _doc(base, "articles.yaml")
    problems = []
    seen: set[str] = set()
    for i, a in enumerate((doc or {}).get("articles") or []):
        where = f"articles.yaml (article #{i + 1})"
        if not a.get("id") or not a.get("summary"):
            problems.append((where, "article needs an id and a summary"))
        if a.get("id") in seen:
            problems.append((where, f"id {a.get('id')} appears twice"))
        seen.add(a.get("id"))
    if not doc or not doc.get("source"):
        problems.append(("articles.yaml", "the file names no source"))
    return problems


def check_references(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every warrant names a situation in situations.yaml; every visit or finding names a warrant."""
    sits = (_doc(base, "situations.yaml") or {}).get("situations") or []
    ids = [s.get("id") for s in sits if isinstance(s, dict)]
    problems = [("situations.yaml", f"id {i!r} appears twice") for i in sorted({str(i) for i in ids if ids.count(i) > 1})]
    warrants = (_doc(base, "warrants.yaml") or {}).get("warrants") or []
    for i, w in enumerate(warrants):
        if isinstance(w, dict) and w.get("situation") not in ids:
            problems.append((f"warrants.yaml (warrants #{i + 1}, {w.get('id')})",
                             f"situation {w.get('situation')!r} is not in situations.yaml"))
    wids = {w.get("id") for w in warrants if isinstance(w, dict)}
    nc = _doc(base, "noncompliance.yaml") or {}
    for key in ("visits", "findings"):
        for i, e in enumerate(nc.get(key) or []):
            if isinstance(e, dict) and e.get("person_warrant") not in wids:
                problems.append((f"noncompliance.yaml ({key} #{i + 1})",
                                 f"person_warrant {e.get('person_warrant')!r} is not in warrants.yaml"))
    return problems


#: The fields of a warrant's ``conduct`` block (the conduct the warrant covers, as the Court described it).
CONDUCT_FIELDS = {"territory", "nationality", "from", "to", "source", "confidence", "note"}


def conduct_problems(conduct: Any, states: Any) -> list[str]:
    """What is wrong with one warrant's ``conduct`` block: unknown fields or states, dates that are not dates or in
    the wrong order, no territory or nationality, no source or confidence."""
    if not isinstance(conduct, dict):
        return ["conduct: not a mapping"]
    out = [f"conduct: {k!r} is not a conduct field ({', '.join(sorted(CONDUCT_FIELDS))})"
           for k in sorted(set(conduct) - CONDUCT_FIELDS)]
    for f in ("territory", "nationality"):
        v = conduct.get(f)
        if v is None:
            continue
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            out.append(f"conduct: {f} must be a list of ISO3 codes")
            continue
        out += [f"conduct: {f}: unknown state {x!r}" for x in v if x not in states]
    if not (conduct.get("territory") or conduct.get("nationality")):
        out.append("conduct: names neither a territory nor a nationality")
    days = {}
    for f in ("from", "to"):
        v = conduct.get(f)
        if v is None:
            continue
        try:
            days[f] = v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))
        except ValueError:
            out.append(f"conduct: {f}: {v!r} is not a date")
    if conduct.get("from") is None:
        out.append("conduct: no from date (the first day of the conduct the Court named)")
    if days.get("from") and days.get("to") and days["to"] < days["from"]:
        out.append(f"conduct: to {days['to']} is before from {days['from']}")
    return out + [f"conduct: {m}" for m in sourced_problems(conduct.get("source"), "", conduct.get("confidence"))]


def check_conduct(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every warrant's ``conduct`` block, where it has one (see ``conduct_problems``)."""
    problems = []
    for i, w in enumerate((_doc(base, "warrants.yaml") or {}).get("warrants") or []):
        if isinstance(w, dict) and "conduct" in w:
            where = f"warrants.yaml (warrants #{i + 1}, {w.get('id')})"
            problems += [(where, m) for m in conduct_problems(w["conduct"], facts.states)]
    return problems


#: The fields of a situation that have a French form in its ``fr`` block: True where the French is wanted whenever
#: the English is given (our own words), False where it may be left out (the name of a document, quoted in English
#: unless the Court's own French title was found).
SITUATION_FR: dict[str, Any] = {"name": True, "note": True, "court_position": {"summary": True, "decision": False},
                                "disagreement": {"explanation": True, "decision": False}}
#: The same for the entries of a situation's lists, each with its own ``fr`` block.
SITUATION_ITEM_FR: dict[str, dict[str, Any]] = {"decisions": {"title": False, "note": True},
                                                "additional_referrals": {"note": True},
                                                "declarations_12_3": {"note": True}}


def _french_problems(english: Any, fr: Any, spec: dict[str, Any], at: str = "fr") -> list[str]:
    """What is wrong with a ``fr`` block (or a part of one) beside the English it translates."""
    english = english if isinstance(english, dict) else {}
    if fr is None:
        fr = {}
    if not isinstance(fr, dict):
        return [f"{at}: not a mapping"]
    problems = [f"{at}: {k!r} is not a field with a French form ({', '.join(spec)})" for k in sorted(set(fr) - set(spec))]
    for k, wanted in spec.items():
        if isinstance(wanted, dict):
            if k in fr and not english.get(k):
                problems.append(f"{at}: French {k} with no English {k}")
            else:
                problems += _french_problems(english.get(k), fr.get(k), wanted, f"{at}.{k}")
            continue
        given = fr.get(k)
        said = isinstance(given, str) and bool(given.strip())
        if k in fr and not said:
            problems.append(f"{at}: empty French {k}")
        elif said and not english.get(k):
            problems.append(f"{at}: French {k} with no English {k}")
        elif wanted and english.get(k) and not said:
            problems.append(f"{at}: no French {k}")
    return problems
#: The fields of a warrant that have a French form in its ``fr`` block.
WARRANT_FR = ("role", "case", "note")
#: The fields of a visit or a finding (noncompliance.yaml) that have a French form in its ``fr`` block.
NONCOMPLIANCE_FR = {"visits": ("note",), "findings": ("summary",)}


def check_french(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every situation has the Court's French name (and the Court's recorded position summarised in French) in its
    ``fr`` block and every warrant its person's role, its case and its note in French;
    a ``fr`` block holds nothing else."""
    problems = []
    for i, s in enumerate((_doc(base, "situations.yaml") or {}).get("situations") or []):
        if not isinstance(s, dict):
            continue
        where = f"situations.yaml (situations #{i + 1}, {s.get('id')})"
        fr = s.get("fr")
        if not isinstance(fr, dict):
            problems.append((where, "no fr block (the situation's French name)"))
            continue
        problems += [(where, p) for p in _french_problems(s, fr, SITUATION_FR)]
        for key, spec in SITUATION_ITEM_FR.items():
            for j, item in enumerate(s.get(key) or []):
                if isinstance(item, dict):
                    problems += [(where, p) for p in _french_problems(item, item.get("fr"), spec, f"{key} #{j + 1}: fr")]
    for i, w in enumerate((_doc(base, "warrants.yaml") or {}).get("warrants") or []):
        if not isinstance(w, dict):
            continue
        problems += _french_block(f"warrants.yaml (warrants #{i + 1}, {w.get('id')})", w, WARRANT_FR)
    return problems


def _french_block(where: str, entry: dict[str, Any], fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """An entry's ``fr`` block: a French text for each of ``fields`` the English has, and nothing else."""
    given = entry.get("fr")
    fr: dict[str, Any] = given if isinstance(given, dict) else {}
    problems = [(where, f"fr: {k!r} is not a field with a French form ({', '.join(fields)})") for k in sorted(set(fr) - set(fields))]
    return problems + [(where, f"fr: no French {k}") for k in fields
                       if entry.get(k) and not (isinstance(fr.get(k), str) and fr[k].strip())]


#: The fields of a Security Council act (unsc.yaml) that have a French form in its ``fr`` block.
UNSC_FR = ("subject", "cooperation", "scope", "note")


def check_french_unsc(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every Security Council act's subject, duty to cooperate, scope (a deferral's, a jurisdiction clause's) and note
    (unsc.yaml) in French, in the act's ``fr`` block."""
    doc = _doc(base, "unsc.yaml") or {}
    return [p for key in (*SOURCED_LISTS["unsc.yaml"], "other_jurisdiction_clauses")
            for i, e in enumerate(doc.get(key) or []) if isinstance(e, dict)
            for p in _french_block(f"unsc.yaml ({key} #{i + 1}, {e.get('id')})", e, UNSC_FR)]


def check_french_amendments(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every amendment's title (amendments.yaml) in French, in its ``fr`` block."""
    doc = _doc(base, "amendments.yaml") or {}
    return [p for i, e in enumerate(doc.get("amendments") or []) if isinstance(e, dict)
            for p in _french_block(f"amendments.yaml (amendments #{i + 1}, {e.get('key')})", e, ("title",))]


def check_french_noncompliance(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every visit's note and every finding's summary (noncompliance.yaml) in French, in the entry's ``fr`` block."""
    doc = _doc(base, "noncompliance.yaml") or {}
    return [p for key, fields in NONCOMPLIANCE_FR.items() for i, e in enumerate(doc.get(key) or []) if isinstance(e, dict)
            for p in _french_block(f"noncompliance.yaml ({key} #{i + 1}, {e.get('person_warrant')}, {e.get('state')})", e, fields)]


#: How the Court styles a person (warrants.yaml ``civility.title``): the French labels agree with it.
CIVILITIES = ("Mr", "Ms")


def check_civility(base: Path, facts: Facts) -> list[tuple[str, str]]:
    """Every warrant's ``civility``: a title the Court uses (Mr, Ms), a source URL and a confidence; one person, one title
    (every warrant of a person says the same)."""
    problems = []
    titles: dict[str, set[str]] = {}
    for i, w in enumerate((_doc(base, "warrants.yaml") or {}).get("warrants") or []):
        if not isinstance(w, dict):
            continue
        where = f"warrants.yaml (warrants #{i + 1}, {w.get('id')})"
        c = w.get("civility")
        if not isinstance(c, dict):
            problems.append((where, "no civility (title Mr or Ms, source, confidence): the French labels agree with it"))
            continue
        extra = sorted(set(c) - {"title", "source", "confidence", "note"})
        if extra:
            problems.append((where, f"civility: {', '.join(map(repr, extra))} is not a field (title, source, confidence, note)"))
        if c.get("title") not in CIVILITIES:
            problems.append((where, f"civility: title {c.get('title')!r} is not one of {', '.join(CIVILITIES)}"))
        problems += [(where, f"civility: {m}") for m in sourced_problems(c.get("source"), "", c.get("confidence"))]
        titles.setdefault(str(w.get("person")), set()).add(str(c.get("title")))
    problems += [("warrants.yaml", f"{person}: civility differs between warrants ({', '.join(sorted(t))})")
                 for person, t in sorted(titles.items()) if len(t) > 1]
    return problems


CHECKS: list[Callable[[Path, Facts], list[tuple[str, str]]]] = [check_sourced, check_articles, check_references, check_french,
                                                                  check_french_noncompliance, check_french_unsc,
                                                                  check_french_amendments, check_conduct, check_civility]
