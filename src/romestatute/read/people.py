"""People a report names who are the subject of a public ICC warrant or summons, with each warrant's
status on the report's date.

Names come only from ``data/warrants.yaml`` (each person's full name and the aliases the press uses).
All names are matched in one pass of one regular expression built from them (linear in the text); a
longer name wins over a shorter one ("Ibrahim Al-Masri" over "Al-Masri"), and a short form shared by
several people ("Gaddafi") counts only where the text also names one of them in full.

A warrant's status on the report's date is read from the record: a warrant not yet public on that day
is left out (it is listed as ``later``); a status whose date is after the report is shown as a later
change, never as the status then; a status recorded without a date is shown with that caveat.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from romestatute import i18n
from romestatute.facts import docket
from romestatute.i18n import N_
from romestatute.i18n import gettext as _
from romestatute.read.gazetteer import Gazetteer

#: Statuses that describe the warrant itself as still open.
OPEN = {"at_large"}


@dataclass(frozen=True, slots=True)
class PersonMention:
    key: str  # the person's slug, e.g. "al-bashir" (the prefix of the warrant ids)
    person: str  # full name as in warrants.yaml
    text: str
    start: int
    end: int


def person_key(warrant_id: str) -> str:
    """'al-bashir-1' -> 'al-bashir'."""
    head, _, tail = warrant_id.rpartition("-")
    return head if tail.isdigit() and head else warrant_id


#: A sealed warrant's later status (English in the JSON, like the warrants' statuses; shown in the active language).
MADE_PUBLIC = N_("made public")


@lru_cache(maxsize=1)
def _index() -> tuple[Gazetteer[frozenset[str]], dict[str, list[dict[str, Any]]]]:
    """(every name and alias -> the person keys it names, person key -> warrants)."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, set[str]] = {}
    for w in (docket.load("warrants.yaml") or {}).get("warrants") or []:
        key = person_key(str(w["id"]))
        by_key.setdefault(key, []).append(w)
        for n in [w["person"], *(w.get("aliases") or [])]:
            n = str(n).strip().strip('"')
            if len(n) >= 4:
                names.setdefault(_norm(n), set()).add(key)
    return Gazetteer({k: frozenset(v) for k, v in names.items()}, normalize=_norm, capital_start=False,
                     word_normalize=str.lower), by_key


_SEPARATORS = str.maketrans({"-": " ", "‐": " ", "’": " ", "'": " ", "\n": " ", "\t": " "})


@lru_cache(maxsize=1 << 16)  # the name tables try the same spans again and again
def _norm(name: str) -> str:
    """'al-Bashir' and 'Al Bashir' -> 'al bashir' (hyphens, apostrophes and spacing ignored)."""
    return " ".join(name.translate(_SEPARATORS).lower().split())


def find_people(text: str) -> list[PersonMention]:
    """Every mention of a person with a public warrant or summons, in order."""
    gaz, by_key = _index()
    raw: list[tuple[frozenset[str], str, int, int]] = []
    for keys, said, s, e in gaz.find(text):
        if any(ch.isupper() for ch in said):  # a name is written with a capital
            raw.append((keys, said, s, e))
    sure = {next(iter(k)) for k, *_ in raw if len(k) == 1}
    out = []
    for keys, said, s, e in raw:
        if len(keys) != 1:  # shared short form: the person named in full elsewhere in the text
            keys = keys & sure
            if len(keys) != 1:
                continue
        key = next(iter(keys))
        out.append(PersonMention(key, by_key[key][0]["person"], said, s, e))
    return out


def warrants_of(key: str) -> list[dict[str, Any]]:
    return list(_index()[1].get(key, []))


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def warrant_on(w: dict[str, Any], report: dt.date) -> dict[str, Any]:
    """A warrant as it stood on the report's date, with any later change marked as later."""
    public = _day(w.get("unsealed")) or _day(w.get("issued"))
    status, status_date = str(w.get("status") or ""), _day(w.get("status_date"))
    row: dict[str, Any] = {"id": w["id"], "kind": w.get("kind"), "situation": w.get("situation"),
                           "crimes": w.get("crimes") or [], "issued": w.get("issued"), "public_from": public and
                           public.isoformat(), "document": w.get("document") or w.get("case"),
                           "source": w.get("source"), "confidence": w.get("confidence")}
    if w.get("conduct"):
        row["conduct"] = dict(w["conduct"])  # the conduct the warrant covers, as the Court described it (sourced)
    if public is None or public > report:
        row.update(public_on_report_date=False, status_on_report_date=None,
                   later={"status": MADE_PUBLIC, "date": public and public.isoformat()})
        return row
    row["public_on_report_date"] = True
    if status in OPEN:
        row.update(status_on_report_date=status, later=None)
    elif status_date is not None and status_date <= report:
        row.update(status_on_report_date=status, later=None)
    elif status_date is not None:
        row.update(status_on_report_date="in_force", later={"status": status, "date": status_date.isoformat()})
    else:
        row.update(status_on_report_date="in_force", later={"status": status, "date": None,
                                                            "note": _(
                                                                "the record gives no date for this status, so it may "
                                                                "or may not predate the report")})
    return row


def people_entries(mentions: list[PersonMention], report: dt.date) -> list[dict[str, Any]]:
    """One entry per person: name, nationality, mentions and each warrant on the report's date."""
    out: dict[str, dict[str, Any]] = {}
    for m in mentions:
        e = out.get(m.key)
        if e is None:
            ws = warrants_of(m.key)
            e = out[m.key] = {"key": m.key, "person": m.person, "nationality": ws[0].get("nationality"),
                              "role": i18n.localise(ws[0]).get("role"), "situation": ws[0].get("situation"),
                              "warrants": [warrant_on(w, report) for w in ws], "mentions": []}
        e["mentions"].append({"text": m.text, "start": m.start, "end": m.end})
    return list(out.values())
