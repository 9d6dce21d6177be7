"""Judge one submission end to end.

1. static checks (syntax: CE; forbidden names: FORBIDDEN);
2. a sandbox session (one zygote with the framework imported);
3. each group in order: examples, edge, random; cases generated and the
   reference run here, on the trusted side; one worker per group, a fresh one
   after any failure; each output compared here;
4. timing: interleaved rounds against the reference (``timing.measure``);
5. a ``Result``: per-group verdicts, the first failure explained, the speed.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge import __version__, classify, compare, static
from judge.cases import Case, CaseStore, Prepared, blob_fd, tree_mb
from judge.harness import map_arrays
from judge.problem import GROUPS, Problem, ProblemError
from judge.sandbox import CallResult, Child, ChildLimits, Sandbox, SandboxError, open_sandbox
from judge.verdict import Failure, FailureKind, GroupResult, Result, Status, Verdict

CORRECTNESS = ("examples", "edge", "random")


@dataclass
class Options:
    seed: int = 0
    backend: str = "process"
    device: str = "cpu"
    groups: tuple[str, ...] = GROUPS
    case: int | None = None  # judge this case alone
    timing: bool = True  # measure speed (else the timing group is judged like the others)
    scaling: bool = False  # and how time and memory grow with size, where the problem declares it (scaling.py)
    quick: bool = False  # a short speed measurement (verify), enough to tell TLE from AC
    diagnose: bool = True  # after a wrong answer, name the problem's known mistakes its output matches
    shrink: bool = True  # after a wrong answer or an exception on a hidden case, shrink it (shrink.py)
    dump: str | None = None  # write the failing case here as JSON (casefile.py)
    mistakes_root: Path | None = None  # where the known mistakes are (default: the repository's submissions/)
    confine: str = "auto"
    # told as soon as each group is judged (the terminal streams its table): the groups so
    # far, in order, and the sandbox's protections
    on_group: Callable[[list[GroupResult], str], None] | None = None


# a comparison's mismatch kind (compare.Mismatch.kind) as the failure's
WRONG = {"value": FailureKind.WRONG_VALUE, "shape": FailureKind.WRONG_SHAPE, "dtype": FailureKind.WRONG_DTYPE,
         "type": FailureKind.WRONG_TYPE, "structure": FailureKind.WRONG_STRUCTURE}


def named_path(path: str, outputs: tuple[str, ...]) -> str:
    """``[1][0]`` as ``labels[0]`` where the problem names its tuple output's parts."""
    m = re.match(r"\[(\d+)\]", path)
    if not outputs or m is None or int(m.group(1)) >= len(outputs):
        return path
    return outputs[int(m.group(1))] + path[m.end():]


