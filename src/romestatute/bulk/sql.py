"""``rome export sql``: the annotation as one SELECT, for engines beyond one machine.

The query joins the researcher's ``events`` table with ``icc_intervals`` (exactly the table
``rome export intervals`` writes) and returns every column of ``events`` plus
``icc_jurisdiction``, ``icc_basis`` and ``icc_route``, with the values ``rome annotate``
gives for the same rows when the country columns hold ISO 3166 alpha-3 codes (names and
numeric codes are mapped by ``rome annotate`` only; map them first, e.g. with the table
``rome annotate`` writes or your own).  The rules are the plan's (``bulk.plan``): bit masks
there, one boolean expression per crime here, read from the same compiled columns.

It is written once, in DuckDB's dialect, and transpiled by sqlglot to Spark SQL, BigQuery
and PostgreSQL; a test runs the DuckDB form against ``rome annotate`` row for row and the
Spark form on PySpark.
"""

from __future__ import annotations

from romestatute.bulk.compile import amendment_of
from romestatute.bulk.lookup import EARLIEST, LATEST
from romestatute.bulk.plan import DEFAULT_CRIMES, ROUTES
from romestatute.model.errors import N_, BadValue, quoted
from romestatute.queries.conduct import _crimes

DIALECTS = {"duckdb": "duckdb", "spark": "spark", "bigquery": "bigquery", "postgres": "postgres"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _has(column: str, word: str) -> str:
    """``word`` is one of the ``;``-separated words of ``column`` (false when the column is NULL)."""
    return f"COALESCE(STRPOS(';' || {column} || ';', {_lit(';' + word + ';')}) > 0, FALSE)"


def _crime_terms(crime: str, council: bool) -> tuple[str, str, str, str]:
    """For one crime: the Art. 12 conditions on t and n, the Art. 12 result, and the Council result."""
    if crime == "aggression":  # Art. 15 bis(5): aggressor (nationality) and victim (territory) bound
        art12 = "(COALESCE(t.aggression_bound, FALSE) AND COALESCE(n.aggression_bound AND NOT n.aggression_opt_out, FALSE))"
        a_t = a_n = "FALSE"
    else:
        amendment = amendment_of(crime)
        has_t = "TRUE" if amendment is None else _has("t.amendments", amendment)
        has_n = "TRUE" if amendment is None else _has("n.amendments", amendment)
        war = crime.startswith("war_crimes")
        # Art. 124 withholds only the declarant's own acceptance (law.war_crimes_opt_out): its territorial basis when
        # the declaration covers its territory or the accused is its national, its nationality basis always
        opt_t = ("(COALESCE(t.wc_excluded_territory, FALSE) OR COALESCE(t.wc_excluded_nationals AND t.state = n.state, "
                 "FALSE))") if war else "FALSE"
        opt_n = "COALESCE(n.wc_excluded_nationals, FALSE)" if war else "FALSE"
        a_t = f"(COALESCE(t.accepts, FALSE) AND {has_t} AND NOT {opt_t})"
        # Art. 12(3): a declaration made for the state's territory alone is no basis as the state of nationality
        a_n = f"(COALESCE(n.accepts_nationals, FALSE) AND {has_n} AND NOT {opt_n})"
        bars_t = [] if amendment is None else [f"(COALESCE(t.status = 'party', FALSE) AND NOT {has_t})"]
        bars_n = [] if amendment is None else [f"(COALESCE(n.status = 'party', FALSE) AND NOT {has_n})"]
        barred = " OR ".join(bars_t + bars_n) or "FALSE"
        art12 = f"(({a_t} OR {a_n}) AND NOT ({barred}))"
    if not council:
        return a_t, a_n, art12, "FALSE"
    unsc = (f"(COALESCE(t.unsc_referral, '') <> '' AND NOT {_has('t.unsc_barred_territory', crime)} "
            f"AND NOT {_has('n.unsc_barred_nationals', crime)})")
    return a_t, a_n, art12, unsc


def annotate_sql(*, territory_col: str, date_col: str, nationality_col: str | None = None,
                 crimes: list[str] | tuple[str, ...] | None = None, route: str = "any", dialect: str = "duckdb",
                 events_table: str = "events", intervals_table: str = "icc_intervals", pretty: bool = True) -> str:
    """The SELECT that annotates ``events_table`` with ``intervals_table``, in ``dialect``."""
    import sqlglot

    if dialect not in DIALECTS:
        raise BadValue(N_("dialect: %(value)s is not one of %(choices)s"), field="dialect",
                       params={"value": quoted(dialect), "choices": ", ".join(DIALECTS)})
    if route not in ROUTES:
        raise BadValue(N_("route: %(value)s is not one of %(choices)s"), field="route",
                       params={"value": quoted(route), "choices": ", ".join(ROUTES)})
    for flag, col in (("territory-col", territory_col), ("date-col", date_col), ("nationality-col", nationality_col)):
        if col is not None and not col.strip():
            raise BadValue(N_("%(flag)s: give a column name"), field=flag, params={"flag": flag})
    for flag, name in (("events-table", events_table), ("intervals-table", intervals_table)):
        if not name or not all(part.strip() for part in name.split(".")):
            raise BadValue(N_("%(flag)s: give a table name"), field=flag, params={"flag": flag})
    wanted = _crimes([c for c in (crimes or ()) if c]) if crimes else DEFAULT_CRIMES
    council = route == "any"

    day = f"TRY_CAST(e.{_q(date_col)} AS DATE)"
    key_t = f"NULLIF(UPPER(TRIM(CAST(e.{_q(territory_col)} AS VARCHAR))), '')"
    key_n = (f"NULLIF(UPPER(TRIM(CAST(e.{_q(nationality_col)} AS VARCHAR))), '')" if nationality_col
             else "CAST(NULL AS VARCHAR)")
    bad_day = f"({day} IS NULL OR {day} < DATE '{EARLIEST}' OR {day} > DATE '{LATEST}')"
    unknown = (f"({bad_day} OR ({key_t} IS NOT NULL AND t.state IS NULL) OR ({key_n} IS NOT NULL AND n.state IS NULL)"
               f" OR ({key_t} IS NULL AND {key_n} IS NULL))")
    terms = {c: _crime_terms(c, council) for c in wanted}
    held = {c: f"({art12} OR {unsc})" for c, (_, _, art12, unsc) in terms.items()}
    all_held = " AND ".join(held.values())
    any_held = " OR ".join(held.values())
    art12_any = " OR ".join(t[2] for t in terms.values())
    unsc_any = " OR ".join(t[3] for t in terms.values())
    nonagg = [c for c in wanted if c != "aggression"]
    label_t = "'12(2)(a):' || t.state || '(' || t.basis || ')'"
    label_n = "'12(2)(b):' || n.state || '(' || n.basis_nationals || ')'"  # Armenia's: declaration_12_3_scope_unknown
    parts = []
    if nonagg:
        parts.append(f"CASE WHEN {' OR '.join(f'({terms[c][0]} AND {terms[c][2]})' for c in nonagg)} "
                     f"THEN {label_t} END")
        parts.append(f"CASE WHEN {' OR '.join(f'({terms[c][1]} AND {terms[c][2]})' for c in nonagg)} "
                     f"THEN {label_n} END")
    if "aggression" in wanted:
        parts.append(f"CASE WHEN {terms['aggression'][2]} THEN '15 bis:' || n.state || '(party)' END")
    if council:
        if nonagg:
            parts.append(f"CASE WHEN {' OR '.join(terms[c][3] for c in nonagg)} "
                         "THEN '13(b):' || REPLACE(t.unsc_referral, ';', ';13(b):') END")
        if "aggression" in wanted:
            parts.append(f"CASE WHEN {terms['aggression'][3]} "
                         "THEN '15 ter:' || REPLACE(t.unsc_referral, ';', ';15 ter:') END")
    # joined with ';' by hand: CONCAT_WS skips NULLs in DuckDB, Spark and PostgreSQL but not as BigQuery is written
    basis = "NULLIF(SUBSTR(" + " || ".join(f"COALESCE(';' || {p}, '')" for p in parts) + ", 2), '')"
    iv = ".".join(_q(part.strip()) for part in intervals_table.split("."))
    events = ".".join(_q(part.strip()) for part in events_table.split("."))
    text = f"""
SELECT e.*,
  CASE WHEN {unknown} THEN 'unknown' WHEN {all_held} THEN 'yes' WHEN {any_held} THEN 'partial' ELSE 'no' END
    AS icc_jurisdiction,
  CASE WHEN {unknown} THEN NULL ELSE {basis} END AS icc_basis,
  CASE WHEN {unknown} THEN NULL
       WHEN ({art12_any}) AND ({unsc_any}) THEN 'both' WHEN {art12_any} THEN 'art12' WHEN {unsc_any} THEN 'unsc'
  END AS icc_route
FROM {events} AS e
LEFT JOIN {iv} AS t ON t.state = {key_t} AND {day} >= t.valid_from AND {day} < t.valid_to
LEFT JOIN {iv} AS n ON n.state = {key_n} AND {day} >= n.valid_from AND {day} < n.valid_to
"""
    return sqlglot.transpile(text, read="duckdb", write=DIALECTS[dialect], pretty=pretty)[0]
