"""How a solution's cost grows: the fit, what it concludes, the problem.yaml block, and one
real measurement (nms: an n x n IoU matrix against greedy NMS)."""

import json
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from judge import scaling
from judge.problem import ProblemError, load
from judge.verdict import Exponent, Result, ScalingPoint, ScalingResult

SIZES = [256, 512, 1024, 2048, 4096]


def samples(exponent: float, noise: float, seed: int, per_size: int = 5) -> list[list[float]]:
    rng = np.random.default_rng(seed)
    return [list(1e-6 * n**exponent * np.exp(rng.normal(0, noise, per_size))) for n in SIZES]


@pytest.mark.parametrize("exponent", [0.5, 1.0, 1.5, 2.0, 3.0])
def test_fit_recovers_a_known_exponent_from_noisy_timings(exponent):
    e = scaling.fit(SIZES, samples(exponent, 0.1, seed=int(exponent * 10)))
    assert abs(e.value - exponent) < 0.08
    assert e.lo <= exponent <= e.hi
    assert e.hi - e.lo < 0.3  # 10 % noise, five sizes: tight enough to tell n from n^2


def test_fit_interval_covers_the_truth_in_most_trials_and_widens_with_noise():
    covered = sum(lo <= 1.0 <= hi for lo, hi in
                  ((f.lo, f.hi) for f in (scaling.fit(SIZES, samples(1.0, 0.2, seed=s)) for s in range(40))))
    assert covered >= 34  # a 95 % interval (a median's bootstrap is a little narrow on 5 samples)
    quiet = scaling.fit(SIZES, samples(1.0, 0.02, seed=1))
    noisy = scaling.fit(SIZES, samples(1.0, 0.4, seed=1))
    assert noisy.hi - noisy.lo > 3 * (quiet.hi - quiet.lo)


def test_fit_ignores_an_outlier_round():
    data = samples(2.0, 0.05, seed=3)
    data[2][0] *= 50  # one round held up by the machine
    assert abs(scaling.fit(SIZES, data).value - 2.0) < 0.1


def test_noise_free_slope_is_exact_and_a_fit_needs_two_sizes():
    assert scaling.slope([10, 100, 1000], [3.0, 300.0, 30000.0]) == pytest.approx(2.0)
    with pytest.raises(ValueError):
        scaling.fit([10], [[1.0]])


def points(ref_exp: float, sub_exp: float, mem_sub: float = 1.0, cut_at: int | None = None):
    out, ref_rounds, sub_rounds = [], [], []
    for i, n in enumerate(SIZES):
        r, s = samples(ref_exp, 0.03, seed=i), samples(sub_exp, 0.03, seed=100 + i)
        if cut_at is not None and i >= cut_at:
            out.append(ScalingPoint(n, r[i][0] * 1e3, None, 5.0, None, "over the per-call limit of 1.00 s", 1.0))
            break
        ref_rounds.append(r[i])
        sub_rounds.append(s[i])
        out.append(ScalingPoint(n, float(np.median(r[i])) * 1e3, float(np.median(s[i])) * 1e3,
                                0.01 * n, 0.01 * n**mem_sub))
    return out, ref_rounds, sub_rounds


@pytest.fixture(scope="module")
def nms():
    return load("nms")


def test_a_worse_time_exponent_is_a_finding(nms):
    s = scaling.judged(nms, *points(1.0, 2.0))
    assert s.worse_time and not s.worse_memory
    assert "time grows as n^2.0" in s.finding and "reference n^1.0" in s.finding
    assert s.finding.endswith("its time grows faster than the reference's")


def test_the_same_exponent_at_a_constant_factor_is_no_finding(nms):
    pts, ref, sub = points(1.0, 1.0)
    sub = [[3 * t for t in row] for row in sub]  # three times slower at every size
    s = scaling.judged(nms, pts, ref, sub)
    assert not s.worse_time and "faster than the reference" not in s.finding


def test_a_worse_memory_exponent_is_a_finding(nms):
    s = scaling.judged(nms, *points(1.0, 1.0, mem_sub=2.0))
    assert s.worse_memory and not s.worse_time
    assert "memory as n^2.0 (reference n^1.0)" in s.finding


def test_a_series_cut_off_by_the_time_limit_bounds_the_exponent(nms):
    s = scaling.judged(nms, *points(1.0, 2.5, cut_at=3))
    assert s.time is not None and s.time_at_least is not None
    assert s.worse_time
    assert "at n=2048 it ran over the per-call limit" in s.finding


