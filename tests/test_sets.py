"""Problem sets: create, start a workspace, submit from it with the set's feedback and clock."""

import json

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.sets import ProblemSet, SetError, parse_duration
from judge.store import Store

WRONG = "import numpy as np\n\ndef nms(boxes, scores, iou_threshold):\n    return np.arange(len(boxes))\n"


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("MLJUDGE_STORE", str(tmp_path / "judge.db"))
    set_file = tmp_path / "onsite.yaml"
    r = run("set", "create", "onsite", "--problems", "nms", "--time", "45m", "--feedback", "summary",
            "--no-speed", "-o", str(set_file))
    assert r.exit_code == 0, r.output
    ws = tmp_path / "ws"
    r = run("set", "start", str(set_file), "--user", "alice", "--dir", str(ws))
    assert r.exit_code == 0, r.output
    return set_file, ws


def test_workspace_has_starters_statements_and_marker(workspace):
    set_file, ws = workspace
    assert (ws / "nms.py").read_text().startswith("import numpy as np")
    assert "strictly greater" in (ws / "nms.en.md").read_text() and "Examples" in (ws / "nms.en.md").read_text()
    assert "非极大值抑制" in (ws / "nms.zh.md").read_text()
    assert json.loads((ws / ".mljudge-set.json").read_text())["user"] == "alice"
    s = ProblemSet.load(set_file)
    assert s.time_allowed_min == 45 and s.feedback == "summary" and not s.speed_counts


def test_submission_from_the_workspace_counts_for_the_set(workspace):
    set_file, ws = workspace
    (ws / "nms.py").write_text(WRONG)
    r = run("submit", "nms", str(ws / "nms.py"), "--json")
    assert r.exit_code == 1
    doc = json.loads(r.stdout)
    assert doc["verdict"] == "WA"
    assert doc["failure"]["case"] is None and doc["failure"]["inputs"] == []  # summary: no hidden case shown
    assert "WA in the" in doc["failure"]["reason"]
    s = ProblemSet.load(set_file)
    rows = Store().history(user="alice")
    assert len(rows) == 1 and rows[0]["set_id"] == s.id and not rows[0]["late"]
    full = Store().result(rows[0]["id"])
    assert full.failure.case is not None and full.failure.inputs  # the store keeps everything
    assert full.seed == s.seed and full.speed is None  # the set's seed; speed does not count


def test_late_submissions_are_marked(workspace):
    set_file, ws = workspace
    store = Store()
    s = ProblemSet.load(set_file)
    with store.transaction() as db:
        db.execute("UPDATE set_starts SET deadline = 0 WHERE set_id = ?", (s.id,))
    (ws / "nms.py").write_text(WRONG)
    r = run("submit", "nms", str(ws / "nms.py"))
    assert "Recorded as LATE" in r.output
    assert Store().history(user="alice")[0]["late"] == 1


def test_a_problem_outside_the_set_is_refused(workspace):
    _, ws = workspace
    (ws / "other.py").write_text("def add(a, b, alpha=1.0):\n    return a\n")
    r = CliRunner().invoke(main, ["submit", "tests/fixtures/problems/vec_add", str(ws / "other.py")])
    assert r.exit_code != 0 and "not in the set" in r.output


def test_bad_set_files_are_named(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nname: y\nproblems: [no_such_problem]\n")
    with pytest.raises(SetError, match="no_such_problem"):
        ProblemSet.load(bad)
    bad.write_text("id: x\nname: y\nproblems: [nms]\nfeedback: everything\n")
    with pytest.raises(SetError, match="feedback"):
        ProblemSet.load(bad)
    assert parse_duration("1h30m") == 90 and parse_duration("45") == 45
    with pytest.raises(SetError):
        parse_duration("soon")
