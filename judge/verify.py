"""``judge verify``: is a problem package sound?

- the spec loads; both statements exist; there are hidden tests;
- the generator is deterministic and the reference answers every case here;
- the reference, judged as a submission in the sandbox, is accepted;
- every file under ``submissions/<slug>/<folder>/`` gets the folder's verdict, and every
  wrong answer is rejected under ``EXTRA_SEEDS`` more seeds as well, states its mistake (a
  header in English and Chinese: mistakes.py) and is recognised by the diagnosis on its own
  failing case;
- the known-submission folders a problem must have are there;
- trivial answers (zeros, ones, a constant, the input echoed back, a float16
  shortcut) are rejected by at least one hidden case;
- every timing case can be timed: fresh arguments each round (nothing to answer
  from a cache), at least ``MIN_WORK_S`` of the reference's work a call, and a call
  not dominated by moving data across the sandbox's boundary; with ``aa``, the
  reference judged against itself reads 1 within ``AA_BAND`` on every case.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from judge import grade, mistakes
from judge.cases import CaseStore, tree_mb
from judge.compare import check_output, compare
from judge.harness import Array
from judge.problem import DEFAULT_ATOL, DEFAULT_RTOL, REPO, Problem, ProblemError, Tolerance, load
from judge.sandbox import SandboxError, open_sandbox
from judge.verdict import FOLDERS, Status, Verdict

SUBMISSIONS_DIR = REPO / "submissions"
MIN_WORK_S = 0.002  # the least a reference call on a timing case may take on CPU
MAX_HANDOFF = 2.0  # moving data across the boundary may cost at most this many times the call itself
AA_BAND = (0.95, 1.05)
AA_SEEDS = (11, 12, 13)
EXTRA_SEEDS = 4  # each known wrong answer is also judged under this many more seeds (five in all)
REQUIRED_FOLDERS = ("accepted", "wrong_answer", "time_limit")


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Report:
    problem: str
    checks: list[Check] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str = "") -> None:
        self.checks.append(Check(name, ok, detail))


def submissions_of(problem: Problem, root: Path = SUBMISSIONS_DIR) -> list[tuple[Path, Verdict]]:
    base = root / problem.slug
    out = []
    for folder, verdict in FOLDERS.items():
        out += [(p, verdict) for p in sorted((base / folder).glob("*.py"))]
    return out


def _map(tree: Any, fn: Any, text: str | None = None) -> Any:
    """``fn`` applied to every numeric leaf; strings become ``text`` (if given)."""
    if isinstance(tree, Array):
        return fn(tree)
    if isinstance(tree, list):
        return [_map(v, fn, text) for v in tree]
    if isinstance(tree, dict):
        return {k: _map(v, fn, text) for k, v in tree.items()}
    if isinstance(tree, str):
        return tree if text is None else text
    if isinstance(tree, bool) or tree is None:
        return tree
    if isinstance(tree, (int, float)):
        kind = "F64" if isinstance(tree, float) else "I64"
        out = fn(Array(np.asarray(tree, dtype=np.float64 if kind == "F64" else np.int64), kind, "python"))
        return out.data.item()
    return tree


def _filled(value: float) -> Any:
    def fn(a: Array) -> Array:
        return Array(np.full_like(a.data, value if a.dtype != "BOOL" else bool(value)), a.dtype, a.kind)
    return fn


def _f16(a: Array) -> Array:
    if a.data.dtype.kind != "f":
        return a
    with np.errstate(over="ignore"):  # huge values become inf in float16: still a shortcut to reject
        return Array(a.data.astype(np.float16).astype(a.data.dtype), a.dtype, a.kind)


def trivial_answers(prepared: Any) -> dict[str, Any]:
    exp = prepared.expected
    inputs = prepared.inputs()
    values = inputs["args"] + list(inputs["kwargs"].values())
    first = next((v for v in values if isinstance(v, Array)), values[0] if values else None)  # the first array
    answers = {
        "zeros": _map(exp, _filled(0), ""),
        "ones": _map(exp, _filled(1), "1"),
        "a constant": _map(exp, _filled(3), "x"),
        "the input echoed back": first,
    }
    if isinstance(exp, dict):
        answers["an empty dict"] = {}
    if isinstance(exp, list):
        answers["an empty list"] = []
    floats = []
    _map(exp, lambda a: floats.append(a.data.dtype.kind == "f") or a)
    if any(floats):
        answers["a float16 shortcut"] = _map(exp, _f16)
    return answers


def verify(path: str | Path, *, seed: int = 0, backend: str = "process",
           submissions_root: Path = SUBMISSIONS_DIR, quiet_progress: Any = None, aa: bool = False) -> Report:
    report = Report(Path(path).name)
    started = time.perf_counter()
    try:
        _verify(report, path, seed=seed, backend=backend, submissions_root=submissions_root,
                quiet_progress=quiet_progress, aa=aa)
    except (ProblemError, SandboxError) as e:
        report.add("verify ran", False, str(e))
    report.seconds = time.perf_counter() - started
    return report


def _die_with_parent() -> None:
    """A pool process ends when the `judge verify` that started it is killed (no orphan judging on)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def verify_many(targets: list[str], jobs: int = 1, **kwargs: Any) -> Iterator[Report]:
    """``verify`` on each target, ``jobs`` at a time (each in a process of its own), reports in
    the targets' order as they come. A crash while verifying one problem fails that one only."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawned, not forked: the caller may hold threads (torch's, a test runner's) a fork would copy mid-lock
    with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=multiprocessing.get_context("spawn"),
                             initializer=_die_with_parent) as pool:
        futures = [pool.submit(verify, t, **kwargs) for t in targets]
        for target, future in zip(targets, futures):
            try:
                yield future.result()
            except Exception as e:  # noqa: BLE001
                rep = Report(Path(target).name)
                rep.add("verify ran", False, f"{type(e).__name__}: {e}")
                yield rep


def _verify(report: Report, path: str | Path, *, seed: int, backend: str, submissions_root: Path,
            quiet_progress: Any, aa: bool) -> None:
    try:
        problem = load(path)
    except ProblemError as e:
        report.add("spec", False, str(e))
        return
    report.problem = problem.slug
    report.add("spec", True)
    for lang in ("en", "zh"):
        text = problem.statement(lang)
        report.add(f"statement ({lang})", problem.entry in text and len(text) > 200,
                   "" if problem.entry in text else f"statement.{lang}.md does not name {problem.entry}")
    store = CaseStore(problem, seed, disk=False)
    try:
        prepared = [store.prepare(c) for c in store.cases if c.group != "timing"]
        timing = store.by_group("timing")
        if timing:
            once = store.timing_round(timing[0], 0)
            again = CaseStore(problem, seed, disk=False).timing_round(timing[0], 0)  # a store of its own
            report.add("generator is deterministic", bytes(once.blob) == bytes(again.blob))
        report.add("reference answers every case", True, f"{len(prepared)} cases")
    except ProblemError as e:
        report.add("reference answers every case", False, str(e))
        return
    hidden = [p for p in prepared if p.case.group in ("edge", "random")]
    session = open_sandbox(backend, preload=_preload(problem, submissions_root))
    try:
        runner = grade.Runner(problem, session, "", "", "cpu")
        exact = Tolerance(dict.fromkeys(DEFAULT_RTOL, 0.0), dict.fromkeys(DEFAULT_ATOL, 0.0))
        trivial = [trivial_answers(p) for p in hidden]
        # every shortcut some case admits (a float16 one only where a case's output has floats)
        for name in dict.fromkeys(n for t in trivial for n in t):
            answers = [(p, t[name]) for p, t in zip(hidden, trivial) if name in t]
            if all(compare(p.expected, a, exact, exact=True) is None for p, a in answers):
                continue  # not a different answer here (e.g. "zeros" of a tree of empty dicts)
            rejected_by = next((p.case.number for p, a in answers if check_output(problem, p, a) is not None), None)
            report.add(f"rejects {name}", rejected_by is not None,
                       f"case {rejected_by}" if rejected_by else "no hidden case tells it from the answer")
        for name, ok, detail in timeable(problem, runner, store):
            report.add(name, ok, detail)
        if aa:
            for name, ok, detail in aa_checks(problem, session, backend):
                report.add(name, ok, detail)
        if problem.forbidden_ops:
            unmatched = unmatched_ops(problem.forbidden_ops)
            report.add("forbidden_ops name real operators", not unmatched,
                       f"no aten operator matches {', '.join(unmatched)}" if unmatched else
                       f"{len(problem.forbidden_ops)} operators")
        options = grade.Options(seed=seed, backend=backend, quick=True, diagnose=False, shrink=False)
        ref_source = (problem.path / "reference.py").read_text(encoding="utf-8")
        r = grade.submit(problem, ref_source, "reference.py", options, session=session, store=store)
        report.add("reference is accepted in the sandbox", r.verdict == Verdict.AC,
                   _why(r) + (f", {r.speed.ratio:.2f}×" if r.speed else ""))
        subs = submissions_of(problem, submissions_root)
        folders = {p.parent.name for p, _ in subs}
        # a problem with nothing to time (an O(1) formula: bbox_iou_single) has no naive version to
        # time out; every other one must show that its timing cases catch one
        needed = [f for f in REQUIRED_FOLDERS if f != "time_limit" or timing] + \
            (["forbidden"] if problem.forbidden else [])
        missing = [f for f in needed if f not in folders]
        report.add("known submissions", not missing,
                   f"missing submissions/{problem.slug}/{{{','.join(missing)}}}" if missing else
                   f"{len(subs)} files")
        wrong = [(file, *grade.load_source(file)) for file, expected in subs if expected == Verdict.WA]
        for file, expected in subs:
            if quiet_progress:
                quiet_progress(file)
            source, filename = grade.load_source(file)
            mistake = mistakes.header(source) if expected == Verdict.WA else None
            r = grade.submit_until_judged(problem, source, filename,
                                          replace(options, diagnose=mistake is not None,
                                                  mistakes_root=submissions_root),
                                          session=session, store=store)
            rel = file.relative_to(submissions_root.parent) if submissions_root.parent in file.parents else file
            report.add(f"{rel}", r.verdict == expected,
                       f"expected {expected}, got {r.verdict}: {_why(r)}" if r.verdict != expected else
                       str(r.verdict))
            if expected == Verdict.WA:
                report.add(f"{rel} states its mistake", mistake is not None,
                           "" if mistake else "no header: '# mistake: <English>', then '# 错误：<中文>', first")
            if mistake is not None and r.verdict == Verdict.WA:
                named = [d["en"] for d in r.failure.diagnosis] if r.failure else []
                report.add(f"{rel} is recognised by the diagnosis", mistake[0] in named,
                           f"its output on case {r.failure.case if r.failure else '?'} matches "
                           + (", ".join(repr(n) for n in named) if named else "no known mistake"))
        if problem.scaling is not None:
            for name, ok, detail in scaling_checks(problem, session, subs, seed, submissions_root):
                report.add(name, ok, detail)
        if wrong:
            for name, ok, detail in every_seed_rejects(problem, wrong, seeds_for(problem, seed), session, backend,
                                                       submissions_root):
                report.add(name, ok, detail)
    finally:
        session.close()


def _preload(problem: Problem, submissions_root: Path) -> list[str]:
    """What verify's zygote imports: the problem's framework, and torch where its known
    submissions import it and the problem does not forbid it (a numpy problem's torch-based
    mistakes would otherwise import it in every child, several seconds each)."""
    import re

    modules = list(problem.preload())
    imports_torch = re.compile(r"^\s*(import|from)\s+torch\b", re.M)
    known = (submissions_root / problem.slug).glob("*/*.py")
    if "torch" not in modules and "torch" not in problem.forbidden and any(
            imports_torch.search(f.read_text(encoding="utf-8")) for f in known):
        modules.append("torch")
    return modules


def unmatched_ops(names: tuple[str, ...]) -> list[str]:
    """The ``forbidden_ops`` that name no aten operator (or overload) of this torch: a typo
    guards nothing. The same lookup the worker's guard makes (``harness.operator_overloads``)."""
    from judge.harness import operator_overloads

    return [n for n in names if not operator_overloads(n)]


