"""Speed relative to the reference, measured where the submission cannot touch it.

Protocol (benchmarks/RESULTS.md has the measurements behind each step):
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
- where the problem allows it (``timing.overlap``), the judge's own work (the next
  round's inputs, the comparison of the last round's output) is done meanwhile, on
  a CPU the workers do not use (``Ahead``); a wrong answer found there ends the
  measurement a round later;
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
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from judge import cpus, grade, harness
from judge.cases import Case, CaseStore, Prepared, blob_fd, tree_mb
from judge.problem import ProblemError
from judge.sandbox import CallResult, Child
from judge.verdict import CaseSpeed, Failure, FailureKind, GroupResult, Speed, Status, Verdict

if TYPE_CHECKING:
    from judge.compare import Mismatch
    from judge.problem import Problem


class Judges(Protocol):
    """What a measurement needs of the grader (``grade.Runner``): its children, their calls,
    and the verdict of a call. Nothing of its sandbox."""

    problem: Problem
    device: str
    say: Callable[[str], None] | None

    def spawn(self, role: str, data_mb: float = 0, cpu: int | None = None, arena: int | None = None
              ) -> tuple[Child, CallResult]: ...

    def call(self, worker: Child, prepared: Prepared, limit: float, fd: int | None = None) -> CallResult: ...

    def call_limit(self, prepared: Prepared) -> float: ...

    def load_failure(self, worker: Child, loaded: CallResult) -> Failure | None: ...

    def evaluate(self, worker: Child, prepared: Prepared, res: CallResult, limit: float,
                 values: bool = True) -> Failure | None: ...

    def check(self, prepared: Prepared, got: Any) -> Mismatch | None: ...

    def wrong(self, worker: Child | None, prepared: Prepared, mismatch: Mismatch) -> Failure: ...

WARMUP_S = 0.15
WARMUP_CALLS = 5
SWITCH_S = 0.0002  # the interpreter's thread switch interval while measuring (default 5 ms)
HANDOFF_SLACK = 1.5  # how many reference hand-offs a submission's wall time is allowed
ROUNDS_PER_PAIR = 16  # a pair ends after this many rounds (or pair_s of measuring): more pairs, fewer rounds
EXTEND = 2  # an undecided measurement may go on to this many times its budget (and round cap)


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
    sub_waits: bool  # the submission itself sleeps or blocks (not the machine's load: ``_sleeps``)

    @property
    def ratio(self) -> float:
        return self.sub_s / self.ref_s


def _preempted(res: CallResult) -> bool:
    return res.cpu_s is not None and res.wall_s > 1.05 * res.cpu_s + 0.0005


def _sleeps(sub: CallResult, ref: CallResult) -> bool:
    """The submission's own waiting (sleeping, blocking), not the machine's: wall time beyond
    its CPU time and beyond the time it sat runnable without a CPU (the kernel's run-queue
    figure; without it, only when the reference beside it in the round was not held up)."""
    if sub.cpu_s is None:
        return False
    if sub.waited_s is not None:
        return sub.wall_s - sub.cpu_s - sub.waited_s > 0.05 * sub.wall_s + 0.0005
    return _preempted(sub) and not _preempted(ref)


def _claim(res: CallResult) -> float | None:
    """A call's own figure for its time, if it is one: finite, not negative, within the wall
    time the judge saw around the call (anything else is no claim at all)."""
    value = res.device_s if res.device_s is not None else res.fn_s
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    if not math.isfinite(value) or value < 0 or value > res.wall_s:
        return None
    return value


def round_times(ref: CallResult, sub: CallResult) -> tuple[float, float]:
    """(reference seconds, submission seconds) of one round.

    The reference's own figure (its function's time, or its CUDA-event time) is
    trusted: it is trusted code. The submission's figure is a claim, believed only
    down to the judge's wall time around its call less 1.5 of the reference's hand-off
    (wall time minus own figure: what moving the data costs), and down to the CPU time its
    process spent on the request less 1.5 of the reference's hand-off in CPU. Lying, or
    working outside the function, gains at most half a hand-off; a claim that is not a finite
    time within the call's wall time counts as none (its wall time less the same allowance).
    Wall times are taken net of run-queue waits, so the machine's load moves neither.

    (Timing both sides on the judge's clock alone, wall time less the reference's median
    hand-off, was measured as well: A/A intervals 3-10x wider on memory-bound problems,
    benchmarks/RESULTS.md. ``judge verify`` keeps hand-offs under twice the work instead.)
    """
    claim_r = _claim(ref)
    if claim_r is None:
        raise ValueError("the reference reported no time")
    # the machine's load is no one's hand-off: each side's wall time is taken net of the time
    # it sat runnable without a CPU (the kernel's run-queue figure), so a reference held up by
    # load does not widen the allowance a liar is granted, nor a submission held up lose by it
    handoff = max(ref.wall_s - (ref.waited_s or 0.0) - claim_r, 0.0)
    floor = sub.wall_s - (sub.waited_s or 0.0) - HANDOFF_SLACK * handoff
    if sub.cpu_s is not None and ref.cpu_s is not None:
        # and no less than the CPU time its process (all its threads) spent on the request,
        # less the same allowance in CPU: what load cannot lower, nor waiting hide
        floor = max(floor, sub.cpu_s - HANDOFF_SLACK * max(ref.cpu_s - claim_r, 0.0))
    claim_s = _claim(sub)
    return max(claim_r, 1e-7), max(claim_s if claim_s is not None else floor, floor, 1e-7)


def _medians(values: np.ndarray) -> np.ndarray:
    """Median of each row, NaN entries left out (NaN where a row has none)."""
    v = np.sort(values, axis=-1)  # NaN sorts last
    n = np.sum(~np.isnan(v), axis=-1)
    lo = np.take_along_axis(v, np.maximum((n - 1) // 2, 0)[..., None], -1)[..., 0]
    hi = np.take_along_axis(v, (n // 2)[..., None], -1)[..., 0]
    return np.where(n > 0, (lo + hi) / 2, np.nan)


def _score(cases: np.ndarray, ratios: np.ndarray, n_cases: int) -> np.ndarray:
    """Geometric mean over cases of the median ratio, per row (NaN ratios: not drawn)."""
    with np.errstate(invalid="ignore"):
        logs = np.stack([np.log(_medians(np.where(cases == c, ratios, np.nan))) for c in range(n_cases)], -1)
        present = ~np.isnan(logs)
        return np.exp(np.where(present, logs, 0).sum(-1) / np.maximum(present.sum(-1), 1)) \
            * np.where(present.any(-1), 1, np.nan)


def bootstrap(rounds: list[Round], n_cases: int, *, samples: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """(estimate, lo, hi): geometric mean over cases of the median ratio, 95% cluster bootstrap
    (draw pairs with replacement, then rounds within each drawn pair)."""
    if not rounds:
        return float("nan"), float("nan"), float("nan")
    by_pair: dict[int, list[Round]] = {}
    for r in rounds:
        by_pair.setdefault(r.pair, []).append(r)
    clusters = list(by_pair.values())
    case = np.array([r.case for c in clusters for r in c])
    ratio = np.array([r.ratio for c in clusters for r in c], dtype=np.float64)
    estimate = float(_score(case, ratio, n_cases))
    if len(rounds) < 2:
        return estimate, estimate, estimate
    rng = np.random.default_rng(seed)
    sizes = np.array([len(c) for c in clusters])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    picked = rng.integers(0, len(clusters), (samples, len(clusters)))
    size = sizes[picked][..., None]  # (samples, clusters, 1)
    slot = np.arange(sizes.max())
    index = starts[picked][..., None] + (rng.random((*picked.shape, len(slot))) * size).astype(np.int64)
    drawn = (slot < size).reshape(samples, -1)
    index = index.reshape(samples, -1)
    stats = _score(case[index], np.where(drawn, ratio[index], np.nan), n_cases)
    lo, hi = np.nanpercentile(stats, [2.5, 97.5])
    return estimate, float(lo), float(hi)


def arena_for(prepared: Prepared) -> int:
    """A reply arena with room for answers up to twice the size of ``prepared``'s expected one
    (rounds may draw their sizes); a larger answer travels in a file of its own."""
    return harness.new_arena(int(tree_mb(prepared.expected) * 2**20 * 2) + (1 << 20))


def decide(lo: float, hi: float, limit: float, pairs: int) -> str:
    """What an interval proves against the limit: ``"TLE"`` (wholly above it, over at least
    two process pairs: one pair's bias is no proof), ``"AC"`` (wholly at or below it), or
    ``"open"`` (it straddles the limit, or rests on one pair)."""
    if lo > limit and pairs >= 2:
        return "TLE"
    if hi <= limit:
        return "AC"
    return "open"


class _Now:
    """A future computed when asked for (what ``Ahead`` hands out where it has no CPU)."""

    def __init__(self, fn: Callable[..., Any], args: tuple) -> None:
        self.fn, self.args = fn, args

    def result(self) -> Any:
        return self.fn(*self.args)

    def cancel(self) -> bool:
        return True

    def done(self) -> bool:
        return True


class Ahead:
    """The trusted side's own work, done ahead on a CPU the workers do not use while they
    run: the next round's inputs (generated, encoded, sealed) and the comparison of the
    last round's output. Where the workers have no CPU to themselves this would take
    time from the timed call, so the work is done when its result is asked for instead;
    and so it is unless the problem says ``timing: {overlap: true}``.

    Measured here (benchmarks/RESULTS.md): A/A ratios as tight as without it, a third less
    wall time; but the burst of work lands mostly beside the first call of a round, and on
    softmax and conv2d it pulled a true 2x ratio down by 3-6 %. On by choice, where a
    problem's discrimination benchmark shows no such pull (nms, attention)."""

    def __init__(self, wanted: bool) -> None:
        self.pool: ThreadPoolExecutor | None = None
        self.lease = cpus.try_acquire() if wanted and hasattr(os, "sched_setaffinity") else None
        if self.lease is not None:  # a CPU of its own, leased like the workers' (never waited for)
            self.pool = ThreadPoolExecutor(1, "mljudge-ahead", initializer=os.sched_setaffinity,
                                           initargs=(0, {self.lease.cpu}))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future | _Now:
        return self.pool.submit(fn, *args) if self.pool is not None else _Now(fn, args)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.lease is not None:
            self.lease.release()


class Measurement:
    """One submission's timing run against the reference."""

    def __init__(self, runner: Judges, store: CaseStore, cases: list[Case], quick: bool,
                 rounds: int | None = None) -> None:
        self.runner, self.store, self.cases = runner, store, cases
        t = runner.problem.timing
        self.quick = quick
        self.budget = 1.0 if quick else t.budget_s
        self.min_rounds = 6 if quick else t.min_rounds
        self.min_pairs = 2 if quick else t.min_pairs  # per-process bias: never a verdict on one pair
        self.max_rounds = 12 if quick else t.max_rounds
        # while undecided, quick measures on as far as a full measurement would: short when the
        # verdict is plain, never cut short into an uncertain AC (a busy machine needs more rounds)
        self.give_up_s, self.give_up_rounds = EXTEND * t.budget_s, EXTEND * t.max_rounds
        self.per_pair = 3 if quick else ROUNDS_PER_PAIR
        self.warmup_calls = 1 if quick else WARMUP_CALLS
        # ``rounds``: just this many rounds in one pair, no verdict on the ratio (scaling.py's
        # points: a slope, not a ratio, is what they carry)
        self.fixed = rounds
        if rounds is not None:
            self.min_rounds = self.max_rounds = self.per_pair = rounds
            self.min_pairs, self.warmup_calls = 1, 1
            self.give_up_rounds = EXTEND * rounds
        self.cpu = not runner.device.startswith("cuda")
        self.pair_s = t.pair_s if self.cpu else max(t.pair_s, 3.0)  # a new GPU process starts CUDA: pair less
        self.target = t.target_halfwidth
        self.rounds: list[Round] = []
        self.pairs = 0
        self.measured = 0.0  # seconds spent inside timed calls (the budget counts these)
        self.round_index = 0
        self.rng = random.Random(store.seed)
        self.group = GroupResult("timing", Verdict.AC, 0, len(cases))
        self.ref_peak_mb = 0.0  # the reference workers' peak memory
        self.ahead = Ahead(False)  # the real one is made once this measurement holds its CPU
        self.cpu_lease: cpus.Lease | None = None
        self.starved = 0  # timed calls cut off while the machine kept them off the CPU
        self.arenas: dict[bool, int] = {}  # reference?: the reply arena of that side's workers
        self._queued: dict[bool, Any] = {}  # reference?: the next inputs of that kind, being prepared
        # comparisons under way: (future mismatch, worker, inputs, is the reference)
        self._checks: list[tuple[Any, Child, Prepared, bool]] = []

    def _prepare(self, c: int, r: int, reference: bool) -> tuple[int, int, Prepared]:
        return c, r, self.store.timing_round(self.cases[c], r, reference=reference)

    def _next(self, reference: bool) -> tuple[int, int, Prepared]:
        """(timing case, round index, inputs) of the next round; the one after it is
        prepared meanwhile."""
        fut = self._queued.pop(reference, None) or self._queue(reference)
        self._queued[reference] = self._queue(reference)
        return fut.result()

    def _queue(self, reference: bool) -> Any:
        r = self.round_index
        self.round_index += 1
        return self.ahead.submit(self._prepare, r % len(self.cases), r, reference)

    def _check(self, worker: Child, prepared: Prepared, output: Any, reference: bool = False) -> None:
        """Compare ``output`` with what ``prepared`` expects, meanwhile; ``settle`` gives the verdict."""
        self._checks.append((self.ahead.submit(self.runner.check, prepared, output), worker, prepared, reference))

    def _settle(self, wait: bool = True) -> Failure | None:
        """The first wrong answer among the comparisons done (all of them when ``wait``)."""
        while self._checks and (wait or self._checks[0][0].done()):
            fut, worker, prepared, reference = self._checks.pop(0)
            mismatch = fut.result()
            if mismatch is not None:
                self._checks.clear()
                if reference:
                    raise ProblemError(f"{self.runner.problem.slug}: the reference worker's answer differs "
                                       f"from the judge's ({mismatch.describe().splitlines()[0]})")
                return self.runner.wrong(worker, prepared, mismatch)
        return None

    def _named(self, prepared: Prepared, r: int) -> Prepared:
        spec = dataclasses.replace(prepared.case.spec, name=f"{prepared.case.spec.name} (timing round {r})")
        return dataclasses.replace(prepared, case=dataclasses.replace(prepared.case, spec=spec))

    def _reference_failed(self, res: CallResult, why: str = "") -> ProblemError:
        return ProblemError(f"{self.runner.problem.slug}: the reference worker failed a timing round "
                            f"({res.status}: {why or (res.error or {}).get('message', '')})")

    def run(self) -> tuple[GroupResult, Speed | None, Failure | None]:
        """Measure on a CPU leased for this measurement alone: both workers and this thread
        run there, and no other judge on the machine times there meanwhile."""
        self.cpu_lease = cpus.acquire(say=self.runner.say)
        switch = sys.getswitchinterval()
        try:
            with cpus.pinned({self.cpu_lease.cpu}):
                self.ahead = Ahead(self.runner.problem.timing.overlap)
                if self.ahead.pool is not None:  # a reply waits at most this long for the other thread
                    sys.setswitchinterval(SWITCH_S)
                return self._run()
        finally:
            sys.setswitchinterval(switch)
            for fut in self._queued.values():
                fut.cancel()
            self.ahead.close()
            self.cpu_lease.release()
            for fd in self.arenas.values():
                os.close(fd)

    def _run(self) -> tuple[GroupResult, Speed | None, Failure | None]:
        """Pairs until the figure can carry a verdict: stop once the interval lies on one side
        of the limit and is tight enough (or lies wholly above it: TLE needs no precision);
        at the budget, stop if the verdict is decided, else measure on up to ``EXTEND``
        times the budget; whatever is left straddling the limit is AC, marked uncertain."""
        started = time.perf_counter()
        limit = self.runner.problem.limits.time_multiplier
        while True:
            failure = self._pair()
            if failure is not None:
                self.group.verdict = failure.verdict
                return self.group, None, failure
            wall = time.perf_counter() - started
            if self.fixed is not None and len(self.rounds) >= self.fixed:
                break
            rounds = self._usable()
            pairs = len({r.pair for r in rounds})
            if len(rounds) >= self.min_rounds and pairs >= self.min_pairs:
                est, lo, hi = bootstrap(rounds, len(self.cases))
                verdict = decide(lo, hi, limit, pairs)
                decided = verdict != "open"
                precise = (hi - lo) / 2 / est < self.target
                if decided and (precise or verdict == "TLE" or self.measured >= self.budget):
                    break
                if self.quick and decided:  # quick: enough to tell TLE from AC, no more
                    break
                if self.measured >= self.give_up_s:
                    break
            # slow calls on a loaded machine: the wall-clock cap waits for the pairs a verdict needs
            cap = 4 if self.pairs >= self.min_pairs else 8
            if len(self.rounds) >= self.give_up_rounds or wall >= cap * self.give_up_s:
                break
        return self._finish()

    def _pair(self) -> Failure | None:
        """One A/B pair: spawn, warm up, measure for ``pair_s``.

        The pair's first input is answered by the reference here, in the judge's own
        process, and the reference worker must agree; after that the reference worker's
        answers (trusted code, in a sandbox of its own, frozen while the submission
        runs) are the expected outputs of the rounds, compared here, meanwhile.
        """
        _, r0, first = self._next(reference=True)
        first = self._named(first, r0)
        out_mb = tree_mb(first.expected) + len(first.blob) / 2**20
        cpu = self.cpu_lease.cpu if self.cpu_lease is not None else None
        if not self.arenas:  # one per side, kept across pairs: their pages are touched once, here
            self.arenas = {side: arena_for(first) for side in (True, False)}
        ref, loaded = self.runner.spawn("reference", out_mb, cpu, self.arenas[True])
        sub = None
        try:
            if loaded.status != Status.DONE:
                raise self._reference_failed(loaded, "it did not load")
            sub, loaded = self.runner.spawn("submission", out_mb, cpu, self.arenas[False])
            failure = self.runner.load_failure(sub, loaded)
            if failure is not None:
                return failure
            self.pairs += 1
            limit = self.runner.call_limit(first)
            for worker, is_ref in ((ref, True), (sub, False)):
                t0 = time.perf_counter()
                for _ in range(self.warmup_calls):
                    res = self.runner.call(worker, first, limit * 3 if is_ref else limit)
                    if is_ref:
                        if res.status != Status.DONE or res.fn_s is None:
                            raise self._reference_failed(res, "it did not answer")
                    else:
                        failure = self.runner.evaluate(sub, first, res, limit, values=False)
                        if failure is not None:
                            return failure
                    self._check(worker, first, res.output, reference=is_ref)
                    if time.perf_counter() - t0 >= WARMUP_S:
                        break
            spent, done = 0.0, 0
            while spent < self.pair_s and done < self.per_pair and len(self.rounds) < self.give_up_rounds:
                done += 1
                c, r_index, prepared = self._next(reference=False)
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
                            got[is_ref] = self.runner.call(worker, prepared, limit * 3 if is_ref else limit, shared)
                        finally:
                            other.freeze(False)
                finally:
                    if shared is not None:
                        os.close(shared)
                r, s = got[True], got[False]
                if grade.starved(r, limit * 3) or grade.starved(s, limit):  # the machine's fault: a new pair
                    self.starved += 1
                    if self.starved > grade.RETRIES:
                        return Failure(Verdict.IE, prepared.case.number, "timing", prepared.case.name,
                                       "the machine kept the timed calls off the CPU again and again: "
                                       "too busy to measure", kind=FailureKind.BUSY)
                    return self._settle()
                if r.status != Status.DONE or r.fn_s is None or r.unsupported is not None:
                    raise self._reference_failed(r)
                checked = self._named(dataclasses.replace(prepared, expected=r.output, ref_s=first.ref_s), r_index)
                failure = self.runner.evaluate(sub, checked, s, limit, values=False) or self._settle(wait=False)
                if failure is not None:
                    return failure
                self._check(sub, checked, s.output)
                self.group.max_time_s = max(self.group.max_time_s, s.wall_s)
                self.group.peak_memory_mb = max(self.group.peak_memory_mb, sub.peak_memory_mb())
                self.ref_peak_mb = max(self.ref_peak_mb, ref.peak_memory_mb())
                if s.gpu_peak:
                    self.group.peak_gpu_mb = max(self.group.peak_gpu_mb, s.gpu_peak / 2**20)
                ref_s, sub_s = round_times(r, s)
                self.rounds.append(Round(self.pairs, c, ref_s, sub_s, r.cpu_s or 0.0, s.cpu_s or 0.0,
                                         r.wall_s, s.wall_s, self.cpu and (_preempted(r) or _preempted(s)),
                                         self.cpu and _sleeps(s, r)))
                spent += r.wall_s + s.wall_s
                self.measured += r.wall_s + s.wall_s
            return self._settle()
        finally:
            self._checks.clear()
            ref.close()
            if sub is not None:
                sub.close()

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
                      noisy=(hi - lo) / 2 / est > 0.03, clock="wall" if self.cpu else "cuda",
                      cpu=self.cpu_lease.cpu if self.cpu_lease is not None else None)
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
        if self.fixed is not None:
            return self.group, speed, None
        multiplier = self.runner.problem.limits.time_multiplier
        pairs = len({r.pair for r in rounds})
        verdict = decide(lo, hi, multiplier, pairs)
        if verdict == "TLE":
            self.group.verdict = Verdict.TLE
            worst = max(per_case, key=lambda c: c.ratio)
            failure = Failure(Verdict.TLE, worst.case, "timing", worst.name,
                              f"{est:.2f}× the reference's time (95% CI {lo:.2f}–{hi:.2f}), "
                              f"over the limit of {multiplier:g}×", kind=FailureKind.TOO_SLOW)
            return self.group, speed, failure
        if verdict == "open" and (pairs < self.min_pairs or len(rounds) < self.min_rounds) and est > multiplier:
            # cut off before the least a verdict rests on, the figure so far over the limit: an
            # uncertain AC would let slow code pass because the machine was busy
            self.group.verdict = Verdict.IE
            worst = max(per_case, key=lambda c: c.ratio)
            return self.group, speed, Failure(
                Verdict.IE, worst.case, "timing", worst.name,
                f"too busy to measure: {len(rounds)} rounds in {pairs} process pair(s) before the time "
                f"ran out ({est:.2f}× the reference's time so far, over the limit of {multiplier:g}×; "
                f"a verdict needs {self.min_rounds} rounds in {self.min_pairs} pairs)", kind=FailureKind.BUSY)
        if verdict == "open":
            speed.uncertain = (f"the 95% interval {lo:.2f}–{hi:.2f} reaches over the limit of {multiplier:g}× "
                               f"after {len(rounds)} rounds in {self.pairs} process pairs: not enough to "
                               "prove it too slow, so it is accepted; the figure is uncertain")
        return self.group, speed, None


def measure(runner: Judges, store: CaseStore, cases: list[Case], quick: bool = False
            ) -> tuple[GroupResult, Speed | None, Failure | None]:
    return Measurement(runner, store, cases, quick).run()
