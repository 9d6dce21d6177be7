"""What one worker request amounts to: a pure function of what the parent saw.

The parent reads the facts (the reply, the clock, the kernel's and the cgroup's accounting);
``classify_load`` and ``classify_call`` turn them into a verdict with its kind and reason, or
None when nothing failed before the output is compared. Nothing here reads a process or a
file, so every rule is tested as a table (tests/test_classify.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from judge.sandbox import CallResult, Exit
from judge.verdict import VERDICT_OF, FailureKind, Status, Verdict, worker_kind

SIGKILL, SIGXCPU = 9, 24


@dataclass(frozen=True)
class Outcome:
    """A failed request: the verdict, why (the judge's words), and the details to show."""

    verdict: Verdict
    kind: FailureKind
    reason: str
    detail: str = ""
    exception: str = ""  # the exception's type name as the worker claimed it


@dataclass(frozen=True)
class Seen:
    """What the parent knows of a request besides its reply. Only what its status needs is
    read (an exit is waited for only when the worker died; the peak only after a reply)."""

    memory_mb: int  # the problem's limit, beyond the inputs and the output
    cpu_limit_s: float = 0.0  # the worker's RLIMIT_CPU
    exit: Exit | None = None  # how the worker ended (status died)
    oom_killed: bool = False  # (status died)
    peak_mb: float = 0.0  # (status done)
    allowed_mb: float = 0.0  # the limit plus the harness's copies of the inputs (status done)


def died(res: CallResult, seen: Seen, during: str) -> Outcome:
    """A worker that ended without a reply: killed for memory, out of CPU time, or a crash."""
    exit_ = seen.exit or Exit(None, None)
    if seen.oom_killed:
        return Outcome(Verdict.MLE, FailureKind.MEMORY, f"killed for memory: the limit is {seen.memory_mb} MiB "
                       f"beyond the inputs and the output (peak {seen.peak_mb:.0f} MiB)")
    if (exit_.signal == SIGKILL and (res.cpu_s or 0.0) >= seen.cpu_limit_s * 0.9) or exit_.signal == SIGXCPU:
        return Outcome(Verdict.TLE, FailureKind.CPU_TIME, "CPU time limit of the worker reached")
    return Outcome(Verdict.RE, FailureKind.CRASH, f"the process {exit_.describe()} {during}")


def classify_load(res: CallResult, seen: Seen, load_s: float) -> Outcome | None:
    """Loading the submission's module; None when it loaded (its signature is checked apart)."""
    if res.status == Status.DONE:
        return None
    if res.status == Status.RAISED:
        err = res.error or {}
        kind = worker_kind(err.get("kind"), loading=True)
        return Outcome(VERDICT_OF[kind], kind,
                       f"{kind}: {err.get('type', '')} {err.get('message', '')}".replace(":  ", ": ").strip(),
                       detail=err.get("traceback", ""), exception=err.get("type", ""))
    if res.status == Status.TIMEOUT:
        return Outcome(Verdict.TLE, FailureKind.SLOW_IMPORT, f"importing the submission took longer than {load_s:g} s")
    return died(res, seen, "while importing")


def classify_call(res: CallResult, seen: Seen, limit_s: float, ref_s: float,
                  output_mb: Callable[[], float] = lambda: 0.0) -> Outcome | None:
    """One call; None when it replied within its limits with plain data (the output's values
    are compared apart). ``output_mb``: the expected output's size, asked for only when the
    peak is over the limit (an output as large as expected may sit beside it)."""
    if res.status == Status.TIMEOUT:
        return Outcome(Verdict.TLE, FailureKind.CALL_TIME,
                       f"took longer than {limit_s:.2f} s (the reference took {ref_s * 1e3:.1f} ms)")
    if res.status == Status.DIED:
        return died(res, seen, "during the call")
    if res.status == Status.PROTOCOL:
        return Outcome(Verdict.RE, FailureKind.PROTOCOL,
                       f"broke the judge's protocol: {(res.error or {}).get('message', '')}")
    if res.status == Status.RAISED:
        err = res.error or {}
        kind = worker_kind(err.get("kind"), loading=False)
        reason = f"{err.get('type', 'Exception')}: {err.get('message', '')}"
        if kind == FailureKind.MEMORY:
            reason = f"out of memory ({reason}); limit {seen.memory_mb} MiB"
        return Outcome(VERDICT_OF[kind], kind, reason, detail=err.get("traceback", ""),
                       exception=err.get("type", ""))
    if seen.peak_mb > seen.allowed_mb and seen.peak_mb > seen.allowed_mb + 2 * output_mb():
        return Outcome(Verdict.MLE, FailureKind.MEMORY,
                       f"peak memory {seen.peak_mb:.0f} MiB over the limit of {seen.memory_mb} MiB")
    if res.unsupported is not None:
        return Outcome(Verdict.WA, FailureKind.NOT_PLAIN, f"returned {res.unsupported}, which is not plain data")
    return None
