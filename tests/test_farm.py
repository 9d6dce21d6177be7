"""The judge farm under faults: a real Redis (Debian's redis-server on a free loopback port,
stopped by pid), real `judge worker` and `judge collector` processes in their own process
groups, killed for real. Heartbeats are 2 s here (30 s by default).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from judge.farm import jobs
from judge.farm.broker import NAMESPACE, make_broker, status
from judge.problem import load
from judge.store import Store
from judge.submissions import Entry

from .conftest import FIXTURES

HEARTBEAT = 2.0
REPO = Path(__file__).resolve().parent.parent
VEC = FIXTURES / "problems" / "vec_add"
AC = "def add(a, b, alpha=1.0):\n    return a + alpha * b\n"
SLOW_AC = "import time\n\ndef add(a, b, alpha=1.0):\n    time.sleep(0.7)\n    return a + alpha * b\n"
WA = "def add(a, b, alpha=1.0):\n    return a - b\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    def __init__(self, directory: Path) -> None:
        self.dir, self.port = directory, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.dir), "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import redis

        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(self.url).ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: redis writes its append-only file and exits
            self.proc.wait(10)


@pytest.fixture()
def redis_server(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("!!! FARM TESTS SKIPPED: no redis-server (Debian package redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


class Farm:
    """Workers and a collector as separate process groups, one store, one judge home."""

    def __init__(self, tmp_path: Path, redis: RedisServer) -> None:
        self.tmp, self.redis = tmp_path, redis
        self.store_path = tmp_path / "judge.db"
        self.env = {**os.environ, "MLJUDGE_HOME": str(tmp_path / "home"), "MLJUDGE_STORE": str(self.store_path),
                    "PYTHONPATH": str(REPO)}
        self.procs: list[subprocess.Popen] = []
        Store(self.store_path).close()
        self.broker = make_broker(redis.url, heartbeat_s=HEARTBEAT)
        jobs.declare(self.broker)

    def _start(self, args: list[str], name: str) -> subprocess.Popen:
        log = open(self.tmp / f"{name}.log", "ab")  # noqa: SIM115
        proc = subprocess.Popen([sys.executable, "-m", "judge.cli", *args], env=self.env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True, cwd=REPO)
        self.procs.append(proc)
        return proc

    def worker(self, name: str = "worker") -> subprocess.Popen:
        return self._start(["worker", "--broker", self.redis.url, "--heartbeat", str(HEARTBEAT)], name)

    def collector(self) -> subprocess.Popen:
        return self._start(["collector", "--broker", self.redis.url, "--store", str(self.store_path),
                            "--heartbeat", str(HEARTBEAT)], "collector")

    def submit(self, source: str, *, problem: Path = VEC, device: str = "cpu") -> str:
        store = Store(self.store_path)
        try:  # correctness only: the faults are what is tested, not the speed
            return jobs.enqueue(self.broker, load(problem), source, "s.py", store=store, device=device,
                                entry=Entry(user="farm-test", seed=5, timing=False))
        finally:
            store.close()

    def row(self, sid: str) -> dict:
        store = Store(self.store_path)
        try:
            return store.get(sid)
        finally:
            store.close()

    def wait_done(self, sids: list[str], timeout: float) -> list[dict]:
        deadline = time.monotonic() + timeout
        while True:
            rows = [self.row(s) for s in sids]
            if all(r["state"] == "DONE" for r in rows):
                return rows
            if time.monotonic() > deadline:
                logs = "\n".join(p.read_text()[-1500:] for p in self.tmp.glob("*.log"))
                raise AssertionError(f"not done after {timeout} s: {[r['state'] for r in rows]}\n{logs}")
            time.sleep(0.2)

    def deliveries(self, sid: str) -> int:
        return int(self.broker.client.hget(f"{NAMESPACE}:deliveries", sid) or 0)

    def worker_on(self, sid: str, timeout: float = 30) -> int:
        """The pid of the worker process judging ``sid``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for w in status(self.broker.client)["workers"]:
                if w.get("job") == sid:
                    return int(w["id"].split(":")[1])
            time.sleep(0.05)
        raise AssertionError(f"no worker took {sid}")

    def close(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                with _suppress():
                    os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                with _suppress():
                    os.killpg(p.pid, signal.SIGKILL)
                p.wait()


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], (ProcessLookupError, PermissionError, psutil.Error))


@pytest.fixture()
def farm(tmp_path, redis_server):
    f = Farm(tmp_path, redis_server)
    yield f
    f.close()


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
