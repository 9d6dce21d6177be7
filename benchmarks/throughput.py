"""Throughput: 50 submissions judged with `--jobs 1` and `--jobs 2` on this machine, and the
A/A ratios (references judged as submissions) under that load.
Run: make bench-throughput
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _common import CORE, REPO, machine, table

from judge import batch


def workload(n: int) -> tuple[list[batch.Job], list[int]]:
    """The known submissions of the core problems, and two reference copies per problem."""
    jobs: list[batch.Job] = []
    aa: list[int] = []
    tmp = Path(tempfile.mkdtemp(prefix="mljudge-aa-"))
    for slug in CORE:
        for k in range(2):
            copy = tmp / f"{slug}_reference_{k}.py"
            shutil.copy(REPO / "problems" / slug / "reference.py", copy)
            aa.append(len(jobs))
            jobs.append(batch.Job(slug, str(copy)))
    files = sorted((REPO / "submissions").glob("*/*/*.py"))
    files = [f for f in files if f.parts[-3] in CORE]
    for f in files:
        if len(jobs) >= n:
            break
        jobs.append(batch.Job(f.parts[-3], str(f)))
    return jobs[:n], aa


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=50)
    args = ap.parse_args()
    print(f"Throughput on {machine()}\n")
    jobs, aa = workload(args.n)
    rows = []
    for workers in (1, 2):
        t0 = time.perf_counter()
        results = batch.run(jobs, workers=workers, seed=3)
        wall = time.perf_counter() - t0
        by_file = {r["file"]: r for r in results}
        ratios = [by_file[jobs[i].file]["ratio"] for i in aa if by_file[jobs[i].file]["ratio"]]
        verdicts = {}
        for r in results:
            verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
        rows.append([workers, len(results), f"{wall:.0f}", f"{60 * len(results) / wall:.1f}",
                     f"{min(ratios):.3f}–{max(ratios):.3f}", f"{statistics.pstdev(ratios):.3f}",
                     " ".join(f"{k}:{v}" for k, v in sorted(verdicts.items()))])
    print(table(rows, ["jobs", "submissions", "wall s", "per minute", "A/A ratios", "A/A stdev", "verdicts"]))


if __name__ == "__main__":
    main()
