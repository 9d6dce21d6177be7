"""Test cases on the trusted side: seeds, generated inputs, the reference's outputs.

Every case is reproducible from (problem, seed, case number). Public examples
always use seed 0, so the statement's examples never change. Inputs and
expected outputs of the fixed cases are cached per (problem hash, seed) in the
judge's home; the sandbox never sees that folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from judge import harness, paths
from judge.problem import GROUPS, Problem, ProblemError, TestSpec

PUBLIC_SEED = 0
CACHE_FORMAT = 2  # bump when what a cached blob holds changes
ROUND_CACHE_BYTES = 512 << 20


@dataclass(frozen=True)
class Case:
    number: int  # 1-based across all groups: ``--case N``
    spec: TestSpec
    seed: int

    @property
    def group(self) -> str:
        return self.spec.group

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass
class Prepared:
    """A case ready to send: its input blob and what the reference returned."""

    case: Case
    blob: bytes | mmap.mmap  # {"args", "kwargs"} encoded
    expected: Any  # decoded tree with harness.Array leaves
    ref_s: float  # the reference's time in the parent (sets the per-call limit)

    def inputs(self) -> dict[str, Any]:
        """The arguments as numpy data (for checkers and explanations)."""
        tree = harness.decode(self.blob, as_values=False)
        return tree


def case_seed(slug: str, seed: int, group: str, index: int) -> int:
    digest = hashlib.sha256(f"{slug}|{seed}|{group}|{index}".encode()).digest()
    return int.from_bytes(digest[:8], "little") >> 1


def expand(problem: Problem, seed: int) -> list[Case]:
    """All cases in judging order: examples, edge, random, timing."""
    out: list[Case] = []
    for group in GROUPS:
        for spec in problem.tests[group]:
            s = PUBLIC_SEED if group == "examples" else seed
            out.append(Case(len(out) + 1, spec, case_seed(problem.slug, s, group, spec.index)))
    return out


MAP_BYTES = 1 << 20  # blobs this large are kept mapped (sealed, read-only) rather than copied out


def blob_bytes(value: Any, *, views: bool) -> bytes | mmap.mmap:
    """``value`` encoded: a large blob sealed and mapped read-only in place, a small one copied out."""
    fd = harness.encode(value, strict=True, views=views)
    try:
        if os.fstat(fd).st_size >= MAP_BYTES and harness.seal(fd):
            return harness.read_blob(fd)
        return harness.copy_blob(fd)
    finally:
        os.close(fd)


def blob_fd(data: bytes | mmap.mmap) -> int:
    """A fresh anonymous file holding ``data``, sealed where the OS can (then workers may share it:
    none of them can change what another reads)."""
    fd = harness.new_blob_fd()
    harness._write_all(fd, data)
    harness.seal(fd)
    return fd


class CaseStore:
    """Prepared cases of one problem under one seed, computed once."""

    def __init__(self, problem: Problem, seed: int, *, disk: bool = True) -> None:
        self.problem, self.seed = problem, seed
        self.cases = expand(problem, seed)
        self._memory: dict[int, Prepared] = {}
        self._rounds: dict[tuple[int, int, bool], Prepared] = {}
        self._rounds_bytes = 0
        self._disk = disk
        self._dir = paths.cache_dir() / f"{problem.slug}-{problem.hash[:16]}-f{CACHE_FORMAT}" if disk else None

    @classmethod
    def single(cls, problem: Problem, kwargs: dict[str, Any], name: str) -> CaseStore:
        """A store of one given case (a dumped one: ``judge run --case-file``), case 1 of "examples",
        answered by the reference here."""
        store = cls(problem, PUBLIC_SEED, disk=False)
        case = Case(1, TestSpec("examples", 0, {}, name), PUBLIC_SEED)
        store.cases = [case]
        store._memory[1] = store.from_kwargs(case, kwargs)
        return store

    def by_group(self, group: str) -> list[Case]:
        return [c for c in self.cases if c.group == group]

    def get(self, number: int) -> Case:
        if not 1 <= number <= len(self.cases):
            raise KeyError(f"case {number} does not exist (1..{len(self.cases)})")
        return self.cases[number - 1]

    # -- preparing
    def generate(self, spec: TestSpec, seed: int) -> dict[str, Any]:
        gen = getattr(self.problem.module("generator"), "generate", None)
        if gen is None:
            raise ProblemError(f"{self.problem.path}/generator.py: no generate(rng, **params)")
        try:
            kwargs = gen(np.random.default_rng(seed), **spec.params)
        except Exception as e:
            raise ProblemError(f"{self.problem.slug}: generator failed on {spec.group} "
                               f"{spec.name!r}: {type(e).__name__}: {e}") from e
        names = {p.name for p in self.problem.params}
        if not isinstance(kwargs, dict) or not set(kwargs) <= names:
            raise ProblemError(f"{self.problem.slug}: generate() must return a dict of "
                               f"{sorted(names)}, got {sorted(kwargs) if isinstance(kwargs, dict) else kwargs!r}")
        missing = [p.name for p in self.problem.params if not p.has_default and p.name not in kwargs]
        if missing:
            raise ProblemError(f"{self.problem.slug}: generate() left out {missing}")
        return kwargs

    def compute(self, case: Case, spec: TestSpec | None = None, seed: int | None = None,
                reference: bool = True) -> Prepared:
        """Generate, encode and (unless told not to) run the reference, in this trusted process."""
        return self.from_kwargs(case, self.generate(spec or case.spec, case.seed if seed is None else seed),
                                reference)

    def from_kwargs(self, case: Case, kwargs: dict[str, Any], reference: bool = True) -> Prepared:
        """``case`` with these arguments (a shrunk or a dumped one): encoded, and answered by the
        reference here (unless told not to)."""
        args, kw = self.problem.call_shape(kwargs)
        try:
            blob = blob_bytes({"args": args, "kwargs": kw}, views=True)
        except harness.Unsupported as e:
            raise ProblemError(f"{self.problem.slug}: generated input is not plain data: {e}") from e
        if not reference:
            return Prepared(case, blob, None, 0.0)
        ref = self.problem.reference
        _one_thread()
        args = [self.problem.instantiate(a) for a in args]
        kw = {k: self.problem.instantiate(v) for k, v in kw.items()}
        try:
            t0 = time.perf_counter()
            out = ref(*args, **kw)
            ref_s = time.perf_counter() - t0
        except Exception as e:
            raise ProblemError(f"{self.problem.slug}: the reference failed on case {case.number} "
                               f"({case.name}): {type(e).__name__}: {e}") from e
        try:
            expected = harness.decode(blob_bytes(out, views=False), as_values=False)
        except harness.Unsupported as e:
            raise ProblemError(f"{self.problem.slug}: the reference returned {e}") from e
        return Prepared(case, blob, expected, ref_s)

    def prepared(self, case: Case) -> Prepared | None:
        """The case if it was already prepared (in memory), else None."""
        return self._memory.get(case.number)

    def prepare(self, case: Case) -> Prepared:
        if case.number in self._memory:
            return self._memory[case.number]
        prepared = self._load(case) if case.group != "timing" else None
        if prepared is None:
            prepared = self.compute(case)
            if case.group != "timing":
                self._save(prepared)
        self._memory[case.number] = prepared
        return prepared

    def timing_round(self, case: Case, round_index: int, reference: bool = True) -> Prepared:
        """Fresh inputs for one timing round (with the reference's answer computed here, or
        not: then the reference worker's answer is the expected one). Kept in memory, up to
        a bound, for the next submission judged with the same store; never on disk."""
        key = (case.number, round_index, reference)
        if key in self._rounds:
            return self._rounds[key]
        seed = case_seed(self.problem.slug, self.seed, f"timing:{case.spec.index}", round_index)
        prepared = self.compute(case, seed=seed, reference=reference)
        size = len(prepared.blob) + tree_mb(prepared.expected) * 2**20
        if self._rounds_bytes + size <= ROUND_CACHE_BYTES:
            self._rounds[key] = prepared
            self._rounds_bytes += size
        return prepared

    # -- disk cache
    def _paths(self, case: Case) -> tuple[Path, Path, Path] | None:
        if self._dir is None:
            return None
        seed = PUBLIC_SEED if case.group == "examples" else self.seed
        stem = self._dir / f"seed-{seed}" / f"case-{case.spec.group}-{case.spec.index}"
        return stem.with_suffix(".in"), stem.with_suffix(".out"), stem.with_suffix(".json")

    def _load(self, case: Case) -> Prepared | None:
        p = self._paths(case)
        if p is None:
            return None
        try:
            meta = json.loads(p[2].read_text())
            blob, out = p[0].read_bytes(), p[1].read_bytes()
            return Prepared(case, blob, harness.decode(out, as_values=False), float(meta["ref_s"]))
        except (OSError, ValueError, KeyError, harness.Unsupported):
            return None

    def _save(self, prepared: Prepared) -> None:
        p = self._paths(prepared.case)
        if p is None:
            return
        with contextlib.suppress(OSError):
            p[0].parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            out = blob_bytes(_plain(prepared.expected), views=False)
            for path, data in ((p[0], prepared.blob), (p[1], out),
                               (p[2], json.dumps({"ref_s": prepared.ref_s}).encode())):
                tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
                tmp.write_bytes(data)
                os.replace(tmp, path)  # the .json last: a case is cached only when whole


def _one_thread() -> None:
    """The reference runs on one thread here, as it does in the sandbox (and as fast: a
    multi-threaded torch on a busy 2-core machine can be a hundred times slower)."""
    torch = sys.modules.get("torch")
    if torch is not None and torch.get_num_threads() != 1:
        torch.set_num_threads(1)


def tree_mb(tree: Any) -> float:
    """Size of the arrays in a decoded tree, in MiB."""
    if isinstance(tree, harness.Array):
        return tree.data.nbytes / 2**20
    if isinstance(tree, list):
        return sum(tree_mb(v) for v in tree)
    if isinstance(tree, dict):
        return sum(tree_mb(v) for v in tree.values())
    return 0.0


def _plain(tree: Any) -> Any:
    """A decoded tree back to encodable values (Array leaves to numpy or torch arrays)."""
    def leaf(a: harness.Array) -> Any:
        if a.dtype == "BF16" or a.kind == "torch":
            import torch

            t = torch.from_numpy(np.array(a.data))
            return t.to(torch.bfloat16) if a.dtype == "BF16" else t
        return a.data

    return harness.map_arrays(tree, leaf)
