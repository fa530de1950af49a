"""Benchmark: annotate synthetic events from Parquet, against the pandas and Polars code a researcher would write.

    .venv/bin/python bench/bench_annotate.py [--rows 5000000] [--runs 3] [--input timestamp|date]
                                             [--skip-baseline]

1. generates N synthetic events (event_id, country ISO3 with 0.1% unmatched values, date
   1995-2025, a payload column) into /tmp: ``--input timestamp`` (the default) writes them with
   pandas, so the date is a TIMESTAMP[ns] column, in no particular order, as a researcher's
   ``df.to_parquet`` leaves it; ``--input date`` writes a DATE column with DuckDB;
2. writes romestatute's bytecode (as ``pip install`` does; see ``compile_package``), runs ``rome annotate``
   once with an empty cache folder (reported apart: what a first run pays to parse the fact files, draw the
   French names and compile the plan, which later runs read back), then runs
   the ``rome annotate`` command Parquet -> Parquet ``--runs`` times, each in a process of its
   own, and reports each run's wall time (interpreter start, imports and exit included), rows/s
   and the process's own peak RSS (os.wait4 rusage), then the median run;
3. runs two baselines, each ``--runs`` times in a child process of its own (median reported),
   both taking only the intervals that matter (the table ``rome export intervals`` writes, cut to
   the rows on which the Court could act for conduct on that territory: ``accepts``, or a Council
   referral that does not bar the crime), so they do less than the annotation (no basis, route
   or status columns): pandas (read, merge on country, mask on [valid_from, valid_to), write)
   and Polars (read, ``join_asof`` by country on the date, test valid_to, back to the input's
   order, write); checks all give the same yes/no/unknown counts. pandas runs twice: with pyarrow's default
   allocator and with the C library's, the one ``rome annotate`` sets for itself;
4. annotates the real UCDP GED extracts in ../shared/reference/events/ when present
   (GW codes in ``country_id``, ``date_start``) and prints rows/s and the outcome shares.

It prints the machine's load average before and after: the machine may be shared.

Every figure printed is measured in this run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = HERE.parent.parent / "shared" / "reference" / "events"

GENERATE = """
import duckdb, sys
from romestatute import engine
states = sorted(engine.ledger().states)
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.execute("CREATE TABLE s AS SELECT (row_number() OVER () - 1) AS i, iso3 FROM (SELECT unnest(?) AS iso3)", [states])
con.execute(f'''COPY (
  SELECT r AS event_id, CASE WHEN r % 1000 = 7 THEN 'Atlantis' ELSE s.iso3 END AS country,
         DATE '1995-01-01' + (hash(r) % 11300)::INTEGER AS event_date, (hash(r * 7) % 1000)::INTEGER AS deaths
  FROM range({sys.argv[1]}) t(r) JOIN s ON s.i = hash(r + 13) % {len(states)} ORDER BY r
) TO '{sys.argv[2]}' (FORMAT parquet)''')
"""

GENERATE_PANDAS = """
import sys
import numpy as np
import pandas as pd
from romestatute import engine
states = np.array(sorted(engine.ledger().states), dtype=object)
n = int(sys.argv[1])
rng = np.random.default_rng(20261202)
country = states[rng.integers(0, len(states), n)]
country[rng.random(n) < 0.001] = "Atlantis"
days = rng.integers(0, 11300, n)  # 1995-01-01 onwards, in no order
seconds = rng.integers(0, 86400, n)
when = (np.datetime64("1995-01-01", "ns") + days.astype("timedelta64[D]") + seconds.astype("timedelta64[s]"))
pd.DataFrame({"event_id": np.arange(n), "country": country, "event_date": when,
              "deaths": rng.integers(0, 1000, n).astype("int32")}).to_parquet(sys.argv[2], index=False)
