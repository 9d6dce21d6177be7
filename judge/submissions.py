"""One way to judge a submission, whoever asks: `judge submit`, the interview server, the farm.

- ``entry_for``: what counts besides the code (user, seed, feedback level, the set it counts
  for, late or not), with a problem-set workspace's rules applied;
- ``judge``: the verdict; it never raises (a problem that cannot load, a crashed judge: IE);
- ``run``: judge, then store the result; ``judge_queued``: judge a row already in the store.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge import grade, sets
from judge.grade import Options
from judge.problem import Problem, ProblemError, load
from judge.store import DONE, RUNNING, Store
from judge.verdict import Result


class Refused(Exception):
    """A submission that may not be made (a problem outside the set, the set's time up)."""


@dataclass(frozen=True)
class Entry:
    """Everything a submission counts for besides its code."""

    user: str
    seed: int
    feedback: str = "full"  # what the submitter sees (sets.FEEDBACK)
    set_id: str | None = None
    late: bool = False
    timing: bool = True  # whether speed is measured
    scaling: bool = False  # and how it grows with size (where the problem declares it)


def entry_for(problem: Problem, file: str | Path, *, user: str, seed: int, timing: bool = True,
              scaling: bool = False, store: Store | None = None) -> Entry:
    """The entry of a submission from ``file``: inside a problem-set workspace, the set's user,
    seed, feedback level and clock decide (``Refused`` if it may not count); else the arguments."""
    try:
        workspace = sets.Workspace.find(file)
    except sets.SetError as e:
        raise Refused(str(e)) from e
    if workspace is None:
        return Entry(user=user, seed=seed, timing=timing, scaling=scaling)
    s = workspace.set
    if problem.slug not in s.problems:
        raise Refused(f"{problem.slug} is not in the set {s.name!r} ({', '.join(s.problems)})")
    late = store is not None and sets.is_late(store, workspace)
    if late and not s.late_allowed:
        raise Refused("the time for this set is up")
    return Entry(user=workspace.user, seed=s.seed, feedback=s.feedback, set_id=s.id, late=late,
                 timing=timing and s.speed_counts, scaling=timing and s.speed_counts and (s.scaling or scaling))


def judge(problem: Problem | Callable[[], Problem], source: str, filename: str, options: Options, *,
          slug: str = "", problem_version: int = 0, problem_hash: str = "") -> Result:
    """Judge ``source``; ``problem`` may be a loader (called here, so that a package that cannot
    load is an IE result like any crash of the judge's own). Never raises."""
    try:
        p = problem() if callable(problem) else problem
        slug, problem_version, problem_hash = p.slug, p.version, p.hash
        return grade.submit(p, source, filename, options)
    except ProblemError as e:
        reason, detail = str(e), ""
    except Exception as e:  # noqa: BLE001 - the judge's own failure is an IE result, never a lost submission
        reason, detail = f"internal error: {type(e).__name__}: {e}", traceback.format_exc()[-1500:]
    return Result.internal_error(slug, reason, filename=filename, seed=options.seed, device=options.device,
                                 backend=options.backend, problem_version=problem_version,
                                 problem_hash=problem_hash, detail=detail,
                                 source_sha256=hashlib.sha256(source.encode()).hexdigest())


def run(store: Store | None, problem: Problem, source: str, filename: str, entry: Entry,
        options: Options) -> tuple[str | None, Result]:
    """Judge, then record the result under ``entry`` (id None without a store)."""
    result = judge(problem, source, filename, options)
    if store is None:
        return None, result
    return store.add(result, user=entry.user, source=source, set_id=entry.set_id, late=entry.late), result


def judge_queued(store: Store, sid: str, options: Callable[[dict], Options]) -> Result | None:
    """Judge a submission whose row is in the store already (QUEUED, or RUNNING when a judge
    died on it) and record its result; None if it has one. ``options`` are made from the row."""
    row = store.get(sid)
    if row is None or row["state"] == DONE:
        return None
    store.set_state(sid, RUNNING)
    result = judge(lambda: load(row["problem"]), row["source"], row["filename"], options(row), slug=row["problem"])
    store.record(sid, result)
    return result