class Runner:
    """Spawns and loads the workers of one submission (and of the reference) in a session."""

    def __init__(self, problem: Problem, session: Sandbox, source: str, filename: str, device: str,
                 say: Callable[[str], None] | None = None) -> None:
        self.problem, self.session, self.source, self.filename = problem, session, source, filename
        self.device = device
        self.say = say  # where a wait is explained ("waiting for a free CPU"); None: standard error
        self._reference_source: str | None = None
        self.options: Options | None = None  # what to do after a failure: diagnose, shrink, dump
        self.wrong_outputs: dict[int, tuple[Prepared, Any]] = {}  # id(prepared) -> (it, the wrong output)

    def limits(self, data_mb: float = 0) -> ChildLimits:
        """The problem's memory limit, plus room for the data the harness itself holds: a copy
        of the inputs, the output blob, and the interpreter's own pages touched after fork."""
        lim = self.problem.limits
        return ChildLimits(memory_mb=int(lim.memory_mb + 2 * data_mb + 64))

    def spawn(self, role: str, data_mb: float = 0, cpu: int | None = None, arena: int | None = None,
              source: tuple[str, str] | None = None) -> tuple[Child, CallResult]:
        """A child with the submission, the reference, or ``source`` (source, filename) loaded."""
        worker = self.session.spawn(self.limits(data_mb), cpu)
        if source is not None:
            source, filename = source
        elif role == "reference":
            if self._reference_source is None:
                self._reference_source = (self.problem.path / "reference.py").read_text(encoding="utf-8")
            source, filename = self._reference_source, "reference.py"
        else:
            source, filename = self.source, self.filename
        # both sides load alike, guards included (the reference obeys them: verify checks it), so
        # that what the guards leave behind in a process (its heap, its imports) is the same on each
        forbidden, ops = list(self.problem.forbidden), list(self.problem.forbidden_ops)
        loaded = worker.load(source=source, filename=filename, entry=self.problem.entry,
                             framework=self.problem.framework, forbidden=forbidden, device=self.device,
                             timeout=self.problem.limits.load_s, support=self.problem.support_source(),
                             gpu_memory_mb=self.problem.limits.gpu_memory_mb, arena=arena, forbidden_ops=ops,
                             entry_kind=self.problem.entry_kind)
        return worker, loaded

    def call(self, worker: Child, prepared: Prepared, limit: float, fd: int | None = None) -> CallResult:
        """One call on ``prepared``'s inputs; ``fd``: a sealed blob of them to share (else a fresh copy)."""
        own = fd is None
        if own:
            fd = blob_fd(prepared.blob)
        try:
            return worker.call(fd, limit)
        finally:
            if own:
                os.close(fd)

    def call_limit(self, prepared: Prepared) -> float:
        lim = self.problem.limits
        return max(lim.time_floor_s, lim.time_multiplier * prepared.ref_s)

    # -- verdicts for one call (the rules: judge/classify.py)
    def load_failure(self, worker: Child, loaded: CallResult) -> Failure | None:
        if loaded.status == Status.DONE:
            return self.signature_failure(loaded.params)
        return self._outcome(classify.classify_load(loaded, self._seen(worker, loaded), self.problem.limits.load_s),
                             None, worker)

    def signature_failure(self, params: list | None) -> Failure | None:
        if params is None:
            return None
        import inspect

        try:
            sig = inspect.Signature([
                inspect.Parameter(p["name"], getattr(inspect.Parameter, p["kind"]),
                                  default=0 if p["default"] else inspect.Parameter.empty)
                for p in params])
        except (ValueError, KeyError, AttributeError):
            return None
        spec_names = [p.name for p in self.problem.params]
        # every call the judge makes: all arguments, and each optional one left out
        shapes = [{n: 0 for n in spec_names}]
        shapes += [{n: 0 for n in spec_names if n != p.name} for p in self.problem.params if p.has_default]
        for kwargs in shapes:
            args, kw = self.problem.call_shape(kwargs)
            try:
                sig.bind(*args, **kw)
            except TypeError as e:
                got = f"{self.problem.entry}{sig}"
                return Failure(Verdict.CE, None, None, None, f"wrong signature: {e}", kind=FailureKind.SIGNATURE,
                               detail=f"expected {self.problem.signature.removeprefix('def ')}\n"
                                      f"got      {got}")
        return None

    def _seen(self, worker: Child, res: CallResult, prepared: Prepared | None = None) -> classify.Seen:
        """What a request's status needs known beyond its reply, read from the worker."""
        memory_mb = self.problem.limits.memory_mb
        if res.status == Status.DIED:
            oom = worker.oom_killed()
            return classify.Seen(memory_mb, cpu_limit_s=self.limits().cpu_s, exit=res.exit or worker.exit_status(),
                                 oom_killed=oom, peak_mb=worker.peak_memory_mb() if oom else 0.0)
        if res.status == Status.DONE and prepared is not None:
            return classify.Seen(memory_mb, peak_mb=worker.peak_memory_mb(),
                                 allowed_mb=memory_mb + 2 * len(prepared.blob) / 2**20 + 64)
        return classify.Seen(memory_mb)

    def _outcome(self, outcome: classify.Outcome | None, case: Case | None, worker: Child | None
                 ) -> Failure | None:
        if outcome is None:
            return None
        return self._failure(outcome.verdict, case, outcome.reason, worker, detail=outcome.detail,
                             kind=outcome.kind, exception=outcome.exception)

    def _failure(self, verdict: Verdict, case: Case | None, reason: str, worker: Child | None,
                 **kw: Any) -> Failure:
        return Failure(verdict, case.number if case else None, case.group if case else None,
                       case.name if case else None, reason,
                       output=worker.output_text() if worker else "", **kw)

    def evaluate(self, worker: Child, prepared: Prepared, res: CallResult, limit: float,
                 values: bool = True) -> Failure | None:
        """The verdict of one call, or None if it passed; ``values=False`` leaves out the
        comparison of the output (then the caller runs ``check`` and ``wrong`` itself)."""
        outcome = classify.classify_call(res, self._seen(worker, res, prepared), limit, prepared.ref_s,
                                         output_mb=lambda: tree_mb(prepared.expected))
        if outcome is not None or not values:
            return self._outcome(outcome, prepared.case, worker)
        mismatch = self.check(prepared, res.output)
        if mismatch is None:
            return None
        self.wrong_outputs[id(prepared)] = (prepared, res.output)
        return self.wrong(worker, prepared, mismatch)

    def wrong_output(self, prepared: Prepared) -> Any:
        """The submission's output on ``prepared`` if it was wrong there, else None."""
        kept = self.wrong_outputs.get(id(prepared))
        return kept[1] if kept is not None and kept[0] is prepared else None

    def wrong(self, worker: Child | None, prepared: Prepared, mismatch: compare.Mismatch) -> Failure:
        mismatch.path = named_path(mismatch.path, self.problem.outputs)
        if mismatch.worst and mismatch.path:
            mismatch.worst["at"] = mismatch.path  # the worst element's array, for "labels[4]"
        lines = mismatch.describe().split("\n")
        return self._failure(Verdict.WA, prepared.case, lines[0], worker, detail="\n".join(lines[1:]),
                             worst=mismatch.worst, stats=mismatch.stats,
                             kind=WRONG.get(mismatch.kind, FailureKind.WRONG_VALUE))

    def check(self, prepared: Prepared, got: Any) -> compare.Mismatch | None:
        return compare.check_output(self.problem, prepared, got)


