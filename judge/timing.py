"""Speed relative to the reference, measured where the submission cannot touch it.

Protocol (see TIMING.md for why each step is there):
- a fresh pair of workers, reference (A) and submission (B), forked from the
  same zygote every ``pair_s`` of measuring, so per-process bias averages out;
- each round: fresh inputs from the round's seed (generated here, outside any
  timed span), A and B in a random order, the submission's output checked here
  against the reference worker's (itself checked against the judge's own run of
  the reference on each pair's first input); while one side is timed the other is
  frozen (cgroup freezer, else SIGSTOP), so a submission's background threads
  or processes cannot slow the reference down; both share one pinned CPU;
- the reference's time is its time inside the function (a claim of the trusted
  reference worker; on CUDA its CUDA-event time); its hand-off (wall time minus
  that) is what moving the data costs. The submission's time is its own claim, but never less than the
  parent's wall time around its call minus 1.5 hand-offs of the reference: a
  submission that lies about its time, or does its work outside the function
  (lazily, in a thread), gains at most half a hand-off per call;
- rounds where either side was preempted (wall > 1.05 x CPU) are dropped on CPU;
- the score is the median of per-round B/A ratios per timing case, the geometric
  mean over cases, with a 95% cluster bootstrap (pairs, then rounds);
- stop at a pair boundary once the CI half-width is under the target with at
  least ``min_rounds`` and ``min_pairs``, or at the budget.
"""

from __future__ import annotations

import dataclasses
import math
import os
import random
import time
from dataclasses import dataclass

import numpy as np

from judge import harness
from judge.cases import Case, CaseStore, Prepared, blob_fd, tree_mb
from judge.problem import ProblemError
from judge.sandbox import CallResult, Worker
from judge.verdict import CaseSpeed, Failure, GroupResult, Speed, Verdict

WARMUP_S = 0.15
WARMUP_CALLS = 5
HANDOFF_SLACK = 1.5  # how many reference hand-offs a submission's wall time is allowed


@dataclass
class Round:
    pair: int
    case: int  # index among the timing cases
    ref_s: float
    sub_s: float
    ref_cpu: float
    sub_cpu: float
    ref_wall: float
    sub_wall: float
    disturbed: bool  # either side preempted (wall well above CPU)
    sub_waits: bool  # the submission's wall well above its CPU (sleeping, waiting)

    @property
    def ratio(self) -> float:
        return self.sub_s / self.ref_s


def _preempted(res: CallResult) -> bool:
    return res.cpu_s is not None and res.wall_s > 1.05 * res.cpu_s + 0.0005


def _call(worker: Worker, prepared: Prepared, limit: float, fd: int | None = None) -> CallResult:
    """One timed call; ``fd``: the round's input blob when it is sealed (shared by both sides)."""
    own = fd is None
    if own:
        fd = blob_fd(prepared.blob)
    try:
        return worker.call(fd, limit)
    finally:
        if own:
            os.close(fd)


def round_times(ref: CallResult, sub: CallResult) -> tuple[float, float]:
    """(reference seconds, submission seconds) of one round.

    The reference's own figure (its function's time, or its CUDA-event time) is
    trusted: it is trusted code. The submission's figure is a claim, believed only
    down to the judge's wall time around its call less 1.5 of the reference's hand-off
    (wall time minus own figure: what moving the data costs). Lying, or working outside
    the function, gains at most half a hand-off.
    """
    claim_r = ref.device_s if ref.device_s is not None else ref.fn_s
    claim_s = sub.device_s if sub.device_s is not None else sub.fn_s
    if claim_r is None:
        raise ValueError("the reference reported no time")
    handoff = max(ref.wall_s - claim_r, 0.0)
    return max(claim_r, 1e-7), max(claim_s or 0.0, sub.wall_s - HANDOFF_SLACK * handoff, 1e-7)


