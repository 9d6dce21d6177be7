"""Judge overhead: `judge submit` against the floor, measured side by side.

The floor is one fresh process that imports the framework, generates the same
cases and runs the reference and the submission once on each, plus once on as
many timing rounds as the judge measured. Targets: `judge submit` at most 1.3x
the floor; `judge run` (public examples only) under 3 s.
Run: make bench-overhead
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time

from _common import CORE, REPO, accepted, machine, table

FLOOR = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {repo!r})
    import numpy
    if {torch}:
        import torch
        torch.set_num_threads(1)
    from judge.problem import load
    from judge.cases import CaseStore, case_seed
    problem = load({problem!r})
    ns = {{}}
    exec(compile(open({submission!r}).read(), "submission.py", "exec"), ns)
    sub, ref = ns[problem.entry], problem.reference
    store = CaseStore(problem, {seed}, disk=False)
    def once(kwargs):
        args, kw = problem.call_shape(kwargs)
        args = [problem.instantiate(a) for a in args]
        ref(*args, **kw)
        sub(*args, **kw)
    for case in store.cases:
        if case.group != "timing":
            once(store.generate(case.spec, case.seed))
    timing = store.by_group("timing")
    for r in range({rounds}):
        case = timing[r % len(timing)]
        once(store.generate(case.spec, case_seed(problem.slug, {seed}, f"timing:{{case.spec.index}}", r)))
""")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("problems", nargs="*", default=CORE)
    args = ap.parse_args()
    print(f"Judge overhead on {machine()}\n")
    rows = []
    for slug in args.problems:
        from judge.problem import load

        problem = load(REPO / "problems" / slug)
        sub = accepted(slug)
        home = tempfile.mkdtemp(prefix="mljudge-bench-home-")
        env = {**os.environ, "MLJUDGE_HOME": home}
        runs = {}
        for label in ("cold", "warm"):  # warm: the reference's answers are cached
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "judge.cli", "submit", str(REPO / "problems" / slug),
                                   str(sub), "--json", "--no-store", "--seed", "5"], cwd=REPO, env=env,
                                  capture_output=True, text=True)
            runs[label] = (time.perf_counter() - t0, json.loads(proc.stdout or "{}"))
        floors = {}
        for label, (_, doc) in runs.items():  # a floor for each run: the rounds the judge chose differ
            rounds = doc.get("speed", {}).get("rounds", 0) if doc.get("speed") else 0
            script = FLOOR.format(repo=str(REPO), torch=problem.framework == "torch", problem=str(problem.path),
                                  submission=str(sub), seed=5, rounds=rounds)
            t0 = time.perf_counter()
            floor = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
            floors[label] = (time.perf_counter() - t0, rounds)
            if floor.returncode:
                print(floor.stderr[-2000:])
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "judge.cli", "run", str(REPO / "problems" / slug), str(sub)],
                       cwd=REPO, env=env, capture_output=True, text=True)
        run_s = time.perf_counter() - t0
        (cold, cold_doc), (warm, _) = runs["cold"], runs["warm"]
        ratio = {label: runs[label][0] / floors[label][0] for label in runs}
        rows.append([slug, cold_doc.get("verdict"), f"{floors['cold'][1]}/{floors['warm'][1]}",
                     f"{floors['cold'][0]:.1f}", f"{cold:.1f}", f"{ratio['cold']:.2f}x",
                     f"{floors['warm'][0]:.1f}", f"{warm:.1f}", f"{ratio['warm']:.2f}x", f"{run_s:.2f}",
                     "ok" if ratio["cold"] <= 1.3 and run_s < 3 else "MISS"])
    print(table(rows, ["problem", "verdict", "rounds cold/warm", "floor s", "submit s (cold)", "ratio",
                       "floor s", "submit s (warm)", "ratio", "judge run s", "target"]))
    print("\n(target: submit at most 1.3x the floor; judge run under 3 s)")


if __name__ == "__main__":
    main()