def run_group(runner: Runner, store: CaseStore, cases: list[Case], explain: bool = True
              ) -> tuple[GroupResult, Failure | None]:
    """Run cases in order on one worker; stop at the first failure (``explain``: make the most of
    it, ``_explain``; the first failure of a submission is the one it is shown)."""
    group = cases[0].group
    result = GroupResult(group, Verdict.AC, 0, len(cases))
    worker: Child | None = None
    history: list[Prepared] = []  # the cases this worker answered before (a mistake may depend on them)
    try:
        for i, case in enumerate(cases):
            prepared = store.prepare(case)
            if worker is None:
                worker, loaded = runner.spawn("submission", _data_mb(store, cases, prepared))
                failure = runner.load_failure(worker, loaded)
                if failure is not None:
                    result.verdict = failure.verdict
                    return result, failure
            before = worker
            failure, worker = _run_case(runner, worker, prepared, result)
            if worker is not before:  # retried on a fresh worker: its history starts there
                history = []
            if failure is not None:
                worker.close()
                worker = None
                failure, prepared, history = _smallest_failure(runner, store, cases[i + 1:], prepared, failure,
                                                               result, history)
                if explain:
                    failure = _explain(runner, store, prepared, failure, history)
                else:
                    failure.inputs = _described_inputs(runner.problem, prepared)
                result.verdict = failure.verdict
                return result, failure
            result.passed += 1
            history.append(prepared)
        return result, None
    finally:
        if worker is not None:
            worker.close()


RETRIES = 2  # a call the machine kept from its CPU is tried this many more times, with more time


def own_time(res: CallResult) -> float:
    """A call's wall time less the time its main thread waited, runnable, for a CPU: what the
    call itself spent, computing or sleeping (on a busy machine, less than its wall time);
    never less than the CPU time of all its threads (its own threads crowding its CPU make
    its main thread wait, but that time is its own)."""
    return max(res.wall_s - max(res.waited_s or 0.0, 0.0), res.cpu_s or 0.0)


def starved(res: CallResult, limit: float) -> bool:
    """Whether a call ran out of time without having had its limit's worth of time of its own
    (the machine kept it waiting for a CPU): no proof that it is too slow."""
    return res.status == Status.TIMEOUT and own_time(res) < 0.9 * limit


