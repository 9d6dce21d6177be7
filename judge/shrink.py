"""A failing hidden case shrunk to the smallest input that still fails the same way.

A problem declares the sizes its inputs can shrink along (``shrink:`` in problem.yaml: each
entry the ``argument.axis`` pairs that shrink together, such as ``[boxes.0, scores.0]``), and
may add its own shrinker (``shrink(kwargs)`` in generator.py, yielding smaller arguments).
Greedily, while it still fails with the same verdict and the same kind of failure: halves
first, then one element at a time. Every candidate's expected output comes from the
reference on the trusted side, as for any case; the submission runs in its sandboxed child.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from judge.problem import ProblemError
from judge.verdict import Failure, GroupResult, Verdict

if TYPE_CHECKING:
    from judge.cases import CaseStore, Prepared
    from judge.grade import Runner
    from judge.problem import Problem

MAX_TRIES = 60
BUDGET_S = 10.0
ONE_AT_A_TIME = 64  # sizes up to this are also tried one element removed at a time


def _take(value: Any, axis: int, index: list[int]) -> Any:
    if isinstance(value, np.ndarray):
        return np.take(value, index, axis=axis)
    if isinstance(value, (list, tuple)) and axis == 0:
        return type(value)(value[i] for i in index)
    if type(value).__module__.startswith("torch"):
        import torch

        return value.index_select(axis, torch.as_tensor(index, dtype=torch.long, device=value.device))
    raise TypeError(f"cannot shrink a {type(value).__name__}")


def _size(value: Any, axis: int) -> int | None:
    if isinstance(value, (list, tuple)):
        return len(value) if axis == 0 else None
    shape = getattr(value, "shape", None)
    return int(shape[axis]) if shape is not None and axis < len(shape) else None


def candidates(problem: Problem, kwargs: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Smaller arguments to try, most promising first: the problem's own shrinker, then halves
    along each declared size, then one element removed at a time (small sizes only)."""
    own = getattr(problem.module("generator"), "shrink", None)
    if own is not None:
        yield from own(dict(kwargs))
    for dim in problem.shrink:
        sizes = {_size(kwargs.get(arg), axis) for arg, axis in dim}
        if len(sizes) != 1 or None in sizes:
            continue
        (n,) = sizes
        cuts: list[list[int]] = []
        if n >= 2:
            cuts += [list(range(n // 2)), list(range(n // 2, n))]
        if 2 <= n <= ONE_AT_A_TIME:
            cuts += [[j for j in range(n) if j != i] for i in range(n)]
        for index in cuts:
            try:
                yield {**kwargs, **{arg: _take(kwargs[arg], axis, index) for arg, axis in dim}}
            except TypeError:
                break


def same_way(a: Failure | None, b: Failure) -> bool:
    if a is None or a.verdict != b.verdict:
        return False
    return a.kind == b.kind and (a.verdict != Verdict.RE or a.exception == b.exception)


def shrink(runner: Runner, store: CaseStore, prepared: Prepared, failure: Failure) -> tuple[Prepared, Failure, int]:
    """(the smallest prepared case that fails like ``failure``, its failure, tries made)."""
    from judge.grade import _run_case

    problem = runner.problem
    if failure.verdict not in (Verdict.WA, Verdict.RE) or prepared.case.group == "examples":
        return prepared, failure, 0
    if not problem.shrink and getattr(problem.module("generator"), "shrink", None) is None:
        return prepared, failure, 0
    kwargs = store.generate(prepared.case.spec, prepared.case.seed)
    deadline = time.monotonic() + BUDGET_S
    scratch = GroupResult(prepared.case.group, Verdict.AC, 0, 0)
    worker = None
    tries = 0
    try:
        improved = True
        while improved:
            improved = False
            for smaller in candidates(problem, kwargs):
                if tries >= MAX_TRIES or time.monotonic() > deadline:
                    return prepared, failure, tries
                tries += 1
                try:
                    candidate = store.from_kwargs(prepared.case, smaller)
                except ProblemError:  # the reference refuses it (an input the contract excludes)
                    continue
                if worker is None:
                    from judge.cases import tree_mb

                    worker, loaded = runner.spawn("submission", len(prepared.blob) / 2**20 + tree_mb(prepared.expected))
                    if runner.load_failure(worker, loaded) is not None:
                        return prepared, failure, tries
                other, worker = _run_case(runner, worker, candidate, scratch)
                if other is not None and other.verdict != Verdict.WA:
                    worker.close()  # an exception or a crash may leave the child in any state
                    worker = None
                if same_way(other, failure):
                    kwargs, prepared, failure, improved = smaller, candidate, other, True
                    break
        return prepared, failure, tries
    finally:
        if worker is not None:
            worker.close()


def elements(tree: Any) -> int:
    """How many numbers (or strings) a decoded tree holds."""
    from judge.harness import Array

    if isinstance(tree, Array):
        return int(tree.data.size)
    if isinstance(tree, (list, tuple)):
        return sum(elements(v) for v in tree)
    if isinstance(tree, dict):
        return sum(elements(v) for v in tree.values())
    return 1
