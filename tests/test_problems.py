"""`judge verify` on every problem package: the catalog is only as good as its tests.

Each package's reference must be accepted in the sandbox, every file under
submissions/<slug>/<verdict>/ must get exactly that verdict, and trivial answers
(zeros, ones, a constant, the input echoed, a float16 shortcut) must be rejected.
Half the packages here, the other half in tests/test_problems_other_half.py: under
``make test`` (pytest-xdist, two workers) each worker verifies one half, one package at a
time, beside the rest of the suite; run alone, a file verifies two at a time.
"""

import os

import pytest

from judge.problem import discover
from judge.verify import verify_many

CATALOG = discover()
PROBLEMS = CATALOG[0::2]
# one at a time under xdist: the two workers already keep both CPUs busy (two verifying at
# once in each of two suites side by side oversubscribed the CPUs threefold, and memory-heavy
# calls slowed past their limits)
JOBS = 1 if os.environ.get("PYTEST_XDIST_WORKER") else min(2, os.cpu_count() or 1)


def reports_of(problems: list) -> object:
    """A module fixture: the reports of ``problems`` in order, computed ``JOBS`` at a time as asked."""

    @pytest.fixture(scope="module")
    def reports():
        stream = verify_many([str(p) for p in problems], JOBS)
        seen = []

        def report_of(path):
            while len(seen) <= problems.index(path):
                seen.append(next(stream))
            return seen[problems.index(path)]

        yield report_of
        stream.close()

    return reports


def verifies(report) -> None:
    failed = [f"{c.name}: {c.detail}" for c in report.checks if not c.ok]
    assert report.ok, "\n".join(failed)


reports = reports_of(PROBLEMS)


def test_the_catalog_is_not_empty():
    assert len(CATALOG) >= 1


@pytest.mark.parametrize("path", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_problem_verifies(path, reports):
    verifies(reports(path))
