"""The verdict table: one row per verdict, one verdict per failure kind, and a worker's claimed
kind mapped only through the judge's own table."""

from __future__ import annotations

import pytest

from judge.verdict import FOLDERS, KINDS, VERDICT_OF, VERDICTS, FailureKind, Result, Status, Verdict, worker_kind


def test_every_verdict_has_one_row_and_every_kind_one_verdict():
    assert set(VERDICTS) == set(Verdict)
    assert set(VERDICT_OF) == set(FailureKind) == KINDS
    assert set(FOLDERS.values()) == set(Verdict) - {Verdict.IE, Verdict.SKIPPED}
    assert Verdict.AC not in VERDICT_OF.values() and Verdict.SKIPPED not in VERDICT_OF.values()


@pytest.mark.parametrize("claimed, loading, kind, verdict", [
    ("syntax", True, FailureKind.SYNTAX, Verdict.CE),
    ("import", True, FailureKind.IMPORT, Verdict.CE),
    ("missing", True, FailureKind.MISSING, Verdict.CE),
    ("forbidden", True, FailureKind.FORBIDDEN, Verdict.FORBIDDEN),
    ("memory", True, FailureKind.MEMORY, Verdict.MLE),
    ("exception", True, FailureKind.IMPORT_EXCEPTION, Verdict.RE),
    ("forbidden", False, FailureKind.FORBIDDEN, Verdict.FORBIDDEN),
    ("memory", False, FailureKind.MEMORY, Verdict.MLE),
    ("exception", False, FailureKind.EXCEPTION, Verdict.RE),
    # a worker cannot make a call a compile error, or anything the table does not hold
    ("syntax", False, FailureKind.EXCEPTION, Verdict.RE),
    ("missing", False, FailureKind.EXCEPTION, Verdict.RE),
    ("AC", False, FailureKind.EXCEPTION, Verdict.RE),
    ("judge error", False, FailureKind.EXCEPTION, Verdict.RE),
    (None, False, FailureKind.EXCEPTION, Verdict.RE),
    (["memory"], True, FailureKind.IMPORT_EXCEPTION, Verdict.RE),
])
def test_a_workers_kind_is_a_claim_mapped_through_the_table(claimed, loading, kind, verdict):
    got = worker_kind(claimed, loading=loading)
    assert got == kind and VERDICT_OF[got] == verdict


def test_status_and_kind_travel_as_their_words():
    assert Status.DONE == "done" and FailureKind.WRONG_VALUE == "wrong value"
    r = Result.internal_error("nms", "the package is broken", filename="a.py", seed=3)
    d = r.to_json()
    assert d["verdict"] == "IE" and d["failure"]["kind"] == "judge error" and d["seed"] == 3
    back = Result.from_json(d)
    assert back.failure.kind == FailureKind.JUDGE_ERROR and back.verdict == Verdict.IE
