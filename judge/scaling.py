"""How a solution's cost grows with its input (``judge submit --scaling``).

A problem declares ``scaling:`` in problem.yaml (problem.Scaling): the generator keyword(s)
to grow and a geometric series of sizes. At each size, reference and submission are timed
in the speed protocol's own way (timing.Measurement: one fresh process pair on a leased CPU,
interleaved rounds, fresh inputs every round, every output checked), and each side's peak
memory is read from outside its process. Log-log slopes give the exponents, with a bootstrap
interval over the rounds; a time exponent clearly above the reference's is a finding shown
with the verdict, and TLE where the problem says ``verdict: true``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from judge.cases import Case, CaseStore, case_seed
from judge.problem import Problem, TestSpec
from judge.verdict import Exponent, Failure, FailureKind, ScalingPoint, ScalingResult, Verdict

ROUNDS = 5  # timed rounds per size (one process pair): enough for a median, cheap enough for 5 sizes
WORSE_BY = 0.3  # a time exponent this much above the reference's (and outside its interval) is worse
MEMORY_FLOOR_MB = 8.0  # peaks under this are the harness's and the allocator's (2-5 MiB seen), not fitted
BOOTSTRAP = 1000
# a known submission of the wrong complexity says so: "# scaling: time, memory — why", then "# 规模：…"
HEADER = re.compile(r"\A# scaling:\s*(?P<what>(?:time|memory)(?:\s*,\s*(?:time|memory))?)\s+[—-]\s+(?P<en>[^\n]+)\n"
                    r"# 规模：(?P<zh>[^\n]+)\n")


def declared(source: str) -> set[str] | None:
    """What a known submission says grows faster than the reference's ("time", "memory"), or None."""
    m = HEADER.match(source)
    return {w.strip() for w in m["what"].split(",")} if m else None


