"""How long ``rome read`` takes on reports of 0.1, 0.5, 1 and 2 MB (the reading must stay linear in length).

The text is a plain English report written here, repeated to the size (states, acts, warrants, dates,
crimes and conduct in every paragraph, so every stage of the reader has work).  Prints seconds per size
and seconds per MB, in wall-clock time and in CPU time (this process's user + system time: the figure to compare
on a busy machine); then the cold start of ``rome read`` on a two-line report (a new process each time: imports,
the date parser's and the language detector's tables, the name tables).  Nothing is asserted (timings live in
benchmarks, not in tests).

    python bench/bench_read.py [--sizes 0.1,0.5,1,2] [--runs 5] [--cold 5] [--text paragraph|corpus]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "THE HAGUE, 17 November 2016. Russia said it would withdraw its signature from the Rome Statute, weeks after "
    "Burundi, South Africa and the Gambia notified their withdrawal from the International Criminal Court. "
    "Russian air strikes on Aleppo in Syria went on; rights groups called them war crimes. "
    "Vladimir Putin, who is wanted by the court, visited Ulaanbaatar, and Omar al-Bashir travelled to Amman. "
    "There are 124 countries that are parties to the treaty, and Ukraine accepted the court's jurisdiction.\n"
)


def report(mb: float) -> str:
    size = int(mb * 1_000_000) - 1000  # 2 MB stays inside the reader's limit of 2,000,000 characters
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


CORPUS = Path(__file__).resolve().parent.parent / "tests" / "read" / "corpus"


def corpus_report(mb: float) -> str:
    """The gold corpus's real reports (the text after each header), one after another until the size, with a
    running number put before each sentence's full stop so that no sentence is said twice (the reader does a
    repeated sentence's work once; the paragraph text repeats one paragraph and so flatters it)."""
    size = int(mb * 1_000_000) - 1000
    bodies = [p.read_text(encoding="utf-8").partition("\n---\n")[2] for p in sorted(CORPUS.glob("*.txt"))]
    counter = iter(range(1, 10**9))
    parts: list[str] = []
    total = 0
    while total < size:
        for body in bodies:
            part = re.sub(r"([.!?])(\s)", lambda m: f" [{next(counter)}]{m.group(1)}{m.group(2)}", body)
            parts.append(part)
            total += len(part)
            if total >= size:
                break
    return "".join(parts)[:size]


def cold_start(runs: int) -> None:
    exe = Path(sys.executable).with_name("rome")
    if not exe.exists():
        print(f"cold start: {exe} not found; install the package first (pip install -e .)")
        return
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("Published 17 November 2016\nRussia withdrew its signature from the Rome Statute.\n")
    try:
        cmd = [str(exe), "read", f.name, "--json"]
        subprocess.run(cmd, capture_output=True, check=True)  # the OS file cache, and the place tables kept
        wall, cpu = [], []
        for _ in range(runs):
            before = os.times()
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            wall.append(time.perf_counter() - t0)
            after = os.times()
            cpu.append(after.children_user + after.children_system - before.children_user - before.children_system)
        print(f"cold start of rome read on a two-line report, median of {runs}: {statistics.median(wall) * 1000:,.0f} ms "
              f"wall, {statistics.median(cpu) * 1000:,.0f} ms CPU")
    finally:
        os.unlink(f.name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.1,0.5,1,2", help="sizes in MB, comma-separated")
    ap.add_argument("--runs", type=int, default=1, help="readings of each size (the best is printed)")
    ap.add_argument("--cold", type=int, default=5, help="cold starts to time (0: none)")
    ap.add_argument("--text", choices=("paragraph", "corpus"), default="paragraph",
                    help="paragraph: one written paragraph repeated; corpus: the gold corpus's reports, no sentence twice")
    args = ap.parse_args()
    from romestatute.read import read

    read(PARAGRAPH, today="2026-01-01")  # load the data and the name tables once
    print(f"text: {args.text}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7} {'CPU s':>7} {'CPU s/MB':>9}")
    for mb in (float(x) for x in args.sizes.split(",")):
        text = report(mb) if args.text == "paragraph" else corpus_report(mb)
        best_wall = best_cpu = float("inf")
        for _ in range(args.runs):
            c0, t0 = time.process_time(), time.perf_counter()
            read(text, today="2026-01-01")
            best_wall = min(best_wall, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        print(f"{mb:>6.2f} {best_wall:>9.2f} {best_wall / mb:>7.2f} {best_cpu:>7.2f} {best_cpu / mb:>9.2f}")
    if args.cold:
        cold_start(args.cold)


if __name__ == "__main__":
    main()