def seeds_for(problem: Problem, seed: int, extra: int = EXTRA_SEEDS) -> list[int]:
    """The seeds a known mistake must fail under besides ``seed``: some derived from the package
    (the same on every machine) and this installation's own (the one its users are judged on)."""
    import hashlib

    from judge.paths import default_seed

    base = int.from_bytes(hashlib.sha256(f"{problem.slug}:mistakes".encode()).digest()[:4], "little")
    out = [base + 7919 * i for i in range(extra - 1)] + [default_seed()]
    return [s for s in dict.fromkeys(out) if s != seed]


def every_seed_rejects(problem: Problem, wrong: list[tuple[Path, str, str]], seeds: list[int], session: Any,
                       backend: str, submissions_root: Path) -> list[tuple[str, bool, str]]:
    """Each known wrong answer under every seed, correctness groups only (no timing rounds): a
    mistake that passes by luck on some seeds (an unstable sort among ties, a boundary missed by
    a hair) is a hole in the problem's tests, and the seeds that let it through are named."""
    accepted: dict[Path, list[int]] = {file: [] for file, _, _ in wrong}
    for s in seeds:
        store = CaseStore(problem, s, disk=False)
        options = grade.Options(seed=s, backend=backend, groups=grade.CORRECTNESS, diagnose=False, shrink=False)
        for file, source, filename in wrong:
            r = grade.submit(problem, source, filename, options, session=session, store=store)
            if r.verdict == Verdict.AC:
                accepted[file].append(s)
    out = []
    for file, seen in accepted.items():
        rel = file.relative_to(submissions_root.parent) if submissions_root.parent in file.parents else file
        out.append((f"{rel} is rejected under {len(seeds)} more seeds", not seen,
                    f"accepted under seed{'s' if len(seen) > 1 else ''} {', '.join(map(str, seen))}" if seen
                    else f"seeds {', '.join(map(str, seeds))}"))
    return out