def test_the_verdict_is_tle_only_where_the_problem_makes_the_algorithm_the_point(nms):
    s = scaling.judged(nms, *points(1.0, 2.0))
    assert scaling.failure_of(nms, s) is None
    strict = replace(nms, scaling=replace(nms.scaling, verdict=True))
    f = scaling.failure_of(strict, s)
    assert f is not None and str(f.verdict) == "TLE" and "grows faster" in f.reason


def test_charts_draw_both_sides(nms):
    s = scaling.judged(nms, *points(1.0, 2.0))
    chart = "\n".join(scaling.text_chart(s))
    assert chart.count("r") >= 5 and chart.count("y") >= 5 and "log-log" in chart
    svg = scaling.svg_chart(s)
    assert svg.startswith("<svg") and svg.count("<polyline") == 2 and "<script" not in svg
    assert svg.count("<circle") == 10 and "n^2.0" in svg


def test_the_result_round_trips_through_json(nms):
    s = scaling.judged(nms, *points(1.0, 2.0))
    back = ScalingResult.from_json(json.loads(json.dumps(Result.from_json(
        {**_result_json(), "scaling": _plain(s)}).to_json()["scaling"])))
    assert back == s and isinstance(back.time, Exponent)


def _plain(s: ScalingResult) -> dict:
    from dataclasses import asdict

    return asdict(s)


def _result_json() -> dict:
    return {"problem": "nms", "problem_version": 1, "problem_hash": "", "filename": "x.py", "source_sha256": "",
            "verdict": "AC", "groups": [], "failure": None, "speed": None, "seed": 0, "backend": "process",
            "device": "cpu", "protections": "", "judge_version": "", "duration_s": 0.0}


def test_the_header_of_a_known_submission_of_the_wrong_complexity():
    text = "# scaling: time, memory — the full matrix\n# 规模：时间、内存 — 整个矩阵\nimport numpy\n"
    assert scaling.declared(text) == {"time", "memory"}
    assert scaling.declared("# scaling: memory - x\n# 规模：y\n") == {"memory"}
    assert scaling.declared("# scaling: speed — x\n# 规模：y\n") is None
    assert scaling.declared("import numpy\n# scaling: time — x\n# 规模：y\n") is None


@pytest.mark.parametrize("block, message", [
    ("{param: n, sizes: [1, 2], time: [1, 2]}", "3 or more"),
    ("{param: n, sizes: [100, 120, 400], time: [1, 2]}", "1.5x"),
    ("{param: n, sizes: [1, 2, 4]}", "time exponent"),
    ("{param: n, sizes: [1, 2, 4], time: [2, 1]}", "[low, high]"),
    ("{param: n, sizes: [1, 2, 4], time: [1, 2], case: {n: 3}}", "grown by 'param'"),
    ("{param: 3, sizes: [1, 2, 4], time: [1, 2]}", "generator keyword"),
    ("{param: n, sizes: [1, 2, 4], time: [1, 2], speed: 1}", "unknown field 'speed'"),
])
def test_a_malformed_scaling_block_is_named(tmp_path, block, message):
    import shutil

    pkg = tmp_path / "nms"
    shutil.copytree(load("nms").path, pkg)
    spec = (pkg / "problem.yaml").read_text(encoding="utf-8")
    spec = spec[:spec.index("scaling:")] + f"scaling: {block}\n"
    (pkg / "problem.yaml").write_text(spec, encoding="utf-8")
    with pytest.raises(ProblemError, match="scaling") as e:
        load(pkg)
    assert message in str(e.value)


def test_judge_submit_scaling_names_the_iou_matrix_and_stores_the_exponents(tmp_path, nms):
    """The real thing: greedy NMS against an n x n IoU matrix, measured at four sizes."""
    from judge.problem import REPO
    from judge.store import Store

    file = REPO / "submissions/nms/accepted/iou_matrix_first.py"
    env_home = {"MLJUDGE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "judge.cli", "submit", "nms", str(file), "--scaling", "--no-timing",
                          "--seed", "5", "--json"], capture_output=True, text=True, timeout=300,
                         env={**__import__("os").environ, **env_home})
    r = json.loads(out.stdout)
    s = r["scaling"]
    assert r["verdict"] == "AC" and s["worse_memory"], s["finding"]
    assert s["memory"] >= 1.5 and s["ref_memory"] <= 0.5
    assert [p["size"] for p in s["points"]][:3] == list(nms.scaling.sizes[:3])
    with Store(tmp_path / "judge.db") as store:
        row = store.get(r["id"])
    assert row["time_exponent"] == pytest.approx(s["time"]["value"])
    assert row["ref_time_exponent"] == pytest.approx(s["ref_time"]["value"])
