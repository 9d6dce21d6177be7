"""Problems whose answer is a class (an nn.Module, a sparse matrix): each case is a script of
calls (harness.run_script), run alike in the sandbox and, for the reference, on the trusted side."""

import pytest

from judge import harness, present
from judge.cases import CaseStore
from judge.problem import load

from .conftest import judge_source


class Counter:
    def __init__(self, start=0):
        self.n = start

    def add(self, k):
        return Counter(self.n + k)

    def merge(self, other):
        self.n += other.n
        return self.n

    def __call__(self):
        return self.n

    def _secret(self):
        return "never"


def test_a_script_builds_objects_calls_methods_and_numbers_the_objects_it_makes():
    out = harness.run_script(Counter, [5], [[0, "add", [2]], [0, "new", [10]], [1, "merge", [{"object": 2}]],
                                           [1, "__call__", []], [0, "__call__", []]])
    assert out == [{"object": 1}, {"object": 2}, 17, 17, 5]
    with pytest.raises(ValueError):
        harness.run_script(Counter, [], [[0, "_secret", []]])


@pytest.fixture(scope="module")
def leaky():
    return load("leaky_relu")


def test_a_class_problem_loads_with_the_script_signature(leaky):
    assert leaky.entry_kind == "class" and [p.name for p in leaky.params] == ["init", "calls"]
    starter = leaky.starter()
    assert starter.startswith("import torch") and "class LeakyReLU(torch.nn.Module):" in starter
    compile(starter, "starter.py", "exec")  # a valid module, ready to fill in
    store = CaseStore(leaky, 0, disk=False)
    text = present.call_text(leaky, store.prepare(store.by_group("examples")[0]))
    assert text.splitlines()[:2] == [">>> obj0 = LeakyReLU(0.1)", ">>> obj0.forward(torch.tensor([-2. , -0.5,  0. ,"
                                     "  0.5,  2. ], dtype=torch.float32))"]


def test_a_class_is_judged_and_a_function_in_its_place_is_told_so(leaky):
    right = (leaky.path / "reference.py").read_text()
    assert str(judge_source(leaky, right, timing=False).verdict) == "AC"
    wrong = "import torch\n\ndef LeakyReLU(x, negative_slope=0.01):\n    return x\n"
    r = judge_source(leaky, wrong, timing=False)
    assert str(r.verdict) == "CE" and "'LeakyReLU' is a function, not a class" in r.failure.reason
    r = judge_source(leaky, "import torch\n\nclass Leaky(torch.nn.Module):\n    pass\n", timing=False)
    assert "no class named 'LeakyReLU' (found: Leaky)" in r.failure.reason
    plain = right.replace("(torch.nn.Module)", "").replace("super().__init__()", "pass")
    r = judge_source(leaky, plain, timing=False)  # not a module: train(False) is not there
    assert str(r.verdict) == "RE" and "train" in r.failure.reason + r.failure.detail
