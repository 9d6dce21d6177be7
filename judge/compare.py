"""Trusted comparison of a worker's output with the reference's: types, shapes, dtypes, values.

Rules (docs/problem-format.md, "Comparison rules"): floating outputs may have the expected
precision or more (float64 for float32 is fine, float16/bfloat16 is not); index
outputs any integer dtype; shapes exactly; lists and tuples are the same
thing; NaN never equals a finite value; an expected inf must be matched exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from judge.harness import Array
from judge.problem import ProblemError, Tolerance

FLOAT_RANK = {"F16": 0, "BF16": 0, "F32": 1, "F64": 2}
NAMES = {"F64": "float64", "F32": "float32", "F16": "float16", "BF16": "bfloat16", "I64": "int64",
         "I32": "int32", "I16": "int16", "I8": "int8", "U64": "uint64", "U32": "uint32", "U16": "uint16",
         "U8": "uint8", "BOOL": "bool"}


@dataclass
class Mismatch:
    """Why an output is wrong, with the numbers a person needs to see it."""

    kind: str  # value | shape | dtype | type | structure
    message: str
    path: str = ""
    worst: dict[str, Any] = field(default_factory=dict)  # index, expected, got, abs_err, rel_err
    stats: dict[str, Any] = field(default_factory=dict)  # max_abs, max_rel, bad, total, rtol, atol

    def describe(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return f"wrong {self.kind}{where}: {self.message}"


def dtype_name(code: str) -> str:
    return NAMES.get(code, code)


def _kind(code: str) -> str:
    if code in FLOAT_RANK:
        return "f"
    return "b" if code == "BOOL" else "i"


def describe_value(x: Any) -> str:
    """A short description: ``float32[3, 4]`` for arrays, the type and value otherwise."""
    if isinstance(x, Array):
        return f"{dtype_name(x.dtype)}{list(x.data.shape)}"
    if isinstance(x, list):
        return f"list of {len(x)}"
    if isinstance(x, dict):
        return f"dict of {len(x)}"
    return f"{type(x).__name__} {x!r}"[:80]


def describe_expected(exp: Array) -> str:
    """What an expected array accepts: any integer dtype for indices, the dtype or wider for floats."""
    shape = list(exp.data.shape)
    kind = _kind(exp.dtype)
    if kind == "i":
        return f"integers{shape} (any integer dtype)"
    if kind == "f":
        return f"{dtype_name(exp.dtype)}{shape} (or wider)"
    return describe_value(exp)


def _as_array(x: Any) -> Array | None:
    """A number or a (nested) list of numbers as an array, else None."""
    if isinstance(x, Array):
        return x
    if isinstance(x, bool) or x is None or isinstance(x, (str, dict)):
        return None
    try:
        a = np.asarray(x)
    except (ValueError, TypeError):
        return None
    if a.dtype.kind not in "biuf":
        return None
    code = {"b": "BOOL", "i": "I64", "u": "U64", "f": "F64"}[a.dtype.kind]
    return Array(a, code, "python")


def _short(a: np.ndarray) -> str:
    return np.array2string(a, threshold=20, edgeitems=4, max_line_width=100)


def check_structure(expected: Any, got: Any, path: str = "") -> Mismatch | None:
    """Types, shapes and dtypes only (what a checker may rely on)."""
    return _walk(expected, got, path, None)


def compare(expected: Any, got: Any, tol: Tolerance, exact: bool = False) -> Mismatch | None:
    """None when ``got`` matches ``expected`` within ``tol`` (or exactly)."""
    return _walk(expected, got, "", (tol, exact))


def _walk(exp: Any, got: Any, path: str, values: tuple[Tolerance, bool] | None) -> Mismatch | None:
    if isinstance(exp, Array):
        return _arrays(exp, got, path, values)
    if isinstance(exp, dict):
        if not isinstance(got, dict):
            return Mismatch("type", f"a {describe_value(got)} where a dict is expected", path)
        missing = [k for k in exp if k not in got]
        extra = [k for k in got if k not in exp]
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"missing keys {sorted(missing)[:10]}")
            if extra:
                parts.append(f"unexpected keys {sorted(extra)[:10]}")
            return Mismatch("structure", ", ".join(parts), path)
        for k in exp:
            m = _walk(exp[k], got[k], f"{path}[{k!r}]", values)
            if m:
                return m
        return None
    if isinstance(exp, list):
        if isinstance(got, Array) and all(not isinstance(e, (list, dict)) for e in exp):
            got = got.data.tolist() if got.data.ndim == 1 else got
        if not isinstance(got, list):
            return Mismatch("type", f"a {describe_value(got)} where a list of {len(exp)} is expected", path)
        if len(got) != len(exp):
            msg = f"{len(got)} items where {len(exp)} are expected"
            if len(exp) <= 20 and len(got) <= 20 and all(not isinstance(v, (list, dict, Array)) for v in exp + got):
                msg += f"\n    expected {exp!r}\n    got      {got!r}"
            return Mismatch("shape", msg, path)
        for i, (e, g) in enumerate(zip(exp, got)):
            m = _walk(e, g, f"{path}[{i}]", values)
            if m:
                return m
        return None
    if isinstance(exp, bool) or exp is None or isinstance(exp, str):
        if type(got) is not type(exp):
            return Mismatch("type", f"{describe_value(got)} where {describe_value(exp)} is expected", path)
        if values is not None and got != exp:
            return Mismatch("value", f"expected {exp!r}, got {got!r}", path,
                            worst={"expected": exp, "got": got})
        return None
    if type(exp) in (int, float) and type(got) is type(exp) and _same_scalar(exp, got, values):
        return None  # the common case without numpy (a list of 30 000 floats: ~20 us each otherwise)
    if isinstance(exp, (int, float)):
        code = "I64" if isinstance(exp, int) else "F64"
        scalar = Array(np.asarray(exp, dtype=np.int64 if code == "I64" else np.float64), code, "python")
        if isinstance(got, float) and code == "I64":
            return Mismatch("type", f"float {got!r} where an integer is expected", path)
        return _arrays(scalar, got, path, values, scalar_ok=True)
    return Mismatch("type", f"unexpected expected value {exp!r}", path)


def _same_scalar(exp: int | float, got: int | float, values: tuple[Tolerance, bool] | None) -> bool:
    """Whether two Python scalars of one type agree as the array path would judge them (True
    only where that is certain: anything else goes the full way, which explains a mismatch)."""
    if values is None:
        return True
    tol, exact = values
    if type(exp) is int or exact:
        return got == exp
    if not (math.isfinite(exp) and math.isfinite(got)):
        return False
    rtol, atol = tol.for_dtype("float64")
    return abs(got - exp) <= atol + rtol * abs(exp)


def _arrays(exp: Array, got: Any, path: str, values: tuple[Tolerance, bool] | None,
            scalar_ok: bool = False) -> Mismatch | None:
    g = _as_array(got)
    if g is None:
        return Mismatch("type", f"{describe_value(got)} where {describe_expected(exp)} is expected", path)
    ek, gk = _kind(exp.dtype), _kind(g.dtype)
    if ek == "f":
        if gk != "f":
            return Mismatch("dtype", f"{dtype_name(g.dtype)} where {dtype_name(exp.dtype)} "
                            "(or wider) is expected", path)
        floor = min(FLOAT_RANK[exp.dtype], 1) if scalar_ok else FLOAT_RANK[exp.dtype]
        if FLOAT_RANK[g.dtype] < floor:
            return Mismatch("dtype", f"{dtype_name(g.dtype)} where {dtype_name(exp.dtype)} or wider is "
                            "expected (lower precision loses the answer)", path)
    elif ek == "i" and gk != "i":
        return Mismatch("dtype", f"{dtype_name(g.dtype)} where an integer dtype is expected", path)
    elif ek == "b" and gk != "b":
        return Mismatch("dtype", f"{dtype_name(g.dtype)} where bool is expected", path)
    if g.data.shape != exp.data.shape:
        msg = f"shape {tuple(g.data.shape)} where {tuple(exp.data.shape)} is expected"
        if exp.data.ndim <= 1 and g.data.ndim <= 1 and exp.data.size <= 40 and g.data.size <= 40:
            msg += f"\n    expected {_short(exp.data)}\n    got      {_short(g.data)}"
        return Mismatch("shape", msg, path)
    if values is None:
        return None
    tol, exact = values
    if ek == "f" and not exact:
        return _close(exp, g, tol, path)
    return _equal(exp, g, path)


def _index(flat: int, shape: tuple[int, ...]) -> list[int]:
    return [int(i) for i in np.unravel_index(flat, shape)] if shape else []


def _equal(exp: Array, got: Array, path: str) -> Mismatch | None:
    e, g = exp.data, got.data
    if e.dtype.kind == "f" or g.dtype.kind == "f":
        bad = ~((e == g) | (np.isnan(e.astype(np.float64)) & np.isnan(g.astype(np.float64))))
    else:
        bad = e.astype(object) != g.astype(object) if e.dtype != g.dtype else e != g
        bad = np.asarray(bad, dtype=bool)
    n = int(bad.sum())
    if n == 0:
        return None
    i = int(np.flatnonzero(bad.reshape(-1))[0])
    msg = f"{n} of {e.size} elements differ"
    if e.ndim <= 1 and e.size <= 40:
        msg += f"\n    expected {_short(e)}\n    got      {_short(g)}"
    return Mismatch("value", msg, path,
                    worst={"index": _index(i, e.shape), "expected": e.reshape(-1)[i].item(),
                           "got": g.reshape(-1)[i].item()},
                    stats={"bad": n, "total": int(e.size)})


CHUNK = 1 << 15  # elements compared at a time: the temporaries stay in the CPU's cache


def _all_close(e: np.ndarray, g: np.ndarray, rtol: float, atol: float) -> bool:
    """Every element of ``g`` within tolerance of a finite ``e``, in the data's own precision:
    the common case, decided quickly (NaN and inf answer False: the careful path says why)."""
    if e.size == 0:
        return True
    if e.flags.c_contiguous and g.flags.c_contiguous:
        e, g = e.reshape(-1), g.reshape(-1)
    elif e.flags.f_contiguous and g.flags.f_contiguous:
        e, g = e.ravel(order="F"), g.ravel(order="F")
    else:  # layouts that differ: the whole arrays at once
        with np.errstate(invalid="ignore", over="ignore"):
            return bool(np.all(np.abs(g - e) <= atol + rtol * np.abs(e))) and bool(np.all(np.isfinite(e)))
    diff = np.empty(min(CHUNK, e.size), dtype=e.dtype)
    allowed = np.empty_like(diff)
    with np.errstate(invalid="ignore", over="ignore"):
        for i in range(0, e.size, CHUNK):
            ec, gc = e[i:i + CHUNK], g[i:i + CHUNK]
            d, a = diff[:ec.size], allowed[:ec.size]
            np.subtract(gc, ec, out=d)
            np.abs(d, out=d)
            np.abs(ec, out=a)
            a *= rtol
            a += atol  # finite exactly where ``ec`` is
            if not (np.less_equal(d, a).all() and np.isfinite(a).all()):
                return False
    return True


def _close(exp: Array, got: Array, tol: Tolerance, path: str) -> Mismatch | None:
    rtol, atol = tol.for_dtype(dtype_name(exp.dtype))
    if exp.data.dtype == got.data.dtype and exp.data.dtype.itemsize >= 4 and _all_close(exp.data, got.data, rtol, atol):
        return None
    e = exp.data.astype(np.float64).reshape(-1)
    g = got.data.astype(np.float64).reshape(-1)
    finite = np.isfinite(e)
    with np.errstate(invalid="ignore", over="ignore"):
        err = np.abs(g - e)
        allowed = atol + rtol * np.abs(e)
        ok_finite = finite & (err <= allowed)
        ok_special = ~finite & ((np.isnan(e) & np.isnan(g)) | (e == g))
        bad = ~(ok_finite | ok_special)
        n = int(bad.sum())
        fe = finite & np.isfinite(g)
        max_abs = float(err[fe].max()) if fe.any() else 0.0
        rel = err[fe] / np.maximum(np.abs(e[fe]), np.finfo(np.float64).tiny)
        max_rel = float(rel.max()) if fe.any() else 0.0
    stats = {"max_abs": max_abs, "max_rel": max_rel, "bad": n, "total": int(e.size),
             "rtol": rtol, "atol": atol, "nonfinite": int((finite & ~np.isfinite(g)).sum())}
    if n == 0:
        return None
    with np.errstate(invalid="ignore", over="ignore"):
        excess = np.where(bad, np.nan_to_num(err - allowed, nan=np.inf, posinf=np.inf), -np.inf)
    i = int(np.argmax(excess))
    ev, gv = float(e[i]), float(g[i])
    worst = {"index": _index(i, exp.data.shape), "expected": ev, "got": gv,
             "abs_err": abs(gv - ev) if np.isfinite(gv - ev) else float("inf"),
             "rel_err": abs(gv - ev) / abs(ev) if ev and np.isfinite(gv - ev) else float("inf")}
    if not np.isfinite(gv) and np.isfinite(ev):
        msg = f"{n} of {e.size} elements wrong; {gv} where a finite value is expected"
    elif not np.isfinite(ev):
        msg = f"{n} of {e.size} elements wrong; {gv} where {ev} is expected"
    else:
        msg = f"{n} of {e.size} elements outside rtol={rtol:g}, atol={atol:g}"
    return Mismatch("value", msg, path, worst=worst, stats=stats)


def _leaf_pairs(exp: Any, got: Any) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Float arrays of the same shape at the same place in both trees."""
    if isinstance(exp, Array):
        g = _as_array(got)
        if g is not None and exp.data.dtype.kind == "f" and g.data.shape == exp.data.shape:
            yield exp.data.astype(np.float64), g.data.astype(np.float64)
    elif isinstance(exp, (list, tuple)) and isinstance(got, (list, tuple)) and len(exp) == len(got):
        for e, g in zip(exp, got):
            yield from _leaf_pairs(e, g)
    elif isinstance(exp, dict) and isinstance(got, dict):
        for k in exp.keys() & got.keys():
            yield from _leaf_pairs(exp[k], got[k])


