"""Whose code is whose: fingerprints that survive renaming and reordering, and honest people
who write a short exercise alike are not flagged (issue 17, similarity)."""

from __future__ import annotations

import json
import random

from click.testing import CliRunner

from judge import report, similarity
from judge.cli import main
from judge.problem import REPO
from judge.sets import ProblemSet
from judge.store import Store

from .test_report import result

KMEANS = '''import numpy as np


def assign(points, centres):
    """Nearest centre of every point, ties to the lower index."""
    d = ((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(d, axis=1)


def update(points, labels, centres):
    out = centres.copy()
    for k in range(len(centres)):
        members = points[labels == k]
        if len(members):  # an empty cluster keeps its centre
            out[k] = members.mean(axis=0)
    return out


def kmeans(x, init_centroids, n_iters):
    centres = init_centroids.astype(np.float64)
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(n_iters):
        labels = assign(x, centres)
        centres = update(x, labels, centres)
    return centres, labels
'''
# the same code: every name changed, functions in another order, comments and literals changed, reformatted
KMEANS_DISGUISED = '''import numpy as np

def kmeans(data, start, steps):
    # Lloyd's algorithm
    c = start.astype(np.float64)
    lab = np.zeros(len(data), dtype=np.int64)
    for it in range(steps):
        lab = nearest(data, c)
        c = recompute(data, lab, c)
    return c, lab

def recompute(pts, lab, c):
    new = c.copy()
    for j in range(len(c)):
        grp = pts[lab == j]
        if len(grp):
            new[j] = grp.mean(axis=1 - 1)
    return new

def nearest(pts, c):
    dist = ((pts[:, None, :] - c[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(dist, axis=1)
'''


def test_renamed_and_reordered_code_is_found():
    pair = similarity.compare(similarity.fingerprints("a", KMEANS), similarity.fingerprints("b", KMEANS_DISGUISED))
    assert pair.flagged and pair.score >= 0.8, (pair.score, pair.shared)
    assert pair.regions_a and pair.regions_b


def test_two_honest_solutions_of_a_short_exercise_are_not_flagged():
    subs = REPO / "submissions" / "softmax" / "accepted"
    files = {f.name: f.read_text() for f in sorted(subs.glob("*.py"))}
    found = similarity.pairs(files, base="import numpy as np\n\n\ndef softmax(x, axis=-1):\n")
    assert len(found) == 1 and not found[0].flagged, [p.to_json() for p in found]


def test_the_reference_copied_with_renamed_names_is_flagged_against_it():
    ref = (REPO / "problems" / "nms" / "reference.py").read_text()
    names = {"boxes": "b", "scores": "s", "order": "idx", "keep": "kept", "areas": "ar", "rest": "others"}
    copy = ref
    for old, new in names.items():
        copy = copy.replace(old, new)
    found = similarity.pairs({"mallory": copy}, report.known_code("nms"))
    assert found[0].b == "reference" and found[0].flagged


def test_a_long_shared_run_always_leaves_a_shared_fingerprint():
    """Winnowing's guarantee: any shared run of K + W - 1 tokens or more gives a shared fingerprint."""
    rng = random.Random(5)
    for _ in range(200):
        words = [f"a{rng.randrange(50)}" for _ in range(similarity.K + similarity.W - 1)]
        run = " ".join(f".{w}" for w in words)  # attributes keep their names
        left = " ".join(f".x{rng.randrange(999)}" for _ in range(rng.randrange(40)))
        right = " ".join(f".y{rng.randrange(999)}" for _ in range(rng.randrange(40)))
        a = similarity.fingerprints("a", f"v {left} {run} {right}\n")
        b = similarity.fingerprints("b", f"w {right} {run} {left} {left}\n")
        assert a.lines.keys() & b.lines.keys()


def test_the_cli_and_the_set_report_show_flagged_pairs(tmp_path):
    one, two, three = tmp_path / "one.py", tmp_path / "two.py", tmp_path / "three.py"
    one.write_text(KMEANS)
    two.write_text(KMEANS_DISGUISED)
    three.write_text((REPO / "submissions" / "kmeans" / "accepted" / three_name()).read_text())
    out = CliRunner().invoke(main, ["similarity", str(one), str(two), str(three), "--json"])
    found = json.loads(out.output)
    assert out.exit_code == 0 and len(found) == 1 and {found[0]["a"], found[0]["b"]} == {str(one), str(two)}

    problem_set = ProblemSet(id="sim0123456789abc", name="sim", problems=["kmeans"], time_allowed_min=60, seed=5)
    store = Store(tmp_path / "judge.db")
    for user, source in (("alice", KMEANS), ("mallory", KMEANS_DISGUISED), ("bob", three.read_text())):
        store.start_set(problem_set.id, user, problem_set.seconds)
        store.add(result("kmeans", "AC", ratio=1.0), user=user, source=source, set_id=problem_set.id)
    reps = report.candidates(store, problem_set)
    page = report.render_comparison_html(problem_set, reps)
    assert "Similar code" in page and "alice and mallory" in page and page.count("<mark>") >= 5
    found = page.split("Similar code")[1]
    assert f"bob and known accepted/{three_name()}" in found  # a known submission handed in as it is
    assert "alice and bob" not in found and "bob and mallory" not in found
    text = report.render_comparison_markdown(problem_set, reps)
    assert "## Similar code" in text and "| alice | mallory |" in text


def three_name() -> str:
    """A known accepted kmeans, handed in by bob as it is."""
    return sorted(p.name for p in (REPO / "submissions" / "kmeans" / "accepted").glob("*.py"))[0]
