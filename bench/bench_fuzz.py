"""A longer schemathesis run against the JSON API than CI's, printing cases tried and failures.

    .venv/bin/python bench/bench_fuzz.py [EXAMPLES_PER_OPERATION]   (default 300)
"""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "cases.log"
        env = {**os.environ, "ROMESTATUTE_FUZZ_EXAMPLES": str(examples), "ROMESTATUTE_FUZZ_LOG": str(log)}
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "tests/robustness/test_fuzz_api.py"], cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        lines = log.read_text().splitlines() if log.exists() else []
    statuses = collections.Counter(line.rsplit(" ", 1)[1] for line in lines)
    operations = collections.Counter(line.rsplit(" ", 1)[0] for line in lines)
    failed = [line for line in proc.stdout.splitlines() if line.startswith("FAILED")]
    print(f"fuzzing: {len(lines):,} requests over {len(operations)} operations in {seconds:.0f} s "
          f"(up to {examples} generated examples per operation)")
    print("status codes: " + ", ".join(f"{k} x{v:,}" for k, v in sorted(statuses.items())))
    print(f"server errors (5xx): {sum(v for k, v in statuses.items() if k.startswith('5'))}")
    print(f"operations failing a spec check: {len(failed)}")
    for line in failed:
        print("  " + line)
    print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-500:])


if __name__ == "__main__":
    main()
