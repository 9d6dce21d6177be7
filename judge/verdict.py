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


@dataclass(frozen=True)
class VerdictInfo:
    """How a verdict is shown and where its known submissions live: the one table a new
    verdict is added to."""

    meaning: str  # in words, after the code ("WA  wrong answer")
    short: str  # what a candidate's page says of a failure no finer kind describes
    terminal: str  # click colour
    html: str  # colour on pages and reports
    folder: str = ""  # submissions/<slug>/<folder>/ holds files that must get it


VERDICTS: dict[Verdict, VerdictInfo] = {
    Verdict.AC: VerdictInfo("accepted", "accepted", "green", "#2e7d32", "accepted"),
    Verdict.WA: VerdictInfo("wrong answer", "wrong answer", "red", "#c62828", "wrong_answer"),
    Verdict.TLE: VerdictInfo("time limit exceeded", "time limit", "red", "#ef6c00", "time_limit"),
    Verdict.MLE: VerdictInfo("memory limit exceeded", "memory limit", "red", "#6a1b9a", "memory_limit"),
    Verdict.RE: VerdictInfo("runtime error", "exception", "red", "#ad1457", "runtime_error"),
    Verdict.CE: VerdictInfo("compile error", "compile error", "red", "#546e7a", "compile_error"),
    Verdict.FORBIDDEN: VerdictInfo("forbidden call", "forbidden call", "red", "#212121", "forbidden"),
    Verdict.IE: VerdictInfo("internal error (not your fault)", "judge error", "magenta", "#8e24aa"),
    Verdict.SKIPPED: VerdictInfo("not run", "not run", "bright_black", "#9e9e9e"),
}
# The folder under submissions/<slug>/ names the verdict its files must get.
FOLDERS = {info.folder: v for v, info in VERDICTS.items() if info.folder}


class Status(enum.StrEnum):
    """What one request to a worker ended in, as the parent saw it."""

    DONE = "done"  # a reply (its output still to be checked)
    RAISED = "raised"  # the submission raised (the worker says which kind)
    TIMEOUT = "timeout"  # no reply within the wall limit
    DIED = "died"  # the worker process ended
    PROTOCOL = "protocol"  # the reply broke the protocol


class FailureKind(enum.StrEnum):
    """Why a case failed, decided by the judge. A page for candidates shows these words, never
    a reason's free text (which can hold what a submission chose: its exception's name and
    message)."""

    SYNTAX = "syntax error"
    IMPORT = "import error"
    MISSING = "missing function"
    SIGNATURE = "wrong signature"
    FORBIDDEN = "forbidden call"
    IMPORT_EXCEPTION = "exception while importing"
    SLOW_IMPORT = "slow import"
    WRONG_VALUE = "wrong value"
    WRONG_SHAPE = "wrong shape"
    WRONG_DTYPE = "wrong dtype"
    WRONG_TYPE = "wrong type"
    WRONG_STRUCTURE = "wrong structure"
    NOT_PLAIN = "not plain data"
    EXCEPTION = "exception"
    CRASH = "crash"
    PROTOCOL = "broken protocol"
    CALL_TIME = "time limit per call"
    CPU_TIME = "CPU time limit"
    TOO_SLOW = "too slow"
    MEMORY = "memory limit"
    JUDGE_ERROR = "judge error"
    BUSY = "machine too busy"


# the verdict of each kind: the one table from why to what
VERDICT_OF: dict[FailureKind, Verdict] = {
    **dict.fromkeys((FailureKind.SYNTAX, FailureKind.IMPORT, FailureKind.MISSING, FailureKind.SIGNATURE),
                    Verdict.CE),
    FailureKind.FORBIDDEN: Verdict.FORBIDDEN,
    **dict.fromkeys((FailureKind.IMPORT_EXCEPTION, FailureKind.EXCEPTION, FailureKind.CRASH,
                     FailureKind.PROTOCOL), Verdict.RE),
    **dict.fromkeys((FailureKind.WRONG_VALUE, FailureKind.WRONG_SHAPE, FailureKind.WRONG_DTYPE,
                     FailureKind.WRONG_TYPE, FailureKind.WRONG_STRUCTURE, FailureKind.NOT_PLAIN), Verdict.WA),
    **dict.fromkeys((FailureKind.SLOW_IMPORT, FailureKind.CALL_TIME, FailureKind.CPU_TIME, FailureKind.TOO_SLOW),
                    Verdict.TLE),
    FailureKind.MEMORY: Verdict.MLE,
    **dict.fromkeys((FailureKind.JUDGE_ERROR, FailureKind.BUSY), Verdict.IE),
}
KINDS = frozenset(FailureKind)
# what a worker says it raised (the harness's words: a claim, mapped through this table only)
_WORKER_KINDS = {"syntax": FailureKind.SYNTAX, "import": FailureKind.IMPORT, "missing": FailureKind.MISSING,
                 "forbidden": FailureKind.FORBIDDEN, "memory": FailureKind.MEMORY}