"""

OURS = """
import json, sys, time
t = time.perf_counter()
from romestatute.bulk import annotate_file
s = annotate_file(sys.argv[1], sys.argv[2], territory_col=sys.argv[3], date_col=sys.argv[4], progress=False)
print(json.dumps({"seconds": time.perf_counter() - t, **s.to_json()}))
"""

# the intervals that matter: where the Court could act on conduct on the territory (no crime named:
# genocide), by Art. 12 (accepts) or by a Council referral that does not bar it on that route
MATTER = """
def matter(iv):
    barred = iv["unsc_barred_territory"].fillna("").str.split(";").apply(lambda xs: "genocide" in xs)
    return iv[iv["accepts"] | ((iv["unsc_referral"].fillna("") != "") & ~barred)]
"""

# what a researcher would write in pandas: merge with the intervals that matter, mask on the date ranges
BASELINE = MATTER + """
import json, sys, time
t = time.perf_counter()
import pandas as pd
events = pd.read_parquet(sys.argv[1])
iv = pd.read_parquet(sys.argv[3])
states = set(iv["state"])
iv = matter(iv)[["state", "valid_from", "valid_to"]].copy()
iv["valid_from"] = pd.to_datetime(iv["valid_from"].astype(str).str.replace("0001-01-01", "1677-09-22"))
iv["valid_to"] = pd.to_datetime(iv["valid_to"].astype(str).str.replace("9999-12-31", "2262-04-10"))
events["_row"] = range(len(events))
d = pd.to_datetime(events["event_date"]).dt.normalize()
m = events[["_row", "country"]].assign(_d=d).merge(iv, left_on="country", right_on="state")
hit = m.loc[(m["_d"] >= m["valid_from"]) & (m["_d"] < m["valid_to"]), "_row"]
out = pd.Series("no", index=events.index)
out[~events["country"].isin(states)] = "unknown"
out.iloc[hit.to_numpy()] = "yes"
events["icc_jurisdiction"] = out
events.drop(columns=["_row"]).to_parquet(sys.argv[2])
counts = events["icc_jurisdiction"].value_counts().to_dict()
print(json.dumps({"seconds": time.perf_counter() - t, "outcomes": {k: int(v) for k, v in counts.items()}}))
"""

# the same in Polars: an as-of join by country on the date (both sorted by it), then back to the input's order
POLARS = MATTER + """
import json, sys, time
t = time.perf_counter()
import pandas as pd
import polars as pl
events = pl.read_parquet(sys.argv[1])
full = pl.read_parquet(sys.argv[3])
states = full["state"].unique()
iv = pl.from_pandas(matter(full.to_pandas()))
iv = iv.select("state", pl.col("valid_from").cast(pl.Date), pl.col("valid_to").cast(pl.Date)).sort("valid_from")
d = pl.col("event_date").cast(pl.Date)
joined = (events.with_row_index("_row").with_columns(_d=d).sort("_d")
          .join_asof(iv, left_on="_d", right_on="valid_from", by_left="country", by_right="state",
                     strategy="backward")
          .sort("_row"))
answer = (pl.when(~pl.col("country").is_in(states.implode())).then(pl.lit("unknown"))
          .when(pl.col("valid_to").is_not_null() & (pl.col("_d") < pl.col("valid_to"))).then(pl.lit("yes"))
          .otherwise(pl.lit("no")))
result = joined.with_columns(icc_jurisdiction=answer).drop("_row", "_d", "valid_from", "valid_to")
result.write_parquet(sys.argv[2])
counts = dict(result["icc_jurisdiction"].value_counts().iter_rows())
print(json.dumps({"seconds": time.perf_counter() - t, "outcomes": {k: int(v) for k, v in counts.items()}}))
"""


LAST_CPU = [0.0]  # the last child's CPU seconds (user + system): a figure the machine's other load moves less


def child(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[dict, float, float]:
    """Run ``code`` in a fresh interpreter (with ``env`` added to the environment); return its JSON line, wall
    seconds and its own peak RSS (MB)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=out, stderr=err,
                                env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (ru_maxrss in KB on Linux)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"child failed:\n{err.read()[-2000:]}")
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime
        return json.loads(out.read().strip().splitlines()[-1]), wall, usage.ru_maxrss / 1024