def scaling_checks(problem: Problem, session: Any, subs: list[tuple[Path, Verdict]], seed: int,
                   submissions_root: Path) -> list[tuple[str, bool, str]]:
    """A declared ``scaling:`` block: the known submissions of the wrong complexity (a
    ``# scaling:`` header) are each named by the finding, and the reference's exponents, measured
    beside each of them (beside itself where there are none), lie in the declared intervals."""
    from judge import scaling

    spec = problem.scaling
    assert spec is not None
    tagged = [(file, scaling.declared(file.read_text(encoding="utf-8"))) for file, _ in subs]
    runs = [(file, what) for file, what in tagged if what] or [(problem.path / "reference.py", set())]
    out, seen = [], []
    for file, what in runs:
        source, filename = grade.load_source(file)
        for _ in range(2):  # a loaded machine bends the fits: a finding missed, or the reference's
            # exponent outside its interval (fixed costs flatten the small sizes), is measured again
            s, failure = scaling.measure(grade.Runner(problem, session, source, filename, "cpu"), problem, seed)
            found = set(s.worse)
            as_declared = s.ref_time is None or spec.time[0] <= s.ref_time.value <= spec.time[1]
            if failure is not None or (what <= found and as_declared):
                break
        rel = file.relative_to(submissions_root.parent) if submissions_root.parent in file.parents else file.name
        if what:
            out.append((f"{rel}: the scaling finding names its {' and '.join(sorted(what))}",
                        failure is None and what <= found,
                        f"{failure.verdict}: {failure.reason}" if failure else s.finding))
        if s.ref_time is not None:
            seen.append((s.ref_time.value, s.ref_memory))
    lo, hi = spec.time
    times = [t for t, _ in seen]
    out.append(("the reference's time exponent is as declared", bool(times) and all(lo <= t <= hi for t in times),
                f"measured {', '.join(f'{t:.2f}' for t in times) or 'nothing'}; declared {lo:g}–{hi:g}"))
    if spec.memory is not None:
        mems = [m for _, m in seen]
        ok = bool(mems) and all(m is not None and spec.memory[0] <= m <= spec.memory[1] for m in mems)
        out.append(("the reference's memory exponent is as declared", ok,
                    f"measured {', '.join('too small to fit' if m is None else f'{m:.2f}' for m in mems)}; "
                    f"declared {spec.memory[0]:g}–{spec.memory[1]:g}"))
    return out


