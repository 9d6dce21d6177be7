"""Discrimination: submissions slower than the reference by a known factor.

- "twice": the reference's work done twice (true ratio measured in-process, ~2.0);
- "x1.2": the reference, then a spin for 20% of its own duration (true ratio 1.2).
Targets: the reported ratio within 10% of the true one; the 1.2x submission's CI
excludes 1.0. Run: make bench-discrimination
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from _common import REPO, machine, table

from judge.cases import CaseStore
from judge.grade import Options, submit
from judge.harness import tune_malloc
from judge.problem import load
from judge.sandbox import malloc_spec

DEFAULT = ["softmax", "layer_norm", "nms", "scaled_dot_product_attention", "conv2d"]

TWICE = '''

def {entry}(*args, **kwargs):
    _reference_{entry}(*args, **kwargs)
    return _reference_{entry}(*args, **kwargs)
'''
SPIN = '''

import time as _time


def {entry}(*args, **kwargs):
    t0 = _time.perf_counter()
    out = _reference_{entry}(*args, **kwargs)
    end = _time.perf_counter() + 0.2 * (_time.perf_counter() - t0)
    while _time.perf_counter() < end:
        pass
    return out
'''


def wrapped(problem, template: str) -> str:
    ref = (problem.path / "reference.py").read_text()
    renamed = ref.replace(f"def {problem.entry}(", f"def _reference_{problem.entry}(")
    return renamed + template.format(entry=problem.entry)


def true_ratio(problem, source: str, rounds: int = 30) -> float:
    """The wrapper's time over the reference's, interleaved in this process (no sandbox)."""
    namespace: dict = {}
    exec(compile(source, "wrapped.py", "exec"), namespace)
    fn, ref = namespace[problem.entry], namespace[f"_reference_{problem.entry}"]
    store = CaseStore(problem, 1, disk=False)
    case = store.by_group("timing")[0]
    ratios = []
    for i in range(rounds):
        prepared_args = store.generate(case.spec, 10_000 + i)
        args, kw = problem.call_shape(prepared_args)
        times = {}
        for name, f in (("ref", ref), ("fn", fn)) if i % 2 else (("fn", fn), ("ref", ref)):
            t0 = time.perf_counter()
            f(*args, **kw)
            times[name] = time.perf_counter() - t0
        ratios.append(times["fn"] / times["ref"])
    return float(np.median(ratios))


def main() -> None:
    tune_malloc(malloc_spec())  # the truth, too, under the allocator settings the workers run with
    ap = argparse.ArgumentParser()
    ap.add_argument("problems", nargs="*", default=DEFAULT)
    args = ap.parse_args()
    print(f"Discrimination on {machine()}\n")
    rows = []
    for slug in args.problems:
        problem = load(REPO / "problems" / slug)
        for label, template in (("twice", TWICE), ("x1.2", SPIN)):
            source = wrapped(problem, template)
            truth = true_ratio(problem, source)
            r = submit(problem, source, f"{label}.py", Options(seed=7))
            s = r.speed
            if s is None:
                rows.append([slug, label, f"{truth:.3f}", str(r.verdict), "-", "-", "MISS"])
                continue
            err = s.ratio / truth - 1
            ok = abs(err) <= 0.10 and (label != "x1.2" or s.lo > 1.0)
            rows.append([slug, label, f"{truth:.3f}", f"{s.ratio:.3f}", f"{s.lo:.3f}–{s.hi:.3f}",
                         f"{100 * err:+.1f}%", "ok" if ok else "MISS"])
    print(table(rows, ["problem", "submission", "true ratio", "reported", "95% CI", "error", "target"]))
    print("\n(target: reported within 10% of the true ratio; the x1.2 CI excludes 1.0)")


if __name__ == "__main__":
    main()