def rome_annotate(src: Path, out: Path, territory: str, date: str,
                  env: dict[str, str] | None = None) -> tuple[dict, float, float]:
    """Time the ``rome`` command itself (the venv's console script) on one file (``env`` added to the environment)."""
    script = Path(sys.executable).parent / "rome"
    summary = out.with_suffix(".summary.json")
    argv = [str(script), "annotate", str(src), "--territory-col", territory, "--date-col", date,
            "--out", str(out), "--summary", str(summary)]
    if not script.exists():  # not installed as a script: the same entry point as a module
        argv = [sys.executable, "-m", "romestatute.cli.main", *argv[1:]]
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"rome annotate failed:\n{err.read()[-2000:]}")
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    return json.loads(summary.read_text()), wall, usage.ru_maxrss / 1024


def median_child(code: str, runs: int, *args: str, env: dict[str, str] | None = None) -> tuple[dict, float, float, float]:
    got = []
    for _ in range(max(runs, 1)):
        res, wall, rss = child(code, *args, env=env)
        got.append((res, wall, rss, LAST_CPU[0]))
    cpu = sorted(g[3] for g in got)[len(got) // 2]
    res, wall, rss, _ = sorted(got, key=lambda r: r[1])[len(got) // 2]
    return res, wall, rss, cpu


def compile_package() -> int:
    """Write romestatute's bytecode, as ``pip install`` does for an installed copy.

    An editable install never has it when PYTHONDONTWRITEBYTECODE is set (as on this project's
    machines), so each timed run would compile the ~90 modules it imports from source again
    (0.05-0.07 s), a cost no installed copy pays; the baselines' libraries are compiled.
    """
    import compileall

    import romestatute

    return int(compileall.compile_dir(Path(romestatute.__file__).parent, quiet=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--runs", type=int, default=3, help="timed runs of each (the median is reported)")
    ap.add_argument("--input", choices=["timestamp", "date"], default="timestamp",
                    help="timestamp: written by pandas (TIMESTAMP[ns], unsorted); date: a DATE column by DuckDB")
    ap.add_argument("--skip-baseline", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rome-bench-"))
    src, out, out_pd, out_pl, iv = (tmp / n for n in ("events.parquet", "ours.parquet", "pandas.parquet",
                                                      "polars.parquet", "iv.parquet"))
    print(f"load average before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    print(f"romestatute's bytecode written (as pip install does): {'ok' if compile_package() else 'FAILED'}")

    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", GENERATE_PANDAS if args.input == "timestamp" else GENERATE,
                    str(args.rows), str(src)], check=True)
    import pyarrow.parquet as pq

    kind = pq.read_schema(src).field("event_date").type
    print(f"generated {args.rows:,} events ({args.input}: event_date {kind}) in {time.perf_counter() - t:.1f} s "
          f"-> {src} ({src.stat().st_size / 1e6:.0f} MB)")

    # romestatute keeps what it draws from the data and the packages (parsed fact files, French names, the compiled
    # plan) in its cache folder: a first run in an empty folder draws them all, the timed runs find them there
    kept = {"ROMESTATUTE_CACHE": tempfile.mkdtemp(prefix="rome-bench-cache-")}
    _, wall, _ = rome_annotate(src, out, "country", "event_date", env=kept)
    print(f"  first run, nothing kept yet (an empty ROMESTATUTE_CACHE): {wall:.2f} s wall, {LAST_CPU[0]:.2f} s CPU, "
          f"{args.rows / wall / 1e6:.2f} M rows/s (not in the median)")
    runs = []
    for i in range(max(args.runs, 1)):
        ours, wall, rss = rome_annotate(src, out, "country", "event_date", env=kept)
        runs.append((wall, ours, rss, LAST_CPU[0]))
        print(f"  run {i + 1}: rome annotate {wall:.2f} s wall, {LAST_CPU[0]:.2f} s CPU, {ours['seconds']:.2f} s in "
              f"annotate_file, {args.rows / wall / 1e6:.2f} M rows/s, peak RSS {rss:.0f} MB")
    wall, ours, rss, cpu = sorted(runs, key=lambda r: r[0])[len(runs) // 2]
    ours_cpu = sorted(r[3] for r in runs)[len(runs) // 2]
    print(f"rome annotate (median of {len(runs)}): {wall:.2f} s wall (incl. interpreter start, imports and exit), "
          f"{ours['seconds']:.2f} s in annotate_file; {args.rows / wall / 1e6:.2f} M rows/s end to end; "
          f"peak RSS {max(r[2] for r in runs):.0f} MB (largest of the runs); median CPU {ours_cpu:.2f} s")
    print(f"  outcomes: {ours['outcomes']}; routes: {ours.get('routes')}; unmatched: {ours['unmatched']}")
    print(f"  written file: {out.stat().st_size / 1e6:.0f} MB")

    if not args.skip_baseline:
        from romestatute.bulk.export import write_intervals

        write_intervals("parquet", iv)
        # rome annotate takes Arrow's buffers from the C library's allocator (cli/bulk._arrow_allocator); pandas
        # reads and writes Parquet through pyarrow too, so it is also timed with the same allocator
        for name, code, dest, env in (("pandas", BASELINE, out_pd, None),
                                      ("pandas (system allocator, as rome annotate)", BASELINE, out_pd,
                                       {"ARROW_DEFAULT_MEMORY_POOL": "system"}),
                                      ("polars", POLARS, out_pl, None)):
            base, bwall, brss, bcpu = median_child(code, args.runs, str(src), str(dest), str(iv), env=env)
            print(f"{name} baseline (median of {max(args.runs, 1)}): {bwall:.2f} s wall, {bcpu:.2f} s CPU; "
                  f"{args.rows / bwall / 1e6:.2f} M rows/s; peak RSS {brss:.0f} MB")
            print(f"  outcomes: {base['outcomes']}")
            print(f"ratio: romestatute is {bwall / wall:.2f}x the {name} baseline in wall time, "
                  f"{bcpu / ours_cpu:.2f}x in CPU time (same machine, same run)")
            same = all(ours["outcomes"].get(k, 0) == base["outcomes"].get(k, 0) for k in ("yes", "no", "unknown"))
            print(f"  same yes/no/unknown counts as the {name} baseline: {same}")
    print(f"load average after: {os.getloadavg()[0]:.2f} (1 min)")

    real = sorted(EVENTS.glob("ucdp_ged_*.csv")) if EVENTS.is_dir() else []
    if not real:
        print("real UCDP data: not present (../shared/reference/events/), skipped")
    for path in real:
        import duckdb

        cols = [r[0] for r in duckdb.sql(f"DESCRIBE SELECT * FROM read_csv('{path}')").fetchall()]
        country = "country_id" if "country_id" in cols else "country"
        date = "date_start" if "date_start" in cols else "date"
        res, rwall, _ = child(OURS, str(path), str(tmp / (path.stem + ".parquet")), country, date)
        n = res["rows_in"]
        shares = ", ".join(f"{k} {v / n:.1%}" for k, v in sorted(res["outcomes"].items()))
        print(f"real {path.name}: {n:,} rows ({country}, {date}) in {res['seconds']:.2f} s "
              f"({n / res['seconds']:,.0f} rows/s in annotate_file, {rwall:.2f} s wall); {shares}; "
              f"routes: {res.get('routes')}; unmatched: {res['unmatched'] or 'none'}")


if __name__ == "__main__":
    main()
