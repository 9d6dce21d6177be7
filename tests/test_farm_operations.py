"""Operating the farm: what an operator sees and does, with a real redis-server and real
`judge worker` / `judge collector` processes (see test_farm.py for the fault tests)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest
import redis

from judge import cpus
from judge.farm import jobs
from judge.farm.broker import DEAD, make_broker, redact, status
from judge.store import FAILED_TO_QUEUE, Store

from .farm import AC, HEARTBEAT, REPO, VEC, WA, Farm, RedisServer, free_port

SLOWER = "import time\n\ndef add(a, b, alpha=1.0):\n    time.sleep(1.5)\n    return a + alpha * b\n"


def judge_cli(env: dict, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "judge.cli", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"not within {timeout} s: {what}")


def log(farm: Farm, name: str) -> str:
    return (farm.tmp / f"{name}.log").read_text(errors="replace")


def test_redact_hides_every_password():
    text = "cannot queue on redis://:s3cr%21t@10.0.0.5:6379/0 and rediss://user:pw@host/1; redis://host:1/0 stays"
    out = redact(text)
    assert "s3cr" not in out and "pw@" not in out and "redis://:***@10.0.0.5:6379/0" in out
    assert "rediss://user:***@host/1" in out and "redis://host:1/0 stays" in out


def test_remote_refusals_come_before_anything_is_queued(farm, tmp_path):
    """No collector for this store: refused, no row. Options a farm job cannot honour: refused by name."""
    src = tmp_path / "add.py"
    src.write_text(AC)
    env = {**farm.env, "MLJUDGE_BROKER": farm.redis.url}
    r = judge_cli(env, "submit", str(VEC), str(src), "--remote")
    assert r.returncode != 0 and "no collector is writing to this store" in r.stderr, r.stderr
    assert Store(farm.store_path).count() == 0
    for option, why in [(["--case", "1"], "--case"), (["--no-store"], "--no-store"),
                        (["--backend", "process"], "--backend"), (["--confine", "none"], "--confine")]:
        r = judge_cli(env, "submit", str(VEC), str(src), "--remote", *option)
        assert r.returncode == 2 and f"{why} does not go with --remote" in r.stderr, (option, r.stderr)
        r = judge_cli(env, "submit", str(VEC), str(src), *option, "--no-timing", "--seed", "3")  # fine locally
        assert r.returncode == 0 and "AC" in r.stdout, (option, r.stdout, r.stderr)
    r = judge_cli(env, "submit", str(VEC), str(src), "--wait", "5")
    assert r.returncode == 2 and "--wait goes with --remote" in r.stderr
    assert Store(farm.store_path).count() == 2  # the two local runs that stored (not --no-store, not --case)


def test_a_job_that_cannot_be_queued_leaves_no_queued_row(farm, monkeypatch):
    def broken(*args, **kwargs):
        raise redis.ConnectionError("Error 111 connecting to redis://:hunter2@127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(jobs.ACTORS["cpu"], "send", broken)
    with pytest.raises(jobs.FarmError) as e:
        farm.submit(AC)
    assert "hunter2" not in str(e.value)
    rows = Store(farm.store_path).history(limit=None)
    assert [r["state"] for r in rows] == [FAILED_TO_QUEUE]
    row = Store(farm.store_path).get(rows[0]["id"])
    assert "not queued" in row["note"] and "hunter2" not in row["note"] and "***" in row["note"]


def test_an_operator_sees_the_farm(farm, tmp_path):
    """Options through --remote, rows QUEUED -> RUNNING -> DONE with worker and deliveries, the
    status (collector, worker, job age, queue depth without jobs in flight), dead letters, metrics."""
    farm.collector()
    farm.worker()
    client = farm.broker.client
    wait_for(lambda: status(client)["collectors"] and status(client)["workers"], 60, "collector and worker up")
    slow, second = farm.submit(SLOWER), farm.submit(AC)
    wait_for(lambda: farm.row(slow)["state"] == "RUNNING", 60, "the first job RUNNING in the store")
    st = status(client)
    (w,) = st["workers"]
    assert w["job"] == slow and w["job_age_s"] is not None and w["heartbeat_age_s"] < HEARTBEAT * 3
    assert w["pid"] and w["host"] and w["restarts"] == "0" and w["device"] == "cpu"
    assert st["in_flight"] == 1 and st["queues"]["cpu"] == 1  # the second waits; the first is in flight only
    assert st["collectors"][0]["path"] == str(farm.store_path)
    assert farm.row(slow)["worker"] == w["id"]
    farm.wait_done([slow, second], 120)
    assert farm.row(slow)["deliveries"] == 1 and farm.row(second)["deliveries"] == 1

    src = tmp_path / "add.py"
    src.write_text(WA)
    env = {**farm.env, "MLJUDGE_BROKER": farm.redis.url}
    r = judge_cli(env, "submit", str(VEC), str(src), "--remote", "--wait", "120", "--json", "--seed", "77",
                  "--user", "bob", "--no-timing")
    assert r.returncode == 1, r.stderr
    shown = json.loads(r.stdout)
    assert shown["verdict"] == "WA" and shown["seed"] == 77 and shown["speed"] is None
    assert shown["failure"]["reproduce"].startswith("judge submit vec_add ")  # not the worker's package cache
    assert Store(farm.store_path).get(shown["id"])["user"] == "bob"
    r = judge_cli(env, "submit", str(VEC), str(tmp_path / "add.py"), "--remote", "--wait", "120", "--json",
                  "--seed", "78", "--quick")
    assert json.loads(r.stdout)["seed"] == 78

    jobs.ACTORS[jobs.RESULTS].send("feedbeef" * 4, {}, "elsewhere:1:cpu", "another-store-id")
    wait_for(lambda: status(client)["dead_letters"] == 1, 30, "a dead letter")
    assert "dead letter" in log(farm, "collector")
    r = judge_cli(env, "farm", "dead")
    assert r.returncode == 0 and "feedbeef" in r.stdout and "another store" in r.stdout
    r = judge_cli(env, "farm", "status")
    assert r.returncode == 0 and "collectors:" in r.stdout and str(farm.store_path) in r.stdout
    assert "dead letters: 1" in r.stdout and "stored in the last 5 min: 4" in r.stdout, r.stdout
    r = judge_cli(env, "farm", "metrics", "--store", str(farm.store_path))
    assert r.returncode == 0
    assert 'mljudge_submissions{state="DONE",verdict="AC"} 2' in r.stdout
    assert 'mljudge_submissions{state="DONE",verdict="WA"} 2' in r.stdout
    assert "mljudge_dead_letters 1" in r.stdout and 'mljudge_queue_waiting{queue="cpu"} 0' in r.stdout
    assert "mljudge_deliveries_total 4" in r.stdout and "mljudge_collectors 1" in r.stdout
    sample = re.compile(r'[a-z_][a-z0-9_]*(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? [0-9.e+-]+')
    for line in r.stdout.splitlines():  # the text format: comments, or name{labels} value
        assert line.startswith("# ") or sample.fullmatch(line), line
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "judge.cli", "farm", "metrics", "--store", str(farm.store_path),
                               "--port", str(port)], env=env, cwd=REPO, stderr=subprocess.DEVNULL)
    try:
        body = wait_for(lambda: _get(f"http://127.0.0.1:{port}/metrics"), 30, "the metrics endpoint")
        assert "mljudge_dead_letters 1" in body
    finally:
        server.terminate()
        server.wait(10)


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.read().decode()
    except OSError:
        return None


def test_passwords_stay_out_of_command_lines_and_messages(tmp_path):
    if not __import__("shutil").which("redis-server"):
        pytest.skip("!!! FARM TESTS SKIPPED: no redis-server (Debian package redis-server)")
    secret = "pa55-in-no-ps-output"
    server = RedisServer(tmp_path)
    server.url = f"redis://:{secret}@127.0.0.1:{server.port}/0"
    server.proc = subprocess.Popen(["redis-server", "--port", str(server.port), "--bind", "127.0.0.1", "--save", "",
                                    "--requirepass", secret, "--dir", str(tmp_path)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: _pings(server.url), 10, "redis with a password")
        farm = Farm(tmp_path, server)
        try:
            farm.collector()
            worker = farm.worker()
            wait_for(lambda: status(farm.broker.client)["workers"], 60, "the worker up")
            sid = farm.submit(AC)
            farm.wait_done([sid], 120)
            tree = [psutil.Process(worker.pid), *psutil.Process(worker.pid).children(recursive=True)]
            lines = [" ".join(p.cmdline()) for p in tree]
            assert len(lines) >= 2 and not any(secret in line for line in lines), lines

            wrong = f"redis://:not-{secret}@127.0.0.1:{server.port}/0"
            env = {**farm.env, "MLJUDGE_BROKER": wrong}
            src = tmp_path / "add.py"
            src.write_text(AC)
            for args in (["worker"], ["collector", "--store", str(farm.store_path)], ["farm", "status"],
                         ["submit", str(VEC), str(src), "--remote"]):
                started = time.monotonic()
                r = judge_cli(env, *args, timeout=60)
                took = time.monotonic() - started
                out = r.stdout + r.stderr
                assert r.returncode not in (0, None) and took < 20, (args, r.returncode, took)
                assert "refused the password" in out and secret not in out and "***" in out, (args, out)
            assert Store(farm.store_path).count() == 1  # the refused submit wrote no row
            unreachable = f"redis://:{secret}@127.0.0.1:{free_port()}/0"
            r = judge_cli({**farm.env, "MLJUDGE_BROKER": unreachable}, "worker", timeout=60)
            assert r.returncode != 0 and "cannot reach the broker" in r.stderr and secret not in r.stderr
        finally:
            farm.close()
    finally:
        server.stop()


def _pings(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url).ping())
    except redis.RedisError:
        return False


def test_sigterm_drains_and_a_drain_request_stops_an_idle_worker(farm):
    farm.collector()
    busy = farm.worker("busy")
    sid = farm.submit(SLOWER)  # 6 cases at 1.5 s: ~9 s of judging
    wait_for(lambda: farm.row(sid)["state"] == "RUNNING", 60, "the job RUNNING")
    time.sleep(1.0)
    os.killpg(busy.pid, signal.SIGTERM)
    (row,) = farm.wait_done([sid], 120)
    assert row["verdict"] == "AC" and row["deliveries"] == 1 and farm.deliveries(sid) == 1
    assert busy.wait(60) == 0
    text = log(farm, "busy")
    assert "draining: finishing job" in text and "stopped" in text and "Traceback" not in text

    idle = farm.worker("idle")
    wait_for(lambda: status(farm.broker.client)["workers"], 60, "the idle worker up")
    r = judge_cli({**farm.env, "MLJUDGE_BROKER": farm.redis.url}, "worker", "--drain", "all")
    assert r.returncode == 0
    assert idle.wait(30) == 0  # the supervisor did not start another child
    assert "drained" in log(farm, "idle") and "restart" not in log(farm, "idle")


def test_a_drain_past_its_timeout_puts_the_job_back_at_the_front(farm):
    farm.collector()
    first = farm._start(["worker", "--heartbeat", str(HEARTBEAT), "--drain-timeout", "1"], "first")
    interrupted = farm.submit(SLOWER)
    wait_for(lambda: farm.row(interrupted)["state"] == "RUNNING", 60, "the job RUNNING")
    backlog = [farm.submit(AC) for _ in range(3)]
    os.killpg(first.pid, signal.SIGTERM)
    assert first.wait(60) == 0
    assert "back at the front of the cpu queue" in log(farm, "first")
    client = farm.broker.client
    assert client.lindex("mljudge:cpu", 0) is not None and status(client)["queues"]["cpu"] == 4
    farm.worker("second")
    rows = farm.wait_done([interrupted, *backlog], 180)
    assert rows[0]["finished_at"] < min(r["finished_at"] for r in rows[1:])  # judged first, not last
    assert rows[0]["verdict"] == "AC" and farm.deliveries(interrupted) == 1  # a drain is not a crash


def test_a_worker_rides_out_a_redis_restart_in_one_line(farm, redis_server):
    farm.collector()
    farm.worker()
    wait_for(lambda: status(farm.broker.client)["workers"], 60, "the worker up")
    redis_server.stop()
    time.sleep(3)
    redis_server.start()
    farm.broker = make_broker(redis_server.url, heartbeat_s=HEARTBEAT)
    jobs.declare(farm.broker)
    sid = farm.submit(WA)
    (row,) = farm.wait_done([sid], 120)
    assert row["verdict"] == "WA"
    text = log(farm, "worker")
    assert "Traceback" not in text and "broker unreachable" in text and "broker back" in text, text[-3000:]
    assert "restart" not in text  # the child lived through it


def test_farm_workers_take_the_machines_cpu_leases(farm):
    """While every CPU is leased by another judge, a farm job's measurement waits; then it runs
    on a leased CPU like any local judge's."""
    farm.collector()
    farm.worker()
    wait_for(lambda: status(farm.broker.client)["workers"], 60, "the worker up")
    held = []
    try:
        for _ in cpus.candidates():  # every CPU, each as soon as another judge (a suite beside) lets it go
            held.append(cpus.acquire(timeout=300, say=lambda _: None))
        sid = farm.submit(AC, timing=True)
        wait_for(lambda: "waiting for a free CPU" in log(farm, "worker"), 120, "the worker waiting for a CPU")
        assert farm.row(sid)["state"] == "RUNNING"
    finally:
        for lease in held:
            lease.release()
    (row,) = farm.wait_done([sid], 180)
    result = Store(farm.store_path).result(sid)
    assert row["verdict"] == "AC" and result.speed is not None and result.speed.cpu in {h.cpu for h in held}


def test_status_of_a_farm_without_processes_says_so(redis_server, tmp_path):
    Store(tmp_path / "judge.db").close()
    env = {**os.environ, "MLJUDGE_HOME": str(tmp_path / "home"), "MLJUDGE_BROKER": redis_server.url}
    r = judge_cli(env, "farm", "status")
    assert r.returncode == 0 and "(no workers)" in r.stdout and "(none: results wait in Redis" in r.stdout
    assert redis.Redis.from_url(redis_server.url).llen(DEAD) == 0