def _run_case(runner: Runner, worker: Child, prepared: Prepared, result: GroupResult
              ) -> tuple[Failure | None, Child]:
    """One call on one case: its time and memory go into ``result``; (its failure or None, the
    worker to go on with). A call cut off before it had its limit's worth of time of its own
    (it waited for a CPU on a busy machine) is tried again on a fresh worker with a longer
    wall limit, up to 4x, and judged on its own time; if the machine never gives it that, the
    judge says so (IE): a busy machine is never the submission's TLE."""
    limit = runner.call_limit(prepared)
    res = runner.call(worker, prepared, limit)
    wall_limit = limit
    for attempt in range(RETRIES + 1):
        if not starved(res, limit):
            break
        if attempt == RETRIES:
            return runner._failure(Verdict.IE, prepared.case, f"the machine kept the call from its CPU: "
                                   f"{own_time(res):.1f} s of its own in {res.wall_s:.1f} s, {RETRIES + 1} times; "
                                   f"too busy to judge it against its {limit:.1f} s limit", None,
                                   kind=FailureKind.BUSY), worker
        worker.close()
        worker, loaded = runner.spawn("submission", len(prepared.blob) / 2**20 + tree_mb(prepared.expected))
        if loaded.status != Status.DONE:
            return runner.load_failure(worker, loaded), worker
        # at least twice the wall time each try (up to 4x): a machine twice oversubscribed still
        # gives an endless loop its limit's worth of time, and its TLE, on the first retry
        wall_limit = min(4 * limit, max(2 * wall_limit, 1.25 * wall_limit * res.wall_s / max(own_time(res),
                                                                                             0.05 * res.wall_s)))
        res = runner.call(worker, prepared, wall_limit)
    if wall_limit > limit and res.status == Status.DONE and own_time(res) > limit:  # answered late, on its own time
        res.status = Status.TIMEOUT
    result.max_time_s = max(result.max_time_s, res.wall_s)
    result.peak_memory_mb = max(result.peak_memory_mb, worker.peak_memory_mb())
    if res.gpu_peak:
        result.peak_gpu_mb = max(result.peak_gpu_mb, res.gpu_peak / 2**20)
    return runner.evaluate(worker, prepared, res, limit), worker


def _explain(runner: Runner, store: CaseStore, prepared: Prepared, failure: Failure,
             history: list[Prepared] | None = None) -> Failure:
    """Make a failure as useful as it can be: the known mistakes its output matches (replayed
    on the same cases in the same order), the case shrunk, its inputs described (written out
    when small), a systematic error named, the case dumped to a file if asked."""
    from judge import casefile, mistakes, present, shrink

    opts = runner.options or Options(diagnose=False, shrink=False)
    got = runner.wrong_output(prepared) if failure.verdict == Verdict.WA else None
    diagnosis = []
    if opts.diagnose and failure.verdict == Verdict.WA and failure.case is not None:
        diagnosis = [m.to_json() for m in mistakes.diagnose(runner, prepared, got,
                                                             mistakes.known(runner.problem, opts.mistakes_root),
                                                             history or [], failure)]
    if opts.shrink:
        before = _described_inputs(runner.problem, prepared)
        smaller, other, tries = shrink.shrink(runner, store, prepared, failure)
        if smaller is not prepared:
            other.reproduce, other.case = failure.reproduce, failure.case
            prepared, failure = smaller, other
            failure.shrunk = f"shrunk from {', '.join(before)} ({tries} tries)"
            got = runner.wrong_output(prepared) if failure.verdict == Verdict.WA else None
    failure.diagnosis = diagnosis
    failure.inputs = _described_inputs(runner.problem, prepared)
    if shrink.elements(prepared.inputs()) <= shrink.ONE_AT_A_TIME and (
            got is None or shrink.elements(got) <= shrink.ONE_AT_A_TIME):
        failure.example = present.written_out(runner.problem, prepared, got)
    if got is not None and failure.kind == FailureKind.WRONG_VALUE:
        failure.hint = compare.systematic(prepared.expected, got, _sizes(prepared))
    if opts.dump:
        casefile.write(opts.dump, runner.problem, opts.seed, prepared, got)
    return failure


def _sizes(prepared: Prepared) -> set[int]:
    """Every axis length of the case's arrays (inputs and expected output): the n of a hint."""
    out: set[int] = set()
    map_arrays(prepared.inputs(), lambda a: out.update(a.data.shape) or a)
    map_arrays(prepared.expected, lambda a: out.update(a.data.shape) or a)
    return out