def slope(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The least-squares slope of log(value) on log(size)."""
    x, y = np.log(np.asarray(sizes, float)), np.log(np.asarray(values, float))
    x = x - x.mean()
    return float((x * (y - y.mean())).sum() / (x * x).sum())


def fit(sizes: Sequence[float], samples: Sequence[Sequence[float]], *, boots: int = BOOTSTRAP,
        seed: int = 0) -> Exponent:
    """The exponent of ``samples[i]`` (several measurements at ``sizes[i]``) as a power of size:
    the slope through each size's median, and a 95% bootstrap interval (each size's
    measurements resampled)."""
    if len(sizes) < 2 or len(sizes) != len(samples) or any(len(s) == 0 for s in samples):
        raise ValueError("an exponent needs measurements at two sizes or more")
    value = slope(sizes, [float(np.median(s)) for s in samples])
    rng = np.random.default_rng(seed)
    arrays = [np.asarray(s, float) for s in samples]
    boot = np.empty(boots)
    for b in range(boots):
        boot[b] = slope(sizes, [np.median(a[rng.integers(0, len(a), len(a))]) for a in arrays])
    lo, hi = np.percentile(boot, [2.5, 97.5])
    return Exponent(value, float(min(lo, value)), float(max(hi, value)))


def store_for(problem: Problem, seed: int) -> tuple[CaseStore, list[Case]]:
    """A case store holding one timing case per declared size (fresh inputs each round)."""
    spec = problem.scaling
    assert spec is not None
    store = CaseStore(problem, seed, disk=False)
    cases = []
    for i, n in enumerate(spec.sizes):
        params = {**spec.case, **dict.fromkeys(spec.params, n)}
        test = TestSpec("timing", 1000 + i, params, f"scaling {'='.join(spec.params)}={n}")
        cases.append(Case(len(store.cases) + 1 + i, test, case_seed(problem.slug, seed, "scaling", i)))
    store.cases = store.cases + cases
    return store, cases


def measure(runner: Any, problem: Problem, seed: int) -> tuple[ScalingResult, Failure | None]:
    """Reference and submission at every declared size, smallest first; a size where the
    submission runs over the time or memory limit ends the series (the sizes may exceed the
    tests': that is a finding, not a verdict). A wrong answer or an exception there is the
    submission's failure like any other."""
    from judge.timing import Measurement

    spec = problem.scaling
    assert spec is not None
    store, cases = store_for(problem, seed)
    points: list[ScalingPoint] = []
    ref_rounds: list[list[float]] = []
    sub_rounds: list[list[float]] = []
    failure = None
    for case, n in zip(cases, spec.sizes):
        if runner.say is not None:
            runner.say(f"scaling: {'='.join(spec.params)}={n}")
        m = Measurement(runner, store, [case], quick=True, rounds=ROUNDS)
        _, _, failure = m.run()
        ref = [r.ref_s for r in m.rounds]
        if failure is not None:
            if failure.verdict == Verdict.TLE and failure.kind != FailureKind.BUSY:
                limit = runner.call_limit(store.timing_round(case, 0))
                points.append(ScalingPoint(n, _ms(ref), None, m.ref_peak_mb, None,
                                           f"over the per-call limit of {limit:.2f} s", limit))
                failure = None
            elif failure.verdict == Verdict.MLE:
                points.append(ScalingPoint(n, _ms(ref), None, m.ref_peak_mb, None,
                                           f"over the memory limit of {problem.limits.memory_mb} MiB"))
                failure = None
            break
        ref_rounds.append(ref)
        sub_rounds.append([r.sub_s for r in m.rounds])
        points.append(ScalingPoint(n, _ms(ref), _ms(sub_rounds[-1]), m.ref_peak_mb, m.group.peak_memory_mb))
    return judged(problem, points, ref_rounds, sub_rounds), failure


def _ms(times: list[float]) -> float | None:
    return float(np.median(times)) * 1e3 if times else None


def judged(problem: Problem, points: list[ScalingPoint], ref_rounds: list[list[float]],
           sub_rounds: list[list[float]]) -> ScalingResult:
    """The exponents of the points measured, and what they say."""
    spec = problem.scaling
    assert spec is not None
    measured = [p.size for p in points if p.sub_ms is not None]
    out = ScalingResult(param=spec.params[0], points=points, expected_time=list(spec.time))
    if len(measured) >= 2:
        out.ref_time = fit(measured, ref_rounds)
    if len(measured) >= 3:
        out.time = fit(measured, sub_rounds)
    out.ref_memory, out.memory = _memory_exponents(points)
    cut = next((p for p in points if p.sub_ms is None), None)
    ref = out.ref_time
    if out.time is not None and ref is not None:
        out.worse_time = out.time.lo > ref.hi and out.time.value >= ref.value + WORSE_BY
    if cut is not None and cut.cut_s is not None and len(measured) >= 1 and ref is not None:
        # cut off at the next size: its time grew at least this fast from the last size measured
        last = points[len(measured) - 1]
        out.time_at_least = math.log(cut.cut_s * 1e3 / last.sub_ms) / math.log(cut.size / last.size)
        out.worse_time = out.worse_time or out.time_at_least >= ref.hi + WORSE_BY
    if out.memory is not None and out.ref_memory is not None:
        peaks = [(p.ref_mb, p.sub_mb) for p in points if p.sub_mb is not None]
        largest = max(peaks, key=lambda p: p[1])
        out.worse_memory = (out.memory >= out.ref_memory + WORSE_BY
                            and largest[1] >= 2 * max(largest[0], MEMORY_FLOOR_MB))
    out.finding = finding(out)
    return out


def _memory_exponents(points: list[ScalingPoint]) -> tuple[float | None, float | None]:
    """Peak memory's exponents (reference, submission), each from the sizes where that side's
    peak stands clear of the allocator's noise; 0 for a side under it at every size (it does
    not grow measurably), None where a side has too few sizes above it to fit."""
    measured = [p for p in points if p.sub_mb is not None]

    def side(peaks: list[float]) -> float | None:
        big = [(p.size, mb) for p, mb in zip(measured, peaks) if mb >= MEMORY_FLOOR_MB]
        if not big:
            return 0.0 if len(measured) >= 3 else None
        if len(big) < 2:
            return None
        return slope([n for n, _ in big], [mb for _, mb in big])

    return side([p.ref_mb for p in measured]), side([p.sub_mb or 0.0 for p in measured])


def power(param: str, e: float) -> str:
    return f"{param}^{e:.1f}"


def finding(s: ScalingResult) -> str:
    """One sentence: how the submission's time (and memory) grows against the reference's."""
    p = s.param
    parts = []
    if s.time is not None and s.ref_time is not None:
        parts.append(f"time grows as {power(p, s.time.value)} (95% CI {s.time.lo:.1f}–{s.time.hi:.1f}; "
                     f"reference {power(p, s.ref_time.value)}, {s.ref_time.lo:.1f}–{s.ref_time.hi:.1f})")
    elif s.time_at_least is not None and s.ref_time is not None:
        parts.append(f"time grows at least as {power(p, s.time_at_least)} before the per-call limit cut it off "
                     f"(reference {power(p, s.ref_time.value)})")
    elif s.ref_time is not None and any(p.cut for p in s.points):
        parts.append(f"too few sizes before it ran {next(p.cut for p in s.points if p.cut)} to fit an exponent")
    else:
        parts.append("too few sizes measured to fit an exponent")
    if s.memory is not None and s.ref_memory is not None and (s.memory or s.ref_memory):
        parts.append(f"memory as {power(p, s.memory)} (reference {power(p, s.ref_memory)})")
    cut = next((q for q in s.points if q.cut), None)
    if cut is not None and s.time is not None:
        parts.append(f"at {p}={cut.size} it ran {cut.cut}")
    text = "; ".join(parts)
    worse = s.worse
    if worse:
        text += f": its {' and '.join(worse)} grow{'s' if len(worse) == 1 else ''} faster than the reference's"
    return text


def failure_of(problem: Problem, s: ScalingResult) -> Failure | None:
    """TLE for a worse time exponent where the problem makes the algorithm the point."""
    if problem.scaling is None or not problem.scaling.verdict or not s.worse_time:
        return None
    return Failure(Verdict.TLE, None, "timing", "scaling", f"the algorithm is the point here: {s.finding}",
                   kind=FailureKind.TOO_SLOW)


def text_chart(s: ScalingResult, width: int = 36, height: int = 9) -> list[str]:
    """Both sides' times on log-log axes in characters: r the reference, y yours, * both."""
    pts = [(p.size, p.ref_ms, p.sub_ms) for p in s.points]
    values = [v for _, r, y in pts for v in (r, y) if v]
    if len(pts) < 2 or not values:
        return []
    x0, x1 = math.log(pts[0][0]), math.log(pts[-1][0])
    y0, y1 = math.log(min(values)), math.log(max(values))
    grid = [[" "] * width for _ in range(height)]

    def put(n: int, v: float | None, mark: str) -> None:
        if not v:
            return
        col = round((math.log(n) - x0) / ((x1 - x0) or 1) * (width - 1))
        row = height - 1 - round((math.log(v) - y0) / ((y1 - y0) or 1) * (height - 1))
        grid[row][col] = "*" if grid[row][col] not in (" ", mark) else mark

    for n, r, y in pts:
        put(n, r, "r")
        put(n, y, "y")
    top, bottom = f"{max(values):.3g} ms", f"{min(values):.3g} ms"
    pad = max(len(top), len(bottom))
    lines = [f"{(top if i == 0 else bottom if i == height - 1 else ''):>{pad}} │{''.join(row)}"
             for i, row in enumerate(grid)]
    lines.append(f"{'':>{pad}} └{'─' * width}")
    left, right = f"{s.param}={pts[0][0]}", f"{pts[-1][0]}"
    lines.append(f"{'':>{pad}}  {left}{right:>{width - len(left)}}   (log-log; r reference, y yours)")
    return lines


def svg_chart(s: ScalingResult, width: int = 360, height: int = 220) -> str:
    """Both sides' times per size on log-log axes, as an SVG element (no script, no style)."""
    pts = [(p.size, p.ref_ms, p.sub_ms) for p in s.points]
    values = [v for _, r, y in pts for v in (r, y) if v]
    if len(pts) < 2 or not values:
        return ""
    left, right, top, bottom = 56, 22, 14, 40
    x0, x1 = math.log(pts[0][0]), math.log(pts[-1][0])
    y0, y1 = math.log(min(values)) - 0.1, math.log(max(values)) + 0.1

    def xy(n: float, v: float) -> tuple[float, float]:
        x = left + (math.log(n) - x0) / ((x1 - x0) or 1) * (width - left - right)
        y = height - bottom - (math.log(v) - y0) / ((y1 - y0) or 1) * (height - top - bottom)
        return round(x, 1), round(y, 1)

    out = [f'<svg class="scaling" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="time per call against {s.param}, log-log">',
           f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#888"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#888"/>']
    for n, _, _ in pts:
        x, _ = xy(n, min(values))
        out.append(f'<text x="{x}" y="{height - bottom + 14}" font-size="10" text-anchor="middle">{n}</text>')
    for v in (min(values), max(values)):
        _, y = xy(pts[0][0], v)
        out.append(f'<text x="{left - 4}" y="{y + 3}" font-size="10" text-anchor="end">{v:.3g} ms</text>')
    out.append(f'<text x="{(left + width - right) / 2}" y="{height - 6}" font-size="11" '
               f'text-anchor="middle">{s.param} (log)</text>')
    for idx, colour, label in ((1, "#777", "reference"), (2, "#1f6feb", "submission")):
        line = [xy(p[0], p[idx]) for p in pts if p[idx]]
        if not line:
            continue
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                   f'points="{" ".join(f"{x},{y}" for x, y in line)}"><title>{label}</title></polyline>')
        out += [f'<circle cx="{x}" cy="{y}" r="3" fill="{colour}"/>' for x, y in line]
        ly = top + 4 + 14 * (idx - 1)
        exp = s.ref_time if idx == 1 else s.time
        tag = f"{label}: {power(s.param, exp.value)}" if exp is not None else label
        out.append(f'<text x="{left + 8}" y="{ly + 8}" font-size="11" fill="{colour}">{tag}</text>')
    out.append("</svg>")
    return "".join(out)
