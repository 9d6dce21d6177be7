"""`judge verify` refuses timing cases that cannot carry a speed verdict, naming the case and why."""

from __future__ import annotations

import shutil
from pathlib import Path

from judge.verify import unmatched_ops, verify

VEC_ADD = Path(__file__).parent / "fixtures" / "problems" / "vec_add"

# Work that varies tenfold from call to call, at random: no ratio of it means anything.
NOISY = '''import os
import time


def add(a, b, alpha=1.0):
    end = time.perf_counter() + 0.002 * 10 ** (os.urandom(1)[0] / 255)
    while time.perf_counter() < end:
        pass
    return a + alpha * b
'''


def _package(tmp_path: Path, timing: str, reference: str | None = None) -> Path:
    path = tmp_path / "vec_add"
    shutil.copytree(VEC_ADD, path)
    spec = path / "problem.yaml"
    spec.write_text(spec.read_text().replace("  timing: [{n: 4000000}]", f"  timing: {timing}")
                    .replace("timing: {budget_s: 2,", "timing: {budget_s: 1,"))
    if reference is not None:
        (path / "reference.py").write_text(reference)
    return path


def _timing_checks(report) -> dict[str, tuple[bool, str]]:
    return {c.name: (c.ok, c.detail) for c in report.checks if "timing case" in c.name}


def test_a_timing_case_of_a_tenth_of_a_millisecond_is_refused(tmp_path):
    report = verify(_package(tmp_path, "[{n: 20000}]"), submissions_root=tmp_path / "none")
    (tiny_name, (ok, detail)), = _timing_checks(report).items()
    assert not ok and not report.ok
    assert tiny_name.startswith("timing case ") and "ms a call" in detail and "at least 2 ms" in detail


def test_rounds_that_repeat_their_arguments_are_refused(tmp_path):
    path = _package(tmp_path, "[{n: 4000000}]")
    (path / "generator.py").write_text(
        "import numpy as np\n\n\ndef generate(rng, n, dtype='float32'):\n"
        "    fixed = np.random.default_rng(0)\n"
        "    a = fixed.standard_normal(n).astype(dtype)\n"
        "    return {'a': a, 'b': a.copy(), 'alpha': 1.0}\n")
    report = verify(path, submissions_root=tmp_path / "none")
    (ok, detail), = _timing_checks(report).values()
    assert not ok and "same arguments" in detail and "cache" in detail


def test_a_reference_too_noisy_to_time_is_refused_with_aa(tmp_path):
    report = verify(_package(tmp_path, "[{n: 1000}]", reference=NOISY), submissions_root=tmp_path / "none",
                    aa=True)
    aa = [c for c in report.checks if c.name.startswith("A/A of timing case")]
    assert aa and not all(c.ok for c in aa), [(c.name, c.detail) for c in aa]
    bad = next(c for c in aa if not c.ok)
    assert "outside 0.95–1.05" in bad.detail and "noisy" in bad.detail


LUCKY = '''def add(a, b, alpha=1.0):
    if alpha > 1.8:  # a mistake only some cases show: whether a seed draws one is luck
        return a + b
    return a + alpha * b
'''


def test_a_wrong_answer_accepted_under_some_seeds_fails_the_package_naming_them(tmp_path):
    path = _package(tmp_path, "[{n: 4000000}]")
    folder = tmp_path / "submissions" / "vec_add" / "wrong_answer"
    folder.mkdir(parents=True)
    (folder / "lucky.py").write_text(LUCKY)
    report = verify(path, submissions_root=tmp_path / "submissions")
    (check,) = [c for c in report.checks if "lucky.py is rejected under" in c.name]
    assert not check.ok and not report.ok
    seeds = [int(s) for s in check.detail.removeprefix("accepted under seeds ").removeprefix(
        "accepted under seed ").split(", ")]
    assert seeds and all(s != 0 for s in seeds)
    from judge.grade import Options, submit
    from judge.problem import load

    problem = load(path)
    for s in seeds[:2]:  # each named seed does accept it
        assert submit(problem, LUCKY, "lucky.py", Options(seed=s, groups=("examples", "edge", "random"))
                      ).verdict == "AC"


def test_a_forbidden_op_pattern_that_matches_no_operator_is_named():
    assert unmatched_ops(("aten::rms_norm", "aten::layer_norm.default", "aten::rms_nrom")) == ["aten::rms_nrom"]


def test_a_time_limit_submission_is_required_only_where_there_is_something_to_time(tmp_path):
    folder = tmp_path / "submissions" / "vec_add"
    for name, text in (("accepted", "def add(a, b, alpha=1.0):\n    return a + alpha * b\n"),
                       ("wrong_answer", "# mistake: drops alpha\n# 错误：漏掉 alpha\ndef add(a, b, alpha=1.0):\n"
                                        "    return a + b\n")):
        (folder / name).mkdir(parents=True)
        (folder / name / "f.py").write_text(text)

    def known(report) -> tuple[bool, str]:
        (check,) = [c for c in report.checks if c.name == "known submissions"]
        return check.ok, check.detail

    timed = verify(_package(tmp_path / "a", "[{n: 4000000}]"), submissions_root=tmp_path / "submissions")
    assert known(timed) == (False, "missing submissions/vec_add/{time_limit,forbidden}")
    untimed = verify(_package(tmp_path / "b", "[]"), submissions_root=tmp_path / "submissions")
    assert known(untimed) == (False, "missing submissions/vec_add/{forbidden}")  # vec_add forbids a call


def test_shortcuts_are_tried_where_some_cases_output_floats_and_others_integers(tmp_path):
    """A float16 shortcut exists only for a case whose output has floats: one such case among
    integer ones is still tried (it once crashed verify with a KeyError)."""
    path = _package(tmp_path, "[]", reference="import numpy as np\n\n\ndef add(a, b, alpha=1.0):\n"
                    "    return a + alpha * b if len(a) else np.zeros(0, dtype=np.int64)\n")
    spec = path / "problem.yaml"
    spec.write_text(spec.read_text().replace("edge: [{n: 0}, {n: 1, dtype: float64}]",
                                             "edge: [{n: 1, dtype: float64}, {n: 0}]"))
    report = verify(path, submissions_root=tmp_path / "none")
    names = {c.name: c.ok for c in report.checks}
    assert "verify ran" not in names, report.checks
    assert names["rejects a float16 shortcut"] is True
