"""`judge verify` on every problem package: the catalog is only as good as its tests.

Each package's reference must be accepted in the sandbox, every file under
submissions/<slug>/<verdict>/ must get exactly that verdict, and trivial answers
(zeros, ones, a constant, the input echoed, a float16 shortcut) must be rejected.
Packages are verified two at a time (``judge verify --all -j 2``), each test reading
its own package's report as it comes.
"""

import os

import pytest

from judge.problem import discover
from judge.verify import verify_many

PROBLEMS = discover()
JOBS = min(2, os.cpu_count() or 1)


@pytest.fixture(scope="module")
def reports():
    """The packages' reports, in discovery order, computed ``JOBS`` at a time as the tests ask."""
    stream = verify_many([str(p) for p in PROBLEMS], JOBS)
    seen = []

    def report_of(path):
        while len(seen) <= PROBLEMS.index(path):
            seen.append(next(stream))
        return seen[PROBLEMS.index(path)]

    yield report_of
    stream.close()


def test_the_catalog_is_not_empty():
    assert len(PROBLEMS) >= 1


@pytest.mark.parametrize("path", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_problem_verifies(path, reports):
    report = reports(path)
    failed = [f"{c.name}: {c.detail}" for c in report.checks if not c.ok]
    assert report.ok, "\n".join(failed)
