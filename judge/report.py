"""Reports on a problem set for the interviewer, from the store only (nothing is judged again).

Per candidate: for every problem, the final submission (the latest one on time;
the latest late one, marked, where only late ones exist), its verdict, tests
passed per group, speed with its 95% CI, peak memory, every attempt and when it
came (from the candidate's start), the final code; and a timeline of all attempts.
Across candidates: one comparison table. Everything a candidate wrote (code, file
names, user names, messages) is escaped: HTML and Markdown here are never markup
a candidate controls. The HTML is one self-contained file: inline CSS and SVG,
no script, no external URL.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from judge import pages
from judge.present import mib as _mib
from judge.present import ms as _ms
from judge.problem import SLUG, ProblemError, load
from judge.scaling import svg_chart, text_chart
from judge.sets import ProblemSet
from judge.verdict import ScalingResult

PENDING = "pending"  # queued or running: no verdict yet
COLORS = {**pages.COLORS, PENDING: pages.PENDING_COLOR}  # the timeline's marks
badge, when = pages.badge, pages.when


@dataclass
class Attempt:
    """One submission of a candidate to a set."""

    id: str
    problem: str
    at: float  # created_at (epoch seconds)
    offset_s: float  # seconds since the candidate's start
    verdict: str  # a Verdict, or PENDING
    late: bool
    filename: str
    ratio: float | None = None
    ratio_lo: float | None = None
    ratio_hi: float | None = None
    peak_memory_mb: float | None = None
    groups: list[dict[str, Any]] = field(default_factory=list)  # name, verdict, passed, total, max_time_s...
    failure: dict[str, Any] | None = None
    source: str = ""
    scaling: ScalingResult | None = None  # how its time and memory grew with size (scaling.py)

    @property
    def passed(self) -> tuple[int, int]:
        return sum(g["passed"] for g in self.groups), sum(g["total"] for g in self.groups)


@dataclass
class ProblemReport:
    slug: str
    title: str
    attempts: list[Attempt]  # oldest first
    final: Attempt | None  # the latest on time; else the latest late one
    only_late: bool  # no submission on time: ``final`` is late

    @property
    def best(self) -> Attempt | None:
        """The fastest accepted submission on time (the final one may be a later regression)."""
        accepted = [a for a in self.attempts if a.verdict == "AC" and not a.late]
        return min(accepted, key=lambda a: a.ratio or math.inf) if accepted else None

    @property
    def solved(self) -> bool:
        return self.final is not None and not self.only_late and self.final.verdict == "AC"


@dataclass
class CandidateReport:
    set_id: str
    set_name: str
    user: str
    started_at: float  # the start in the store, else the first attempt
    deadline: float | None
    start_recorded: bool
    time_allowed_s: int
    speed_counts: bool
    problems: list[ProblemReport]
    timeline: list[Attempt]  # every attempt, oldest first

    @property
    def solved(self) -> int:
        return sum(p.solved for p in self.problems)

    @property
    def attempts(self) -> int:
        return len(self.timeline)

    @property
    def speed(self) -> float | None:
        """Geometric mean of the solved problems' final ratios."""
        ratios = [p.final.ratio for p in self.problems if p.solved and p.final and p.final.ratio]
        return math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None


# -- the data model, from the store
@lru_cache(maxsize=256)
def title(slug: str) -> str:
    """A problem's English title; the slug itself where no package has it."""
    if not SLUG.match(slug):
        return slug
    try:
        return load(slug).title["en"]
    except ProblemError:
        return slug


def candidate(store: Any, problem_set: ProblemSet, user: str) -> CandidateReport:
    """One candidate's report on ``problem_set``."""
    rows = store.export(user=user, set_id=problem_set.id)
    start = store.set_start(problem_set.id, user)
    origin = start["started_at"] if start else (rows[0]["created_at"] if rows else time.time())
    attempts = [_attempt(r, origin) for r in rows]
    slugs = list(problem_set.problems) + sorted({a.problem for a in attempts} - set(problem_set.problems))
    problems = []
    for slug in slugs:
        mine = [a for a in attempts if a.problem == slug]
        on_time = [a for a in mine if not a.late]
        final = (on_time or mine or [None])[-1]
        problems.append(ProblemReport(slug, title(slug), mine, final, bool(mine) and not on_time))
    return CandidateReport(problem_set.id, problem_set.name, user, origin, start["deadline"] if start else None,
                           start is not None, problem_set.seconds, problem_set.speed_counts, problems, attempts)


