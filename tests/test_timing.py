"""The statistics and the clock rules of the speed measurement, on numbers (no processes)."""

from pathlib import Path

import pytest

from judge.sandbox import CallResult
from judge.timing import Round, bootstrap, round_times


def call(wall, fn=None, device=None):
    return CallResult(status="done", wall_s=wall, fn_s=fn, device_s=device)


def test_honest_claims_are_used_as_they_are():
    ref, sub = call(0.012, fn=0.010), call(0.0225, fn=0.020)
    assert round_times(ref, sub) == (0.010, 0.020)


def test_a_submission_that_lies_gains_at_most_half_a_handoff():
    ref = call(0.012, fn=0.010)  # hand-off 2 ms
    liar = call(0.050, fn=0.000001)  # claims 1 us, the judge's clock saw 50 ms
    _, sub_s = round_times(ref, liar)
    assert sub_s == pytest.approx(0.050 - 1.5 * 0.002)


def test_work_outside_the_function_is_charged():
    ref = call(0.012, fn=0.010)
    lazy = call(0.040, fn=0.010)  # 10 ms in the function, 30 ms of "hand-off"
    assert round_times(ref, lazy)[1] == pytest.approx(0.037)


def test_cuda_event_times_are_the_claims_on_a_gpu():
    ref = call(0.0030, fn=0.0029, device=0.0010)
    sub = call(0.0050, fn=0.0049, device=0.0030)
    ref_s, sub_s = round_times(ref, sub)
    assert ref_s == 0.0010 and sub_s == pytest.approx(max(0.0030, 0.0050 - 1.5 * 0.0020))


def rounds(ratios_by_pair):
    out = []
    for pair, ratios in enumerate(ratios_by_pair):
        for r in ratios:
            out.append(Round(pair, 0, 1.0, r, 1.0, r, 1.0, r, False, False))
    return out


def test_bootstrap_median_and_interval():
    est, lo, hi = bootstrap(rounds([[1.0, 1.01, 0.99, 1.02], [1.0, 1.0, 0.98, 1.01], [1.02, 0.99, 1.0, 1.0]]), 1)
    assert est == pytest.approx(1.0, abs=0.005) and lo <= est <= hi and hi - lo < 0.05


def test_the_median_shrugs_off_an_outlier():
    est, _, _ = bootstrap(rounds([[1.2, 1.2, 1.2, 9.0], [1.2, 1.21, 1.19, 1.2]]), 1)
    assert est == pytest.approx(1.2, abs=0.01)


def test_per_process_bias_widens_the_interval():
    """A pair that runs 3% slow for its whole life: clustering by pair must show it."""
    tight = rounds([[1.0] * 8, [1.0] * 8, [1.0] * 8])
    biased = rounds([[1.03] * 8, [0.97] * 8, [1.0] * 8])
    _, lo1, hi1 = bootstrap(tight, 1)
    _, lo2, hi2 = bootstrap(biased, 1)
    assert hi2 - lo2 > hi1 - lo1 and hi2 - lo2 >= 0.03


def test_geometric_mean_over_cases():
    data = [Round(0, 0, 1.0, 2.0, 1, 1, 1, 1, False, False), Round(0, 1, 1.0, 0.5, 1, 1, 1, 1, False, False)]
    est, _, _ = bootstrap(data, 2)
    assert est == pytest.approx(1.0)


def test_medians_leave_out_what_was_not_drawn():
    import numpy as np

    from judge.timing import _medians

    rows = np.array([[3.0, 1.0, np.nan, 2.0], [4.0, np.nan, 1.0, np.nan], [np.nan] * 4])
    got = _medians(rows)
    assert got[0] == 2.0 and got[1] == 2.5 and np.isnan(got[2])


