"""Terminal rendering of results, statements and examples (the CLI prints what this returns)."""

from __future__ import annotations

import re
from typing import Any

import click
import numpy as np

from judge.compare import dtype_name
from judge.harness import Array, Make
from judge.present import ms as _ms
from judge.problem import Limits
from judge.verdict import VERDICTS, Failure, GroupResult, Result, ScalingResult, Verdict

VERDICT_NAMES = {v: info.meaning for v, info in VERDICTS.items()}


def verdict_text(v: Verdict, width: int = 0) -> str:
    return click.style(str(v).ljust(width), fg=VERDICTS[v].terminal, bold=v != Verdict.SKIPPED)


def limits(lim: Limits, lang: str = "en") -> str:
    """A problem's limits as its statement's readers need them (``judge show``)."""
    if lang == "zh":
        return (f"## 限制\n\n- 每次调用最多 max({lim.time_floor_s:g} 秒, 参考解用时的 {lim.time_multiplier:g} 倍)；"
                f"计时用例的总体速度比也不得超过 {lim.time_multiplier:g} 倍。\n"
                f"- 内存：输入与输出之外 {lim.memory_mb} MiB。")
    return (f"## Limits\n\n- Each call: at most max({lim.time_floor_s:g} s, {lim.time_multiplier:g}× the reference's "
            f"time); on the timing cases the overall speed ratio too must stay under {lim.time_multiplier:g}×.\n"
            f"- Memory: {lim.memory_mb} MiB beyond the inputs and the output.")


def heading(problem: str, filename: str, seed: int, backend: str, protections: str) -> str:
    """The title line and the group table's header."""
    where = f"{backend} sandbox ({protections})" if protections else f"{backend} sandbox not started"
    return "\n".join([click.style(f"{problem} · {filename} · seed {seed} · {where}",
                                   bold=True), "",
                      f"  {'group':<10}{'tests':>8}  {'verdict':<10}{'slowest':>10}{'peak mem':>11}"])


def group_row(g: GroupResult) -> str:
    tests = f"{g.passed}/{g.total}" if g.total else "-"
    mem = f"{g.peak_memory_mb:.0f} MiB" if g.peak_memory_mb else "-"
    return f"  {g.name:<10}{tests:>8}  {verdict_text(g.verdict, 10)}{_ms(g.max_time_s):>10}{mem:>11}"


def result(r: Result, verbose: bool = False, rows_shown: int = 0) -> str:
    """The whole result; ``rows_shown``: the heading and that many group rows were printed
    already (streamed as the groups were judged)."""
    lines = [] if rows_shown else [heading(r.problem, r.filename, r.seed, r.backend, r.protections)]
    lines += [group_row(g) for g in r.groups[rows_shown:]]
    lines += ["", f"  Verdict: {verdict_text(r.verdict)}  {VERDICT_NAMES[r.verdict]}"]
    if r.failure is not None:
        lines += failure(r.failure)
    if r.speed is not None:
        s = r.speed
        lines.append(f"  Speed: {s.describe()}")
        lines.append(f"         {s.rounds} rounds in {s.pairs} fresh process pairs, interleaved"
                     + (f"; CPU-time ratio {s.cpu_ratio:.2f}" if s.cpu_ratio else ""))
        if verbose or len(s.cases) > 1:
            for c in s.cases:
                lines.append(f"         case {c.case} {c.name}: {c.ratio:.2f}× ({c.lo:.2f}–{c.hi:.2f}), "
                             f"reference {c.ref_ms:.1f} ms, yours {c.sub_ms:.1f} ms, {c.rounds} rounds")
        if s.uncertain:
            lines.append(click.style(f"  Uncertain: {s.uncertain}", fg="yellow"))
        for flag in s.flags:
            lines.append(click.style(f"  Review: {flag}", fg="yellow"))
    if r.scaling is not None:
        lines += scaling(r.scaling)
    if r.missing_protections:
        lines.append(click.style("  Sandbox: this machine lacks " + "; ".join(r.missing_protections)
                                 + " (see `judge doctor`)", fg="yellow"))
    lines.append(click.style(f"  ({r.duration_s:.1f} s)", fg="bright_black"))
    return "\n".join(lines)


def scaling(s: ScalingResult) -> list[str]:
    """How time and memory grew with size: the finding, the points, a log-log chart."""
    from judge.scaling import text_chart

    lines = [click.style(f"  Scaling: {s.finding}", fg="yellow" if s.worse else None)]
    lines.append(f"    {s.param:>10}{'reference':>12}{'yours':>12}   peak memory (reference / yours)")
    for p in s.points:
        yours = _ms(p.sub_ms / 1e3) if p.sub_ms is not None else p.cut
        mem = f"{p.ref_mb:.1f} / {p.sub_mb:.1f} MiB" if p.sub_mb is not None else "-"
        lines.append(f"    {p.size:>10}{_ms((p.ref_ms or 0) / 1e3):>12}{yours:>12}   {mem}" if p.sub_ms is not None
                     else f"    {p.size:>10}{_ms((p.ref_ms or 0) / 1e3):>12}   {yours}")
    lines += [f"    {line}" for line in text_chart(s)]
    return lines