def timeable(problem: Problem, runner: grade.Runner, store: CaseStore, calls: int = 5
             ) -> list[tuple[str, bool, str]]:
    """Can each timing case be timed? (check name, ok, why) per case: its rounds get fresh
    arguments, the reference works at least ``MIN_WORK_S`` a call (median of warm calls in a
    sandboxed worker), and the hand-off (wall time around a call less its own time) is at
    most ``MAX_HANDOFF`` times that work."""
    from judge.timing import arena_for

    out = []
    worker = None
    arena = None
    try:
        for case in store.by_group("timing"):
            what = f"timing case {case.number} ({case.name}) can be timed"
            first, second = store.timing_round(case, 0), store.timing_round(case, 1)
            if bytes(first.blob) == bytes(second.blob):
                out.append((what, False, "two rounds got the same arguments: a submission could answer "
                                         "from a cache; draw the case's parameters per round"))
                continue
            if worker is None:
                arena = arena_for(first)
                worker, loaded = runner.spawn("reference", tree_mb(first.expected) + len(first.blob) / 2**20,
                                              arena=arena)
                if loaded.status != Status.DONE:
                    raise ProblemError(f"{problem.slug}: the reference worker did not load ({loaded.status})")
            fn, handoff = [], []
            for _ in range(calls):
                res = runner.call(worker, first, max(runner.call_limit(first) * 3, 10.0))
                if res.status != Status.DONE or res.fn_s is None:
                    raise ProblemError(f"{problem.slug}: the reference worker failed on {case.name} ({res.status})")
                fn.append(res.fn_s)
                handoff.append(max(grade.own_time(res) - res.fn_s, 0.0))  # not the time it waited for a CPU
            work, moving = float(np.median(fn[1:])), float(np.median(handoff[1:]))
            if runner.device == "cpu" and work < MIN_WORK_S:
                out.append((what, False, f"the reference takes {work * 1e3:.2f} ms a call; a timing case needs "
                                         f"at least {MIN_WORK_S * 1e3:g} ms of work to be measured"))
            elif moving > MAX_HANDOFF * work:
                out.append((what, False, f"moving the data across the sandbox costs {moving * 1e3:.1f} ms a call "
                                         f"against {work * 1e3:.1f} ms of work: the ratio would measure the copy"))
            else:
                out.append((what, True, f"{work * 1e3:.1f} ms of work, {moving * 1e3:.1f} ms hand-off"))
    finally:
        if worker is not None:
            worker.close()
        if arena is not None:
            os.close(arena)
    return out


