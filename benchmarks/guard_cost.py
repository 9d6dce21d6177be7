"""What the forbidden-operator guard costs an honest call: nothing, by design (only the
refused operators' kernels are replaced), and measured here.

Per problem with ``forbidden_ops``: the reference timed on its first timing case in fresh
processes pinned to one CPU, pairs of (guards installed as in a submission's worker, no
guards) in alternating order; the ratio guarded/plain of each pair, its median and range.
Target: every median within 0.95–1.05 (the A/A band).
Run: make bench-guard   (or: python benchmarks/guard_cost.py [--pairs 6] [slug ...])
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

from _common import REPO, machine, table

from judge.problem import discover, load

BAND = (0.95, 1.05)  # as A/A: fresh processes differ by a few per cent on their own
# one measurement in a fresh process: argv = repo, package path, guard (0/1), calls
CHILD = r"""
import importlib.util, json, sys, time
import numpy as np
REPO, PATH, GUARD, CALLS = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
sys.path.insert(0, REPO)
from judge import harness
from judge.problem import load
from judge.sandbox import malloc_spec
harness.tune_malloc(malloc_spec())  # the allocator as in the sandbox's zygote
import torch  # preloaded before the guards, as in the zygote
problem = load(PATH)
if GUARD:
    harness.install_guards(list(problem.forbidden))
    harness.block_ops(list(problem.forbidden_ops))
torch.set_num_threads(1)
spec = problem.tests["timing"][0]
kwargs = problem.module("generator").generate(np.random.default_rng(7), **spec.params)
args, kw = problem.call_shape(kwargs)
args = [problem.instantiate(a) for a in args]
kw = {k: problem.instantiate(v) for k, v in kw.items()}
ref_spec = importlib.util.spec_from_file_location("reference", PATH + "/reference.py")
ref = importlib.util.module_from_spec(ref_spec)
ref_spec.loader.exec_module(ref)
fn = getattr(ref, problem.entry)
for _ in range(2):
    fn(*args, **kw)
times = []
for _ in range(CALLS):
    t0 = time.perf_counter()
    fn(*args, **kw)
    times.append(time.perf_counter() - t0)
print(json.dumps(sorted(times)[len(times) // 2]))
"""


def one(path: str, guard: bool, calls: int, cpu: int) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, str(REPO), path, "1" if guard else "0", str(calls)],
                         capture_output=True, text=True,
                         preexec_fn=lambda: os.sched_setaffinity(0, {cpu}))
    if out.returncode:
        raise SystemExit(f"{path} (guard={guard}) failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("problems", nargs="*")
    ap.add_argument("--pairs", type=int, default=6)
    ap.add_argument("--calls", type=int, default=15)
    args = ap.parse_args()
    paths = [p for p in discover() if load(p).forbidden_ops and (not args.problems or p.name in args.problems)]
    cpu = max(os.sched_getaffinity(0))
    print(f"Guard cost on {machine()}; CPU {cpu}, {args.pairs} pairs of fresh processes, "
          f"median of {args.calls} calls each\n")
    rows, missed = [], []
    for path in paths:
        ratios, plain_ms = [], []
        for i in range(args.pairs):
            order = (True, False) if i % 2 == 0 else (False, True)
            t = {g: one(str(path), g, args.calls, cpu) for g in order}
            ratios.append(t[True] / t[False])
            plain_ms.append(t[False] * 1e3)
        med = statistics.median(ratios)
        ok = BAND[0] <= med <= BAND[1]
        if not ok:
            missed.append(path.name)
        rows.append([path.name, len(load(path).forbidden_ops), f"{statistics.median(plain_ms):.1f}",
                     f"{med:.3f}", f"{min(ratios):.3f}–{max(ratios):.3f}", "ok" if ok else "MISS"])
        print(f"  {path.name}: {med:.3f}", flush=True)
    print()
    print(table(rows, ["problem", "ops refused", "plain ms", "guarded/plain", "range", "target"]))
    print(f"\n{len(rows) - len(missed)} of {len(rows)} within {BAND[0]}–{BAND[1]}"
          + (f"; missed: {', '.join(missed)}" if missed else ""))


if __name__ == "__main__":
    main()
