"""The rules that turn what the parent saw of one worker request into a verdict, as a table:
nothing here starts a process."""

from __future__ import annotations

import pytest

from judge.classify import Seen, classify_call, classify_load
from judge.sandbox import CallResult, Exit
from judge.verdict import FailureKind, Status, Verdict

LIMIT = Seen(memory_mb=256, cpu_limit_s=20.0)
REPLIED = Seen(memory_mb=256, peak_mb=100.0, allowed_mb=330.0)


def call(status, **kw):
    return CallResult(status=status, **kw)


@pytest.mark.parametrize("res, seen, verdict, kind, words", [
    (call(Status.DONE), REPLIED, None, None, ""),
    (call(Status.TIMEOUT), LIMIT, Verdict.TLE, FailureKind.CALL_TIME,
     "took longer than 1.50 s (the reference took 300.0 ms)"),
    (call(Status.DIED), Seen(256, 20.0, Exit(None, 11)), Verdict.RE, FailureKind.CRASH, "killed by signal 11"),
    (call(Status.DIED), Seen(256, 20.0, Exit(3, None)), Verdict.RE, FailureKind.CRASH, "during the call"),
    (call(Status.DIED), Seen(256, 20.0, Exit(None, 9), oom_killed=True, peak_mb=300), Verdict.MLE,
     FailureKind.MEMORY, "killed for memory: the limit is 256 MiB"),
    (call(Status.DIED, cpu_s=19.5), Seen(256, 20.0, Exit(None, 9)), Verdict.TLE, FailureKind.CPU_TIME, "CPU time"),
    (call(Status.DIED, cpu_s=1.0), Seen(256, 20.0, Exit(None, 9)), Verdict.RE, FailureKind.CRASH, "signal 9"),
    (call(Status.DIED), Seen(256, 20.0, Exit(None, 24)), Verdict.TLE, FailureKind.CPU_TIME, "CPU time"),
    (call(Status.PROTOCOL, error={"message": "a reply without its data"}), LIMIT, Verdict.RE, FailureKind.PROTOCOL,
     "broke the judge's protocol: a reply without its data"),
    (call(Status.RAISED, error={"kind": "exception", "type": "ValueError", "message": "bad"}), LIMIT, Verdict.RE,
     FailureKind.EXCEPTION, "ValueError: bad"),
    (call(Status.RAISED, error={"kind": "memory", "type": "MemoryError", "message": ""}), LIMIT, Verdict.MLE,
     FailureKind.MEMORY, "out of memory (MemoryError: ); limit 256 MiB"),
    (call(Status.RAISED, error={"kind": "forbidden", "type": "ForbiddenCall", "message": "aten::rms_norm"}), LIMIT,
     Verdict.FORBIDDEN, FailureKind.FORBIDDEN, "aten::rms_norm"),
    # a worker claiming a compile error during a call, or a kind the judge does not know: an exception
    (call(Status.RAISED, error={"kind": "syntax", "type": "X", "message": "m"}), LIMIT, Verdict.RE,
     FailureKind.EXCEPTION, "X: m"),
    (call(Status.RAISED, error=None), LIMIT, Verdict.RE, FailureKind.EXCEPTION, "Exception: "),
    (call(Status.DONE), Seen(256, peak_mb=400.0, allowed_mb=330.0), Verdict.MLE, FailureKind.MEMORY,
     "peak memory 400 MiB over the limit of 256 MiB"),
    (call(Status.DONE, unsupported="an object of type Lazy"), REPLIED, Verdict.WA, FailureKind.NOT_PLAIN,
     "returned an object of type Lazy, which is not plain data"),
])
def test_call(res, seen, verdict, kind, words):
    out = classify_call(res, seen, 1.5, 0.3)
    if verdict is None:
        assert out is None
        return
    assert (out.verdict, out.kind) == (verdict, kind) and words in out.reason, out


def test_a_peak_as_large_as_the_expected_output_is_not_over_the_limit():
    seen = Seen(256, peak_mb=400.0, allowed_mb=330.0)
    assert classify_call(call(Status.DONE), seen, 1.5, 0.3, output_mb=lambda: 40.0) is None
    asked = []
    classify_call(call(Status.DONE), REPLIED, 1.5, 0.3, output_mb=lambda: asked.append(1) or 0.0)
    assert not asked  # only asked for when the peak is over


@pytest.mark.parametrize("res, verdict, kind, words", [
    (call(Status.DONE), None, None, ""),
    (call(Status.RAISED, error={"kind": "syntax", "type": "SyntaxError", "message": "line 3"}), Verdict.CE,
     FailureKind.SYNTAX, "syntax error: SyntaxError line 3"),
    (call(Status.RAISED, error={"kind": "missing", "type": "", "message": "no function named 'nms'"}), Verdict.CE,
     FailureKind.MISSING, "missing function: no function named 'nms'"),
    (call(Status.RAISED, error={"kind": "forbidden", "type": "ForbiddenCall", "message": "x"}), Verdict.FORBIDDEN,
     FailureKind.FORBIDDEN, "forbidden call"),
    (call(Status.RAISED, error={"kind": "exception", "type": "ZeroDivisionError", "message": "at import"}),
     Verdict.RE, FailureKind.IMPORT_EXCEPTION, "exception while importing: ZeroDivisionError at import"),
    (call(Status.TIMEOUT), Verdict.TLE, FailureKind.SLOW_IMPORT, "longer than 10 s"),
    (call(Status.DIED), Verdict.RE, FailureKind.CRASH, "while importing"),
])
def test_load(res, verdict, kind, words):
    out = classify_load(res, Seen(256, 20.0, Exit(0, None)), 10.0)
    if verdict is None:
        assert out is None
        return
    assert (out.verdict, out.kind) == (verdict, kind) and words in out.reason, out