def test_the_judges_own_work_runs_on_a_cpu_of_its_own(tmp_path, monkeypatch):
    import os

    from judge import cpus
    from judge.timing import Ahead

    monkeypatch.setenv("MLJUDGE_LEASE_DIR", str(tmp_path))
    inline = Ahead(False)  # no overlap: the work is done when asked for, not before
    calls = []
    fut = inline.submit(calls.append, 1)
    assert inline.pool is None and calls == []
    fut.result()
    assert calls == [1]
    if len(cpus.candidates()) < 2:
        pytest.skip("one CPU: no work can be done beside the workers")
    timed = cpus.acquire()
    ahead = Ahead(True)
    try:
        seen = ahead.submit(os.sched_getaffinity, 0).result()
        assert seen == {ahead.lease.cpu} and ahead.lease.cpu != timed.cpu
    finally:
        ahead.close()
        timed.release()


def test_speed_verdicts_need_proof():
    """TLE only on an interval wholly above the limit over two pairs or more; an interval that
    straddles the limit proves nothing (it is AC, marked uncertain, after more measuring)."""
    from judge.timing import decide

    table = [  # (lo, hi, limit, pairs) -> verdict
        ((5.2, 7.0, 5.0, 2), "TLE"),
        ((5.2, 7.0, 5.0, 1), "open"),  # one process pair: its own bias could be all of it
        ((0.27, 185.6, 5.0, 3), "open"),  # the interval of issue 22's reference against itself
        ((4.9, 5.1, 5.0, 9), "open"),
        ((0.9, 5.0, 5.0, 1), "AC"),
        ((0.95, 1.05, 5.0, 3), "AC"),
    ]
    for (lo, hi, limit, pairs), want in table:
        assert decide(lo, hi, limit, pairs) == want, (lo, hi, limit, pairs)


def test_same_speed_when_the_interval_holds_one():
    from judge.verdict import Speed

    assert Speed(0.93, 0.85, 1.02, 40, 4).describe().startswith("same speed as the reference (within ±15%")
    assert Speed(0.778, 0.64, 0.98, 40, 4).describe() == \
        "1.29× faster than the reference (95% CI 1.02–1.56× faster)"
    assert Speed(2.0, 1.9, 2.1, 40, 4).describe() == "2.00× slower than the reference (95% CI 1.90–2.10× slower)"
    assert Speed(0.80, 0.75, 0.86, 40, 4).describe().startswith("1.25× faster")
    assert Speed(1.3, 1.2, 1.4, 40, 4).describe().startswith("1.30× slower")
    assert "uncertain" in Speed(6.0, 0.3, 9.0, 40, 4, uncertain="straddles").describe()


def test_a_time_claim_that_is_no_time_counts_as_none():
    """NaN, infinity, negative, or more than the judge's own clock saw: the wall time rules."""
    ref = call(0.012, fn=0.010)
    for claim in (float("nan"), float("inf"), -1.0, 0.5):
        _, sub_s = round_times(ref, call(0.150, fn=claim))
        assert sub_s == pytest.approx(0.150 - 1.5 * 0.002), claim


def test_overlap_can_be_turned_off_per_problem(tmp_path):
    import shutil

    from judge.problem import ProblemError, load

    src = Path(__file__).parent / "fixtures" / "problems" / "vec_add"
    shutil.copytree(src, tmp_path / "vec_add")
    spec = tmp_path / "vec_add" / "problem.yaml"
    text = spec.read_text()
    assert load(tmp_path / "vec_add").timing.overlap is False
    spec.write_text(text.replace("min_pairs: 2}", "min_pairs: 2, overlap: true}"))
    assert load(tmp_path / "vec_add").timing.overlap is True
    spec.write_text(text.replace("min_pairs: 2}", "min_pairs: 2, overlap: sometimes}"))
    with pytest.raises(ProblemError, match="timing.overlap"):
        load(tmp_path / "vec_add")


