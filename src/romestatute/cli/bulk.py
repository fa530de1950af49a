"""``rome annotate``, ``rome panel`` and ``rome export``: research at scale (the ``bulk`` extra)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from romestatute import i18n
from romestatute.cli import helptext
from romestatute.i18n import N_, ngettext
from romestatute.i18n import gettext as _
from romestatute.model.dates import parse_date
from romestatute.model.errors import BadValue

#: Set when ``rome annotate`` has written its files: the ``rome`` process may then end at once
#: (``cli.main._quick_exit``).
QUICK_EXIT = False


def _need_bulk(early: bool = False) -> None:
    """Refuse in one line without the bulk extra.

    ``early``: DuckDB and pyarrow are found, not imported (``rome annotate`` imports DuckDB on the thread that
    opens the input, while this one imports numpy and pyarrow; an error there is met again and reported when the
    input is opened).
    """
    if early:
        from importlib.util import find_spec

        if find_spec("duckdb") is not None and find_spec("pyarrow") is not None:
            return
    try:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise BadValue(_("this command needs the bulk extra: pip install 'romestatute[bulk]'"), field="install") from None


def _arrow_allocator() -> None:
    """Arrow's buffers from the C library's allocator in this process, unless ``ARROW_DEFAULT_MEMORY_POOL`` says
    otherwise (read when pyarrow first allocates, which is later); and numpy's OpenBLAS on one thread, unless
    ``OPENBLAS_NUM_THREADS`` says otherwise (read when numpy is imported, which is later).

    pyarrow's default, mimalloc, spent 0.3-0.45 s of system time per 5 M rows here, returning pages to the
    system and taking them back as the batches pass between the reading, annotating and writing threads; with
    the C library's (or jemalloc) it was 0.2 s, the total CPU time 1.1 s instead of 1.4 s (``bench/bench_annotate.py``).
    The annotation does no linear algebra, but OpenBLAS starts a thread per core when numpy is imported, and
    they spun for 4% of the run's CPU time (``perf record``), on the cores the annotation needs: one thread
    took 0.09 s less CPU per 5 M rows (11 runs each way, interleaved), the same wall time.
    The Python API (``annotate_file``) leaves the choice to the program that calls it.
    """
    import os

    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, path_type=str))
@click.option("--territory-col", required=True, metavar="C", help=N_("Column with the state where the event happened."))
@click.option("--date-col", required=True, metavar="D", help=N_("Column with the event date (YYYY-MM-DD or a date type)."))
@click.option("--nationality-col", metavar="N", help=N_("Column with the state of nationality of the perpetrator."))
@click.option("--crime", "crimes", multiple=True, metavar="CRIME",
              help=N_("Crime to ask about (repeatable); default: none, the preconditions alone (as for genocide)."))
@click.option("--route", type=click.Choice(["any", "art12"]), default="any", show_default=True,
              help=N_("any: the Court could act by any route on record, Art. 12 (a party or a 12(3) declaration) "
                   "or a Security Council referral (Art. 13(b)) whose territory and period cover the event; "
                   "art12: the Art. 12 preconditions alone (a state referral or the Prosecutor's own motion)."))
@click.option("--as-of", "as_of", metavar="DATE", help=N_("Facts known by this day (YYYY-MM-DD); default today, as in rome jurisdiction (past the "
                   "data's check date, a caveat says so). Give it to run again with the same answer."))
@click.option("--numeric", type=click.Choice(["gw", "cow"]), default="gw", show_default=True,
              help=N_("Numeric country codes are Gleditsch-Ward (UCDP) or Correlates of War codes."))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Output file, .csv or .parquet (by extension)."))
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Also write the run's summary (counts, unmatched values) as JSON."))
@click.option("--threads", type=int, help=N_("Threads for reading (DuckDB) and for writing Parquet, 1 or more (default: all cores)."))
def annotate(input_path: str, territory_col: str, date_col: str, nationality_col: str | None,
             crimes: tuple[str, ...], route: str, as_of: str | None, numeric: str, out: Path,
             summary_path: Path | None, threads: int | None) -> None:
    """Add ICC jurisdiction columns to every event of a CSV or Parquet file.

    Adds icc_jurisdiction (yes/no/partial/unknown), icc_basis (articles and states, or
    13(b):S/RES/1593(2005) for a Council referral), icc_route (art12, unsc, both, or empty)
    and the matched states with their status on the event date. By default the Court
    could act by any route on record (--route any); --route art12 asks Art. 12 alone.
    Every input row and column is kept as it is; values that match no state, empty
    values and unreadable dates are counted at the end.

    \b
    rome annotate events.csv --territory-col country --date-col date --out annotated.parquet
    rome annotate ged.csv --territory-col country_id --date-col date_start --out ged_icc.csv
    """
    _need_bulk(early=True)
    _arrow_allocator()
    from romestatute.bulk.source import begin

    day = parse_date(as_of, field="as_of") if as_of else None
    # the input is opened and read on a thread of its own from here, while annotate_file's imports and the law's
    # compilation run on this one
    begun = begin(input_path, out, territory_col, date_col, nationality_col, threads, sys.stderr.isatty())
    from romestatute.bulk.annotate import annotate_file

    summary = annotate_file(input_path, out, territory_col=territory_col, date_col=date_col,
                            nationality_col=nationality_col, crimes=list(crimes) or None, as_of=day,
                            numeric=numeric, threads=threads, route=route, begun=begun)
    for line in summary.lines():
        click.echo(line, err=True)
    if summary_path is not None:
        summary_path.write_text(json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    global QUICK_EXIT
    QUICK_EXIT = True


@click.command()
@click.option("--freq", type=click.Choice(["year", "month", "day"]), default="year", show_default=True,
              help=N_("One row per state and year, month or day."))
@click.option("--from", "start", required=True, metavar="DATE", help=N_("First day (YYYY-MM-DD)."))
@click.option("--to", "end", required=True, metavar="DATE", help=N_("Last day (YYYY-MM-DD)."))
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "dta"]), default="csv", show_default=True,
              help=N_("Output format: CSV, Parquet or Stata (.dta; parquet and dta need --out)."))
@click.option("--as-of", "as_of", metavar="DATE", help=N_("Facts known by this day (YYYY-MM-DD); default today, as in rome jurisdiction (past the "
                   "data's check date, a caveat says so). Give it to run again with the same answer."))
@click.option("--route", type=click.Choice(["any", "art12"]), default="any", show_default=True,
              help=N_("icc_days and icc_route_end: any route on record (Art. 12 or a Security Council referral, "
                   "Art. 13(b)), or the Art. 12 preconditions alone."))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help=N_("Output file (CSV: default stdout)."))
def panel(freq: str, start: str, end: str, fmt: str, as_of: str | None, route: str, out: Path | None) -> None:
    """One row per state and period: status at period end, days as a party, 12(3) coverage, amendments,
    days within a Council referral, and days on which the Court could act by any route (icc_days).

    \b
    rome panel --freq year --from 2002-07-01 --to 2025-12-31 --format csv --out panel.csv
    rome panel --freq month --from 2014-01-01 --to 2016-12-31 --format dta --out panel.dta
    """
    _need_bulk()
    from romestatute.bulk import panel as panels

    table = panels.panel(freq, parse_date(start, field="from"), parse_date(end, field="to"),
                         as_of=parse_date(as_of, field="as_of") if as_of else None, route=route)
    data = panels.write(table, fmt, out)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        count = f"{table.num_rows:,}" if i18n.language() == i18n.DEFAULT else i18n.number(table.num_rows)
        click.echo(ngettext("wrote %(count)s row to %(file)s", "wrote %(count)s rows to %(file)s", table.num_rows)
                   % {"count": count, "file": out}, err=True)
    for line in panels.caveats_of(table):
        click.echo(_("caveat: %(caveat)s") % {"caveat": line}, err=True)


@click.group(cls=helptext.Group)
def export() -> None:
    """Export the compiled law for use in other tools."""


@export.command("intervals")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True,
              help=N_("Output format: CSV or Parquet (parquet needs --out)."))
@click.option("--as-of", "as_of", metavar="DATE", help=N_("Facts known by this day (YYYY-MM-DD); default today, as in rome jurisdiction (past the "
                   "data's check date, a caveat says so). Give it to run again with the same answer."))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help=N_("Output file (CSV: default stdout)."))
def intervals(fmt: str, as_of: str | None, out: Path | None) -> None:
    """The interval table: state, valid_from, valid_to (half-open), status, accepts, basis, ...

    See docs/bulk.md for the columns and the SQL that joins events to it.
    """
    _need_bulk()
    from romestatute import engine
    from romestatute.bulk.compile import default_as_of
    from romestatute.bulk.export import write_intervals

    day = parse_date(as_of, field="as_of") if as_of else default_as_of()
    data = write_intervals(fmt, out, as_of=day)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    for line in engine.horizon_caveats(day):
        click.echo(_("caveat: %(caveat)s") % {"caveat": line}, err=True)


@export.command("sql")
@click.option("--dialect", type=click.Choice(["duckdb", "spark", "bigquery", "postgres"], case_sensitive=False),
              default="duckdb", show_default=True, help=N_("The SQL dialect to print (transpiled by sqlglot)."))
@click.option("--territory-col", default="territory", show_default=True, metavar="C",
              help=N_("Column of events with the ISO3 code of the state where the event happened."))
@click.option("--date-col", default="event_date", show_default=True, metavar="D",
              help=N_("Column of events with the event date (a DATE, or text YYYY-MM-DD)."))
@click.option("--nationality-col", metavar="N", help=N_("Column of events with the ISO3 code of the perpetrator's state."))
@click.option("--crime", "crimes", multiple=True, metavar="CRIME",
              help=N_("Crime to ask about (repeatable); default: none, the preconditions alone (as for genocide)."))
@click.option("--route", type=click.Choice(["any", "art12"]), default="any", show_default=True,
              help=N_("any: Art. 12 or a Council referral on record; art12: the Art. 12 preconditions alone."))
@click.option("--events-table", default="events", show_default=True, metavar="NAME",
              help=N_("The events table (dots separate project, dataset and table)."))
@click.option("--intervals-table", default="icc_intervals", show_default=True, metavar="NAME",
              help=N_("Where `rome export intervals` was loaded."))
def sql(dialect: str, territory_col: str, date_col: str, nationality_col: str | None, crimes: tuple[str, ...],
        route: str, events_table: str, intervals_table: str) -> None:
    """One SELECT that annotates events as `rome annotate` does, for DuckDB, Spark, BigQuery or PostgreSQL.

    It joins EVENTS_TABLE with the interval table (load `rome export intervals` as
    INTERVALS_TABLE, same as-of) and returns every column of the events plus
    icc_jurisdiction, icc_basis and icc_route, with rome annotate's values for
    ISO3 country codes. See docs/bulk.md for the BigQuery recipe for GDELT.

    \b
    rome export sql --dialect spark --territory-col iso3 --date-col event_date --crime war_crimes
    """
    _need_sql()
    from romestatute.bulk.sql import annotate_sql

    click.echo(annotate_sql(territory_col=territory_col, date_col=date_col, nationality_col=nationality_col,
                            crimes=list(crimes) or None, route=route, dialect=dialect.lower(),
                            events_table=events_table, intervals_table=intervals_table) + ";")


def _need_sql() -> None:
    try:
        import sqlglot  # noqa: F401
    except ImportError:
        raise BadValue(_("rome export sql needs the bulk extra: pip install 'romestatute[bulk]'"),
                       field="install") from None


COMMANDS = [annotate, panel, export]
