"""One submission end to end, on the vec_add fixture: every verdict and its explanation."""

import json

import click
import pytest

from judge.verdict import Result, Verdict

from .conftest import judge_source

AC = "def add(a, b, alpha=1.0):\n    return a + alpha * b\n"


def test_accepted_with_a_speed_ratio(vec_add):
    r = judge_source(vec_add, AC, quick=False)
    assert r.verdict == Verdict.AC, r.failure
    assert [g.verdict for g in r.groups] == [Verdict.AC] * 4
    assert r.groups[1].passed == 2 and r.groups[2].passed == 3
    assert r.speed is not None and 0.5 < r.speed.ratio < 2.0
    assert r.speed.lo <= r.speed.ratio <= r.speed.hi and r.speed.rounds >= 4


def test_wrong_value_is_explained_with_the_worst_element(vec_add):
    r = judge_source(vec_add, "def add(a, b, alpha=1.0):\n    return a + b\n")
    assert r.verdict == Verdict.WA
    f = r.failure
    assert f.group == "examples" and f.case == 1
    assert "elements outside rtol" in f.reason
    assert f.worst["index"] and "abs_err" in f.worst and f.stats["max_abs"] > 0
    assert f.inputs[0].startswith("a: float32[3]")
    assert f.reproduce.endswith("--seed 7 --case 1")
    assert r.groups[3].verdict == Verdict.SKIPPED


def test_smallest_failing_case_is_reported(vec_add, tmp_path):
    """Cases listed large to small: the failure named is the smallest that fails, not the first."""
    import shutil

    from judge.problem import load

    shutil.copytree(vec_add.path, tmp_path / "vec_add")
    spec = tmp_path / "vec_add" / "problem.yaml"
    spec.write_text(spec.read_text().replace("random: [{n: 100, repeat: 3}]",
                                             "random: [{n: 400}, {n: 50}, {n: 100}, {n: 10}]"))
    problem = load(tmp_path / "vec_add")
    src = "def add(a, b, alpha=1.0):\n    return a + alpha * b if len(a) < 40 else a\n"
    r = judge_source(problem, src)
    assert r.verdict == Verdict.WA and r.failure.group == "random"
    assert r.failure.case == 5 and r.failure.inputs[0].startswith("a: float32[50]"), r.failure
    assert r.failure.reproduce.endswith("--case 5")


def test_wrong_dtype_and_shape(vec_add):
    r = judge_source(vec_add, "def add(a, b, alpha=1.0):\n    return (a + alpha * b).astype('float16')\n")
    assert r.verdict == Verdict.WA and "wrong dtype" in r.failure.reason
    r = judge_source(vec_add, "def add(a, b, alpha=1.0):\n    return (a + alpha * b)[None]\n")
    assert r.verdict == Verdict.WA and "wrong shape" in r.failure.reason


def test_not_plain_data_is_wrong(vec_add):
    r = judge_source(vec_add, "def add(a, b, alpha=1.0):\n    return object()\n")
    assert r.verdict == Verdict.WA and "not plain data" in r.failure.reason


@pytest.mark.parametrize("src, fragment", [
    ("def add(a, b, alpha=1.0)\n    return a\n", "syntax error: line 1"),
    ("import no_such_module_xyz\n", "import error"),
    ("def plus(a, b, alpha=1.0):\n    return a\n", "no function named 'add' (found: plus)"),
    ("add = 3\n", "not a function"),
    ("def add(a, b):\n    return a + b\n", "wrong signature"),
])
def test_compile_errors(vec_add, src, fragment):
    r = judge_source(vec_add, src)
    assert r.verdict == Verdict.CE, r.failure
    assert fragment in r.failure.reason + r.failure.detail
    assert all(g.verdict == Verdict.SKIPPED for g in r.groups)
    if "syntax" in fragment:  # nothing ran: the heading says so, not "process sandbox ()"
        from judge import render

        head = click.unstyle(render.result(r)).splitlines()[0]
        assert "sandbox not started" in head and "()" not in head


def test_runtime_error_traceback_is_trimmed_to_the_submission(vec_add):
    src = "def helper(x):\n    return x[10**9]\n\ndef add(a, b, alpha=1.0):\n    return helper(a)\n"
    r = judge_source(vec_add, src, filename="mine.py")
    assert r.verdict == Verdict.RE
    assert "IndexError" in r.failure.reason
    assert 'File "mine.py", line 2, in helper' in r.failure.detail
    assert "harness" not in r.failure.detail


def test_forbidden_static_and_at_run_time(vec_add):
    r = judge_source(vec_add, "import numpy as np\ndef add(a, b, alpha=1.0):\n    return np.add(a, alpha * b)\n")
    assert r.verdict == Verdict.FORBIDDEN and "numpy.add" in r.failure.reason
    hidden = ("import numpy as np\ndef add(a, b, alpha=1.0):\n"
              "    return getattr(np, 'ad' + 'd')(a, alpha * b)\n")
    r = judge_source(vec_add, hidden)
    assert r.verdict == Verdict.FORBIDDEN and "numpy.add" in r.failure.reason


def test_time_limit_per_call(vec_add):
    src = "import time\ndef add(a, b, alpha=1.0):\n    time.sleep(30)\n"
    r = judge_source(vec_add, src)
    assert r.verdict == Verdict.TLE and "took longer than" in r.failure.reason


def test_speed_limit_on_the_timing_cases(vec_add):
    src = ("def add(a, b, alpha=1.0):\n"
           "    out = a.copy()\n"
           "    for i in range(len(a)):\n"
           "        out[i] = a[i] + alpha * b[i]\n"
           "    return out\n")
    r = judge_source(vec_add, src)
    assert r.verdict == Verdict.TLE and r.failure.group == "timing"


