"""The command line, through click's runner: what a user types and sees."""

import json

from click.testing import CliRunner

from judge.cli import main
from judge.verdict import Verdict

from .conftest import FIXTURES

VEC = str(FIXTURES / "problems" / "vec_add")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_list_shows_problems_with_tags_and_difficulty():
    r = run("list")
    assert r.exit_code == 0 and "nms" in r.output and "medium" in r.output and "detection" in r.output
    rows = json.loads(run("list", "--json").stdout)
    assert {"slug", "title", "title_zh", "framework", "difficulty", "tags"} <= set(rows[0])


def test_show_statement_and_examples_in_both_languages():
    r = run("show", "nms")
    assert r.exit_code == 0 and "strictly greater" in r.output and ">>> nms(" in r.output
    assert "np.array([0, 2], dtype=np.int64)" in r.output
    assert "## Limits" in r.output and "at most max(1 s, 5× the reference's time)" in r.output  # the per-call limit
    r = run("show", "nms", "--lang", "zh")
    assert "非极大值抑制" in r.output and "示例" in r.output and "## 限制" in r.output


def test_init_writes_a_starter_that_compiles(tmp_path):
    out = tmp_path / "mine.py"
    r = run("init", "nms", "-o", str(out))
    assert r.exit_code == 0 and out.exists()
    text = out.read_text()
    assert "def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:" in text
    compile(text, "mine.py", "exec")
    assert run("init", "nms", "-o", str(out)).exit_code != 0  # no silent overwrite


def test_run_examples_only_and_exit_status(tmp_path):
    good = tmp_path / "good.py"
    good.write_text("def add(a, b, alpha=1.0):\n    return a + alpha * b\n")
    r = run("run", VEC, str(good))
    assert r.exit_code == 0 and "examples" in r.output and "AC" in r.output
    assert "edge" not in r.output
    bad = tmp_path / "bad.py"
    bad.write_text("def add(a, b, alpha=1.0):\n    print('debug line')\n    return a - b\n")
    r = run("run", VEC, str(bad))
    assert r.exit_code == 1 and "WA" in r.output and "worst element" in r.output
    assert "debug line" in r.output  # the submission's own output is shown


def test_submit_json_is_the_same_result(tmp_path):
    good = tmp_path / "good.py"
    good.write_text("def add(a, b, alpha=1.0):\n    return a + alpha * b\n")
    r = run("submit", VEC, str(good), "--seed", "3", "--json", "--quick")
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert doc["verdict"] == "AC" and doc["seed"] == 3 and doc["speed"]["ratio"] > 0
    assert [g["name"] for g in doc["groups"]] == ["examples", "edge", "random", "timing"]
    from judge.store import Store

    with Store() as store:  # the id is the stored submission's
        assert store.result(doc["id"]).verdict == Verdict.AC
    r = run("submit", VEC, str(good), "--seed", "3", "--json", "--no-timing", "--no-store")
    assert json.loads(r.stdout)["id"] is None
    listed = run("history").stdout.splitlines()  # which file each row judged
    assert "file" in listed[0] and any("good.py" in line and doc["id"][:12] in line for line in listed[1:])


def test_submit_failure_exits_nonzero_and_says_how_to_reproduce(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def add(a, b, alpha=1.0):\n    return a + b\n")
    r = run("submit", VEC, str(bad), "--seed", "3", "--no-timing")
    assert r.exit_code == 1 and "reproduce: judge submit" in r.output and "--seed 3 --case 1" in r.output


def test_unknown_problem_and_missing_file_are_clear_errors(tmp_path):
    r = CliRunner().invoke(main, ["show", "no_such_problem"])
    assert r.exit_code != 0 and "no problem 'no_such_problem'" in r.output and "judge list" in r.output
    r = CliRunner().invoke(main, ["show", "nmss"])
    assert r.exit_code != 0 and "did you mean nms" in r.output
    r = CliRunner().invoke(main, ["submit", "nms", str(tmp_path / "nope.py")])
    assert r.exit_code != 0 and "does not exist" in r.output


def test_doctor_names_the_protections():
    r = run("doctor")
    assert r.exit_code == 0 and "confinement:" in r.output


def test_a_folder_named_like_the_slug_does_not_hide_the_problem(tmp_path, monkeypatch):
    """One folder per exercise is a natural layout: `nms/` beside the user's files is not a
    package (no problem.yaml), so `nms` is the catalog's problem."""
    (tmp_path / "nms").mkdir()
    (tmp_path / "nms" / "my_nms.py").write_text("def nms(boxes, scores, iou_threshold):\n    return []\n")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["show", "nms"])
    assert r.exit_code == 0 and "nms" in r.output and "not a problem package" not in r.output