def bootstrap(rounds: list[Round], n_cases: int, *, samples: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """(estimate, lo, hi): geometric mean over cases of the median ratio, 95% cluster bootstrap."""
    def score(rs: list[tuple[int, float]]) -> float:
        logs = []
        for c in range(n_cases):
            vals = [r for case, r in rs if case == c]
            if vals:
                logs.append(math.log(float(np.median(vals))))
        return math.exp(sum(logs) / len(logs)) if logs else float("nan")

    pairs: dict[int, list[tuple[int, float]]] = {}
    for r in rounds:
        pairs.setdefault(r.pair, []).append((r.case, r.ratio))
    clusters = list(pairs.values())
    estimate = score([x for c in clusters for x in c])
    if len(rounds) < 2:
        return estimate, estimate, estimate
    rng = np.random.default_rng(seed)
    stats = []
    for _ in range(samples):
        picked = [clusters[i] for i in rng.integers(0, len(clusters), len(clusters))]
        sample = [c[j] for c in picked for j in rng.integers(0, len(c), len(c))]
        stats.append(score(sample))
    lo, hi = np.nanpercentile(stats, [2.5, 97.5])
    return estimate, float(lo), float(hi)


class Measurement:
    """One submission's timing run against the reference."""

    def __init__(self, runner, store: CaseStore, cases: list[Case], quick: bool) -> None:
        self.runner, self.store, self.cases = runner, store, cases
        t = runner.problem.timing
        self.quick = quick
        self.budget = 1.0 if quick else t.budget_s
        self.min_rounds = 3 if quick else t.min_rounds
        self.min_pairs = 1 if quick else t.min_pairs
        self.max_rounds = 5 if quick else t.max_rounds
        self.warmup_calls = 1 if quick else WARMUP_CALLS
        self.cpu = not runner.device.startswith("cuda")
        self.pair_s = t.pair_s if self.cpu else max(t.pair_s, 3.0)  # a new GPU process starts CUDA: pair less
        self.target = t.target_halfwidth
        self.rounds: list[Round] = []
        self.pairs = 0
        self.measured = 0.0  # seconds spent inside timed calls (the budget counts these)
        self.round_index = 0
        self.rng = random.Random(store.seed)
        self.group = GroupResult("timing", Verdict.AC, 0, len(cases))

    def _next(self, reference: bool) -> tuple[int, Prepared]:
        c = self.round_index % len(self.cases)
        prepared = self.store.timing_round(self.cases[c], self.round_index, reference=reference)
        self.round_index += 1
        return c, prepared

    def _fail(self, worker: Worker, prepared: Prepared, res: CallResult, limit: float) -> Failure | None:
        failure = self.runner.evaluate(worker, prepared, res, limit)
        if failure is not None:
            failure.name = f"{prepared.case.name} (timing round {self.round_index})"
        return failure

    def _reference_failed(self, res: CallResult, why: str = "") -> ProblemError:
        return ProblemError(f"{self.runner.problem.slug}: the reference worker failed a timing round "
                            f"({res.status}: {why or (res.error or {}).get('message', '')})")

    def run(self) -> tuple[GroupResult, Speed | None, Failure | None]:
        started = time.perf_counter()
        while True:
            failure = self._pair()
            if failure is not None:
                self.group.verdict = failure.verdict
                return self.group, None, failure
            wall = time.perf_counter() - started
            rounds = self._usable()
            if len(rounds) >= self.min_rounds and self.pairs >= self.min_pairs:
                est, lo, hi = bootstrap(rounds, len(self.cases))
                if (hi - lo) / 2 / est < self.target or self.measured >= self.budget:
                    break
                if self.quick and len(self.rounds) >= self.max_rounds:
                    break
            if len(self.rounds) >= self.max_rounds or wall >= 4 * self.budget:
                break
        return self._finish()

    def _pair(self) -> Failure | None:
        """One A/B pair: spawn, warm up, measure for ``pair_s``.

        The pair's first input is answered by the reference here, in the judge's own
        process, and the reference worker must agree; after that the reference worker's
        answers (trusted code, in a sandbox of its own, frozen while the submission
        runs) are the expected outputs of the rounds, compared here.
        """
        _, first = self._next(reference=True)
        out_mb = tree_mb(first.expected) + len(first.blob) / 2**20
        ref, loaded = self.runner.spawn("reference", out_mb)
        sub = None
        try:
            if loaded.status != "done":
                raise self._reference_failed(loaded, "it did not load")
            sub, loaded = self.runner.spawn("submission", out_mb)
            failure = self.runner.load_failure(sub, loaded)
            if failure is not None:
                return failure
            self.pairs += 1
            limit = self.runner.call_limit(first)
            for worker, is_ref in ((ref, True), (sub, False)):
                t0 = time.perf_counter()
                for _ in range(self.warmup_calls):
                    res = _call(worker, first, limit * 3 if is_ref else limit)
                    if is_ref:
                        if res.status != "done" or res.fn_s is None or self.runner.check(first, res.output):
                            raise self._reference_failed(res, "its answer differs from the judge's")
                    else:
                        failure = self._fail(sub, first, res, limit)
                        if failure is not None:
                            return failure
                    if time.perf_counter() - t0 >= WARMUP_S:
                        break
            spent = 0.0
            while spent < self.pair_s and len(self.rounds) < self.max_rounds:
                c, prepared = self._next(reference=False)
                order = [(ref, True), (sub, False)]
                if self.rng.random() < 0.5:
                    order.reverse()
                got: dict[bool, CallResult] = {}
                shared = blob_fd(prepared.blob)
                if not harness.sealed(shared):  # both sides may read one blob only if neither can change it
                    os.close(shared)
                    shared = None
                try:
                    for worker, is_ref in order:
                        other = sub if is_ref else ref
                        other.freeze(True)  # nothing of the other side runs beside this call
                        try:
                            got[is_ref] = _call(worker, prepared, limit * 3 if is_ref else limit, shared)
                        finally:
                            other.freeze(False)
                finally:
                    if shared is not None:
                        os.close(shared)
                r, s = got[True], got[False]
                if r.status != "done" or r.fn_s is None or r.unsupported is not None:
                    raise self._reference_failed(r)
                checked = dataclasses.replace(prepared, expected=r.output, ref_s=first.ref_s)
                failure = self._fail(sub, checked, s, limit)
                if failure is not None:
                    return failure
                self.group.max_time_s = max(self.group.max_time_s, s.wall_s)
                self.group.peak_memory_mb = max(self.group.peak_memory_mb, sub.peak_memory_mb())
                if s.gpu_peak:
                    self.group.peak_gpu_mb = max(self.group.peak_gpu_mb, s.gpu_peak / 2**20)
                ref_s, sub_s = round_times(r, s)
                self.rounds.append(Round(self.pairs, c, ref_s, sub_s, r.cpu_s or 0.0, s.cpu_s or 0.0,
                                         r.wall_s, s.wall_s, self.cpu and (_preempted(r) or _preempted(s)),
                                         self.cpu and _preempted(s)))
                spent += r.wall_s + s.wall_s
                self.measured += r.wall_s + s.wall_s
                multiplier = self.runner.problem.limits.time_multiplier
                recent = [x.ratio for x in self.rounds if not x.disturbed][-3:]
                if len(recent) == 3 and float(np.median(recent)) > 3 * multiplier:
                    return self._too_slow(prepared, float(np.median(recent)))
            return None
        finally:
            ref.close()
            if sub is not None:
                sub.close()

    def _too_slow(self, prepared: Prepared, ratio: float) -> Failure:
        multiplier = self.runner.problem.limits.time_multiplier
        return Failure(Verdict.TLE, prepared.case.number, "timing", prepared.case.name,
                       f"{ratio:.1f}× the reference's time, over the limit of {multiplier:g}×")

    def _usable(self) -> list[Round]:
        """Rounds without preemption, unless the submission itself waits (then all of them)."""
        if not self.rounds:
            return []
        waits = sum(r.sub_waits for r in self.rounds) / len(self.rounds)
        clean = [r for r in self.rounds if not r.disturbed]
        if waits >= 0.5 or len(clean) < max(3, len(self.rounds) // 2):
            return self.rounds
        return clean

    def _finish(self) -> tuple[GroupResult, Speed | None, Failure | None]:
        rounds = self._usable()
        est, lo, hi = bootstrap(rounds, len(self.cases))
        per_case = []
        for c, case in enumerate(self.cases):
            rs = [r for r in rounds if r.case == c]
            if not rs:
                continue
            e, low, high = bootstrap([dataclasses.replace(r, case=0) for r in rs], 1, samples=300)
            per_case.append(CaseSpeed(case.number, case.name, e, low, high, len(rs),
                                      float(np.median([r.ref_s for r in rs])) * 1e3,
                                      float(np.median([r.sub_s for r in rs])) * 1e3))
        speed = Speed(ratio=est, lo=lo, hi=hi, rounds=len(rounds), pairs=self.pairs, cases=per_case,
                      noisy=(hi - lo) / 2 / est > 0.03, clock="wall" if self.cpu else "cuda")
        cpu = [r.sub_cpu / r.ref_cpu for r in rounds if r.ref_cpu > 0 and r.sub_cpu > 0]
        if cpu and self.cpu:
            speed.cpu_ratio = float(np.median(cpu))
            cores = float(np.median([r.sub_cpu / r.sub_wall for r in rounds]))
            ref_cores = float(np.median([r.ref_cpu / r.ref_wall for r in rounds]))
            if cores > 1.3 and cores > 1.2 * ref_cores:
                speed.flags.append(f"used about {cores:.1f} cores (CPU time / wall time); "
                                   "the reference uses one")
        if sum(r.sub_waits for r in self.rounds) >= len(self.rounds) / 2:
            speed.flags.append("its wall time is well above its CPU time (sleeping or waiting)")
        t = self.runner.problem.timing
        if est < t.fastest_plausible:
            speed.flags.append(f"implausibly fast ({1 / est:.1f}× faster than the reference): review")
        self.group.passed = len(self.cases)
        multiplier = self.runner.problem.limits.time_multiplier
        if est > multiplier:
            self.group.verdict = Verdict.TLE
            worst = max(per_case, key=lambda c: c.ratio)
            failure = Failure(Verdict.TLE, worst.case, "timing", worst.name,
                              f"{est:.2f}× the reference's time (95% CI {lo:.2f}–{hi:.2f}), "
                              f"over the limit of {multiplier:g}×")
            return self.group, speed, failure
        return self.group, speed, None


def measure(runner, store: CaseStore, cases: list[Case], quick: bool = False
            ) -> tuple[GroupResult, Speed | None, Failure | None]:
    return Measurement(runner, store, cases, quick).run()
