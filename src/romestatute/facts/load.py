"""Read the bundled data files into typed records, failing loudly on bad rows.

Every check here is about one row on its own (a date that does not parse, a
state not in states.csv, a row without a source); checks on sources and
across rows live in ``facts.check`` and ``romestatute.ledger_check``.  Errors name the file and line.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from romestatute.facts.records import (
    ACTIONS,
    CONFIDENCES,
    DECLARANTS,
    DECLARATION_KINDS,
    DECLARATION_SCOPES,
    Acceptance,
    Amendment,
    Declaration,
    Facts,
    Source,
    State,
    TreatyAction,
)
from romestatute.model.dates import ONE_DAY, Interval
from romestatute.model.errors import DataError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
#: Point this at a copy of the data folder to run the engine on other facts.
DATA_ENV = "ROMESTATUTE_DATA"


def data_dir() -> Path:
    return _data_dir(os.environ.get(DATA_ENV))


@lru_cache(maxsize=8)
def _data_dir(env: str | None) -> Path:  # built once per value of $ROMESTATUTE_DATA (hot path of every query)
    return Path(env or DATA_DIR)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    if not path.exists():
        raise DataError("data file is missing", file=path.name)
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                raise DataError("row has the wrong number of columns", file=path.name, line=reader.line_num)
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}


def read_yaml(name: str, base: Path | None = None) -> Any:
    path = (base or data_dir()) / name
    if not path.exists():
        raise DataError("data file is missing", file=name)
    return _load_yaml(path.read_bytes(), name)


def _load_yaml(data: bytes, name: str) -> Any:
    """The YAML document ``data`` (the bytes of the file ``name``), parsed with a safe loader."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=name) from None
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(f"not valid YAML ({getattr(exc, 'problem', exc)})", file=name,
                        line=None if mark is None else mark.line + 1) from None
    except ValueError as exc:  # a scalar YAML reads as a date but no calendar has (2024-13-21)
        raise DataError(f"not valid YAML (an impossible date: {exc})", file=name) from None


class _Row:
    """Field access for one CSV row that reports errors with file and line."""

    def __init__(self, file: str, line: int, row: dict[str, str]) -> None:
        self.file, self.line, self.row = file, line, row

    def fail(self, message: str) -> DataError:
        return DataError(message, file=self.file, line=self.line)

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.row.get(key, "")
        if required and not value:
            raise self.fail(f"column {key!r} is empty")
        return value

    def date(self, key: str, *, required: bool = True) -> dt.date | None:
        value = self.text(key, required=required)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"column {key!r}: {value!r} is not a date (YYYY-MM-DD)") from None

    def source(self, url_key: str = "source") -> Source:
        url = self.text(url_key, required=False)
        document = self.row.get("document", "")
        if not url and not document:
            raise self.fail("row has no source")
        confidence = self.text("confidence", required=False)
        if confidence not in CONFIDENCES - {"hypothetical"}:
            raise self.fail(f"column 'confidence': {confidence!r} is not high, medium or low")
        return Source(url=url, document=document, confidence=confidence, file=self.file, line=self.line,
                      note=self.row.get("note", ""))


def load_states(base: Path) -> dict[str, State]:
    states: dict[str, State] = {}
    for line, raw in _rows(base / "states.csv"):
        r = _Row("states.csv", line, raw)
        iso3 = r.text("iso3")
        if len(iso3) != 3 or not iso3.isalpha() or not iso3.isupper():
            raise r.fail(f"column 'iso3': {iso3!r} is not an ISO 3166 alpha-3 code")
        if iso3 in states:
            raise r.fail(f"state {iso3} is listed twice")
        states[iso3] = State(iso3, r.text("name"), r.text("un_member", required=False) == "true",
                             r.text("regional_group", required=False), r.source())
    return states


def _known_state(r: _Row, states: dict[str, State]) -> str:
    iso3 = r.text("state")
    if iso3 not in states:
        raise r.fail(f"unknown state {iso3!r} (not in states.csv)")
    return iso3


def load_actions(base: Path, states: dict[str, State]) -> dict[str, list[TreatyAction]]:
    out: dict[str, list[TreatyAction]] = {}
    for line, raw in _rows(base / "treaty_actions.csv"):
        r = _Row("treaty_actions.csv", line, raw)
        state = _known_state(r, states)
        action = r.text("action")
        if action not in ACTIONS:
            raise r.fail(f"column 'action': unknown action {action!r}")
        date = r.date("date")
        assert date is not None
        named = r.date("named_effective", required=False)
        if named is not None and action != "withdrawal_notification":
            raise r.fail("column 'named_effective' is for withdrawal notifications only (Art. 127(1))")
        if named is not None and named <= date:
            raise r.fail(f"column 'named_effective': {named} is not after the notice ({date})")
        out.setdefault(state, []).append(
            TreatyAction(state, action, date, r.source(), covers_from=r.date("covers_from", required=False),
                         stated_effective=r.date("stated_effective", required=False), named_effective=named,
                         note=r.text("note", required=False))
        )
    return out


