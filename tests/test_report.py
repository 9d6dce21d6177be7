"""Problem-set reports: the data model from the store, HTML (escaped, self-contained), Markdown, files, CLI."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from click.testing import CliRunner

from judge import report
from judge.cli import main
from judge.sets import ProblemSet
from judge.store import Store
from judge.verdict import Failure, GroupResult, Result, Speed, Verdict

T0 = 1_700_000_000.0  # alice's and bob's start
SET = ProblemSet(id="onsite0123456789", name="onsite", problems=["nms", "softmax"], time_allowed_min=60, seed=5)
XSS = "<script>alert(1)</script>"
EVIL_FILE = "<img src=x onerror=alert(2)>.py"
GOOD = "import numpy as np\n\n\ndef nms(boxes, scores, iou_threshold):\n    return np.argsort(-scores)\n"


def result(problem: str, verdict: str, *, ratio: float | None = None, filename: str = "sol.py",
           reason: str = "wrong value") -> Result:
    """A Result made by hand (no judging): AC passes everything, anything else fails edge and random."""
    ok = verdict == "AC"
    v = Verdict(verdict)
    groups = [GroupResult("examples", Verdict.AC, 2, 2, 0.001, 3.0),
              GroupResult("edge", Verdict.AC if ok else v, 5 if ok else 3, 5, 0.002, 4.0),
              GroupResult("random", Verdict.AC if ok else v, 8 if ok else 0, 8, 0.003, 5.0),
              GroupResult("timing", Verdict.AC if ok else Verdict.SKIPPED, 2 if ok else 0, 2, 0.02, 40.0)]
    failure = None if ok else Failure(v, 4, "edge", "empty", reason, detail="expected [0 2]\ngot      [0]")
    speed = Speed(ratio, ratio - 0.05, ratio + 0.1, 20, 3) if ratio else None
    return Result(problem=problem, problem_version=1, problem_hash="h", filename=filename, source_sha256="s",
                  verdict=v, groups=groups, failure=failure, speed=speed, seed=5, backend="process", device="cpu",
                  protections="test", judge_version="test", duration_s=1.0)


def add(store: Store, user: str, minutes: float, res: Result, *, source: str = GOOD, late: bool = False,
        set_id: str | None = SET.id) -> str:
    sid = store.add(res, user=user, source=source, set_id=set_id, late=late)
    store.db.execute("UPDATE submissions SET created_at = ? WHERE id = ?", (T0 + minutes * 60, sid))
    return sid


def start(store: Store, user: str, at: float = T0) -> None:
    store.start_set(SET.id, user, SET.seconds)
    store.db.execute("UPDATE set_starts SET started_at = ?, deadline = ? WHERE set_id = ? AND user = ?",
                     (at, at + SET.seconds, SET.id, user))


def fill(store: Store) -> Store:
    """alice solves both (a faster AC of nms comes late), bob only solves softmax late, eve submits a script,
    dave starts and submits nothing; carol and <i>zed</i> submit outside the set."""
    start(store, "alice")
    add(store, "alice", 5, result("nms", "WA"))
    add(store, "alice", 20, result("nms", "AC", ratio=1.3))
    add(store, "alice", 70, result("nms", "AC", ratio=0.9), late=True)
    add(store, "alice", 30, result("softmax", "CE", reason="SyntaxError"), source="def softmax(:\n")
    add(store, "alice", 40, result("softmax", "AC", ratio=1.1))
    start(store, "bob")
    add(store, "bob", 10, result("nms", "WA"))
    add(store, "bob", 65, result("softmax", "AC", ratio=2.0), late=True)
    start(store, "eve")
    add(store, "eve", 12, result("nms", "RE", filename=EVIL_FILE, reason=f"ValueError: {XSS}"),
        source=f'x = "{XSS}"\n{XSS}\n# ```\n')
    start(store, "dave")
    add(store, "carol", 1, result("nms", "AC", ratio=0.8), set_id=None)
    add(store, "<i>zed</i>", 2, result("nms", "AC", ratio=1.5), set_id=None)
    return store


class Tags(HTMLParser):
    """The tags, attributes and text of an HTML document."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_inert(page: str) -> None:
    """No script, no event handler, nothing fetched from elsewhere."""
    t = Tags(page)
    assert not {"script", "iframe", "object", "embed", "img", "link", "base"} & set(t.tags)
    assert not [k for k, _ in t.attrs if k.startswith("on")]
    assert all(not (v or "").lower().startswith(("http", "//", "javascript:")) for k, v in t.attrs
               if k in ("src", "href", "action"))
    assert "@import" not in page and "url(" not in page


