"""Problem packages: ``problems/<slug>/`` loaded into frozen dataclasses.

A package holds ``problem.yaml`` (the spec below), ``statement.en.md`` and
``statement.zh.md``, ``reference.py`` (defines the entry), ``generator.py``
(``generate(rng, **params) -> dict`` of the entry's arguments) and, for answers
that are not unique, ``checker.py`` (``check(inputs, got, expected) -> str | None``).
Every default lives in this file; a bad field is named in the error.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

GROUPS = ("examples", "edge", "random", "timing")
FRAMEWORKS = ("numpy", "torch", "python")
DIFFICULTIES = ("easy", "medium", "hard")
COMPARE_KINDS = ("allclose", "exact", "checker")
FLOAT_DTYPES = ("float16", "bfloat16", "float32", "float64")
# torch.testing.assert_close's defaults: a correct float32 kernel summing in
# another order passes, a float16 shortcut does not.
DEFAULT_RTOL = {"float16": 1e-3, "bfloat16": 1.6e-2, "float32": 1.3e-6, "float64": 1e-7}
DEFAULT_ATOL = {"float16": 1e-5, "bfloat16": 1e-5, "float32": 1e-5, "float64": 1e-7}
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
REPO = Path(__file__).resolve().parent.parent
PROBLEMS_DIR = REPO / "problems"


class ProblemError(Exception):
    """A malformed problem package (the judge's fault, never a submission's)."""


@dataclass(frozen=True)
class Param:
    name: str
    has_default: bool
    default: Any = None


@dataclass(frozen=True)
class Tolerance:
    rtol: dict[str, float]
    atol: dict[str, float]

    def for_dtype(self, dtype: str) -> tuple[float, float]:
        return self.rtol.get(dtype, self.rtol["float64"]), self.atol.get(dtype, self.atol["float64"])


@dataclass(frozen=True)
class Limits:
    time_multiplier: float = 5.0  # TLE beyond this many times the reference's time
    time_floor_s: float = 1.0  # no call is cut off sooner than this
    memory_mb: int = 1024  # what a submission may allocate
    gpu_memory_mb: int = 4096  # what it may allocate on a CUDA device
    load_s: float = 20.0  # import of the submission (and CUDA's start on a GPU)


@dataclass(frozen=True)
class Timing:
    budget_s: float = 10.0  # measuring time per submission
    min_rounds: int = 10
    min_pairs: int = 3
    max_rounds: int = 200
    pair_s: float = 1.0  # re-fork the A/B pair this often
    target_halfwidth: float = 0.025  # stop once the 95% CI is this tight (relative)
    fastest_plausible: float = 0.25  # a ratio below this is flagged for review
    # the judge's own work (next inputs, last check) beside the timed calls, on another CPU:
    # about a third less wall time, but its bursts beside a round's first call pull ratios
    # far from 1 towards 1 by a few percent on some problems (benchmarks/RESULTS.md)
    overlap: bool = False


@dataclass(frozen=True)
class Scaling:
    """How a solution's cost grows (``scaling:`` in problem.yaml; judge/scaling.py measures it)."""

    params: tuple[str, ...]  # the generator keywords grown together (``n``, or ``[h, w]``)
    sizes: tuple[int, ...]  # geometric, small to large; the reference takes ~1-50 ms across them
    case: dict[str, Any]  # the other keywords, the same at every size
    time: tuple[float, float]  # the reference's time exponent lies here (``judge verify`` checks it)
    memory: tuple[float, float] | None = None  # and its peak memory's, where that is declared
    verdict: bool = False  # a time exponent clearly above the reference's is TLE (the algorithm is the point)


@dataclass(frozen=True)
class TestSpec:
    group: str
    index: int  # within its group
    params: dict[str, Any]
    name: str


