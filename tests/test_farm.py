"""The judge farm under faults: a real Redis (Debian's redis-server on a free loopback port,
stopped by pid), real `judge worker` and `judge collector` processes in their own process
groups, killed for real (tests/farm.py). Heartbeats are 2 s here (30 s by default).
"""

from __future__ import annotations

import os
import signal
import time

import psutil

from judge.farm import jobs
from judge.farm.broker import make_broker, status
from judge.problem import load
from judge.store import Store

from .farm import AC, FIXTURES, HEARTBEAT, SLOW_AC, VEC, WA


def one_result(row: dict) -> None:
    assert row["state"] == "DONE" and row["result_json"]
    assert len(row["groups"]) == 4, row["groups"]  # written once, whole


def test_a_submission_goes_through_the_farm(farm):
    farm.collector()
    farm.worker()
    sid = farm.submit(AC)
    assert farm.row(sid)["state"] == "QUEUED"  # the row exists before the job runs
    (row,) = farm.wait_done([sid], 120)
    one_result(row)
    assert row["verdict"] == "AC" and row["worker"].endswith(":cpu")
    result = Store(farm.store_path).result(sid)
    assert result.problem_hash == load(VEC).hash and result.judge_version and result.device_name


def test_worker_killed_mid_job_is_redone_once(farm):
    farm.collector()
    farm.worker("a")
    farm.worker("b")
    sid = farm.submit(SLOW_AC)
    victim = farm.worker_on(sid)
    time.sleep(0.5)
    killed_at = time.monotonic()
    os.kill(victim, signal.SIGKILL)
    (row,) = farm.wait_done([sid], HEARTBEAT + 15 + 30)
    one_result(row)
    assert row["verdict"] == "AC"
    assert farm.deliveries(sid) == 2
    redone_in = time.monotonic() - killed_at
    print(f"redone and finished {redone_in:.1f} s after the kill (heartbeat {HEARTBEAT} s)")


def test_sandbox_child_killed_gives_a_verdict_and_the_worker_carries_on(farm):
    farm.collector()
    farm.worker()
    sid = farm.submit(SLOW_AC)
    worker_pid = farm.worker_on(sid)
    killed = False
    deadline = time.monotonic() + 20
    while not killed and time.monotonic() < deadline:  # the sandboxed process judging it
        try:
            for zygote in psutil.Process(worker_pid).children(recursive=True):
                if "zygote" in " ".join(zygote.cmdline()):
                    for child in zygote.children(recursive=True):
                        # one that has loaded the code and sleeps in its 0.7 s call: a child killed
                        # while it starts, or while it is being closed, is no submission's doing
                        if time.time() - child.create_time() > 0.3 and child.status() != psutil.STATUS_ZOMBIE:
                            child.kill()
                            killed = True
        except psutil.Error:
            pass
        time.sleep(0.05)
    assert killed
    (row,) = farm.wait_done([sid], 60)
    one_result(row)
    assert row["verdict"] in ("RE", "IE")
    sid2 = farm.submit(AC)
    (row2,) = farm.wait_done([sid2], 120)
    assert row2["verdict"] == "AC" and farm.deliveries(sid) == 1


def test_a_job_longer_than_the_heartbeat_runs_once(farm):
    farm.collector()
    farm.worker("a")
    farm.worker("b")
    slow = "import time\n\ndef add(a, b, alpha=1.0):\n    time.sleep(1.2)\n    return a + alpha * b\n"
    sid = farm.submit(slow)  # 6 cases: ~7 s, well past the 2 s heartbeat
    (row,) = farm.wait_done([sid], 120)
    one_result(row)
    assert row["duration_s"] > 3 * HEARTBEAT
    assert farm.deliveries(sid) == 1


def test_a_job_that_kills_its_worker_every_time_ends_as_ie(farm):
    farm.collector()
    farm.worker()
    sid = farm.submit(AC, problem=FIXTURES / "problems" / "crasher")
    (row,) = farm.wait_done([sid], 120)
    assert row["verdict"] == "IE" and "judge crashed" in Store(farm.store_path).result(sid).failure.reason
    assert farm.deliveries(sid) == 4  # three crashes, then the IE
    sid2 = farm.submit(AC)  # the pool came back
    (row2,) = farm.wait_done([sid2], 120)
    assert row2["verdict"] == "AC"


def test_queued_jobs_survive_a_redis_restart(farm, redis_server):
    sids = [farm.submit(src) for src in (AC, WA, AC)]
    redis_server.stop()
    redis_server.start()  # same port, same append-only file
    farm.broker = make_broker(redis_server.url, heartbeat_s=HEARTBEAT)
    jobs.declare(farm.broker)
    assert status(farm.broker.client)["queues"]["cpu"] == 3
    farm.collector()
    farm.worker()
    rows = farm.wait_done(sids, 180)
    assert [r["verdict"] for r in rows] == ["AC", "WA", "AC"]


def test_a_cuda_job_is_never_taken_by_a_cpu_worker(farm):
    farm.collector()
    farm.worker()
    gpu = farm.submit(AC, device="cuda")
    cpu = farm.submit(WA)
    (row,) = farm.wait_done([cpu], 120)  # the worker is alive and working
    assert row["verdict"] == "WA"
    time.sleep(2 * HEARTBEAT)
    assert farm.row(gpu)["state"] == "QUEUED"
    assert status(farm.broker.client)["queues"]["cuda"] == 1


def test_a_package_that_does_not_match_its_hash_is_refused(farm):
    import io
    import tarfile

    from judge.farm.packages import KEY

    problem = load(VEC)
    sid = farm.submit(AC)
    key = KEY + problem.hash
    original = farm.broker.client.get(key)
    buf = io.BytesIO()
    with tarfile.open(fileobj=io.BytesIO(original), mode="r:gz") as src, \
            tarfile.open(fileobj=buf, mode="w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name == "reference.py":
                data = data.replace(b"alpha * b", b"alpha * b + 1")  # a tampered reference
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    farm.broker.client.set(key, buf.getvalue())
    farm.collector()
    farm.worker()
    (row,) = farm.wait_done([sid], 120)
    result = Store(farm.store_path).result(sid)
    assert row["verdict"] == "IE" and "does not match its hash" in result.failure.reason


def test_the_collector_killed_mid_write_loses_nothing(farm):
    farm.worker()
    sids = [farm.submit(src) for src in (WA, AC, WA, WA, AC, WA)]
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline:  # a collector killed again and again while results arrive
        collector = farm.collector()
        time.sleep(1.3)
        os.killpg(collector.pid, signal.SIGKILL)
        collector.wait()
        rows = [farm.row(s) for s in sids]
        if all(r["state"] == "DONE" for r in rows):
            break
    farm.collector()
    rows = farm.wait_done(sids, 120)
    for row in rows:
        one_result(row)
    assert [r["verdict"] for r in rows] == ["WA", "AC", "WA", "WA", "AC", "WA"]