def test_only_the_submissions_own_waiting_is_flagged_never_the_machines_load():
    from judge.timing import _sleeps

    def res(wall, cpu, waited=None):
        return CallResult(status="done", wall_s=wall, cpu_s=cpu, waited_s=waited)

    # a busy machine: the call sat runnable without a CPU for most of its wall time
    assert not _sleeps(res(0.100, 0.040, waited=0.058), res(0.1, 0.04, waited=0.058))
    # the submission sleeps: neither its CPU nor the run queue accounts for its wall time
    assert _sleeps(res(0.100, 0.040, waited=0.001), res(0.04, 0.04, waited=0.0))
    # no run-queue figure here: waiting counts only where the reference beside it was not held up
    assert not _sleeps(res(0.100, 0.040), res(0.100, 0.040))
    assert _sleeps(res(0.100, 0.040), res(0.041, 0.040))


def test_a_reference_held_up_by_load_does_not_widen_a_liars_allowance():
    """Under load the reference's wall time holds run-queue waiting, not hand-off: a claim of
    NaN on fifteen times the work must still be timed as fifteen times the work."""
    ref = CallResult(status="done", wall_s=0.300, fn_s=0.010, cpu_s=0.012, waited_s=0.288)  # held up 288 ms
    liar = CallResult(status="done", wall_s=0.152, fn_s=float("nan"), cpu_s=0.151, waited_s=0.0)
    _, sub_s = round_times(ref, liar)
    assert sub_s == pytest.approx(0.152 - 1.5 * 0.002)
    # without a run-queue figure, the CPU time still bounds it
    ref.waited_s = liar.waited_s = None
    assert round_times(ref, liar)[1] == pytest.approx(0.151 - 1.5 * 0.002)


def test_an_honest_submission_held_up_by_load_is_not_charged_for_it():
    ref = CallResult(status="done", wall_s=0.012, fn_s=0.010, cpu_s=0.012, waited_s=0.0)
    sub = CallResult(status="done", wall_s=0.400, fn_s=0.020, cpu_s=0.022, waited_s=0.378)
    assert round_times(ref, sub)[1] == pytest.approx(0.020)


def _cut_short(rounds: list[Round], multiplier: float = 5.0):
    """A quick measurement's end where the time ran out with ``rounds`` taken."""
    from types import SimpleNamespace

    from judge.timing import Measurement
    from judge.verdict import GroupResult, Verdict

    m = Measurement.__new__(Measurement)
    problem = SimpleNamespace(timing=SimpleNamespace(fastest_plausible=0.01),
                              limits=SimpleNamespace(time_multiplier=multiplier))
    m.runner, m.cpu, m.cpu_lease, m.fixed = SimpleNamespace(problem=problem), True, None, None
    m.cases = [SimpleNamespace(number=9, name="big")]
    m.group = GroupResult("timing", Verdict.AC, 0, 1)
    m.rounds, m.pairs, m.min_rounds, m.min_pairs = rounds, len({r.pair for r in rounds}), 6, 2
    return m._finish()


def test_slow_code_cut_short_by_a_busy_machine_is_not_accepted():
    """Two-second calls on a loaded machine: one process pair before the time ran out, every
    round 200x the reference. One pair proves no TLE, and an uncertain AC would let slow code
    pass for the machine's load: it is 'too busy to measure' (judged again by the callers)."""
    from judge.verdict import FailureKind, Verdict

    slow = [Round(0, 0, 0.01, 2.0 + i / 100, 0.01, 2.0, 0.01, 2.0, False, False) for i in range(3)]
    group, speed, failure = _cut_short(slow)
    assert failure is not None and failure.kind == FailureKind.BUSY and group.verdict == Verdict.IE
    assert "too busy to measure" in failure.reason
    # the same few rounds near the reference's speed are a plain AC (one pair proves AC)
    fair = [Round(0, 0, 0.01, 0.0101 + i / 1e5, 0.01, 0.01, 0.01, 0.01, False, False) for i in range(3)]
    assert _cut_short(fair)[2] is None