def load_declarations(base: Path, states: dict[str, State]) -> dict[str, list[Declaration]]:
    out: dict[str, list[Declaration]] = {}
    for line, raw in _rows(base / "declarations.csv"):
        r = _Row("declarations.csv", line, raw)
        state = _known_state(r, states)
        kind = r.text("kind")
        if kind not in DECLARATION_KINDS:
            raise r.fail(f"column 'kind': unknown declaration kind {kind!r}")
        date = r.date("date")
        assert date is not None
        start = r.date("covers_from", required=False)
        last = r.date("covers_to", required=False)  # inclusive in the file
        covers = None
        if start is not None:
            if last is not None and last < start:
                raise r.fail("covers_to is before covers_from")
            covers = Interval(start, None if last is None else last + ONE_DAY)
        declarant = r.text("declarant", required=False) or "state"
        if declarant not in DECLARANTS:
            raise r.fail(f"column 'declarant': {declarant!r} is not one of {', '.join(sorted(DECLARANTS))}")
        scope = r.text("scope", required=False) or "nationals_and_territory"
        if scope not in DECLARATION_SCOPES:
            raise r.fail(f"column 'scope': {scope!r} is not one of {', '.join(sorted(DECLARATION_SCOPES))}")
        if scope == "unknown" and kind != "12_3":
            raise r.fail("column 'scope': 'unknown' is for Art. 12(3) declarations whose text was not found")
        out.setdefault(state, []).append(
            Declaration(state, kind, date, r.source(), lodged=r.date("lodged", required=False), covers=covers,
                        withdrawn=r.date("withdrawn", required=False), note=r.text("note", required=False),
                        declarant=declarant, scope=scope)
        )
    return out


def load_acceptances(base: Path, states: dict[str, State], keys: set[str]) -> dict[str, list[Acceptance]]:
    out: dict[str, list[Acceptance]] = {}
    for line, raw in _rows(base / "amendment_acceptances.csv"):
        r = _Row("amendment_acceptances.csv", line, raw)
        state = _known_state(r, states)
        key = r.text("amendment")
        if keys and key not in keys:
            raise r.fail(f"column 'amendment': {key!r} is not in amendments.yaml")
        out.setdefault(state, []).append(
            Acceptance(state, key, r.date("date", required=False), r.source(),
                       stated_effective=r.date("stated_effective", required=False))
        )
    return out


def jsonable(value: Any) -> Any:
    """YAML dates become ISO strings, so every answer built from the YAML files is plain JSON."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


def parsed_yaml(name: str, base: str, *, fresh: bool = False) -> Any:
    """The YAML fact file ``name`` of the data folder ``base``, dates as ISO strings (``jsonable``), parsed once
    per process for every reader (the queries through ``facts.docket``, the ledger's loader, ``rome data check``).
    ``fresh`` (the loader and the check): the file as it is now, parsed again if its size or time changed."""
    stamp = None
    if fresh:
        try:
            st = os.stat(Path(base) / name)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            pass  # a missing file: read_yaml says so (and an error is not kept)
    return _parsed_yaml(name, base, stamp)


@lru_cache(maxsize=32)
def _parsed_yaml(name: str, base: str, stamp: tuple[int, int] | None) -> Any:
    """The file parsed, or read back from the user's cache folder when a run has parsed the same bytes before.

    Parsing is the slow part of loading the facts (PyYAML's import alone compiles a few regular expressions,
    0.02 s; the five fact files take 0.1 s more): the parsed document is kept as JSON (``romestatute.usercache``)
    under a name drawn from the file's bytes, this module and PyYAML's release, so an edited file is parsed again
    and a stale one is never read.  A document JSON would not give back as it is (a key that is not a string)
    is not kept."""
    path = Path(base) / name
    try:
        data = path.read_bytes()
    except OSError:
        return jsonable(read_yaml(name, Path(base)))  # which says the file is missing
    from romestatute import usercache

    kept = usercache.path("yaml", name, data, _source(), usercache.files("yaml", "__init__.py"))
    return usercache.kept(kept, lambda: jsonable(_load_yaml(data, name)), keep=usercache.round_trips)


@lru_cache(maxsize=1)
def _source() -> bytes:
    return Path(__file__).read_bytes()


def _yaml_date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataError(f"{value!r} is not a date", file=where) from None


def load_amendments(base: Path) -> tuple[dict[str, Amendment], dt.date | None]:
    doc = parsed_yaml("amendments.yaml", str(base), fresh=True)
    out: dict[str, Amendment] = {}
    for i, a in enumerate(doc.get("amendments", [])):
        where = f"amendments.yaml (amendment {i + 1})"
        try:
            key = a["key"]
            out[key] = Amendment(
                key=key,
                title=a.get("title", ""),
                title_fr=str((a.get("fr") or {}).get("title") or "") if isinstance(a.get("fr"), dict) else "",
                resolution=a.get("resolution", ""),
                adopted=_yaml_date(a["adopted"], where) or dt.date.min,
                articles=tuple(a.get("articles") or ()),
                crimes=tuple(a.get("crimes") or ()),
                rule=str(a.get("entry_into_force_rule", "121(5)")),
                source=Source(url=a.get("source", ""), document=a.get("resolution", ""),
                              confidence=a.get("confidence", "high"), file="amendments.yaml"),
                activation_date=_yaml_date(a.get("activation_date"), where),
                activation_resolution=a.get("activation_resolution", "") or "",
            )
        except (KeyError, TypeError) as exc:
            raise DataError(f"missing field {exc}", file=where) from None
        if not out[key].source.url:
            raise DataError("amendment has no source", file=where)
    return out, _yaml_date(doc.get("checked_on"), "amendments.yaml")


def load(base: Path | None = None) -> Facts:
    """Load and validate every fact file in ``base`` (the bundled data by default)."""
    base = base or data_dir()
    states = load_states(base)
    amendments, checked_on = load_amendments(base)
    return Facts(
        states=states,
        actions=load_actions(base, states),
        declarations=load_declarations(base, states),
        acceptances=load_acceptances(base, states, set(amendments)),
        amendments=amendments,
        checked_on=checked_on or dt.date(2026, 11, 28),
        data_dir=str(base),
    )


@lru_cache(maxsize=4)
def _cached(base: str) -> Facts:
    return load(Path(base))


def facts() -> Facts:
    """The facts in the data folder in use, loaded once per process."""
    return _cached(str(data_dir()))
