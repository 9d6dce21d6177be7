"""Verdicts and the result of judging one submission."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Verdict(enum.StrEnum):
    AC = "AC"  # accepted
    WA = "WA"  # wrong answer: value, shape, dtype or type
    TLE = "TLE"  # time limit exceeded (one call, or the speed ratio)
    MLE = "MLE"  # memory limit exceeded
    RE = "RE"  # runtime error: an exception, a crash, an early exit
    CE = "CE"  # compile error: syntax, import, missing function, wrong signature
    FORBIDDEN = "FORBIDDEN"  # a forbidden call, named
    IE = "IE"  # internal error: the judge's fault, never the submission's
    SKIPPED = "SKIPPED"  # a group not run (after a compile error, or speed after a wrong answer)


# The folder under submissions/<slug>/ names the verdict its files must get.
FOLDERS = {
    "accepted": Verdict.AC,
    "wrong_answer": Verdict.WA,
    "time_limit": Verdict.TLE,
    "memory_limit": Verdict.MLE,
    "runtime_error": Verdict.RE,
    "compile_error": Verdict.CE,
    "forbidden": Verdict.FORBIDDEN,
}


@dataclass
class Failure:
    """The first failing case, explained."""

    verdict: Verdict
    case: int | None  # case number (``--case N``), None for load-time failures
    group: str | None
    name: str | None
    reason: str  # one line
    detail: str = ""  # traceback, diff, or the mismatch's numbers
    inputs: list[str] = field(default_factory=list)  # "boxes: float32[5, 4]", ...
    worst: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    reproduce: str = ""
    output: str = ""  # what the submission printed (first 64 KiB)
    kind: str = ""  # why, in the judge's own closed vocabulary (``KINDS``): never the submission's text
    exception: str = ""  # the exception's type name as the worker reported it (a claim: see ``shown_exception``)


# Why a case failed, decided by the judge. A page for candidates shows these words, never a
# reason's free text (which can hold what a submission chose: its exception's name and message).
KINDS = {
    "syntax error", "import error", "missing function", "wrong signature", "forbidden call",
    "exception while importing", "slow import", "wrong value", "wrong shape", "wrong dtype", "wrong type",
    "wrong structure", "not plain data", "exception", "crash", "broken protocol", "time limit per call",
    "CPU time limit", "too slow", "memory limit", "judge error", "machine too busy",
}
# Exception names shown to a candidate: Python's own, and a few of numpy's and torch's.
LIBRARY_EXCEPTIONS = {"LinAlgError", "AxisError", "OutOfMemoryError", "ComplexWarning"}


def shown_exception(name: str) -> str:
    """``name`` if it names a builtin or a well-known library exception, else "" (a submission
    may name its own exception class after anything, hidden inputs included)."""
    import builtins

    obj = getattr(builtins, name, None)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        return name
    return name if name in LIBRARY_EXCEPTIONS else ""


@dataclass
class GroupResult:
    name: str
    verdict: Verdict
    passed: int
    total: int
    max_time_s: float = 0.0  # slowest call on the parent's clock
    peak_memory_mb: float = 0.0
    peak_gpu_mb: float = 0.0  # the worker's claim (torch.cuda.max_memory_allocated), on CUDA


@dataclass
class CaseSpeed:
    case: int
    name: str
    ratio: float  # median of per-round submission/reference
    lo: float
    hi: float
    rounds: int
    ref_ms: float  # median reference time per call
    sub_ms: float


@dataclass
class Speed:
    """Submission time / reference time: geometric mean over timing cases, 95% CI."""

    ratio: float
    lo: float
    hi: float
    rounds: int
    pairs: int
    cases: list[CaseSpeed] = field(default_factory=list)
    cpu_ratio: float | None = None  # the same from the kernel's CPU accounting
    noisy: bool = False  # the CI stayed wider than ±3 %
    flags: list[str] = field(default_factory=list)  # for review: implausible speed, extra cores…
    clock: str = "wall"  # wall (parent's clock) | cuda (events, cross-checked)
    uncertain: str = ""  # why the figure cannot carry a verdict (its interval straddles the limit)
    cpu: int | None = None  # the CPU leased for the measurement (None on CUDA)

    def describe(self) -> str:
        """The ratio in words: "same speed" whenever the interval holds 1."""
        ci = f"95% CI {self.lo:.2f}–{self.hi:.2f}"
        if self.lo <= 1 <= self.hi:
            within = max(1 - self.lo, self.hi - 1) * 100
            text = f"same speed as the reference (within ±{within:.0f}%; {ci}, ratio {self.ratio:.3f})"
        else:
            head = (f"{self.ratio:.2f}× slower than the reference" if self.ratio >= 1 else
                    f"{1 / self.ratio:.2f}× faster than the reference")
            text = f"{head} ({ci}, ratio {self.ratio:.3f})"
        if self.noisy:
            text += ", noisy"
        if self.uncertain:
            text += "; uncertain"
        return text


@dataclass
class Result:
    problem: str
    problem_version: int
    problem_hash: str
    filename: str
    source_sha256: str
    verdict: Verdict
    groups: list[GroupResult]
    failure: Failure | None
    speed: Speed | None
    seed: int
    backend: str
    device: str
    protections: str
    judge_version: str
    duration_s: float
    versions: dict[str, Any] = field(default_factory=dict)
    missing_protections: list[str] = field(default_factory=list)  # what this machine's sandbox lacks
    worker: str = ""  # host:pid:device of a farm worker ("" when judged locally)
    device_name: str = ""  # CPU model or GPU name

    def to_json(self) -> dict[str, Any]:
        return _plain(asdict(self))

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Result:
        d = dict(d)
        d["verdict"] = Verdict(d["verdict"])
        d["groups"] = [GroupResult(**{**g, "verdict": Verdict(g["verdict"])}) for g in d["groups"]]
        if d.get("failure"):
            d["failure"] = Failure(**{**d["failure"], "verdict": Verdict(d["failure"]["verdict"])})
        if d.get("speed"):
            s = dict(d["speed"])
            s["cases"] = [CaseSpeed(**c) for c in s.get("cases", [])]
            d["speed"] = Speed(**s)
        return cls(**d)


def _plain(x: Any) -> Any:
    if isinstance(x, Verdict):
        return x.value
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, float) and x != x:
        return None
    return x