def _smallest_failure(runner: Runner, store: CaseStore, later: list[Case], failed: Prepared, failure: Failure,
                      result: GroupResult, history: list[Prepared]) -> tuple[Failure, Prepared, list[Prepared]]:
    """The smallest case of the group that fails the same way: the cases after the failing one
    with smaller inputs are run, smallest first, on a fresh worker (wrong answers and
    exceptions only: a smaller case is not expected to time out); with the cases the worker
    answered before it."""
    if failure.verdict not in (Verdict.WA, Verdict.RE):
        return failure, failed, history
    smaller = sorted((p for c in later if len((p := store.prepare(c)).blob) < len(failed.blob)),
                     key=lambda p: len(p.blob))
    if not smaller:
        return failure, failed, history
    worker, loaded = runner.spawn("submission", _data_mb(store, [p.case for p in smaller], smaller[0]))
    try:
        if loaded.status != Status.DONE:
            return failure, failed, history
        for j, prepared in enumerate(smaller):
            before = worker
            other, worker = _run_case(runner, worker, prepared, result)
            if other is not None:
                if other.verdict != failure.verdict:
                    return failure, failed, history
                return other, prepared, (smaller[:j] if worker is before else [])
        return failure, failed, history
    finally:
        worker.close()


def _data_mb(store: CaseStore, cases: list[Case], first: Prepared) -> float:
    """The largest inputs + output among ``cases`` (those prepared so far: the first one, and any cached)."""
    sizes = [len(first.blob) / 2**20 + tree_mb(first.expected)]
    sizes += [len(p.blob) / 2**20 + tree_mb(p.expected) for c in cases
              if (p := store.prepared(c)) is not None]
    return max(sizes)


def _described_inputs(problem: Problem, prepared: Prepared) -> list[str]:
    """"boxes: float32[5, 4]", … for each argument of the case."""
    return [f"{q.name}: {compare.describe_value(v)}" for q, v in _named_inputs(problem, prepared)]


def _named_inputs(problem: Problem, prepared: Prepared) -> list[tuple[Any, Any]]:
    tree = prepared.inputs()
    by_name = {p.name: p for p in problem.params}
    out = list(zip(problem.params, tree["args"]))
    out += [(by_name[k], v) for k, v in tree["kwargs"].items()]
    return out


def load_source(path: str | Path) -> tuple[str, str]:
    """(source, filename as given): the filename shows in tracebacks and in 'reproduce'."""
    p = Path(path)
    data = p.read_bytes()
    try:
        return data.decode("utf-8"), str(path)
    except UnicodeDecodeError as e:
        raise ValueError(f"{p}: not UTF-8 text ({e})") from e