def failure(f: Failure) -> list[str]:
    lines = []
    if f.case is not None:
        lines.append(f"  First failure: case {f.case} ({f.group}: {f.name})")
    if f.inputs:
        lines.append(f"    inputs: {', '.join(f.inputs)}" + (f"  ({f.shrunk})" if f.shrunk else ""))
    lines.append(f"    {f.reason}")
    for line in f.detail.rstrip().splitlines()[:40]:
        lines.append(f"    {line}")
    w = f.worst
    if "index" in w:
        index = f"[{', '.join(str(i) for i in w['index'])}]" if w["index"] else ""
        where = f" {w.get('at', '')}{index}" if w.get("at") or index else ""
        text = (f"    worst element{where}: expected {_num(w['expected'], w['got'])}, "
                f"got {_num(w['got'], w['expected'])}")
        if "abs_err" in w:
            text += f" (abs err {_num(w['abs_err'])}, rel err {_num(w['rel_err'])})"
        lines.append(text)
    st = f.stats
    if "max_abs" in st:
        text = (f"    max abs err {_num(st['max_abs'])}, max rel err {_num(st['max_rel'])} over finite values "
                f"(tolerance rtol={st['rtol']:g}, atol={st['atol']:g}); {st['bad']} of {st['total']} wrong")
        if st.get("nonfinite"):
            text += f", {st['nonfinite']} of them inf or nan where a finite value is expected"
        lines.append(text)
    if f.hint:
        lines.append(click.style(f"    hint: {f.hint}", fg="yellow"))
    if f.example:
        lines.append("    the failing call, written out:")
        lines += [f"      {line}" for line in f.example.splitlines()[:40]]
    for d in f.diagnosis:
        lines.append(click.style(f"    Your output matches a known mistake: {d['en']}", fg="yellow"))
        lines.append(click.style(f"    与已知错误一致：{d['zh']}", fg="yellow"))
    if f.output.strip():
        out = f.output.rstrip().splitlines()
        lines.append("    your output:" + ("" if len(out) <= 10 else f" (last 10 of {len(out)} lines)"))
        lines += [f"      | {line}" for line in out[-10:]]
    if f.reproduce:
        lines.append(f"    reproduce: {f.reproduce}")
    return lines


def _num(x: Any, other: Any = None) -> str:
    """A number with enough digits to tell it from ``other``."""
    if not isinstance(x, float):
        return str(x)
    for digits in (6, 8, 10, 13, 17):
        text = f"{x:.{digits}g}"
        if not isinstance(other, float) or text != f"{other:.{digits}g}":
            return text
    return repr(x)


def value(x: Any, framework: str) -> str:
    """A Python literal for an example's input or output."""
    if isinstance(x, Array):
        data = x.data
        dt = dtype_name(x.dtype)
        if data.size == 0:  # the shape is all there is to show
            lib = "torch" if x.kind == "torch" else "np"
            return f"{lib}.empty({tuple(data.shape)}, dtype={lib}.{dt})"
        head = "torch.tensor(" if x.kind == "torch" else "np.array("
        body = np.array2string(data, separator=", ", threshold=200, max_line_width=88, prefix=head,
                               precision=6, floatmode="maxprec")
        lib = "torch" if x.kind == "torch" else "np"
        body = re.sub(r"\b(inf|nan)\b", lambda m: f"{lib}.{m.group(1)}", body)  # valid Python
        body = re.sub(r"\n\s*\n", "\n", body)  # no blank lines between the blocks of a 3-D array
        return f"{head}{body}, dtype={'torch' if x.kind == 'torch' else 'np'}.{dt})"
    if isinstance(x, Make):
        return f"{x.factory}(" + ", ".join(f"{k}={value(v, framework)}" for k, v in x.kwargs.items()) + ")"
    if isinstance(x, list):
        return "[" + ", ".join(value(v, framework) for v in x) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join(f"{k!r}: {value(v, framework)}" for k, v in x.items()) + "}"
    return repr(x)


def script(entry: str, inputs: dict[str, Any], framework: str) -> str:
    """A class entry's case as the calls ``harness.run_script`` makes: object 0 built from
    ``init``, then each step; ``objK`` is the object a step's output records as {"object": K}."""
    given = dict(zip(("init", "calls"), inputs["args"])) | inputs["kwargs"]

    def arg(v: Any) -> str:
        return f"obj{v['object']}" if isinstance(v, dict) and set(v) == {"object"} else value(v, framework)

    lines = [f"obj0 = {entry}({', '.join(arg(a) for a in given.get('init') or [])})"]
    for target, method, args in given.get("calls") or []:
        a = ", ".join(arg(x) for x in args)
        special = {"new": f"{entry}({a})", "__call__": f"obj{target}({a})", "__len__": f"len(obj{target})",
                   "__getitem__": f"obj{target}[{a}]"}
        lines.append(special.get(method, f"obj{target}.{method}({a})"))
    return "\n".join(lines)


def call(entry: str, inputs: dict[str, Any], names: list[str], framework: str) -> str:
    parts = [f"{n}={value(v, framework)}" for n, v in zip(names, inputs["args"])]
    parts += [f"{k}={value(v, framework)}" for k, v in inputs["kwargs"].items()]
    one_line = f"{entry}({', '.join(parts)})"
    if len(one_line) <= 88 and "\n" not in one_line:
        return one_line
    inner = ",\n".join("    " + p.replace("\n", "\n    ") for p in parts)
    return f"{entry}(\n{inner},\n)"
