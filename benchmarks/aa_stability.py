"""A/A stability: every problem's reference judged as a submission against itself.

Per problem: the ratio of each run, the widest 95% interval, the verdict, the seconds.
Targets: every run AC with a ratio in 0.95–1.05.
``--beside``: each run is two `judge submit` processes started at once (two judges on
one machine, as two users or a CI box running two suites): both must meet the target.
Run: make bench-aa   (or: python benchmarks/aa_stability.py [--runs 3] [--beside] [slug ...])
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from _common import REPO, machine, table

from judge.problem import discover

BAND = (0.95, 1.05)


def judge_reference(slug: str, seed: int, copies: int) -> list[dict]:
    """``copies`` judges of the reference started at once, each a `judge submit` process."""
    ref = REPO / "problems" / slug / "reference.py"
    procs = [subprocess.Popen([sys.executable, "-m", "judge.cli", "submit", f"problems/{slug}", str(ref),
                               "--seed", str(seed + 100 * i), "--json", "--no-store"],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(copies)]
    out = []
    for p in procs:
        stdout, stderr = p.communicate()
        try:
            out.append(json.loads(stdout))
        except json.JSONDecodeError:
            out.append({"verdict": "IE", "speed": None, "error": stderr[-300:]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("problems", nargs="*", default=[p.name for p in discover()])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--beside", action="store_true", help="two judges at once for every run")
    args = ap.parse_args()
    copies = 2 if args.beside else 1
    print(f"A/A on {machine()}{'; two judges side by side' if args.beside else ''}\n")
    rows, missed = [], []
    for slug in args.problems:
        ratios, widths, verdicts, seconds = [], [], set(), []
        for run in range(args.runs):
            t0 = time.perf_counter()
            for r in judge_reference(slug, 1000 + run, copies):
                verdicts.add(r["verdict"])
                s = r.get("speed")
                ratios.append(s["ratio"] if s else float("nan"))
                widths.append(s["hi"] - s["lo"] if s else float("nan"))
            seconds.append(time.perf_counter() - t0)
        ok = verdicts == {"AC"} and all(BAND[0] <= x <= BAND[1] for x in ratios)
        if not ok:
            missed.append(slug)
        rows.append([slug, " ".join(f"{x:.3f}" for x in ratios), f"{max(widths):.3f}", ",".join(sorted(verdicts)),
                     f"{sorted(seconds)[len(seconds) // 2]:.1f}", "ok" if ok else "MISS"])
        print(f"  {slug}: {rows[-1][1]}", file=sys.stderr, flush=True)
    print(table(rows, ["problem", "ratios", "widest CI", "verdicts", "median s", "target"]))
    print(f"\n{len(rows) - len(missed)} of {len(rows)} within target (every run AC, each ratio in "
          f"{BAND[0]}–{BAND[1]})" + (f"; missed: {', '.join(missed)}" if missed else ""))


if __name__ == "__main__":
    main()