def test_model_final_is_the_latest_on_time_submission(tmp_path):
    store = fill(Store(tmp_path / "x.db"))
    alice = report.candidate(store, SET, "alice")
    nms, softmax = alice.problems
    assert [a.verdict for a in nms.attempts] == ["WA", "AC", "AC"] and [a.late for a in nms.attempts] == [0, 0, 1]
    assert nms.final is nms.attempts[1] and nms.final.ratio == 1.3 and not nms.only_late and nms.solved
    assert nms.best is nms.attempts[1]  # the late AC does not count
    assert [round(a.offset_s) for a in nms.attempts] == [300, 1200, 4200]
    assert nms.final.passed == (17, 17) and [g["name"] for g in nms.final.groups][-1] == "timing"
    assert nms.final.peak_memory_mb == 40.0 and (nms.final.ratio_lo, nms.final.ratio_hi) == (1.3 - 0.05, 1.3 + 0.1)
    assert nms.final.source == GOOD
    assert softmax.final.verdict == "AC" and len(softmax.attempts) == 2 and softmax.attempts[0].verdict == "CE"
    assert alice.solved == 2 and alice.attempts == 5 and alice.deadline == T0 + 3600 and alice.start_recorded
    assert [a.offset_s for a in alice.timeline] == sorted(a.offset_s for a in alice.timeline)

    bob = report.candidate(store, SET, "bob")
    assert bob.problems[1].only_late and bob.problems[1].final.late and not bob.problems[1].solved
    assert bob.solved == 0 and bob.attempts == 2

    dave = report.candidate(store, SET, "dave")
    assert dave.attempts == 0 and all(p.final is None for p in dave.problems)
    reps = report.candidates(store, SET)
    assert [r.user for r in reps] == ["alice", "bob", "dave", "eve"]  # carol and zed are not in the set


def test_html_is_self_contained_and_escapes_the_candidate(tmp_path):
    store = fill(Store(tmp_path / "x.db"))
    page = report.render_html(report.candidate(store, SET, "eve"))
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert_inert(page)
    text = "".join(Tags(page).text)
    assert XSS in text and EVIL_FILE in text and f"ValueError: {XSS}" in text  # shown as text
    assert 'style="color:' in page  # highlighted by Pygments, inline styles

    page = report.render_html(report.candidate(store, SET, "alice"))
    assert_inert(page)
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert svg.count("<title>") == 5 and "deadline" in svg and "stroke-dasharray" in svg
    assert f'fill="{report.COLORS["AC"]}"' in svg and f'fill="{report.COLORS["WA"]}"' in svg
    assert "1.30× (1.25–1.40)" in page and "17/17" in page and "40 MiB" in page and "+20:00" in page
    assert ">def</span>" in page  # the final code, highlighted


def test_markdown_has_the_tables_and_escapes(tmp_path):
    store = fill(Store(tmp_path / "x.db"))
    text = report.render_markdown(report.candidate(store, SET, "alice"))
    assert "| problem | final verdict | tests | speed (95% CI) | peak mem | attempts | final at |" in text
    assert re.search(r"\| Non-maximum suppression \| AC \| 17/17 \| 1\.30× \(1\.25–1\.40\) \| 40 MiB \| 3 \| "
                     r"\+20:00 \|", text)
    assert "| +1:10:00 | nms | AC (late) |" in text and "| **+1:00:00** | **deadline** |" in text
    assert "```python\n" + GOOD.rstrip() + "\n```" in text

    text = report.render_markdown(report.candidate(store, SET, "eve"))
    assert "&lt;img src=x onerror=alert(2)&gt;.py" in text and "````python" in text  # a fence longer than ```
    rendered = markdown.markdown(text, extensions=["fenced_code", "tables"])
    assert_inert(rendered)
    assert XSS in "".join(Tags(rendered).text)

    bob = report.render_markdown(report.candidate(store, SET, "bob"))
    assert "AC (late) — only late submissions" in bob


def test_comparison_html_and_markdown(tmp_path):
    store = fill(Store(tmp_path / "x.db"))
    reps = report.candidates(store, SET)
    page = report.render_comparison_html(SET, reps, lambda u: f"{u}.html")
    assert_inert(page)
    rows = re.findall(r"<tr><td>(.*?)</tr>", page, re.S)
    assert len(rows) == 4 and 'href="alice.html"' in rows[0] and "1.30×" in rows[0] and "<b>2</b>" in rows[0]
    text = report.render_comparison_markdown(SET, reps)
    assert "| candidate | Non-maximum suppression | Numerically stable softmax | solved | attempts |" in text
    assert "| alice | AC 1.30× | AC 1.10× | **2** | 5 |" in text
    assert "| bob | WA | AC (late) 2.00× | **0** | 2 |" in text and "| dave | - | - | **0** | 0 |" in text


def test_write_reports_and_the_cli(tmp_path, monkeypatch):
    store = fill(Store(tmp_path / "x.db"))
    store.start_set(SET.id, "../index", SET.seconds)
    paths = report.write_reports(store, SET, tmp_path / "out")
    names = sorted(p.name for p in paths)
    odd = report.file_stem("../index")
    assert "/" not in odd and not odd.startswith(".") and odd != "index" and report.file_stem("alice") == "alice"
    assert names == sorted(["index.html", "index.md"] + [f"{u}.{x}" for u in ("alice", "bob", "dave", "eve", odd)
                                                         for x in ("html", "md")])
    assert all(p.parent == tmp_path / "out" and p.stat().st_size > 200 for p in paths)
    assert f'href="{odd}.html"' in (tmp_path / "out" / "index.html").read_text()

    SET.dump(tmp_path / "onsite.yaml")
    monkeypatch.setenv("MLJUDGE_STORE", str(tmp_path / "x.db"))
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["set", "report", "onsite.yaml"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "onsite-report/index.html" in r.output and "onsite-report/alice.md" in r.output
    assert (tmp_path / "onsite-report" / "eve.html").is_file()
    r = CliRunner().invoke(main, ["set", "report", "onsite.yaml", "-o", "elsewhere"], catch_exceptions=False)
    assert r.exit_code == 0 and (tmp_path / "elsewhere" / "index.html").is_file()
