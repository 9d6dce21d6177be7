"""A judge farm for tests: Debian's redis-server on a free loopback port (stopped by pid), and
real `judge worker` / `judge collector` processes in their own process groups (fixtures
``redis_server`` and ``farm`` in conftest.py). Heartbeats are 2 s here (30 s by default)."""

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
from judge.farm.broker import NAMESPACE, collector_key, make_broker, status
from judge.problem import load
from judge.store import Store
from judge.submissions import Entry

FIXTURES = Path(__file__).parent / "fixtures"
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


def start_redis(tmp_path: Path) -> RedisServer:
    if not shutil.which("redis-server"):
        pytest.skip("!!! FARM TESTS SKIPPED: no redis-server (Debian package redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    return server


class Farm:
    """Workers and a collector as separate process groups, one store, one judge home."""

    def __init__(self, tmp_path: Path, redis: RedisServer) -> None:
        self.tmp, self.redis = tmp_path, redis
        self.store_path = tmp_path / "judge.db"
        self.env = {**os.environ, "MLJUDGE_HOME": str(tmp_path / "home"), "MLJUDGE_STORE": str(self.store_path),
                    "PYTHONPATH": str(REPO), "MLJUDGE_BROKER": redis.url}  # the URL never on a command line
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
        return self._start(["worker", "--heartbeat", str(HEARTBEAT)], name)

    def collector(self) -> subprocess.Popen:
        return self._start(["collector", "--store", str(self.store_path), "--heartbeat", str(HEARTBEAT)],
                           "collector")

    def submit(self, source: str, *, problem: Path = VEC, device: str = "cpu", timing: bool = False) -> str:
        """Queue a job (correctness only by default: the faults are what is tested, not the speed).
        A collector's registry entry is made if none is alive: tests start theirs when they choose."""
        store = Store(self.store_path)
        try:
            key = collector_key(store.id)
            if not self.broker.client.exists(key):
                self.broker.client.hset(key, mapping={"store": store.id, "path": "(the test)"})
                self.broker.client.expire(key, 120)
            return jobs.enqueue(self.broker, load(problem), source, "s.py", store=store, device=device,
                                entry=Entry(user="farm-test", seed=5, timing=timing))
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
