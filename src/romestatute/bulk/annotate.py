"""Annotate events (territory, date, optional nationality) with ICC jurisdiction, in DuckDB.

Added columns (input columns pass through unchanged, rows keep their order and number):

* ``icc_jurisdiction``: ``yes`` / ``no`` (``partial`` when several crimes are asked and only
  some are within jurisdiction), ``unknown`` when a country value matches no state, no country
  is given, or the date is missing, unparseable or outside 1900-2100;
* ``icc_basis``: the articles and states it rests on, ``;``-separated, e.g.
  ``12(2)(a):UKR(declaration_12_3)`` or ``12(2)(b):GBR(party)``;
* ``icc_territory_status`` (and with a nationality column ``icc_nationality_status``):
  the matched state's ledger status on the event date (empty when no state matched).

The answer is the scalar engine's (``queries.jurisdiction`` on that single day, Art. 12
routes, as of ``as_of``): a property test keeps the two equal.  Files are never loaded
whole: the input is read as a stream of Arrow batches (``bulk.source``: by pyarrow for a Parquet
file it reads as DuckDB would, a text country column kept dictionary-encoded; by DuckDB for
every other file, CSV included); the compiled lookup
(``plan``, ``bulk.lookup``) is applied to each batch as it passes, a projection, so rows
keep their order (DuckDB does not promise that through a join); the batches are written by
pyarrow's Parquet writer, row groups encoded on threads (``bulk.write``; input columns of the types
in ``ARROW_TYPES``), or by a DuckDB COPY (CSV, other types), while the next batches are read and looked up.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from romestatute import i18n
from romestatute.bulk import source as src
from romestatute.bulk.source import ADDED, INTERNAL, Begun, ReadAhead, begin, connect, inspect
from romestatute.i18n import N_, ngettext
from romestatute.i18n import gettext as _
from romestatute.model.errors import BadValue, QueryError, RomeError

if TYPE_CHECKING:
    from romestatute.bulk.lookup import Lookup

# numpy, pyarrow, the lookup and the law are imported where they are used: importing this module (and
# ``romestatute.bulk``) stays light, so that ``rome annotate`` can start opening the input
# (``source.begin``) before it spends 0.1-0.2 s on those imports.


@dataclass
class Summary:
    """What a run did: rows in and out, outcomes, and the values no state matched."""

    rows_in: int = 0
    rows_out: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    unmatched: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    crimes: tuple[str, ...] = ()  # the crimes asked (empty: none named, the preconditions alone)
    as_of: str = ""
    route: str = "any"
    referrals: list[str] = field(default_factory=list)  # the Council referrals on record the run applied
    routes: dict[str, int] = field(default_factory=dict)  # rows per icc_route value
    empty: dict[str, int] = field(default_factory=dict)  # rows with no territory, no date, an unreadable date
    columns: dict[str, str] = field(default_factory=dict)  # the territory, date and nationality columns
    seconds: float = 0.0
    caveats: list[str] = field(default_factory=list)
    #: rows whose answer rests on reading an Art. 12(3) declaration of unknown scope as reaching the declarant's
    #: nationals abroad, and on nothing else (``plan.lowered``), and those declarants
    lowered: int = 0
    lowered_states: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"rows_in": self.rows_in, "rows_out": self.rows_out, "outcomes": self.outcomes,
                "routes": self.routes, "empty": self.empty,
                "unmatched": {col: [{"value": v, "rows": n} for v, n in vals] for col, vals in self.unmatched.items()},
                "crimes": list(self.crimes), "route": self.route, "referrals": self.referrals, "as_of": self.as_of,
                "seconds": round(self.seconds, 3), "caveats": self.caveats,
                "lowered_confidence": {"rows": self.lowered, "states": self.lowered_states}}

    def lines(self) -> list[str]:
        """The run told in the active language (English as it always was: its numbers with commas)."""
        english = i18n.language() == i18n.DEFAULT
        num = (lambda v: f"{v:,}") if english else i18n.number  # noqa: E731

        def rows(n: int) -> str:
            return ngettext("%(count)s row", "%(count)s rows", n) % {"count": num(n)}

        def values(n: int) -> str:
            return ngettext("%(count)s value", "%(count)s values", n) % {"count": num(n)}

        rate = (" " + _("(%(rate)s rows/s)") % {"rate": f"{self.rows_in / self.seconds:,.0f}" if english
                                                  else i18n.number(round(self.rows_in / self.seconds))}
                if self.seconds > 0 else "")
        if english:
            crimes = ", ".join(self.crimes)
        else:
            from romestatute.queries.trace import crime_words

            crimes = ", ".join(crime_words(c) for c in self.crimes)
        asked = (_("crimes: %(crimes)s") % {"crimes": crimes} if self.crimes
                 else _("no crime asked: the Art. 12 preconditions alone") if self.route == "art12"
                 else _("no crime asked: the preconditions alone (Art. 12, or a Council referral's scope)"))
        routes = (_("routes: Art. 12 alone (--route art12)") if self.route == "art12" else
                  _("routes: Art. 12 and the Council referrals on record (%(referrals)s)")
                  % {"referrals": ", ".join(self.referrals) or i18n.pgettext("no Council referral", "none")})
        seconds = f"{self.seconds:.2f}" if english else f"{self.seconds:.2f}".replace(".", ",")
        out = [ngettext("annotated %(out)s of %(in)s in %(seconds)s s%(rate)s; %(asked)s; %(routes)s; as of %(as_of)s",
                        "annotated %(out)s of %(in)s in %(seconds)s s%(rate)s; %(asked)s; %(routes)s; as of %(as_of)s",
                        self.rows_out)
               % {"out": num(self.rows_out), "in": rows(self.rows_in), "seconds": seconds, "rate": rate,
                  "asked": asked, "routes": routes, "as_of": i18n.day(self.as_of) if self.as_of else self.as_of}]
        out.append(_("outcomes: %(counts)s") % {"counts": ", ".join(f"{k} {num(v)}" for k, v in sorted(self.outcomes.items()))})
        if self.lowered:
            out.append(ngettext("lowered confidence: %(count)s row rests only on an Art. 12(3) declaration of unknown "
                                "scope (%(states)s; its icc_basis ends in (declaration_12_3_scope_unknown)): see the "
                                "caveat",
                                "lowered confidence: %(count)s rows rest only on an Art. 12(3) declaration of unknown "
                                "scope (%(states)s; their icc_basis ends in (declaration_12_3_scope_unknown)): see the "
                                "caveat", self.lowered)
                       % {"count": num(self.lowered), "states": ", ".join(self.lowered_states)})
        if self.routes:
            out.append(_("icc_route: %(counts)s") % {"counts": ", ".join(f"{k} {num(v)}" for k, v in sorted(self.routes.items()))})
        cols = self.columns
        said = {"territory_missing": (_("no value in %(column)s") if cols.get("nationality")
                                      else _("no value in %(column)s -> unknown")) % {"column": cols.get("territory")},
                "date_missing": _("no value in %(column)s -> unknown") % {"column": cols.get("date")},
                "date_unreadable": _("a date in %(column)s that is not a day (or outside 1900-2100) -> unknown")
                % {"column": cols.get("date")}}
        for what, n in self.empty.items():
            if n:
                out.append(_("%(rows)s with %(what)s") % {"rows": rows(n), "what": said.get(what, what)})
        for column, vals in self.unmatched.items():
            shown = ", ".join(f"{v!r} ({num(n)})" for v, n in vals[:20])
            more = _(", and %(count)s more") % {"count": len(vals) - 20} if len(vals) > 20 else ""
            out.append(_("unmatched %(column)s: %(values)s, %(rows)s -> unknown: %(shown)s%(more)s")
                       % {"column": column, "values": values(len(vals)), "rows": rows(sum(n for _v, n in vals)),
                          "shown": shown, "more": more})
        out += [_("caveat: %(caveat)s") % {"caveat": c} for c in self.caveats]
        return out


@dataclass
class Run:
    """A prepared annotation: the reading query, the lookup, the summary so far."""

    lookup: Lookup
    summary: Summary
    territory: str
    nationality: str | None
    date: str
    select: str = ""  # the reading query (``source.inspect``)
    types: dict[str, str] = field(default_factory=dict)  # the input's columns and their DuckDB types
    reads: dict[str, str] = field(default_factory=dict)  # __rome_t/_n/_d: the batch column holding each
    rows: int = 0  # rows seen in the stream (the outcomes are the lookup's to count: ``Lookup.outcomes``)
    horizon: list[str] = field(default_factory=list)  # the as-of date is past the data's check date

    def looked_up(self, batch: Any) -> dict[str, Any]:
        """The added columns for one batch of the input (its territory, nationality and date columns looked up)."""
        cols = self.lookup.columns(batch.column(self.reads.get("__rome_t", "__rome_t")),
                                   batch.column(self.reads.get("__rome_n", "__rome_n"))
                                   if self.nationality is not None else None,
                                   batch.column(self.reads.get("__rome_d", "__rome_d")), batch.column(self.date))
        self.rows += batch.num_rows
        return cols

    def batches(self, reader: Any, encoded: bool = False) -> Any:
        """A RecordBatchReader: the input batches with the annotation columns added.

        ``encoded``: a text territory column read as it is comes out dictionary-encoded, from the codes
        the lookup found for it (the same values; a Parquet writer then writes it without hashing
        every value again).
        """
        import pyarrow as pa


        keep = [f for f in reader.schema if f.name not in INTERNAL]
        territory = next((i for i, f in enumerate(keep) if f.name == self.territory and pa.types.is_string(f.type)
                          and self.reads.get("__rome_t") == self.territory), None) if encoded else None
        if territory is not None:
            keep[territory] = pa.field(self.territory, pa.dictionary(pa.int32(), pa.string()))
        added = list(self.added_schema())
        schema = pa.schema(keep + added)

        def annotated(batch: Any) -> Any:
            cols = self.looked_up(batch)
            arrays = [batch.column(f.name) for f in keep] + [cols[f.name] for f in added]
            if territory is not None:
                arrays[territory] = self.lookup.encoded("t")
            return pa.RecordBatch.from_arrays(arrays, schema=schema)

        ahead = ReadAhead(map(annotated, reader), depth=2, schema=schema)  # the next batches while this one is written
        return pa.RecordBatchReader.from_batches(schema, iter(ahead))

    def added_schema(self) -> Any:
        """The added columns (dictionary-encoded words)."""
        import pyarrow as pa

        return pa.schema([pa.field(c, pa.dictionary(pa.int32(), pa.string())) for c in ADDED
                          if self.nationality is not None or "nationality" not in c])

    def groups(self, reader: Any, sizes: list[int]) -> Any:
        """(row group, batch of the added columns alone) for the batches of ``reader``, read ahead on a thread.

        ``sizes``: the rows of each of the input's row groups; a batch that runs over from one to the next is
        cut there (``chunks.write`` copies the input's row groups as they are and adds these columns to each).
        """
        import pyarrow as pa

        schema = self.added_schema()

        def pieces() -> Any:
            group, left = 0, sizes[0] if sizes else 0
            for batch in reader:
                at = 0
                while at < batch.num_rows:
                    while left == 0 and group + 1 < len(sizes):
                        group += 1
                        left = sizes[group]
                    take = min(left, batch.num_rows - at) if left else batch.num_rows - at  # past the end: the
                    yield group, batch if take == batch.num_rows else batch.slice(at, take)  # count check says so
                    at += take
                    left -= min(left, take)

        def annotated(item: tuple[int, Any]) -> tuple[int, Any]:
            group, batch = item
            cols = self.looked_up(batch)
            return group, pa.RecordBatch.from_arrays([cols[f.name] for f in schema], schema=schema)

        return ReadAhead(map(annotated, pieces()), depth=2)

    def finish(self) -> None:
        """Copy the stream's counts into the summary (rows read, outcomes, values no state matched)."""
        from romestatute.bulk import countries

        self.summary.rows_in = self.rows
        self.summary.outcomes = {k: v for k, v in self.lookup.outcomes().items() if v}
        self.summary.routes = self.lookup.routes()
        counts = self.lookup.counts
        self.summary.empty = {"territory_missing": counts["missing_territory"], "date_missing": counts["missing_date"],
                              "date_unreadable": counts["bad_date"]}
        self.summary.columns = {"territory": self.territory, "date": self.date, "nationality": self.nationality or ""}
        roles = [("t", self.territory)] + ([("n", self.nationality)] if self.nationality is not None else [])
        unmatched = {col: self.lookup.unmatched(role) for role, col in roles}
        self.summary.unmatched = {col: vals for col, vals in unmatched.items() if vals}
        self.summary.caveats = [_("%(column)s: %(text)s") % {"column": col, "text": _(text)} for role, col in roles
                                for text in countries.shared_code_caveats(self.lookup.values(role),
                                                                          self.lookup.seen[role].numeric)]
        self.summary.lowered = self.lookup.lowered_rows
        self.summary.lowered_states = self.lookup.lowered_states()
        if self.summary.lowered:
            self.summary.caveats.append(lowered_caveat(self.summary.lowered_states))
        self.summary.caveats += self.horizon


def lowered_caveat(states: list[str]) -> str:
    """The scalar engine's caveat for a finding that rests on a declaration of unknown scope, said of rows."""
    from romestatute import engine

    names = i18n.listing(i18n.state_name(s, engine.ledger().state(s).name, "de") for s in states)
    return _("Lowered confidence: the rows counted under lowered_confidence rest on reading the Art. 12(3) declaration "
             "of %(states)s, whose text was not found, as reaching that state's nationals outside its territory "
             "(Art. 12(2)(b)); if it was made for conduct on its territory alone, their answer would be no "
             "(icc_jurisdiction yes or partial, icc_basis only 12(2)(b):%(iso3)s(declaration_12_3_scope_unknown)).") \
        % {"states": names, "iso3": "/".join(states)}


def compile_run(territory_col: str, date_col: str, nationality_col: str | None, crimes: Any,
                as_of: dt.date | None, numeric: str, route: str = "any") -> Run:
    """Compile the plan and its lookup (the reading query is set once the input is open); the country values
    are mapped as the batches come."""
    from romestatute import engine
    from romestatute.bulk.lookup import Lookup
    from romestatute.bulk.plan import kept

    plan, symbols = kept(crimes, as_of, route)
    lookup = Lookup(plan)
    horizon = engine.past_check(plan.as_of, plan.checked_on)
    summary = Summary(crimes=plan.crimes if plan.asked else (), as_of=plan.as_of.isoformat(), route=plan.route,
                      referrals=symbols)
    lookup.track("t", numeric)
    if nationality_col is not None:
        lookup.track("n", numeric)
    return Run(lookup, summary, territory_col, nationality_col, date_col, horizon=horizon)


def prepare(con: Any, source: str, territory_col: str, date_col: str, nationality_col: str | None,
            crimes: Any, as_of: dt.date | None, numeric: str, route: str = "any") -> Run:
    """Check the columns, compile the plan; the country values are mapped as the batches come."""
    select, types, reads = inspect(con, source, territory_col, date_col, nationality_col)
    run = compile_run(territory_col, date_col, nationality_col, crimes, as_of, numeric, route)
    run.select, run.types, run.reads = select, types, reads
    return run


#: The input column types pyarrow's Parquet writer takes (``source.ARROW_TYPES``); others are written by a DuckDB COPY.
ARROW_TYPES = src.ARROW_TYPES


def annotate_file(source: str | Path, out: str | Path, *, territory_col: str, date_col: str,
                  nationality_col: str | None = None, crimes: Any = None, as_of: dt.date | None = None,
                  numeric: str = "gw", threads: int | None = None, progress: bool | None = None,
                  route: str = "any", begun: Begun | None = None) -> Summary:
    """Annotate a CSV or Parquet file into another, streaming through DuckDB; return the summary.

    DuckDB opens the input (columns, count, the first batches read ahead) on a thread of its own while
    this one compiles the plan: the two overlap (DuckDB's work runs outside the GIL).  ``begun``: the
    input already being opened (``source.begin`` with the same arguments; ``rome annotate`` starts it
    before it imports numpy).  An error in the input's columns is reported before one in the question
    (a bad crime, route or scheme), as when the two ran one after the other.
    """
    started = time.perf_counter()
    if begun is None:
        tty = sys.stderr.isatty() if progress is None else progress
        begun = begin(source, out, territory_col, date_col, nationality_col, threads, tty)
    out = begun.out
    failed: RomeError | None = None
    try:
        run = compile_run(territory_col, date_col, nationality_col, crimes, as_of, numeric, route)
        from romestatute import engine

        engine.names().warm()  # while DuckDB opens the input (the first batch would otherwise wait for it)
    except RomeError as exc:
        failed = exc
    opened: src.Opened = begun.opening.result()  # the input's own error first
    if failed is not None:
        opened.close()
        if opened.con is not None:
            opened.con.close()
        raise failed
    run.select, run.types, run.reads = opened.select, opened.types, opened.reads
    expected, target = opened.expected, str(out).replace("'", "''")
    con = opened.con
    try:
        summary = run.summary
        arrow = begun.copy.startswith("FORMAT parquet") and set(run.types.values()) <= ARROW_TYPES
        if arrow and opened.copy is not None:  # the input's column chunks copied, the added columns written apart
            from pyarrow import schema as pa_schema

            from romestatute.bulk import chunks
            from romestatute.bulk.write import encoder, workers

            encoders = [encoder(pa_schema([column]), [], whole=True) for column in run.added_schema()]
            summary.rows_out = chunks.write(run.groups(opened.ahead, opened.copy.sizes), begun.source, opened.copy,
                                            out, encoders, workers(threads))
        elif arrow:
            from romestatute.bulk.write import workers, write_parquet

            summary.rows_out = write_parquet(run.batches(opened.ahead, encoded=True), out, list(run.types),
                                             workers(threads))
        else:
            stream = run.batches(opened.ahead)
            con = con or connect(threads, bool(progress))
            con.register("rome_stream", stream)
            written = con.execute(f"COPY (SELECT * FROM rome_stream) TO '{target}' ({begun.copy})").fetchall()
            summary.rows_out = int(written[0][0]) if written else 0
    except RomeError:  # a bad crime, route or scheme: its own one-line message
        raise
    except Exception as exc:  # a DuckDB error reading a malformed file: one line, no traceback
        raise QueryError(N_("input: %(reason)s"), field="input", params={"reason": src.reason(exc)}) from None
    finally:
        opened.close()
    run.finish()
    if con is not None:
        con.close()
    summary.seconds = time.perf_counter() - started
    if not summary.rows_out == summary.rows_in == expected == sum(summary.outcomes.values()):
        raise QueryError(N_("row count changed: %(expected)s in the input, %(read)s read, %(written)s "
                            "written"), field="input",
                         params={"expected": expected, "read": summary.rows_in, "written": summary.rows_out})
    return summary


def annotate(frame: Any, *, territory_col: str, date_col: str, nationality_col: str | None = None,
             crimes: Any = None, as_of: dt.date | None = None, numeric: str = "gw", route: str = "any") -> Any:
    """Annotate a pandas or polars DataFrame; return a frame of the same type, rows in the same order."""
    module = type(frame).__module__.split(".")[0]
    if module not in ("pandas", "polars"):
        raise BadValue(N_("frame: expected a pandas or polars DataFrame, got %(type)s"), field="frame",
                       params={"type": type(frame).__name__})
    import pyarrow as pa

    table = frame.to_arrow() if module == "polars" else pa.Table.from_pandas(frame, preserve_index=False)
    con = connect()
    con.register("rome_frame", table)
    run = prepare(con, "rome_frame", territory_col, date_col, nationality_col, crimes, as_of, numeric, route)
    result = run.batches(con.sql(run.select).to_arrow_reader(src.BATCH_ROWS)).read_all()
    con.close()
    run.finish()
    if result.num_rows != table.num_rows or run.summary.rows_in != table.num_rows:
        raise QueryError(N_("row count changed: %(read)s in, %(written)s out"), field="frame",
                         params={"read": table.num_rows, "written": result.num_rows})
    added = [c for c in result.column_names if c in ADDED]
    if module == "polars":
        import polars as pl

        columns = [pl.Series(c, result.column(c).cast(pa.string())) for c in added]
        return frame.with_columns(columns)
    out = frame.copy()
    for c in added:
        out[c] = result.column(c).cast(pa.string()).to_pandas().to_numpy()
    return out
