"""rome export sql: the one SELECT gives rome annotate's values, row for row, in DuckDB and on Spark."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("sqlglot")

from romestatute.bulk.annotate import annotate_file  # noqa: E402
from romestatute.bulk.export import write_intervals  # noqa: E402
from romestatute.bulk.sql import annotate_sql  # noqa: E402
from romestatute.cli.main import main  # noqa: E402

STATES = ["SDN", "LBY", "UKR", "PSE", "BDI", "PHL", "GBR", "FRA", "USA", "RUS", "COL", "DEU", "AFG", "GEO", "MMR",
          "BGD", "VEN", "HUN", "TCD", "JPN", "LIE", "ARM", "AZE"]
DAYS = [dt.date(2002, 7, 1), dt.date(2005, 3, 31), dt.date(2011, 2, 15), dt.date(2014, 6, 13), dt.date(2017, 10, 27),
        dt.date(2018, 7, 17), dt.date(2019, 3, 17), dt.date(2013, 11, 21), dt.date(2009, 11, 1), dt.date(2025, 1, 1),
        dt.date(2022, 9, 13), dt.date(2024, 2, 1)]
CRIME_SETS = [[], ["war_crimes"], ["genocide", "war_crimes"], ["war_crimes:starvation_niac"], ["aggression"],
              ["crimes_against_humanity", "aggression", "war_crimes:poison_niac"]]
ADDED = ("icc_jurisdiction", "icc_basis", "icc_route")


@pytest.fixture(scope="module")
def intervals(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `rome export intervals --format parquet` writes (the Council referrals included)."""
    path = tmp_path_factory.mktemp("iv") / "iv.parquet"
    write_intervals("parquet", path)
    return path


def events(n: int, seed: int) -> list[tuple[str, str, str, str]]:
    """Rows as datasets hold them: ISO3 codes, blanks, unknown codes, bad and missing dates."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        where = rng.choice(STATES + ["", "XXX"]) if rng.random() < 0.1 else rng.choice(STATES)
        who = rng.choice(STATES + ["", "", "", "", "ZZZ"])
        base = rng.choice(DAYS) if rng.random() < 0.6 else dt.date(1998, 1, 1) + dt.timedelta(days=rng.randrange(11000))
        when = (base + dt.timedelta(days=rng.randint(-2, 2))).isoformat()
        if rng.random() < 0.02:
            when = rng.choice(["2020-02-30", "", "not a date", "1850-01-01"])
        out.append((str(i), where, when, who))
    return out


def write_csv(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "where", "when", "who"])
        w.writerows(rows)


def annotated(tmp_path: Path, src: Path, crimes: list[str], route: str, nationality: bool) -> list[tuple]:
    out = tmp_path / f"annotated-{route}-{len(crimes)}.csv"
    annotate_file(src, out, territory_col="where", date_col="when", nationality_col="who" if nationality else None,
                  crimes=crimes or None, route=route)
    con = duckdb.connect()
    return con.execute(f"SELECT id, {', '.join(ADDED)} FROM read_csv('{out}', all_varchar = true) "
                       "ORDER BY CAST(id AS INTEGER)").fetchall()


@pytest.mark.parametrize("crimes", CRIME_SETS)
@pytest.mark.parametrize("route", ["any", "art12"])
@pytest.mark.parametrize("nationality", [True, False])
def test_duckdb_form_equals_rome_annotate(tmp_path: Path, intervals: Path, crimes: list[str], route: str,
                                          nationality: bool) -> None:
    src, iv = tmp_path / "events.csv", intervals
    write_csv(src, events(1500, seed=len(crimes) * 7 + (route == "any")))
    want = annotated(tmp_path, src, crimes, route, nationality)
    con = duckdb.connect()
    con.execute(f"CREATE VIEW events AS SELECT * FROM read_csv('{src}', all_varchar = true)")
    con.execute(f"CREATE VIEW icc_intervals AS SELECT * FROM '{iv}'")
    sql = annotate_sql(territory_col="where", date_col="when", nationality_col="who" if nationality else None,
                       crimes=crimes, route=route, dialect="duckdb")
    result = con.execute(f"SELECT * FROM ({sql}) ORDER BY CAST(id AS INTEGER)")
    names = [d[0] for d in result.description]
    assert names == ["id", "where", "when", "who", *ADDED]  # every column of events, then the three
    got = [(r[0], *r[4:]) for r in result.fetchall()]
    assert len(got) == 1500
    assert got == want
    outcomes = {r[1] for r in got}
    assert "unknown" in outcomes
    if nationality or crimes != ["aggression"]:  # aggression needs an aggressor (Art. 15 bis(5)) or a referral
        assert "yes" in outcomes or "partial" in outcomes
    if route == "any" and crimes != ["aggression"]:
        assert any(r[3] in ("unsc", "both") for r in got)  # the Council route is exercised


def test_cli_prints_each_dialect(capsys: pytest.CaptureFixture[str]) -> None:
    seen = {}
    for dialect in ("duckdb", "spark", "bigquery", "postgres"):
        main(["export", "sql", "--dialect", dialect, "--territory-col", "ActionGeo_CountryCode", "--date-col",
              "event_date", "--crime", "war_crimes"])
        seen[dialect] = capsys.readouterr().out
    assert "`ActionGeo_CountryCode`" in seen["spark"] and "`ActionGeo_CountryCode`" in seen["bigquery"]
    assert '"ActionGeo_CountryCode"' in seen["postgres"]
    assert "SAFE_CAST" in seen["bigquery"] and "TRY_CAST" in seen["duckdb"]
    assert all("icc_route" in text and "icc_intervals" in text for text in seen.values())


@pytest.mark.parametrize("args,field", [
    (["--dialect", "oracle"], "dialect"),
    (["--crime", "piracy"], "crimes"),
    (["--territory-col", " "], "territory-col"),
])
def test_cli_bad_input_is_one_line(capsys: pytest.CaptureFixture[str], args: list[str], field: str) -> None:
    base = ["export", "sql", "--territory-col", "c", "--date-col", "d"]
    with pytest.raises(SystemExit) as exc:
        main(base + args)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


@pytest.mark.spark
def test_spark_form_equals_rome_annotate(tmp_path: Path) -> None:
    """The Spark SQL form on PySpark in local mode, a few thousand rows, against rome annotate."""
    pyspark_sql = pytest.importorskip("pyspark.sql")
    import pyarrow.parquet as pq

    src, iv = tmp_path / "events.csv", tmp_path / "iv.parquet"
    rows = events(3000, seed=14)
    write_csv(src, rows)
    write_intervals("parquet", iv)
    crimes = ["genocide", "war_crimes", "aggression"]
    want = annotated(tmp_path, src, crimes, "any", True)
    spark = (pyspark_sql.SparkSession.builder.master("local[2]").appName("rome-export-sql")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    try:
        from pyspark.sql.types import StringType, StructField, StructType

        schema = StructType([StructField(c, StringType()) for c in ("id", "where", "when", "who")])
        spark.createDataFrame([tuple(v if v != "" else None for v in r) for r in rows], schema) \
            .createOrReplaceTempView("events")
        spark.createDataFrame(pq.read_table(iv).to_pandas()).createOrReplaceTempView("icc_intervals")
        sql = annotate_sql(territory_col="where", date_col="when", nationality_col="who", crimes=crimes,
                           dialect="spark")
        result = spark.sql(sql)
        assert result.columns == ["id", "where", "when", "who", *ADDED]
        got = sorted(((r["id"], r["icc_jurisdiction"], r["icc_basis"], r["icc_route"]) for r in result.collect()),
                     key=lambda r: int(r[0]))
    finally:
        spark.stop()
    assert got == want


def test_duckdb_form_applies_article_124_as_the_engine_does(tmp_path: Path, intervals: Path) -> None:
    """Art. 124 withholds only the declarant's own acceptance: the SQL's answer for the rows of
    ``test_equality.ART_124_ROWS`` is rome annotate's, which that test checks against the scalar engine."""
    from .test_equality import ART_124_ROWS

    rows = [(str(i), t, d, n or "") for i, (t, d, n, _) in enumerate(ART_124_ROWS)]
    src = tmp_path / "events.csv"
    write_csv(src, rows)
    want = annotated(tmp_path, src, ["war_crimes"], "art12", True)
    assert [r[1] for r in want] == [w for *_, w in ART_124_ROWS]
    con = duckdb.connect()
    con.execute(f"CREATE VIEW events AS SELECT * FROM read_csv('{src}', all_varchar = true)")
    con.execute(f"CREATE VIEW icc_intervals AS SELECT * FROM '{intervals}'")
    sql = annotate_sql(territory_col="where", date_col="when", nationality_col="who", crimes=["war_crimes"],
                       route="art12", dialect="duckdb")
    got = [(r[0], *r[4:]) for r in con.execute(f"SELECT * FROM ({sql}) ORDER BY CAST(id AS INTEGER)").fetchall()]
    assert got == want


