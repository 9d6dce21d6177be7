"""A failing case as a JSON file a user can load (``judge submit --dump case.json``) and run
again alone (``judge run PROBLEM FILE --case-file case.json``).

Arrays are ``{"array": dtype, "kind": "numpy"|"torch", "shape": [...], "data": nested list}``
(non-finite floats as the strings "nan", "inf", "-inf"); everything else is plain JSON.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from judge.harness import Array
from judge.problem import Problem, ProblemError

FORMAT = 1


def _floats(x: Any) -> Any:
    if isinstance(x, list):
        return [_floats(v) for v in x]
    if isinstance(x, float) and not math.isfinite(x):
        return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    return x


def to_json(tree: Any) -> Any:
    if isinstance(tree, Array):
        data = tree.data
        return {"array": str(data.dtype), "kind": tree.kind, "shape": list(data.shape),
                "data": _floats(data.tolist())}
    if isinstance(tree, (list, tuple)):
        return [to_json(v) for v in tree]
    if isinstance(tree, dict):
        return {str(k): to_json(v) for k, v in tree.items()}
    if isinstance(tree, float) and not math.isfinite(tree):
        return _floats(tree)
    return tree


def _unfloat(x: Any) -> Any:
    if isinstance(x, list):
        return [_unfloat(v) for v in x]
    return float(x) if x in ("nan", "inf", "-inf") else x


def from_json(doc: Any) -> Any:
    """Arguments back as the generator would give them (numpy arrays, torch tensors)."""
    if isinstance(doc, dict) and "array" in doc and "data" in doc:
        data = np.array(_unfloat(doc["data"]), dtype=np.dtype(doc["array"])).reshape(doc["shape"])
        if doc.get("kind") == "torch":
            import torch

            return torch.from_numpy(np.ascontiguousarray(data))
        return data
    if isinstance(doc, list):
        return [from_json(v) for v in doc]
    if isinstance(doc, dict):
        return {k: from_json(v) for k, v in doc.items()}
    return doc


def write(path: str | Path, problem: Problem, seed: int, prepared: Any, got: Any) -> None:
    """The case's arguments (by name), the expected output and the submission's (None if it raised)."""
    from judge.grade import _named_inputs

    doc = {"format": FORMAT, "problem": problem.slug, "problem_hash": problem.hash, "seed": seed,
           "case": prepared.case.number, "group": prepared.case.group, "name": prepared.case.name,
           "inputs": {p.name: to_json(v) for p, v in _named_inputs(problem, prepared)},
           "expected": to_json(prepared.expected), "got": None if got is None else to_json(got)}
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read(path: str | Path, problem: Problem) -> dict[str, Any]:
    """The arguments of a dumped case (ProblemError if the file is not one of this problem's)."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ProblemError(f"{path}: not a case file ({e})") from e
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("inputs"), dict):
        raise ProblemError(f"{path}: not a case file of this judge (format {FORMAT})")
    if doc.get("problem") != problem.slug:
        raise ProblemError(f"{path}: a case of {doc.get('problem')!r}, not of {problem.slug!r}")
    names = {p.name for p in problem.params}
    unknown = set(doc["inputs"]) - names
    if unknown:
        raise ProblemError(f"{path}: {sorted(unknown)} are not arguments of {problem.entry}")
    return {k: from_json(v) for k, v in doc["inputs"].items()}
