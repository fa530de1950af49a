"""How long ``rome read`` takes on reports of 0.1, 0.5, 1 and 2 MB (the reading must stay linear in length).

The text is a plain English report written here, repeated to the size (states, acts, warrants, dates,
crimes and conduct in every paragraph, so every stage of the reader has work).  Prints seconds per size
and seconds per MB; nothing is asserted (timings live in benchmarks, not in tests).

    python bench/bench_read.py [--sizes 0.1,0.5,1,2]
"""

from __future__ import annotations

import argparse
import time

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.1,0.5,1,2", help="sizes in MB, comma-separated")
    args = ap.parse_args()
    from romestatute.read import read

    read(PARAGRAPH, today="2026-01-01")  # load the data and the name tables once
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7}")
    for mb in (float(x) for x in args.sizes.split(",")):
        text = report(mb)
        t0 = time.perf_counter()
        read(text, today="2026-01-01")
        dt = time.perf_counter() - t0
        print(f"{mb:>6.2f} {dt:>9.2f} {dt / mb:>7.2f}")


if __name__ == "__main__":
    main()