def submit(problem: Problem, source: str, filename: str, options: Options,
           session: Sandbox | None = None, store: CaseStore | None = None) -> Result:
    """Judge ``source`` against ``problem``; never raises for anything the submission does."""
    started = time.perf_counter()
    own_session = session is None
    groups = list(options.groups)
    if options.case is not None:
        store = store or CaseStore(problem, options.seed)
        groups = [store.get(options.case).group]
    results = [GroupResult(g, Verdict.SKIPPED, 0, 0) for g in groups]
    speed = None
    scaled = None
    failure: Failure | None = None
    protections, versions, missing = "", {}, []

    def finish(verdict: Verdict) -> Result:
        return Result(
            problem=problem.slug, problem_version=problem.version, problem_hash=problem.hash,
            filename=filename, source_sha256=hashlib.sha256(source.encode()).hexdigest(),
            verdict=verdict, groups=results, failure=failure, speed=speed, seed=options.seed,
            backend=options.backend, device=options.device, protections=protections,
            judge_version=__version__, duration_s=time.perf_counter() - started, versions=versions,
            missing_protections=missing, scaling=scaled)

    try:
        tree = static.parse(source, filename)
    except SyntaxError as e:
        failure = Failure(Verdict.CE, None, None, None, f"syntax error: line {e.lineno}: {e.msg}",
                          kind=FailureKind.SYNTAX, detail=(e.text or "").rstrip())
        return finish(Verdict.CE)
    except ValueError as e:  # e.g. a NUL byte
        failure = Failure(Verdict.CE, None, None, None, f"cannot compile: {e}", kind=FailureKind.SYNTAX)
        return finish(Verdict.CE)
    findings = static.forbidden_uses(tree, problem.forbidden)
    if findings:
        failure = Failure(Verdict.FORBIDDEN, None, None, None, kind=FailureKind.FORBIDDEN, reason=
                          f"uses {findings[0].name}, which this problem forbids",
                          detail="\n".join(f.describe() for f in findings[:10]))
        return finish(Verdict.FORBIDDEN)

    from judge import timing

    if options.device.startswith("cuda"):
        import torch

        if not torch.cuda.is_available():
            failure = Failure(Verdict.IE, None, None, None, f"no CUDA device here for --device {options.device}",
                              kind=FailureKind.JUDGE_ERROR)
            return finish(Verdict.IE)
    try:
        if session is None:  # the zygote imports the framework while this process prepares cases
            session = open_sandbox(options.backend, preload=problem.preload(), device=options.device,
                                   confine=options.confine)
        store = store or CaseStore(problem, options.seed)
        first = [store.get(options.case)] if options.case is not None else store.by_group(groups[0])
        for case in first:
            store.prepare(case)
        protections, versions = session.protections.summary(), dict(session.versions)
        missing = session.protections.missing()
        runner = Runner(problem, session, source, filename, options.device)
        runner.options = options
        verdict = Verdict.AC
        for i, group in enumerate(groups):
            if i and options.on_group is not None:
                options.on_group(results[:i], protections)
            cases = [store.get(options.case)] if options.case is not None else store.by_group(group)
            if not cases:
                results[i] = GroupResult(group, Verdict.AC, 0, 0)
                continue
            if group == "timing" and options.timing and options.case is None:
                if verdict != Verdict.AC:
                    results[i] = GroupResult(group, Verdict.SKIPPED, 0, len(cases))
                    continue
                results[i], speed, group_failure = timing.measure(runner, store, cases, quick=options.quick)
            else:
                results[i], group_failure = run_group(runner, store, cases, explain=failure is None)
            if group_failure is not None:
                if failure is None:
                    failure = group_failure
                    verdict = group_failure.verdict
                if group_failure.case is None:  # the module did not load: nothing could run
                    for j in range(i, len(groups)):
                        results[j] = GroupResult(groups[j], Verdict.SKIPPED, 0, 0)
                    break
        if (options.scaling and problem.scaling is not None and options.case is None
                and verdict in (Verdict.AC, Verdict.TLE, Verdict.MLE)):
            from judge import scaling

            scaled, found = scaling.measure(runner, problem, options.seed)
            if found is not None:  # a wrong answer at a size of the series: no --case reaches it
                found.reproduce = f"judge submit {_display(problem.path)} {filename} --seed {options.seed} --scaling"
            if failure is None:
                failure = found or scaling.failure_of(problem, scaled)
                verdict = failure.verdict if failure is not None else verdict
        if failure is not None and failure.case is not None and not failure.reproduce:
            failure.reproduce = (f"judge submit {_display(problem.path)} {filename} "
                                 f"--seed {options.seed} --case {failure.case}")
        return finish(verdict)
    except (ProblemError, SandboxError) as e:
        failure = Failure(Verdict.IE, None, None, None, f"internal error: {e}", kind=FailureKind.JUDGE_ERROR)
        return finish(Verdict.IE)
    except Exception as e:  # a bug of the judge's: still a result, never the submission's fault
        import traceback

        failure = Failure(Verdict.IE, None, None, None, f"internal error: {type(e).__name__}: {e}",
                          kind=FailureKind.JUDGE_ERROR, detail=traceback.format_exc()[-3000:])
        return finish(Verdict.IE)
    finally:
        if own_session and session is not None:
            session.close()


BUSY_RETRIES, BUSY_PAUSE_S = 2, 5.0  # a verdict of "too busy to measure": judged again after a pause


def submit_until_judged(problem: Problem, source: str, filename: str, options: Options,
                        **kwargs: Any) -> Result:
    """``submit``, again after a pause while the verdict is the judge's own "too busy to
    measure" (a second suite beside it), which proves nothing either way about the code."""
    r = submit(problem, source, filename, options, **kwargs)
    for _ in range(BUSY_RETRIES):
        if not r.too_busy:
            break
        time.sleep(BUSY_PAUSE_S)
        r = submit(problem, source, filename, options, **kwargs)
    return r


def _display(path: Path) -> str:
    """A problem's path as a command line should give it: relative to here, or its slug where the
    package is a copy only this machine has (a farm worker's cache: the submitter names it so)."""
    from judge.paths import cache_dir
    from judge.problem import PROBLEMS_DIR

    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        pass
    if cache_dir() in path.parents or path.parent == PROBLEMS_DIR:  # a slug names it from anywhere
        return path.name
    return str(path)