def test_memory_limit(vec_add):
    src = "import numpy as np\ndef add(a, b, alpha=1.0):\n    x = np.ones(600 * 2**20 // 8)\n    return a + alpha * b\n"
    r = judge_source(vec_add, src)
    assert r.verdict == Verdict.MLE, r.failure


def test_one_case_alone_reproduces(vec_add):
    src = "def add(a, b, alpha=1.0):\n    return a + alpha * b if len(a) < 50 else a\n"
    r = judge_source(vec_add, src, case=4)
    assert r.verdict == Verdict.WA and r.failure.case == 4
    r = judge_source(vec_add, src, case=2)
    assert r.verdict == Verdict.AC


def test_result_json_roundtrip(vec_add):
    r = judge_source(vec_add, AC)
    doc = json.loads(json.dumps(r.to_json()))
    assert doc["verdict"] == "AC" and doc["groups"][0]["name"] == "examples"
    again = Result.from_json(doc)
    assert again.verdict == Verdict.AC and again.speed.ratio == r.speed.ratio


@pytest.mark.parametrize("overlap", [False, True])
def test_timing_rounds_are_checked_with_or_without_overlap(vec_add, tmp_path, overlap):
    """Wrong only on timing-sized inputs, and only after a few calls: caught either way (with
    the overlap, the comparison runs beside the next round and ends the measurement then)."""
    import shutil

    from judge.problem import load

    shutil.copytree(vec_add.path, tmp_path / "vec_add")
    spec = tmp_path / "vec_add" / "problem.yaml"
    spec.write_text(spec.read_text().replace("min_pairs: 2}", f"min_pairs: 2, overlap: {str(overlap).lower()}}}"))
    problem = load(tmp_path / "vec_add")
    assert problem.timing.overlap is overlap
    r = judge_source(problem, AC, quick=False)
    assert r.verdict == Verdict.AC and r.speed is not None and r.speed.rounds >= 4, r.failure
    late = ("calls = 0\n"
            "def add(a, b, alpha=1.0):\n"
            "    global calls\n"
            "    calls += 1\n"
            "    out = a + alpha * b\n"
            "    if len(a) > 10**6 and calls > 8:\n"
            "        out[calls] += 1.0\n"
            "    return out\n")
    r = judge_source(problem, late, quick=False)
    assert r.verdict == Verdict.WA and r.failure.group == "timing", r.failure
    assert "timing round" in r.failure.name and r.failure.worst["index"], r.failure


class _Starved:
    """A runner whose every call runs out of time, having waited ``waiting`` of it for a CPU."""

    def __init__(self, waiting):
        from judge.problem import Limits

        self.waiting, self.spawned, self.limits = waiting, 0, []
        self.problem = type("P", (), {"limits": Limits()})()

    def call_limit(self, prepared):
        return 1.0

    def call(self, worker, prepared, limit):
        from judge.sandbox import CallResult

        self.limits.append(limit)
        return CallResult(status="timeout", wall_s=limit, cpu_s=0.1, waited_s=self.waiting * limit)

    def spawn(self, role, data_mb=0):
        from judge.sandbox import CallResult

        self.spawned += 1
        return _FakeWorker(), CallResult(status="done")

    def _failure(self, verdict, case, reason, worker, **kw):
        from judge.verdict import Failure

        return Failure(verdict, case.number, case.group, case.name, reason)

    def evaluate(self, worker, prepared, res, limit):
        from judge.verdict import Failure

        return Failure(Verdict.TLE, prepared.case.number, "edge", "x", "took longer")


class _FakeWorker:
    def close(self):
        pass

    def peak_memory_mb(self):
        return 1.0


def test_a_busy_machine_is_never_the_submissions_tle():
    """A call cut off before it had its limit's worth of time of its own (it waited for a CPU)
    is tried again on fresh workers with more wall time; if the machine keeps it waiting, the
    verdict is the judge's (IE), not TLE. An endless loop on a machine twice oversubscribed
    still gets TLE once it has had its time; one that had the CPU gets TLE at once."""
    from types import SimpleNamespace

    from judge.grade import RETRIES, _run_case
    from judge.verdict import GroupResult

    case = SimpleNamespace(number=4, group="edge", name="x")
    prepared = SimpleNamespace(case=case, blob=b"", expected=None, ref_s=0.01)

    def judged(waiting):
        runner = _Starved(waiting)
        failure, _ = _run_case(runner, _FakeWorker(), prepared, GroupResult("edge", Verdict.AC, 0, 1))
        return failure, runner

    failure, runner = judged(0.9)  # nine tenths of every call spent waiting for a CPU
    assert failure.verdict == Verdict.IE and "too busy" in failure.reason and runner.spawned == RETRIES
    assert runner.limits[-1] == 4.0  # the wall limit grew, up to 4x
    failure, runner = judged(0.6)  # a loaded machine: the retry with more wall time proves it
    assert failure.verdict == Verdict.TLE and runner.spawned == 1 and runner.limits[1] > 2.0
    failure, runner = judged(0.01)
    assert failure.verdict == Verdict.TLE and runner.spawned == 0


def test_a_tuple_outputs_parts_are_named_in_messages():
    from judge.grade import named_path

    assert named_path("[1]", ("centroids", "labels")) == "labels"
    assert named_path("[0][2]", ("sequence", "score")) == "sequence[2]"
    assert named_path("[3]", ("a", "b")) == "[3]" and named_path("[1]", ()) == "[1]" and named_path("", ("a",)) == ""