@pytest.mark.parametrize("route", ["any", "art12"])
def test_the_declaration_of_unknown_scope_reads_the_same_in_sql(tmp_path: Path, intervals: Path, route: str) -> None:
    """Armenia's declaration (scope not known): the interval table names it (basis_nationals), and the SQL writes
    rome annotate's basis for it, so a row resting on it alone is told in both by the same icc_basis."""
    from romestatute.bulk.plan import lowered

    rows = [("0", "AZE", "2022-09-13", "ARM"), ("1", "AZE", "2024-02-01", "ARM"), ("2", "UKR", "2022-09-13", "ARM"),
            ("3", "", "2023-06-01", "ARM"), ("4", "ARM", "2022-09-13", "AZE"), ("5", "AZE", "2021-05-09", "ARM")]
    src = tmp_path / "arm.csv"
    write_csv(src, rows)
    want = annotated(tmp_path, src, [], route, True)
    con = duckdb.connect()
    con.execute(f"CREATE VIEW events AS SELECT * FROM read_csv('{src}', all_varchar = true)")
    con.execute(f"CREATE VIEW icc_intervals AS SELECT * FROM '{intervals}'")
    assert con.execute("SELECT DISTINCT basis_nationals FROM icc_intervals WHERE state = 'ARM' AND "
                       "valid_from <= DATE '2022-09-13' AND DATE '2022-09-13' < valid_to").fetchall() == [
        ("declaration_12_3_scope_unknown",)]
    sql = annotate_sql(territory_col="where", date_col="when", nationality_col="who", route=route)
    got = [(r[0], *r[4:]) for r in con.execute(f"SELECT * FROM ({sql}) ORDER BY CAST(id AS INTEGER)").fetchall()]
    assert got == want
    assert [lowered(r[2]) for r in got] == [True, False, False, True, False, False]
    assert [r[1] for r in got] == ["yes", "yes", "yes", "yes", "yes", "no"]
