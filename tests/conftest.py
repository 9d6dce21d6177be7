"""Shared fixtures: an isolated judge home, fixture problems, a sandbox session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Every test run gets its own judge home: no cache or store of the user's is touched.
os.environ.setdefault("MLJUDGE_HOME", tempfile.mkdtemp(prefix="mljudge-test-home-"))

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def vec_add():
    from judge.problem import load

    return load(FIXTURES / "problems" / "vec_add")


@pytest.fixture(scope="module")
def numpy_session():
    from judge.sandbox import Session

    with Session(preload=["numpy"]) as s:
        yield s


def judge_source(problem, source: str, *, filename: str = "submission.py", **options):
    """Judge a source string and return the Result."""
    from judge.grade import Options, submit

    options.setdefault("seed", 7)
    options.setdefault("quick", True)
    return submit(problem, source, filename, Options(**options))