def candidates(store: Any, problem_set: ProblemSet) -> list[CandidateReport]:
    """Every candidate of the set (started, or with a submission), best first."""
    reps = [candidate(store, problem_set, u) for u in store.set_users(problem_set.id)]
    reps.sort(key=lambda r: (-r.solved, r.speed if r.speed is not None else math.inf, r.user))
    return reps


def _attempt(row: dict[str, Any], origin: float) -> Attempt:
    result = row.get("result") or {}
    return Attempt(id=row["id"], problem=row["problem"], at=row["created_at"], offset_s=row["created_at"] - origin,
                   verdict=row["verdict"] or PENDING, late=bool(row["late"]), filename=row["filename"],
                   ratio=row["ratio"], ratio_lo=row["ratio_lo"], ratio_hi=row["ratio_hi"],
                   peak_memory_mb=row["peak_memory_mb"], groups=list(result.get("groups") or []),
                   failure=result.get("failure"), source=row["source"],
                   scaling=ScalingResult.from_json(result["scaling"]) if result.get("scaling") else None)


# -- formatting shared by HTML and Markdown
def clock(seconds: float) -> str:
    """+m:ss or +h:mm:ss from the start."""
    sign = "-" if seconds < 0 else "+"
    s = int(abs(seconds))
    h, m = s // 3600, s % 3600 // 60
    return f"{sign}{h}:{m:02d}:{s % 60:02d}" if h else f"{sign}{m}:{s % 60:02d}"


def speed_text(a: Attempt | None, ci: bool = True) -> str:
    if a is None or not a.ratio:
        return "-"
    text = f"{a.ratio:.2f}×"
    if ci and a.ratio_lo and a.ratio_hi:
        text += f" ({a.ratio_lo:.2f}–{a.ratio_hi:.2f})"
    return text


def tests_text(a: Attempt | None) -> str:
    if a is None or not a.groups:
        return "-"
    passed, total = a.passed
    return f"{passed}/{total}"


def memory_text(a: Attempt | None) -> str:
    return f"{a.peak_memory_mb:.0f} MiB" if a is not None and a.peak_memory_mb else "-"


def _failure_lines(f: dict[str, Any]) -> list[str]:
    head = f"{f.get('verdict')}" + (f" in case {f['case']} ({f.get('group')}: {f.get('name')})"
                                    if f.get("case") is not None else "")
    lines = [head, f.get("reason") or ""]
    if f.get("inputs"):
        lines.append("inputs: " + ", ".join(map(str, f["inputs"])))
    lines += (f.get("detail") or "").rstrip().splitlines()[:60]
    if (f.get("output") or "").strip():
        out = f["output"].rstrip().splitlines()
        lines += ["output:" + ("" if len(out) <= 20 else f" (last 20 of {len(out)} lines)")]
        lines += [f"  | {line}" for line in out[-20:]]
    return [line for line in lines if line is not None]


# -- HTML
e = html.escape


def code_html(source: str) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    return highlight(source, PythonLexer(stripnl=False), HtmlFormatter(noclasses=True, linenos="inline"))


def document(title_text: str, body: str) -> str:
    """A whole self-contained page: inline CSS, no script, no external URL."""
    return pages.render("report.html", title=title_text, body=Markup(body)) + "\n"


