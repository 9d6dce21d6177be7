"""A/A stability: each core problem's reference judged as a submission, several times.

Target: every ratio within 0.93–1.07 and the spread across runs under 5%.
Run: make bench-aa   (or: python benchmarks/aa_stability.py [--runs 5] [slug ...])
"""

from __future__ import annotations

import argparse
import statistics

from _common import CORE, REPO, machine, table

from judge.grade import Options, submit
from judge.problem import load


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("problems", nargs="*", default=CORE)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(f"A/A stability on {machine()}\n")
    rows, ok_all = [], True
    for slug in args.problems:
        problem = load(REPO / "problems" / slug)
        source = (problem.path / "reference.py").read_text()
        ratios, cis = [], []
        for run in range(args.runs):
            r = submit(problem, source, "reference.py", Options(seed=1000 + run))
            if r.speed is None:
                ratios.append(float("nan"))
                continue
            ratios.append(r.speed.ratio)
            cis.append(r.speed.hi - r.speed.lo)
        mean = statistics.fmean(ratios)
        spread = (max(ratios) - min(ratios)) / mean
        ok = all(0.93 <= x <= 1.07 for x in ratios) and spread < 0.05
        ok_all &= ok
        rows.append([slug, " ".join(f"{x:.3f}" for x in ratios), f"{min(ratios):.3f}", f"{max(ratios):.3f}",
                     f"{100 * spread:.1f}%", f"{statistics.fmean(cis):.3f}" if cis else "-",
                     "ok" if ok else "MISS"])
    print(table(rows, ["problem", "ratios", "min", "max", "spread", "mean CI width", "target"]))
    print(f"\n{'all within target' if ok_all else 'some outside target'} "
          "(target: each ratio in 0.93–1.07, spread < 5%)")


if __name__ == "__main__":
    main()
