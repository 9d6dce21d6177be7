"""Time to a verdict: `judge submit` of each core problem's accepted submission, this tree
against an earlier commit (``--before REV``, checked out in a temporary worktree), run one
after the other on the same machine. Per problem: seconds to the whole result (speed
included) before and now, and now the seconds to the correctness verdict alone (what the
streamed table shows first). Target: the median of "now" under 10 s on 2 CPUs.
Run: python benchmarks/time_to_verdict.py [--before 3d9e788] [slug ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CORE, REPO, accepted, machine, table


def submit(tree: Path, slug: str, *extra: str) -> tuple[float, dict]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "judge.cli", "submit", f"problems/{slug}", str(accepted(slug)),
                           "--json", "--no-store", "--seed", "5", *extra], cwd=tree, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    try:
        return seconds, json.loads(proc.stdout)
    except json.JSONDecodeError:
        return seconds, {"verdict": "IE", "speed": None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("problems", nargs="*", default=CORE)
    ap.add_argument("--before", default="3d9e788", help="the commit to compare with")
    args = ap.parse_args()
    print(f"Time to verdict on {machine()}; before = {args.before}\n")
    old = Path(tempfile.mkdtemp(prefix="mljudge-before-")) / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", str(old), args.before], cwd=REPO, check=True,
                   capture_output=True)
    rows, before_all, now_all = [], [], []
    try:
        for slug in args.problems:
            before_s, before = submit(old, slug)
            now_s, now = submit(REPO, slug)
            correct_s, _ = submit(REPO, slug, "--no-timing")
            before_all.append(before_s)
            now_all.append(now_s)
            ratio = lambda d: f"{d['speed']['ratio']:.3f}" if d.get("speed") else "-"  # noqa: E731
            rows.append([slug, before["verdict"], f"{before_s:.1f}", ratio(before), now["verdict"], f"{now_s:.1f}",
                         ratio(now), f"{correct_s:.1f}"])
            print(f"  {slug}: {before_s:.1f} s -> {now_s:.1f} s", file=sys.stderr, flush=True)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=REPO, capture_output=True)
    print(table(rows, ["problem", "before", "s", "ratio", "now", "s", "ratio", "correctness s"]))
    med_before, med_now = statistics.median(before_all), statistics.median(now_all)
    print(f"\nmedian: {med_before:.1f} s before, {med_now:.1f} s now "
          f"({'ok' if med_now < 10 else 'MISS'}: target under 10 s)")


if __name__ == "__main__":
    main()