def worker_kind(kind: Any, *, loading: bool) -> FailureKind:
    """A worker's reported failure kind as the judge's own: anything unknown is an exception."""
    found = _WORKER_KINDS.get(kind) if isinstance(kind, str) else None
    if found is None or (not loading and VERDICT_OF[found] == Verdict.CE):
        return FailureKind.IMPORT_EXCEPTION if loading else FailureKind.EXCEPTION
    return found


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
    kind: str = ""  # why, a ``FailureKind`` (the judge's closed vocabulary): never the submission's text
    exception: str = ""  # the exception's type name as the worker reported it (a claim: see ``shown_exception``)
    diagnosis: list[dict[str, str]] = field(default_factory=list)  # known mistakes the output matches: {en, zh}
    shrunk: str = ""  # "shrunk from boxes: float32[300, 4], … (12 tries)": the case was made smaller
    example: str = ""  # the failing call written out, its expected and actual output (small cases only)
    hint: str = ""  # a systematic float mismatch named ("every element is off by a factor close to …")


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
        """The ratio in words: "same speed" whenever the interval holds 1, else slower or faster
        with the interval in that same unit."""
        ci = f"95% CI {self.lo:.2f}–{self.hi:.2f}"
        if self.lo <= 1 <= self.hi:
            within = max(1 - self.lo, self.hi - 1) * 100
            text = f"same speed as the reference (within ±{within:.0f}%; {ci}, ratio {self.ratio:.3f})"
        elif self.ratio >= 1:  # the interval in the headline's own unit
            text = f"{self.ratio:.2f}× slower than the reference (95% CI {self.lo:.2f}–{self.hi:.2f}× slower)"
        else:
            fast_lo, fast_hi = 1 / max(self.hi, 1e-12), 1 / max(self.lo, 1e-12)
            text = f"{1 / self.ratio:.2f}× faster than the reference (95% CI {fast_lo:.2f}–{fast_hi:.2f}× faster)"
        if self.noisy:
            text += ", noisy"
        if self.uncertain:
            text += "; uncertain"
        return text


@dataclass
class Exponent:
    """A power of the input's size, with its 95% interval."""

    value: float
    lo: float
    hi: float


@dataclass
class ScalingPoint:
    size: int
    ref_ms: float | None  # median time per call
    sub_ms: float | None  # None: cut off (``cut`` says why)
    ref_mb: float  # peak memory of the side's process
    sub_mb: float | None
    cut: str = ""  # "over the per-call limit of 1.00 s", "over the memory limit of 512 MiB"
    cut_s: float | None = None  # the per-call limit it ran over


@dataclass
class ScalingResult:
    """How time (and memory) grow with the problem's size (scaling.py)."""

    param: str
    points: list[ScalingPoint]
    expected_time: list[float]  # the reference's declared exponent interval
    time: Exponent | None = None  # the submission's
    ref_time: Exponent | None = None
    time_at_least: float | None = None  # cut off by the per-call limit: it grew at least this fast
    memory: float | None = None
    ref_memory: float | None = None
    worse_time: bool = False
    worse_memory: bool = False
    finding: str = ""

    @property
    def worse(self) -> list[str]:
        """What grows faster than the reference's: "time", "memory", both, or neither."""
        return [w for w, flag in (("time", self.worse_time), ("memory", self.worse_memory)) if flag]

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ScalingResult:
        d = dict(d)
        d["points"] = [ScalingPoint(**p) for p in d["points"]]
        for key in ("time", "ref_time"):
            if d.get(key):
                d[key] = Exponent(**d[key])
        return cls(**d)


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
    scaling: ScalingResult | None = None  # with --scaling, where the problem declares it

    @classmethod
    def internal_error(cls, problem: str, reason: str, *, filename: str = "", seed: int = 0, device: str = "cpu",
                       backend: str = "process", problem_version: int = 0, problem_hash: str = "",
                       source_sha256: str = "", detail: str = "") -> Result:
        """A result for a submission the judge could not judge (its own fault, never the submission's)."""
        from judge import __version__

        return cls(problem=problem, problem_version=problem_version, problem_hash=problem_hash, filename=filename,
                   source_sha256=source_sha256, verdict=Verdict.IE, groups=[],
                   failure=Failure(Verdict.IE, None, None, None, reason, detail=detail, kind=FailureKind.JUDGE_ERROR),
                   speed=None, seed=seed, backend=backend, device=device, protections="", judge_version=__version__,
                   duration_s=0.0)

    @property
    def too_busy(self) -> bool:
        """The judge found the machine too busy to judge (its own IE: no verdict on the code)."""
        return self.verdict == Verdict.IE and self.failure is not None and self.failure.kind == FailureKind.BUSY

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
        if d.get("scaling"):
            d["scaling"] = ScalingResult.from_json(d["scaling"])
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
