"""``judge worker`` and ``judge collector``: the farm's long-running processes.

A worker is a supervisor that keeps one child alive: the child runs a Dramatiq
worker with ONE thread consuming ONE device's queue, prefetching one message, so
one job at a time runs per device. If the child dies (a crash, a kill), the
supervisor starts another; its unfinished job comes back to the queue once its
heartbeat is stale, and a job that took its worker down three times is IE.

The collector is the one process that writes the store: it consumes the
``results`` queue with one thread.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

from judge.farm.broker import RESULTS, Heartbeat, Registry, make_broker, worker_id


def _serve(broker: Any, queues: set[str], heartbeat_s: float, registry: Registry | None,
           ready: Any = None) -> None:
    """Run a one-thread Dramatiq worker until SIGTERM/SIGINT."""
    import dramatiq

    worker = dramatiq.Worker(broker, queues=queues, worker_threads=1, worker_timeout=250)
    worker.queue_prefetch = 1
    beat = Heartbeat(broker, sorted(queues)[0], max(0.2, heartbeat_s / 5))
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    worker.start()
    beat.start()
    if ready:
        ready()
    try:
        while not stop.wait(min(5.0, heartbeat_s / 3)):
            if registry:
                registry.touch()
    finally:
        beat.stopped.set()
        worker.stop(timeout=2000)
        if registry:
            try:
                registry.leave()
            except Exception:  # noqa: BLE001 - Redis already gone: the entry expires by itself
                pass


def run_worker_child(url: str, device: str, heartbeat_s: float, backend: str) -> None:
    """The supervised child: one device, one thread."""
    from judge.farm import jobs
    from judge.farm.broker import queue_for

    broker = make_broker(url, heartbeat_s=heartbeat_s)
    jobs.declare(broker)
    queue = queue_for(device)
    wid = worker_id(device)
    registry = Registry(broker.client, wid, {"device": device, "queue": queue, "host": os.uname().nodename})
    jobs.CONTEXT = jobs.WorkerContext(broker.client, registry, device, jobs.device_name(device), wid, backend)
    _serve(broker, {queue}, heartbeat_s, registry, ready=lambda: print(f"worker {wid} ready", flush=True))


def run_collector(url: str, store_path: str | None, heartbeat_s: float) -> None:
    from judge.farm import jobs

    broker = make_broker(url, heartbeat_s=heartbeat_s)
    jobs.declare(broker)
    jobs.STORE_PATH = store_path
    _serve(broker, {RESULTS}, heartbeat_s, None, ready=lambda: print("collector ready", flush=True))


def supervise(argv: list[str], *, restart_delay_s: float = 1.0, log: Any = None) -> int:
    """Keep ``argv`` running (restarting it when it dies) until SIGTERM/SIGINT; returns 0."""
    stopping = threading.Event()
    child: subprocess.Popen | None = None

    def stop(*_: Any) -> None:
        stopping.set()
        if child is not None and child.poll() is None:
            child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    restarts = 0
    while not stopping.is_set():
        child = subprocess.Popen(argv)
        child.wait()
        if stopping.is_set():
            break
        restarts += 1
        print(f"judge worker: the worker process exited ({child.returncode}); restart {restarts}",
              file=log or sys.stderr, flush=True)
        time.sleep(restart_delay_s)
    if child is not None and child.poll() is None:
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
    return 0


def child_command(url: str, device: str, heartbeat_s: float, backend: str) -> list[str]:
    return [sys.executable, "-m", "judge.farm.worker", url, device, str(heartbeat_s), backend]


if __name__ == "__main__":  # the supervised child of `judge worker`
    run_worker_child(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4])
