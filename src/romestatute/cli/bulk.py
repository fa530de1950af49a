"""``rome annotate``, ``rome panel`` and ``rome export``: research at scale (the ``bulk`` extra)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from romestatute.model.dates import parse_date
from romestatute.model.errors import BadValue


def _need_bulk() -> None:
    try:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise BadValue("this command needs the bulk extra: pip install 'romestatute[bulk]'", field="install") from None


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--territory-col", required=True, metavar="C", help="Column with the state where the event happened.")
@click.option("--date-col", required=True, metavar="D", help="Column with the event date (YYYY-MM-DD or a date type).")
@click.option("--nationality-col", metavar="N", help="Column with the state of nationality of the perpetrator.")
@click.option("--crime", "crimes", multiple=True, metavar="CRIME",
              help="Crime to ask about (repeatable); default: the Art. 12 preconditions alone.")
@click.option("--as-of", "as_of", metavar="DATE", help="Facts known by this day; default the data's checked-on date.")
@click.option("--numeric", type=click.Choice(["gw", "cow"]), default="gw", show_default=True,
              help="Numeric country codes are Gleditsch-Ward (UCDP) or Correlates of War codes.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file, .csv or .parquet (by extension).")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the run's summary (counts, unmatched values) as JSON.")
@click.option("--threads", type=int, help="DuckDB threads (default: all cores).")
def annotate(input_path: Path, territory_col: str, date_col: str, nationality_col: str | None,
             crimes: tuple[str, ...], as_of: str | None, numeric: str, out: Path, summary_path: Path | None,
             threads: int | None) -> None:
    """Add ICC jurisdiction columns to every event of a CSV or Parquet file.

    Adds icc_jurisdiction (yes/no/partial/unknown), icc_basis (articles and states),
    and the matched states with their status on the event date. Every input row and
    column is kept as it is; values that match no state are listed at the end.

    \b
    rome annotate events.csv --territory-col country --date-col date --out annotated.parquet
    rome annotate ged.csv --territory-col country_id --date-col date_start --out ged_icc.csv
    """
    _need_bulk()
    from romestatute.bulk.annotate import annotate_file

    day = parse_date(as_of, field="as_of") if as_of else None
    summary = annotate_file(input_path, out, territory_col=territory_col, date_col=date_col,
                            nationality_col=nationality_col, crimes=list(crimes) or None, as_of=day,
                            numeric=numeric, threads=threads)
    for line in summary.lines():
        click.echo(line, err=True)
    if summary_path is not None:
        summary_path.write_text(json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@click.command()
@click.option("--freq", type=click.Choice(["year", "month", "day"]), default="year", show_default=True,
              help="One row per state and year, month or day.")
@click.option("--from", "start", required=True, metavar="DATE", help="First day (YYYY-MM-DD).")
@click.option("--to", "end", required=True, metavar="DATE", help="Last day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "dta"]), default="csv", show_default=True,
              help="Output format: CSV, Parquet or Stata (.dta; parquet and dta need --out).")
@click.option("--as-of", "as_of", metavar="DATE", help="Facts known by this day; default the data's checked-on date.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="Output file (CSV: default stdout).")
def panel(freq: str, start: str, end: str, fmt: str, as_of: str | None, out: Path | None) -> None:
    """One row per state and period: status at period end, days as a party, 12(3) coverage, amendments.

    \b
    rome panel --freq year --from 2002-07-01 --to 2025-12-31 --format csv --out panel.csv
    rome panel --freq month --from 2014-01-01 --to 2016-12-31 --format dta --out panel.dta
    """
    _need_bulk()
    from romestatute.bulk import panel as panels

    table = panels.panel(freq, parse_date(start, field="from"), parse_date(end, field="to"),
                         as_of=parse_date(as_of, field="as_of") if as_of else None)
    data = panels.write(table, fmt, out)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        click.echo(f"wrote {table.num_rows:,} rows to {out}", err=True)


@click.group()
def export() -> None:
    """Export the compiled law for use in other tools."""


@export.command("intervals")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True,
              help="Output format: CSV or Parquet (parquet needs --out).")
@click.option("--as-of", "as_of", metavar="DATE", help="Facts known by this day; default the data's checked-on date.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="Output file (CSV: default stdout).")
def intervals(fmt: str, as_of: str | None, out: Path | None) -> None:
    """The interval table: state, valid_from, valid_to (half-open), status, accepts, basis, ...

    See docs/bulk.md for the columns and the SQL that joins events to it.
    """
    _need_bulk()
    from romestatute.bulk.export import write_intervals

    data = write_intervals(fmt, out, as_of=parse_date(as_of, field="as_of") if as_of else None)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


COMMANDS = [annotate, panel, export]
