"""The other half of the catalog check (tests/test_problems.py says why it is split)."""

import pytest

from .test_problems import CATALOG, reports_of, verifies

PROBLEMS = CATALOG[1::2]
reports = reports_of(PROBLEMS)


@pytest.mark.parametrize("path", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_problem_verifies(path, reports):
    verifies(reports(path))