def aa_checks(problem: Problem, session: Any, backend: str, seeds: tuple[int, ...] = AA_SEEDS
              ) -> list[tuple[str, bool, str]]:
    """The reference judged against itself (a full measurement per seed): every timing case
    must read within ``AA_BAND``, or the problem's speed verdicts would measure noise."""
    source = (problem.path / "reference.py").read_text(encoding="utf-8")
    seen: dict[str, list[float]] = {}
    for seed in seeds:
        r = grade.submit(problem, source, "reference.py", grade.Options(seed=seed, backend=backend), session=session)
        if r.speed is None:
            return [("A/A: the reference against itself", False, f"no speed measured: {_why(r)}")]
        for c in r.speed.cases:
            seen.setdefault(f"timing case {c.case} ({c.name})", []).append(c.ratio)
    lo, hi = AA_BAND
    return [(f"A/A of {name}", all(lo <= x <= hi for x in ratios),
             " ".join(f"{x:.3f}" for x in ratios) + ("" if all(lo <= x <= hi for x in ratios) else
                                                      f": outside {lo}–{hi}, too noisy to judge speed by"))
            for name, ratios in seen.items()]


def _why(r: Any) -> str:
    if r.failure is None:
        return str(r.verdict)
    where = f"case {r.failure.case} " if r.failure.case else ""
    return f"{r.verdict} {where}{r.failure.reason}"