@dataclass(frozen=True)
class Problem:
    slug: str
    path: Path
    version: int
    title: dict[str, str]
    difficulty: str
    tags: tuple[str, ...]
    framework: str
    entry: str
    signature: str
    params: tuple[Param, ...]
    compare: str
    tolerance: Tolerance
    forbidden: tuple[str, ...]
    limits: Limits
    timing: Timing
    tests: dict[str, tuple[TestSpec, ...]]
    hash: str
    devices: tuple[str, ...] = ("cpu",)
    forbidden_ops: tuple[str, ...] = ()  # aten operators refused at dispatch, by any Python path
    outputs: tuple[str, ...] = ()  # the names of a tuple output's parts, used in every message
    # sizes a failing case can shrink along: each a tuple of (argument, axis) that shrink together
    shrink: tuple[tuple[tuple[str, int], ...], ...] = ()
    scaling: Scaling | None = None
    entry_kind: str = "function"  # "class": a signature "class Name", each case a script of calls
    _modules: dict[str, ModuleType] = field(default_factory=dict, compare=False, repr=False)

    # -- files
    def statement(self, lang: str = "en") -> str:
        return (self.path / f"statement.{lang}.md").read_text(encoding="utf-8")

    def module(self, name: str) -> ModuleType:
        """``reference``, ``generator`` or ``checker``, imported once from the package."""
        if name not in self._modules:
            file = self.path / f"{name}.py"
            modname = f"mljudge_problem_{self.slug}_{self.hash[:8]}_{name}"
            spec = importlib.util.spec_from_file_location(modname, file)
            if spec is None or spec.loader is None:
                raise ProblemError(f"{file}: cannot be imported")
            module = importlib.util.module_from_spec(spec)
            sys.modules[modname] = module
            try:
                spec.loader.exec_module(module)
            except Exception as e:
                del sys.modules[modname]
                raise ProblemError(f"{file}: {type(e).__name__}: {e}") from e
            self._modules[name] = module
        return self._modules[name]

    @property
    def reference(self) -> Any:
        entry = getattr(self.module("reference"), self.entry)
        if self.entry_kind == "class":  # driven by a script, as in the sandbox
            import functools

            from judge.harness import run_script

            return functools.partial(run_script, entry)
        return entry

    @property
    def has_checker(self) -> bool:
        return (self.path / "checker.py").exists()

    def support_source(self) -> str | None:
        """``support.py``: public helpers built inside the sandbox (see ``harness.Make``)."""
        file = self.path / "support.py"
        return file.read_text(encoding="utf-8") if file.exists() else None

    def instantiate(self, value: Any) -> Any:
        """Build ``Make`` leaves on the trusted side, as the worker does in the sandbox."""
        from judge.harness import Make

        if type(value) is Make:
            factory = getattr(self.module("support"), value.factory, None)
            if factory is None:
                raise ProblemError(f"{self.path}/support.py: no {value.factory!r}")
            return factory(**{k: self.instantiate(v) for k, v in value.kwargs.items()})
        if isinstance(value, dict):
            return {k: self.instantiate(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)) and any(type(v) is Make for v in value):
            return type(value)(self.instantiate(v) for v in value)
        return value

    def preload(self) -> list[str]:
        """Modules the sandbox imports before forking (never a forbidden one)."""
        # numpy for python problems too: the data format needs it in every worker
        wanted = {"numpy": ["numpy"], "torch": ["numpy", "torch"], "python": ["numpy"]}[self.framework]
        return [m for m in wanted if m not in self.forbidden]

    def starter(self, statement_at: str | None = None) -> str:
        """A starter file: imports, the exact signature, a docstring that says where the
        statement is (``statement_at``: a web page, when the problem is served remotely)."""
        imports = {"numpy": "import numpy as np\n", "torch": "import torch\n", "python": ""}[self.framework]
        title = self.title.get("en", self.slug)
        where = statement_at or f"`judge show {self.slug}` (`--lang zh` for Chinese)"
        doc = f'    """{title}.\n\n    Statement: {where}.\n    """\n'
        if self.entry_kind == "class":
            return f"{imports}\n\n{self.signature}:\n{doc}\n    # the methods the statement asks for\n"
        return f"{imports}\n\n{self.signature}:\n{doc}    raise NotImplementedError\n"

    def call_shape(self, kwargs: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        """Positional arguments in signature order while they are given, keywords after a gap."""
        args: list[Any] = []
        kw: dict[str, Any] = {}
        gap = False
        for p in self.params:
            if p.name not in kwargs:
                gap = True
            elif gap:
                kw[p.name] = kwargs[p.name]
            else:
                args.append(kwargs[p.name])
        return args, kw


# --------------------------------------------------------------------------- validation


def _fail(where: str, message: str) -> None:
    raise ProblemError(f"{where}: {message}")


def _get(d: dict, key: str, where: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    if key not in d:
        if default is ...:
            _fail(where, f"missing required field {key!r}")
        return default
    value = d[key]
    ok = isinstance(value, kind) and not (kind in (int, float, (int, float)) and isinstance(value, bool))
    if not ok:
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        _fail(f"{where}.{key}" if where else key, f"expected {names}, got {value!r}")
    return value


def _choice(value: str, options: tuple[str, ...], where: str) -> str:
    if value not in options:
        _fail(where, f"{value!r} is not one of {', '.join(options)}")
    return value


def _positive(value: float, where: str) -> float:
    if value <= 0:
        _fail(where, f"must be positive, got {value}")
    return value


def _tolerance(spec: dict, where: str) -> Tolerance:
    out = {}
    for key, default in (("rtol", DEFAULT_RTOL), ("atol", DEFAULT_ATOL)):
        value = spec.get(key)
        if value is None:
            out[key] = dict(default)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = dict.fromkeys(FLOAT_DTYPES, float(value))
        elif isinstance(value, dict):
            merged = dict(default)
            for dt, v in value.items():
                _choice(dt, FLOAT_DTYPES, f"{where}.{key}")
                if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
                    _fail(f"{where}.{key}.{dt}", f"expected a non-negative number, got {v!r}")
                merged[dt] = float(v)
            out[key] = merged
        else:
            _fail(f"{where}.{key}", f"expected a number or a mapping by dtype, got {value!r}")
    return Tolerance(out["rtol"], out["atol"])


def _dataclass_from(cls: type, spec: Any, where: str) -> Any:
    if spec is None:
        return cls()
    if not isinstance(spec, dict):
        _fail(where, f"expected a mapping, got {spec!r}")
    fields = cls.__dataclass_fields__
    for key in spec:
        if key not in fields:
            _fail(where, f"unknown field {key!r} (known: {', '.join(fields)})")
    values = {}
    for name, f in fields.items():
        if name in spec and f.type in ("bool", bool):
            values[name] = _get(spec, name, where, bool)
        elif name in spec:
            kind = (int, float) if f.type in ("float", float) else int
            values[name] = _positive(_get(spec, name, where, kind), f"{where}.{name}")
    return cls(**values)


def parse_signature(signature: str, entry: str, where: str) -> tuple[Param, ...]:
    try:
        tree = ast.parse(signature.strip() + ": ...")
    except SyntaxError as e:
        raise ProblemError(f"{where}: not a def line: {e.msg}") from e
    fn = tree.body[0]
    if not isinstance(fn, ast.FunctionDef) or fn.name != entry:
        _fail(where, f"must be 'def {entry}(...)'")
    a = fn.args
    if a.vararg or a.kwarg or a.posonlyargs:
        _fail(where, "use plain named parameters")
    plain = a.args + a.kwonlyargs
    defaults = [None] * (len(a.args) - len(a.defaults)) + list(a.defaults) + list(a.kw_defaults)
    out = []
    for arg, d in zip(plain, defaults):
        if d is None:
            out.append(Param(arg.arg, False))
        else:
            try:
                out.append(Param(arg.arg, True, ast.literal_eval(d)))
            except ValueError:
                _fail(where, f"default of {arg.arg} must be a literal")
    return tuple(out)


def _tests(spec: Any, where: str) -> dict[str, tuple[TestSpec, ...]]:
    if not isinstance(spec, dict):
        _fail(where, "expected a mapping of groups")
    out: dict[str, tuple[TestSpec, ...]] = {}
    for group in spec:
        _choice(group, GROUPS, f"{where}.{group}")
    for group in GROUPS:
        entries = spec.get(group) or []
        if not isinstance(entries, list):
            _fail(f"{where}.{group}", "expected a list of parameter mappings")
        cases: list[TestSpec] = []
        for i, entry in enumerate(entries):
            w = f"{where}.{group}[{i}]"
            if not isinstance(entry, dict):
                _fail(w, f"expected a mapping of generator parameters, got {entry!r}")
            params = dict(entry)
            repeat = params.pop("repeat", 1)
            if not isinstance(repeat, int) or isinstance(repeat, bool) or repeat < 1:
                _fail(f"{w}.repeat", f"expected a positive integer, got {repeat!r}")
            name = str(params.pop("name", "")) or ",".join(f"{k}={v}" for k, v in params.items())
            for r in range(repeat):
                label = f"{name}#{r + 1}" if repeat > 1 else name
                cases.append(TestSpec(group, len(cases), params, label or f"{group}{len(cases) + 1}"))
        out[group] = tuple(cases)
    if not out["examples"]:
        _fail(f"{where}.examples", "at least one public example is required")
    if not (out["edge"] or out["random"]):
        _fail(where, "hidden tests (edge or random) are required")
    return out


def content_hash(path: Path) -> str:
    h = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(file.relative_to(path)).encode() + b"\0" + file.read_bytes() + b"\0")
    return h.hexdigest()


def resolve(ref: str | Path) -> Path:
    """A problem package's folder: ``ref`` itself when it holds a problem.yaml, else the slug of
    a catalog problem (so a folder of one's own named like the slug does not hide it). An
    unknown name gets the closest slugs and a pointer to `judge list`."""
    path = Path(ref)
    if (path / "problem.yaml").is_file():
        return path.resolve()
    if SLUG.match(str(ref)) and (PROBLEMS_DIR / str(ref) / "problem.yaml").is_file():
        return (PROBLEMS_DIR / str(ref)).resolve()
    if path.is_dir() and not SLUG.match(str(ref)):
        raise ProblemError(f"{path.resolve()}: not a problem package (no problem.yaml)")
    import difflib

    slugs = [p.name for p in discover()]
    close = difflib.get_close_matches(path.name, slugs, n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise ProblemError(f"no problem {str(ref)!r}: {hint}(see `judge list`)")


def load(path: str | Path) -> Problem:
    """Load and validate ``problems/<slug>`` (a path, or a bare slug)."""
    path = resolve(path)
    spec_file = path / "problem.yaml"
    where = str(spec_file)
    try:
        spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ProblemError(f"{where}: not valid YAML: {e}") from e
    if not isinstance(spec, dict):
        _fail(where, "expected a mapping at the top level")
    known = {"slug", "version", "title", "difficulty", "tags", "framework", "entry", "signature",
             "compare", "forbidden", "forbidden_ops", "outputs", "shrink", "limits", "timing", "tests", "devices",
             "scaling"}
    for key in spec:
        if key not in known:
            _fail(where, f"unknown field {key!r}")
    w = lambda key: f"{where}: {key}"  # noqa: E731
    slug = _get(spec, "slug", where, str)
    if not SLUG.match(slug) or slug != path.name:
        _fail(w("slug"), f"{slug!r} must be lowercase_with_underscores and match the folder {path.name!r}")
    title = _get(spec, "title", where, dict)
    for lang in ("en", "zh"):
        if not isinstance(title.get(lang), str) or not title[lang]:
            _fail(w(f"title.{lang}"), "a title in each language is required")
    entry = _get(spec, "entry", where, str)
    signature = _get(spec, "signature", where, str)
    compare_spec = _get(spec, "compare", where, dict, {})
    compare = _choice(_get(compare_spec, "kind", w("compare"), str, "allclose"), COMPARE_KINDS,
                      w("compare.kind"))
    for file in ("statement.en.md", "statement.zh.md", "reference.py", "generator.py"):
        if not (path / file).is_file():
            _fail(str(path), f"missing {file}")
    if compare == "checker" and not (path / "checker.py").is_file():
        _fail(w("compare.kind"), "'checker' needs a checker.py")
    forbidden = _get(spec, "forbidden", where, list, [])
    for i, name in enumerate(forbidden):
        if not isinstance(name, str) or not re.match(r"^(@|\*?\.?[A-Za-z_][\w.]*)$", name):
            _fail(w(f"forbidden[{i}]"), f"expected a dotted name, '@' or '*.method', got {name!r}")
    forbidden_ops = _get(spec, "forbidden_ops", where, list, [])
    for i, name in enumerate(forbidden_ops):
        if not isinstance(name, str) or not re.match(r"^aten::[A-Za-z_]\w*(\.\w+)?$", name):
            _fail(w(f"forbidden_ops[{i}]"),
                  f"expected an operator such as 'aten::rms_norm' or 'aten::rms_norm.default', got {name!r}")
    outputs = _get(spec, "outputs", where, list, [])
    for i, name in enumerate(outputs):
        if not isinstance(name, str) or not name.isidentifier():
            _fail(w(f"outputs[{i}]"), f"expected the name of a part of the output, got {name!r}")
    is_class = re.match(rf"^\s*class\s+{re.escape(entry)}\s*(\([^()]*\))?\s*:?\s*$", signature) is not None
    params = (Param("init", False), Param("calls", False)) if is_class else \
        parse_signature(signature, entry, w("signature"))
    names = {q.name for q in params}
    shrink = []
    for i, dim in enumerate(_get(spec, "shrink", where, list, [])):
        if not isinstance(dim, list) or not dim:
            _fail(w(f"shrink[{i}]"), f"expected a list such as [boxes.0, scores.0], got {dim!r}")
        axes = []
        for item in dim:
            m = re.match(r"^([A-Za-z_]\w*)\.(\d+)$", str(item))
            if not m or m[1] not in names:
                _fail(w(f"shrink[{i}]"), f"expected <argument>.<axis> of {sorted(names)}, got {item!r}")
            axes.append((m[1], int(m[2])))
        shrink.append(tuple(axes))
    devices = tuple(_get(spec, "devices", where, list, ["cpu"]))
    for i, d in enumerate(devices):
        _choice(d, ("cpu", "cuda"), w(f"devices[{i}]"))
    return Problem(
        slug=slug,
        path=path,
        version=_positive(_get(spec, "version", where, int, 1), w("version")),
        title={"en": title["en"], "zh": title["zh"]},
        difficulty=_choice(_get(spec, "difficulty", where, str), DIFFICULTIES, w("difficulty")),
        tags=tuple(str(t) for t in _get(spec, "tags", where, list, [])),
        framework=_choice(_get(spec, "framework", where, str), FRAMEWORKS, w("framework")),
        entry=entry,
        signature=signature.strip().rstrip(":"),
        params=params,
        entry_kind="class" if is_class else "function",
        compare=compare,
        tolerance=_tolerance(compare_spec, w("compare")),
        forbidden=tuple(forbidden),
        limits=_dataclass_from(Limits, spec.get("limits"), w("limits")),
        timing=_dataclass_from(Timing, spec.get("timing"), w("timing")),
        tests=_tests(_get(spec, "tests", where, dict), w("tests")),
        hash=content_hash(path),
        devices=devices,
        forbidden_ops=tuple(forbidden_ops),
        outputs=tuple(outputs),
        shrink=tuple(shrink),
        scaling=_scaling(spec.get("scaling"), w("scaling")),
    )


def _scaling(spec: Any, where: str) -> Scaling | None:
    if spec is None:
        return None
    if not isinstance(spec, dict):
        _fail(where, f"expected a mapping, got {spec!r}")
    unknown = set(spec) - {"param", "sizes", "case", "time", "memory", "verdict"}
    if unknown:
        _fail(where, f"unknown field {sorted(unknown)[0]!r} (known: param, sizes, case, time, memory, verdict)")
    raw = spec.get("param")
    params = tuple(raw) if isinstance(raw, list) else (raw,)
    if not params or not all(isinstance(p, str) and p for p in params):
        _fail(f"{where}.param", f"expected a generator keyword or a list of them, got {raw!r}")
    sizes = _get(spec, "sizes", where, list)
    if len(sizes) < 3 or not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in sizes) \
            or any(b < 1.5 * a for a, b in zip(sizes, sizes[1:])):
        _fail(f"{where}.sizes", f"expected 3 or more positive integers, each >= 1.5x the one before, got {sizes!r}")
    case = _get(spec, "case", where, dict, {})
    if set(case) & set(params):
        _fail(f"{where}.case", f"{sorted(set(case) & set(params))} are grown by 'param'")

    def interval(key: str) -> tuple[float, float] | None:
        value = spec.get(key)
        if value is None:
            return None
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)
                and value[0] < value[1]):
            _fail(f"{where}.{key}", f"expected [low, high] exponents of the reference, got {value!r}")
        return float(value[0]), float(value[1])

    time = interval("time")
    if time is None:
        _fail(f"{where}.time", "the reference's time exponent [low, high] is required")
    verdict = _get(spec, "verdict", where, bool, False)
    return Scaling(params, tuple(sizes), dict(case), time, interval("memory"), verdict)


def discover(root: Path = PROBLEMS_DIR) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/problem.yaml"))
