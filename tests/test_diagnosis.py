"""From a wrong verdict to the fix: known mistakes recognised, failing cases shrunk and
written out, systematic mismatches named, cases dumped and run again (issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from judge import interview, mistakes, sets
from judge.grade import Options, submit
from judge.problem import REPO, load
from judge.verdict import Result, Verdict

SUBS = REPO / "submissions"

# Known mistakes written again by someone else: other names, other order, other style.
EPS_OUTSIDE_SQRT = '''import torch


def layer_norm(x, weight, bias, eps=1e-5):
    d = x.shape[-1]
    centred = x - x.sum(dim=-1, keepdim=True) / d
    spread = (centred * centred).sum(dim=-1, keepdim=True).div(d).sqrt()
    return bias + weight * (centred / (spread + eps))
'''
UNBIASED = '''import torch


def layer_norm(x, weight, bias, eps=1e-5):
    var, mean = torch.var_mean(x, dim=-1, keepdim=True)  # torch's default: unbiased
    return weight * ((x - mean) * torch.rsqrt(var + eps)) + bias
'''
FAST_NMS = '''import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    b = boxes[order].astype(np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = np.maximum(b[:, None, :2], b[None, :, :2])
    rb = np.minimum(b[:, None, 2:], b[None, :, 2:])
    inter = np.prod(np.clip(rb - lt, 0, None), axis=2)
    iou = inter / (area[:, None] + area[None, :] - inter)
    dominated = np.triu(iou > iou_threshold, k=1).any(axis=0)  # by any higher box, kept or not
    return order[~dominated].astype(np.int64)
'''
DOUBLED = '''import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return 2 * e / e.sum(axis=axis, keepdims=True)
'''
KEEPS_AT_MOST_8 = '''import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep = []
    for i in order:
        ok = True
        for j in keep:
            w = max(0.0, min(boxes[i, 2], boxes[j, 2]) - max(boxes[i, 0], boxes[j, 0]))
            h = max(0.0, min(boxes[i, 3], boxes[j, 3]) - max(boxes[i, 1], boxes[j, 1]))
            if w * h / (area[i] + area[j] - w * h) > iou_threshold:
                ok = False
        if ok:
            keep.append(i)
        if len(keep) == 8:  # the mistake: a cap nobody asked for
            break
    return np.array(keep, dtype=np.int64)
'''


def judge(slug: str, source: str, **options) -> Result:
    options.setdefault("seed", 3)
    return submit(load(slug), source, "mine.py", Options(timing=False, **options))


def header_of(slug: str, name: str) -> dict[str, str]:
    en, zh = mistakes.header((SUBS / slug / "wrong_answer" / name).read_text(encoding="utf-8"))
    return {"en": en, "zh": zh}


def test_headers_are_read_in_both_languages():
    assert mistakes.header("# mistake: divides by n - 1\n# 错误：除以 n - 1\nimport numpy\n") == \
        ("divides by n - 1", "除以 n - 1")
    assert mistakes.header("#!/usr/bin/env python\n# mistake: x\n# 错误: y\n") == ("x", "y")  # ASCII colon too
    assert mistakes.header("import numpy\n# mistake: late\n# 错误：晚\n") is None
    assert mistakes.header("# mistake: only English\nimport numpy\n") is None
    found = mistakes.known(load("layer_norm"))
    assert len(found) >= 5 and all(m.en and m.zh for m in found)


@pytest.mark.parametrize("slug, source, file", [
    ("layer_norm", EPS_OUTSIDE_SQRT, "eps_outside_sqrt.py"),
    ("layer_norm", UNBIASED, "unbiased_variance.py"),
    ("nms", FAST_NMS, "fast_nms.py"),
], ids=["eps_outside_sqrt", "unbiased_variance", "fast_nms"])
def test_a_known_mistake_is_recognised_under_another_name(slug, source, file):
    r = judge(slug, source)
    assert r.verdict == Verdict.WA
    assert header_of(slug, file) in r.failure.diagnosis, r.failure.diagnosis
    assert "与已知错误一致" in __import__("judge.render", fromlist=["result"]).result(r)


def test_a_wrong_answer_that_is_no_known_mistake_gets_no_diagnosis_but_a_hint():
    r = judge("softmax", DOUBLED)
    assert r.verdict == Verdict.WA and r.failure.diagnosis == []
    assert r.failure.hint.startswith("every element is off by a factor close to 2")
    r = judge("layer_norm", UNBIASED)
    assert "sqrt((n-1)/n) with n = " in r.failure.hint  # a convention error, not float noise


def test_a_hidden_failure_is_shrunk_written_out_and_dumped(tmp_path):
    dump = tmp_path / "case.json"
    r = judge("nms", KEEPS_AT_MOST_8, dump=str(dump))
    f = r.failure
    assert r.verdict == Verdict.WA and f.group != "examples" and f.shrunk.startswith("shrunk from boxes: float32[")
    n = int(f.inputs[0].split("[")[1].split(",")[0])
    assert 9 <= n <= 12, f.inputs  # the smallest input that still shows the cap keeps 9 boxes
    assert f.example.startswith(">>> nms(") and "expected: np.array(" in f.example and "got:" in f.example
    doc = json.loads(dump.read_text())
    assert doc["problem"] == "nms" and doc["inputs"]["boxes"]["shape"] == [n, 4] and len(doc["got"]["data"]) == 8
    cli = [sys.executable, "-m", "judge.cli", "run", "nms"]
    wrong, right = tmp_path / "wrong.py", SUBS / "nms" / "accepted" / "vectorised.py"
    wrong.write_text(KEEPS_AT_MOST_8)
    out = subprocess.run([*cli, str(wrong), "--case-file", str(dump)], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 1 and "WA" in out.stdout and f"--case-file {dump}" in out.stdout
    out = subprocess.run([*cli, str(right), "--case-file", str(dump)], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0 and "AC" in out.stdout
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**doc, "problem": "softmax"}))
    out = subprocess.run([*cli, str(right), "--case-file", str(other)], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 1 and "a case of 'softmax', not of 'nms'" in out.stderr


def test_what_a_candidate_sees_of_a_diagnosis_follows_the_feedback_level():
    r = judge("layer_norm", EPS_OUTSIDE_SQRT)
    mine = header_of("layer_norm", "eps_outside_sqrt.py")
    assert sets.redact(r, "summary").failure.diagnosis == r.failure.diagnosis
    assert sets.redact(r, "summary").failure.example == ""  # hidden values stay hidden
    assert sets.redact(r, "verdict").failure.diagnosis == []
    row = {"id": "x", "problem": "layer_norm", "state": "DONE", "verdict": "WA", "late": 0, "created_at": 0.0}
    for level, shown in (("full", True), ("summary", True), ("verdict", False)):
        view = interview.candidate_view(row, r.to_json(), level, True)
        assert (mine in view.get("diagnosis", [])) == shown, level
        assert ">>> layer_norm(" not in json.dumps(view) and "hint" not in json.dumps(view)  # no hidden values


def test_verify_requires_every_wrong_answer_to_state_its_mistake(tmp_path):
    from judge.verify import verify

    root = tmp_path / "submissions"
    source = (Path(__file__).parent / "fixtures" / "problems" / "vec_add")
    (root / "vec_add" / "accepted").mkdir(parents=True)
    (root / "vec_add" / "accepted" / "ok.py").write_text("def add(a, b, alpha=1.0):\n    return a + alpha * b\n")
    (root / "vec_add" / "wrong_answer").mkdir()
    (root / "vec_add" / "wrong_answer" / "minus.py").write_text("def add(a, b, alpha=1.0):\n    return a - b\n")
    (root / "vec_add" / "wrong_answer" / "named.py").write_text(
        "# mistake: ignores alpha\n# 错误：忽略 alpha\ndef add(a, b, alpha=1.0):\n    return a + b\n")
    report = verify(source, submissions_root=root)
    checks = {c.name: c for c in report.checks}
    assert not checks["submissions/vec_add/wrong_answer/minus.py states its mistake"].ok
    assert checks["submissions/vec_add/wrong_answer/named.py states its mistake"].ok


def test_case_n_writes_out_a_small_case():
    out = subprocess.run([sys.executable, "-m", "judge.cli", "submit", "nms",
                          str(SUBS / "nms" / "accepted" / "vectorised.py"), "--seed", "3", "--case", "10",
                          "--no-store"], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0 and "case 10, written out:" in out.stdout and ">>> nms(" in out.stdout, out.stdout
    assert "expected: np.array(" in out.stdout
