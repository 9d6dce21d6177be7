"""`judge verify` on every problem package: the catalog is only as good as its tests.

Each package's reference must be accepted in the sandbox, every file under
submissions/<slug>/<verdict>/ must get exactly that verdict, and trivial answers
(zeros, ones, a constant, the input echoed, a float16 shortcut) must be rejected.
"""

import pytest

from judge.problem import discover
from judge.verify import verify

PROBLEMS = discover()


def test_the_catalog_is_not_empty():
    assert len(PROBLEMS) >= 1


@pytest.mark.parametrize("path", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_problem_verifies(path):
    report = verify(path)
    failed = [f"{c.name}: {c.detail}" for c in report.checks if not c.ok]
    assert report.ok, "\n".join(failed)