def _named_factor(f: float, sizes: set[int]) -> str:
    """A known term ``f`` is close to, in the sizes at hand ("sqrt(n/(n-1)) with n = 40")."""
    terms: dict[str, float] = {}
    for n in sorted(s for s in sizes if s >= 2):
        terms.update({f"sqrt(n/(n-1)) with n = {n}": math.sqrt(n / (n - 1)), f"n/(n-1) with n = {n}": n / (n - 1),
                      f"sqrt((n-1)/n) with n = {n}": math.sqrt((n - 1) / n), f"(n-1)/n with n = {n}": (n - 1) / n,
                      f"n = {n}": float(n), f"1/n with n = {n}": 1 / n, f"sqrt(n) with n = {n}": math.sqrt(n),
                      f"1/sqrt(n) with n = {n}": 1 / math.sqrt(n)})
    close = [(abs(f / v - 1), name) for name, v in terms.items() if abs(f / v - 1) < 2e-4]
    return min(close)[1] if close else ""


def systematic(expected: Any, got: Any, sizes: set[int]) -> str:
    """A hint when a float mismatch is systematic, not noise: every element off by the same
    factor (named when it is a known term of the sizes at hand) or by the same amount."""
    for e, g in _leaf_pairs(expected, got):
        finite = np.isfinite(e) & np.isfinite(g)
        if finite.sum() < 4 or np.array_equal(e[finite], g[finite]):
            continue
        nonzero = finite & (np.abs(e) > 1e-12 * max(1.0, float(np.abs(e[finite]).max())))
        ratio = g[nonzero] / e[nonzero]
        if ratio.size >= 4 and abs(ratio.mean() - 1) > 1e-6 and ratio.std() <= 1e-5 * abs(ratio.mean()):
            f = float(ratio.mean())
            name = _named_factor(f, sizes)
            return f"every element is off by a factor close to {f:.6g}" + (f", that is {name}" if name else "")
        diff = g[finite] - e[finite]
        if abs(diff.mean()) > 0 and diff.std() <= 1e-4 * abs(diff.mean()):
            return f"every element is off by the same amount, {float(diff.mean()):.4g}"
    return ""


def check_output(problem: Any, prepared: Any, got: Any) -> Mismatch | None:
    """The comparison policy of a problem: its checker (structure first), else ``compare`` with
    its tolerance (exactly where it says so). None when ``got`` is a right answer."""
    from judge.harness import map_arrays

    def plain(tree: Any) -> Any:  # arrays as numpy arrays: what a checker gets
        return map_arrays(tree, lambda a: a.data)

    if problem.compare == "checker":
        m = check_structure(prepared.expected, got)
        if m:
            return m
        try:
            verdict = problem.module("checker").check(plain(prepared.inputs()), plain(got), plain(prepared.expected))
        except ProblemError:
            raise
        except Exception as e:
            raise ProblemError(f"{problem.slug}: the checker failed: {type(e).__name__}: {e}") from e
        return Mismatch("value", verdict) if verdict else None
    return compare(prepared.expected, got, problem.tolerance, exact=problem.compare == "exact")
