"""How cost grows: the exponents of every reference and every known submission of the wrong
complexity (a ``# scaling:`` header) on the problems that declare ``scaling:``, and how long one
``--scaling`` measurement takes.

Each row is one ``scaling.measure`` (reference and file interleaved at every size, in the sandbox
as ``judge submit --scaling`` runs it); the reference's exponent is measured beside every file.
Targets: every tagged file named by the finding, every reference exponent inside its declared
interval, each measurement under 20 s on 2 CPUs.
Run: make bench-scaling   (or: python benchmarks/scaling.py [slug ...])
"""

from __future__ import annotations

import sys
import time

from _common import REPO, machine, table

from judge import grade, scaling
from judge.problem import ProblemError, discover, load
from judge.sandbox import open_sandbox

TARGET_S = 20.0


def files(slug: str) -> list:
    """The reference, then each known submission that declares a worse complexity."""
    out = [REPO / "problems" / slug / "reference.py"]
    for f in sorted((REPO / "submissions" / slug).glob("*/*.py")):
        if scaling.declared(f.read_text(encoding="utf-8")):
            out.append(f)
    return out


def exponent(e: object) -> str:
    return f"{e.value:.2f} ({e.lo:.2f}–{e.hi:.2f})" if e is not None else "-"


def main(slugs: list[str]) -> int:
    problems = []
    for path in discover():
        if slugs and path.name not in slugs:
            continue
        try:
            problems.append(load(path))
        except ProblemError as e:
            print(f"(skipped: {e})")
    problems = [p for p in problems if p.scaling is not None]
    print(f"Scaling on {machine()}\n")
    rows, missed = [], 0
    for problem in problems:
        session = open_sandbox("process", preload=problem.preload() + ["torch"])
        try:
            for file in files(problem.slug):
                source, filename = grade.load_source(file)
                t0 = time.perf_counter()
                s, failure = scaling.measure(grade.Runner(problem, session, source, filename, "cpu"), problem, 0)
                took = time.perf_counter() - t0
                want = scaling.declared(source) or set()
                named = set(s.worse)
                lo, hi = problem.scaling.time
                ok = (failure is None and want <= named and s.ref_time is not None
                      and lo <= s.ref_time.value <= hi and took < TARGET_S
                      and (file.name != "reference.py" or not named))
                missed += not ok
                cut = next((f"{p.size}: {p.cut}" for p in s.points if p.cut), "")
                rows.append([problem.slug, file.relative_to(REPO).as_posix().split("/", 2)[-1],
                             exponent(s.ref_time), f"{lo:g}–{hi:g}", exponent(s.time),
                             f"{s.time_at_least:.2f}" if s.time_at_least is not None else "-",
                             f"{s.ref_memory:.1f} / {s.memory:.1f}" if s.memory is not None else "-",
                             "+".join(sorted(named)) or "-", "+".join(sorted(want)) or "-",
                             f"{took:.1f}", "ok" if ok else "MISS", cut])
        finally:
            session.close()
    print(table(rows, ["problem", "file", "reference time exp (95% CI)", "declared", "file time exp",
                       "at least", "memory exp ref / file", "finding", "header", "s", "target", "cut off at"]))
    print(f"\n(targets: the finding names what the header says, the reference's exponent within the declared "
          f"interval, each measurement under {TARGET_S:g} s)")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