def timeline_svg(rep: CandidateReport, width: int = 1000) -> str:
    """Attempts as marks along the time axis, one lane per problem, coloured by verdict; the deadline marked.
    Hollow: late. Ringed: the final submission."""
    left, right, top, lane = 190, 20, 16, 30
    horizon = max([rep.time_allowed_s if rep.start_recorded else 0] + [a.offset_s for a in rep.timeline] + [60])
    horizon *= 1.04
    height = top + lane * len(rep.problems) + 56
    x = lambda s: left + (width - left - right) * max(0.0, s) / horizon  # noqa: E731
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="timeline of attempts" font-family="system-ui,sans-serif" '
           f'font-size="12">']
    step = next(m for m in (1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 480, 1440, 10**9) if horizon / (m * 60) <= 10)
    axis_y = top + lane * len(rep.problems) + 6
    for k in range(int(horizon // (step * 60)) + 1):
        tx = x(k * step * 60)
        out.append(f'<line x1="{tx:.1f}" y1="{top - 6}" x2="{tx:.1f}" y2="{axis_y}" stroke="#eceff1"/>'
                   f'<text x="{tx:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#555">{k * step} min</text>')
    for i, p in enumerate(rep.problems):
        y = top + lane * i + lane / 2
        out.append(f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="#cfd8dc"/>'
                   f'<text x="{left - 10}" y="{y + 4}" text-anchor="end" fill="#222">{e(p.title[:28])}</text>')
        for a in p.attempts:
            color = COLORS.get(a.verdict, "#c62828")
            fill, stroke = ("#fff", color) if a.late else (color, "#fff")
            tip = f"{p.slug} · {clock(a.offset_s)} · {a.verdict}" + (" · late" if a.late else "")
            tip += f" · {speed_text(a, ci=False)}" if a.ratio else ""
            if a is p.final:
                out.append(f'<circle cx="{x(a.offset_s):.1f}" cy="{y}" r="10" fill="none" stroke="#111" '
                           f'stroke-width="1.5"/>')
            out.append(f'<circle cx="{x(a.offset_s):.1f}" cy="{y}" r="6.5" fill="{fill}" stroke="{stroke}" '
                       f'stroke-width="2"><title>{e(tip)}</title></circle>')
    out.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#555"/>')
    if rep.start_recorded and rep.deadline:
        dx = x(rep.deadline - rep.started_at)
        out.append(f'<line x1="{dx:.1f}" y1="{top - 10}" x2="{dx:.1f}" y2="{axis_y}" stroke="#d32f2f" '
                   f'stroke-width="2" stroke-dasharray="6 4"/><text x="{dx - 4:.1f}" y="{top - 2}" '
                   f'text-anchor="end" fill="#d32f2f" font-weight="600">deadline</text>')
    lx, ly = left, axis_y + 40
    seen = [v for v in COLORS if any(a.verdict == v for a in rep.timeline)]
    for v in seen + ["late", "final"]:
        if v == "late":
            mark = f'<circle cx="{lx}" cy="{ly - 4}" r="6" fill="#fff" stroke="#555" stroke-width="2"/>'
        elif v == "final":
            mark = (f'<circle cx="{lx}" cy="{ly - 4}" r="9" fill="none" stroke="#111" stroke-width="1.5"/>'
                    f'<circle cx="{lx}" cy="{ly - 4}" r="5" fill="#9e9e9e"/>')
        else:
            mark = f'<circle cx="{lx}" cy="{ly - 4}" r="6" fill="{COLORS[v]}"/>'
        out.append(f'{mark}<text x="{lx + 12}" y="{ly}" fill="#333">{e(v)}</text>')
        lx += 30 + 8 * len(v)
    out.append("</svg>")
    return "".join(out)


def _header_html(rep: CandidateReport) -> str:
    started = when(rep.started_at) if rep.start_recorded else f"{when(rep.started_at)} (first submission; " \
                                                              "no start recorded)"
    return (f"<h1>{e(rep.user)} · {e(rep.set_name)}</h1>"
            f'<p class="meta">Started {e(started)} · time allowed {rep.time_allowed_s // 60} min · deadline '
            f"{e(when(rep.deadline))}</p>"
            f'<p class="meta"><b>{rep.solved}/{len(rep.problems)}</b> solved on time · {_n(rep.attempts, "attempt")}'
            + ("" if rep.speed_counts else " · speed not measured in this set") + "</p>")


def html_body(rep: CandidateReport) -> str:
    """A candidate's report as an HTML fragment (``render_html`` wraps it into a page)."""
    parts = [_header_html(rep), "<h2>Summary</h2><table><tr><th>problem</th><th>final verdict</th>"
             '<th class="num">tests</th><th>speed (95% CI)</th><th class="num">peak mem</th>'
             '<th class="num">attempts</th><th>final at</th></tr>']
    for p in rep.problems:
        f = p.final
        parts.append(f'<tr><td><a href="#p-{e(p.slug)}">{e(p.title)}</a></td>'
                     f"<td>{badge(f.verdict, f.late) if f else '<span class=muted>not attempted</span>'}"
                     f"{' <span class=muted>(only late submissions)</span>' if p.only_late else ''}</td>"
                     f'<td class="num">{tests_text(f)}</td><td>{speed_text(f)}</td>'
                     f'<td class="num">{memory_text(f)}</td><td class="num">{len(p.attempts)}</td>'
                     f"<td>{clock(f.offset_s) if f else '-'}</td></tr>")
    parts.append("</table><p class=muted>Speed: the submission's time over the reference's (lower is faster), "
                 "median per-round ratio, 95% bootstrap CI.</p>")
    parts.append("<h2>Timeline</h2>" + timeline_svg(rep))
    for p in rep.problems:
        parts.append(_problem_html(p))
    return "\n".join(parts)


def _problem_html(p: ProblemReport) -> str:
    out = [f'<h2 id="p-{e(p.slug)}">{e(p.title)} <span class="muted">({e(p.slug)})</span></h2>']
    f = p.final
    if f is None:
        return out[0] + "<p class=muted>No submission.</p>"
    out.append(f'<p class="meta">Final: {badge(f.verdict, f.late)} <code>{e(f.filename)}</code> at '
               f"{clock(f.offset_s)} ({e(when(f.at))}) · speed {speed_text(f)} · peak memory {memory_text(f)}"
               + (" · <b class=late>only late submissions exist</b>" if p.only_late else "") + "</p>")
    if f.groups:
        out.append('<table><tr><th>group</th><th class="num">tests</th><th>verdict</th>'
                   '<th class="num">slowest</th><th class="num">peak mem</th></tr>')
        for g in f.groups:
            out.append(f"<tr><td>{e(str(g['name']))}</td><td class=num>{g['passed']}/{g['total']}</td>"
                       f"<td>{badge(str(g['verdict']))}</td><td class=num>{_ms(g.get('max_time_s'))}</td>"
                       f"<td class=num>{_mib(g.get('peak_memory_mb'))}</td></tr>")
        out.append("</table>")
    if f.failure:
        out.append('<pre class="msg">' + e("\n".join(_failure_lines(f.failure))) + "</pre>")
    if f.scaling is not None:
        worse = bool(f.scaling.worse)
        out.append(f'<h3>Scaling</h3><p class="{"late" if worse else "meta"}">{e(f.scaling.finding)}</p>'
                   + svg_chart(f.scaling))
    out.append('<h3>Attempts</h3><table><tr><th class="num">#</th><th>at</th><th>verdict</th>'
               '<th class="num">tests</th><th>speed (95% CI)</th><th>file</th></tr>')
    for i, a in enumerate(p.attempts, 1):
        out.append(f"<tr><td class=num>{i}</td><td>{clock(a.offset_s)}</td><td>{badge(a.verdict, a.late)}"
                   f"{' <b>final</b>' if a is f else ''}</td><td class=num>{tests_text(a)}</td>"
                   f"<td>{speed_text(a)}</td><td><code>{e(a.filename)}</code></td></tr>")
    out.append("</table><h3>Final code</h3>" + code_html(f.source))
    return "\n".join(out)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_html(rep: CandidateReport) -> str:
    """A candidate's report: one self-contained HTML file."""
    return document(f"{rep.user} · {rep.set_name}", html_body(rep))


def comparison_html(problem_set: ProblemSet, reps: Iterable[CandidateReport],
                    link: Callable[[str], str] | None = None) -> str:
    """The comparison table as an HTML fragment; ``link(user)`` is the address of a candidate's report."""
    reps = list(reps)
    head = "".join(f"<th>{e(title(s))}</th>" for s in problem_set.problems)
    out = [f"<h1>{e(problem_set.name)}</h1><p class=meta>{len(problem_set.problems)} problems · "
           f"{problem_set.time_allowed_min} min · feedback {e(problem_set.feedback)} · {len(reps)} candidates</p>",
           f'<table><tr><th>candidate</th>{head}<th class="num">solved</th><th class="num">attempts</th></tr>']
    for r in reps:
        by_slug = {p.slug: p for p in r.problems}
        name = f'<a href="{e(link(r.user))}">{e(r.user)}</a>' if link else e(r.user)
        cells = []
        for s in problem_set.problems:
            f, b = by_slug[s].final, by_slug[s].best
            best = ""
            if b is not None and f is not None and b is not f:
                speed = speed_text(b, ci=False) if b.ratio else ""
                best = f" <span class=muted>(best: {badge(b.verdict)} {speed})</span>"
            cells.append(f"<td>{badge(f.verdict, f.late)} {speed_text(f, ci=False) if f.ratio else ''}{best}</td>"
                         if f else "<td class=muted>-</td>")
        out.append(f"<tr><td>{name}</td>{''.join(cells)}<td class=num><b>{r.solved}</b></td>"
                   f"<td class=num>{r.attempts}</td></tr>")
    out.append("</table>" + ("" if reps else "<p class=muted>No candidate yet.</p>"))
    out.append("<p class=muted>Each cell: the final submission (the latest on time) and its speed relative "
               "to the reference (lower is faster); beside it, where it differs, the best one (the fastest "
               "accepted on time).</p>")
    return "\n".join(out)


def render_comparison_html(problem_set: ProblemSet, reps: Iterable[CandidateReport],
                           link: Callable[[str], str] | None = None) -> str:
    reps = list(reps)
    return document(f"{problem_set.name} · comparison",
                    comparison_html(problem_set, reps, link) + similar_html(similar(problem_set, reps)))


# -- similar code (judge/similarity.py)
@dataclass
class Similar:
    problem: str
    pair: Any  # similarity.Pair
    source_a: str
    source_b: str


def known_code(slug: str) -> dict[str, str]:
    """A problem's reference and known submissions, by name (what a candidate may have copied)."""
    from judge.problem import PROBLEMS_DIR
    from judge.verify import SUBMISSIONS_DIR

    out = {}
    ref = PROBLEMS_DIR / slug / "reference.py"
    if ref.is_file():
        out["reference"] = ref.read_text(encoding="utf-8")
    for f in sorted((SUBMISSIONS_DIR / slug).glob("*/*.py")):
        out[f"known {f.parent.name}/{f.name}"] = f.read_text(encoding="utf-8")
    return out


def similar(problem_set: ProblemSet, reps: list[CandidateReport]) -> list[Similar]:
    """The flagged pairs of final submissions, per problem: candidate against candidate, and
    each candidate against the reference and the known submissions."""
    from judge import similarity

    out = []
    for slug in problem_set.problems:
        finals = {r.user: p.final.source for r in reps for p in r.problems
                  if p.slug == slug and p.final is not None and p.final.source}
        if not finals:
            continue
        known = known_code(slug)
        try:
            base = load(slug).starter()
        except ProblemError:
            base = ""
        sources = {**finals, **known}
        for pair in similarity.pairs(finals, known, base=base):
            if pair.flagged:
                out.append(Similar(slug, pair, sources[pair.a], sources[pair.b]))
    return out


def _marked(source: str, regions: list[tuple[int, int]]) -> str:
    lines = source.splitlines()
    inside = {n for lo, hi in regions for n in range(lo, hi + 1)}
    return "\n".join(f"<mark>{e(line)}</mark>" if i in inside else e(line) for i, line in enumerate(lines, 1))


def similar_html(found: list[Similar]) -> str:
    out = ["<h2>Similar code</h2>"]
    if not found:
        out.append("<p class=muted>No pair of final submissions shares enough code to be flagged (MOSS-style "
                   "fingerprints of normalised code: names, literals, comments and layout do not count).</p>")
        return "\n".join(out)
    out.append("<p class=meta>Pairs whose normalised code (names, literals, comments and layout left out) "
               "shares most of the smaller one's fingerprints; the shared regions are marked. A finding to "
               "look at, not a verdict.</p>")
    for f in found:
        p = f.pair
        out.append(f"<h3 class=similar>{e(title(f.problem))}: {e(p.a)} and {e(p.b)} — {p.score:.0%} "
                   f"({p.shared} fingerprints)</h3><table class=side><tr><th>{e(p.a)}</th><th>{e(p.b)}</th></tr>"
                   f"<tr><td><pre>{_marked(f.source_a, p.regions_a)}</pre></td>"
                   f"<td><pre>{_marked(f.source_b, p.regions_b)}</pre></td></tr></table>")
    return "\n".join(out)


# -- Markdown
def md(text: str) -> str:
    """Candidate text inside Markdown: no markup, no HTML, no table break."""
    text = html.escape(str(text), quote=False).replace("\n", " ")
    return re.sub(r"([\\`*_\[\]|#!~])", r"\\\1", text)


def fence(source: str, lang: str = "") -> str:
    ticks = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", source)), default=0))
    return f"{ticks}{lang}\n{source.rstrip(chr(10))}\n{ticks}"


def _v(a: Attempt | None) -> str:
    return "-" if a is None else a.verdict + (" (late)" if a.late else "")


def render_markdown(rep: CandidateReport) -> str:
    """A candidate's report as Markdown: the same content, the timeline as a table."""
    start = when(rep.started_at) + ("" if rep.start_recorded else " (first submission; no start recorded)")
    out = [f"# {md(rep.user)} · {md(rep.set_name)}", "",
           f"Started {start} · time allowed {rep.time_allowed_s // 60} min · deadline {when(rep.deadline)}  ",
           f"**{rep.solved}/{len(rep.problems)}** solved on time · {_n(rep.attempts, 'attempt')}"
           + ("" if rep.speed_counts else " · speed not measured in this set"), "", "## Summary", "",
           "| problem | final verdict | tests | speed (95% CI) | peak mem | attempts | final at |",
           "|---|---|---:|---|---:|---:|---|"]
    for p in rep.problems:
        f = p.final
        verdict = "not attempted" if f is None else _v(f) + (" — only late submissions" if p.only_late else "")
        out.append(f"| {md(p.title)} | {verdict} | {tests_text(f)} | {speed_text(f)} | {memory_text(f)} | "
                   f"{len(p.attempts)} | {clock(f.offset_s) if f else '-'} |")
    out += ["", "Speed: the submission's time over the reference's (lower is faster), median per-round ratio, "
            "95% bootstrap CI.", "", "## Timeline", ""]
    if rep.timeline:
        out += ["| at | problem | verdict | tests | speed |", "|---|---|---|---:|---|"]
        deadline_at = rep.deadline - rep.started_at if rep.deadline and rep.start_recorded else None
        for a in rep.timeline:
            if deadline_at is not None and a.offset_s > deadline_at:
                out.append(f"| **{clock(deadline_at)}** | **deadline** | | | |")
                deadline_at = None
            out.append(f"| {clock(a.offset_s)} | {md(a.problem)} | {_v(a)} | {tests_text(a)} | "
                       f"{speed_text(a, ci=False)} |")
        if deadline_at is not None:
            out.append(f"| **{clock(deadline_at)}** | **deadline** | | | |")
    else:
        out.append("No submission.")
    for p in rep.problems:
        out += ["", f"## {md(p.title)} ({md(p.slug)})", ""]
        f = p.final
        if f is None:
            out.append("No submission.")
            continue
        out.append(f"Final: **{_v(f)}** {md(f.filename)} at {clock(f.offset_s)} "
                   f"({when(f.at)}) · speed {speed_text(f)} · peak memory {memory_text(f)}"
                   + (" · **only late submissions exist**" if p.only_late else ""))
        if f.groups:
            out += ["", "| group | tests | verdict | slowest | peak mem |", "|---|---:|---|---:|---:|"]
            out += [f"| {md(g['name'])} | {g['passed']}/{g['total']} | {md(g['verdict'])} | "
                    f"{_ms(g.get('max_time_s'))} | {_mib(g.get('peak_memory_mb'))} |" for g in f.groups]
        if f.failure:
            out += ["", fence("\n".join(_failure_lines(f.failure)), "text")]
        if f.scaling is not None:
            out += ["", "### Scaling", "", md(f.scaling.finding), "",
                    fence("\n".join(text_chart(f.scaling)), "text")]
        out += ["", "### Attempts", "", "| # | at | verdict | tests | speed (95% CI) | file |",
                "|---:|---|---|---:|---|---|"]
        out += [f"| {i} | {clock(a.offset_s)} | {_v(a)}{' **final**' if a is f else ''} | {tests_text(a)} | "
                f"{speed_text(a)} | {md(a.filename)} |" for i, a in enumerate(p.attempts, 1)]
        out += ["", "### Final code", "", fence(f.source, "python")]
    return "\n".join(out) + "\n"


def render_comparison_markdown(problem_set: ProblemSet, reps: Iterable[CandidateReport]) -> str:
    reps = list(reps)
    return _comparison_markdown(problem_set, reps) + _similar_markdown(similar(problem_set, reps))


def _similar_markdown(found: list[Similar]) -> str:
    out = ["", "## Similar code", ""]
    if not found:
        return "\n".join(out + ["No pair of final submissions shares enough code to be flagged.", ""])
    out += ["| problem | one | other | shared | lines |", "|---|---|---|---:|---|"]
    for f in found:
        p = f.pair
        spans = ["; ".join(f"{lo}-{hi}" for lo, hi in regions) for regions in (p.regions_a, p.regions_b)]
        lines = " / ".join(spans)
        out.append(f"| {md(title(f.problem))} | {md(p.a)} | {md(p.b)} | {p.score:.0%} ({p.shared}) | {lines} |")
    return "\n".join(out) + "\n"


def _comparison_markdown(problem_set: ProblemSet, reps: list[CandidateReport]) -> str:
    out = [f"# {md(problem_set.name)}", "", f"{len(problem_set.problems)} problems · "
           f"{problem_set.time_allowed_min} min · feedback {problem_set.feedback} · {len(reps)} candidates", "",
           "| candidate | " + " | ".join(md(title(s)) for s in problem_set.problems) + " | solved | attempts |",
           "|---|" + "---|" * len(problem_set.problems) + "---:|---:|"]
    for r in reps:
        by_slug = {p.slug: p for p in r.problems}
        cells = [(_v(f) + (f" {speed_text(f, ci=False)}" if f.ratio else "")) if (f := by_slug[s].final) else "-"
                 for s in problem_set.problems]
        out.append(f"| {md(r.user)} | " + " | ".join(cells) + f" | **{r.solved}** | {r.attempts} |")
    return "\n".join(out) + "\n"


# -- files
def file_stem(user: str) -> str:
    """A safe, distinct file name for a user (no path, no hidden file, never 'index')."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", user).lstrip(".")[:64]
    if safe == user and safe.lower() != "index":
        return safe
    return f"{safe or 'user'}-{hashlib.sha256(user.encode()).hexdigest()[:8]}"


def write_reports(store: Any, problem_set: ProblemSet, out_dir: str | Path) -> list[Path]:
    """index.html (and index.md: the comparison), <user>.html and <user>.md per candidate."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    reps = candidates(store, problem_set)
    written = [out / "index.html", out / "index.md"]
    written[0].write_text(render_comparison_html(problem_set, reps, lambda u: f"{file_stem(u)}.html"),
                          encoding="utf-8")
    written[1].write_text(render_comparison_markdown(problem_set, reps), encoding="utf-8")
    for r in reps:
        for suffix, text in (("html", render_html(r)), ("md", render_markdown(r))):
            path = out / f"{file_stem(r.user)}.{suffix}"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
