"""The judge farm: 40 submissions with 1 and then 2 workers on this machine, against the same
40 judged locally with --jobs 1 and 2; and the latency the queue adds to one submission.
Needs redis-server. Run: make bench-farm
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, machine, table
from throughput import workload

from judge import batch
from judge.farm import jobs
from judge.farm.broker import make_broker
from judge.grade import Options, submit
from judge.problem import load
from judge.store import Store
from judge.submissions import Entry


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Farm:
    def __init__(self, workers: int) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="mljudge-farm-"))
        port = free_port()
        self.url = f"redis://127.0.0.1:{port}/0"
        self.procs = [subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                        "--appendonly", "yes", "--dir", str(self.dir)], stdout=subprocess.DEVNULL)]
        time.sleep(0.5)
        self.store_path = self.dir / "judge.db"
        env = {**os.environ, "MLJUDGE_STORE": str(self.store_path), "MLJUDGE_HOME": str(self.dir / "home")}
        Store(self.store_path).close()
        cmd = [sys.executable, "-m", "judge.cli"]
        self.procs.append(subprocess.Popen([*cmd, "collector", "--broker", self.url], env=env, cwd=REPO,
                                           start_new_session=True, stdout=subprocess.DEVNULL))
        cpus = sorted(os.sched_getaffinity(0))
        for i in range(workers):
            self.procs.append(subprocess.Popen([*cmd, "worker", "--broker", self.url, "--cpus",
                                                str(cpus[i % len(cpus)])], env=env, cwd=REPO,
                                               start_new_session=True, stdout=subprocess.DEVNULL))
        self.broker = make_broker(self.url)
        jobs.declare(self.broker)
        time.sleep(3)

    def run(self, work: list[batch.Job], seed: int) -> float:
        store = Store(self.store_path)
        t0 = time.perf_counter()
        ids = [jobs.enqueue(self.broker, load(j.problem), Path(j.file).read_text(), Path(j.file).name, store=store,
                            entry=Entry(user="bench", seed=seed)) for j in work]
        while store.db.execute(f"SELECT COUNT(*) FROM submissions WHERE state = 'DONE' AND id IN "
                               f"({','.join('?' * len(ids))})", ids).fetchone()[0] < len(ids):
            time.sleep(0.2)
        return time.perf_counter() - t0

    def close(self) -> None:
        """Workers and the collector first (they leave Redis cleanly), then Redis."""
        redis, *judges = self.procs
        for p in judges:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in judges:
            p.wait(30)
        redis.terminate()
        redis.wait(20)


def latency(farm: Farm, rounds: int = 5) -> tuple[float, float]:
    """One small submission (the examples of nms fail fast): through the farm, and judged here."""
    problem = load("nms")
    source = (REPO / "submissions/nms/wrong_answer/fast_nms.py").read_text()
    job = [batch.Job("nms", str(REPO / "submissions/nms/wrong_answer/fast_nms.py"))]
    remote = [farm.run(job, seed=100 + i) for i in range(rounds)]
    local = []
    for i in range(rounds):
        t0 = time.perf_counter()
        submit(problem, source, "fast_nms.py", Options(seed=100 + i))
        local.append(time.perf_counter() - t0)
    return statistics.median(remote), statistics.median(local)


def main() -> None:
    print(f"Judge farm on {machine()}\n")
    work, _ = workload(40)
    rows = []
    for workers in (1, 2):
        farm = Farm(workers)
        try:
            wall = farm.run(work, seed=3)
            if workers == 1:
                remote, local = latency(farm)
        finally:
            farm.close()
        rows.append([f"farm, {workers} worker{'s' * (workers > 1)}", len(work), f"{wall:.0f}",
                     f"{60 * len(work) / wall:.1f}"])
    for jobs_ in (1, 2):
        t0 = time.perf_counter()
        batch.run(work, workers=jobs_, seed=3)
        wall = time.perf_counter() - t0
        rows.append([f"local, --jobs {jobs_}", len(work), f"{wall:.0f}", f"{60 * len(work) / wall:.1f}"])
    print(table(rows, ["how", "submissions", "wall s", "per minute"]))
    print(f"\none small submission: {remote:.2f} s through the farm, {local:.2f} s judged here: "
          f"the queue adds {remote - local:.2f} s (median of 5)")


if __name__ == "__main__":
    main()
