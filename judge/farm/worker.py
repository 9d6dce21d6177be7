"""``judge worker`` and ``judge collector``: the farm's long-running processes.

A worker is a supervisor that keeps one child alive: the child runs a Dramatiq
worker with ONE thread consuming ONE device's queue, prefetching one message, so
one job at a time runs per device. If the child dies (a crash, a kill), the
supervisor starts another; its unfinished job comes back to the front of the queue
once its heartbeat is stale, and a job that took its worker down three times is IE.

A worker drains on SIGTERM or when asked through Redis (``judge worker --drain``): it
takes no new job, finishes the one in progress (up to ``--drain-timeout``; past it the
job goes back to the front of the queue) and exits; the supervisor then exits too.

The collector is the one process that writes its store: it consumes the ``results``
queue with one thread and keeps a registry entry under its store's id, without which
``judge submit --remote`` refuses to queue.

The broker's URL reaches the child through the environment, never its command line;
every message about the broker has its password redacted. A broker that refuses the
password, or cannot be reached at start, is one line and a non-zero exit; a broker
lost while running is waited for (one line when it goes, one when it is back).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

from judge.farm.broker import (
    DRAIN,
    EXIT_CONFIG,
    BrokerRefused,
    FarmError,
    Heartbeat,
    Registry,
    check,
    collector_key,
    drain_requested,
    make_broker,
    redact,
    worker_id,
    worker_key,
)

URL_ENV = "MLJUDGE_BROKER"
RESTARTS_ENV = "MLJUDGE_WORKER_RESTARTS"
DRAINED_ENV = "MLJUDGE_DRAINED_FILE"  # the child creates this file when it drained: not restarted


def say(text: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


class _OneLine(logging.Filter):
    """Connection errors in one line, not a traceback; passwords redacted in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and _is_connection(record.exc_info[1]):
            record.msg, record.args = f"{record.getMessage()} ({record.exc_info[1]})", ()
            record.exc_info = None
        record.msg, record.args = redact(record.getMessage()), ()
        return True


def _is_connection(e: BaseException) -> bool:
    import redis
    from dramatiq.errors import ConnectionError as BrokerConnectionError

    return isinstance(e, (redis.ConnectionError, redis.TimeoutError, BrokerConnectionError, ConnectionError))


def _logging() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(_OneLine())
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


class BrokerWatch:
    """Says once when the broker goes away and once when it is back."""

    def __init__(self) -> None:
        self.down_since: float | None = None

    def __call__(self, fn: Any, otherwise: Any = None) -> Any:
        """``fn()``, or ``otherwise`` while the broker is unreachable."""
        try:
            value = fn()
        except Exception as e:  # noqa: BLE001
            if not _is_connection(e):
                raise
            if self.down_since is None:
                self.down_since = time.monotonic()
                say(f"broker unreachable ({redact(e)}); waiting for it")
            return otherwise
        if self.down_since is not None:
            say(f"broker back after {time.monotonic() - self.down_since:.0f} s")
            self.down_since = None
        return value


def _serve(broker: Any, queues: set[str], heartbeat_s: float, registry: Registry | None,
           ready: Any = None, drain_s: float = 600.0, identity: tuple[str, str] | None = None) -> bool:
    """Run a one-thread Dramatiq worker until SIGTERM/SIGINT or a drain request; True if drained."""
    import dramatiq
    from dramatiq.common import join_all

    from judge.farm import jobs

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
    watch = BrokerWatch()
    drained = False
    last_touch = 0.0
    while not stop.wait(1.0):
        if registry and time.monotonic() - last_touch >= min(5.0, heartbeat_s / 3) \
                and watch(lambda: registry.touch() or True, False):
            last_touch = time.monotonic()
        if identity and watch(lambda: drain_requested(broker.client, *identity), False):
            drained = True
            break
    ctx = jobs.CONTEXT
    job = ctx.current if ctx else None
    if job is not None:
        say(f"draining: finishing job {job.args[0]['id'][:12]} (up to {drain_s:g} s), taking no new one")
    else:
        say("draining: no job in progress")
    for thread in worker.workers:
        thread.stop()
    join_all(worker.workers, int(drain_s * 1000))
    job = ctx.current if ctx else None
    if job is not None:  # not finished in time: back to the front of its queue, not counted as a crash
        sid = job.args[0]["id"]
        watch(lambda: broker.do_requeue(job.queue_name, job.options["redis_message_id"]))
        watch(lambda: broker.client.hincrby(f"{jobs.NAMESPACE}:deliveries", sid, -1))
        say(f"job {sid[:12]} not finished in {drain_s:g} s: back at the front of the {job.queue_name} queue")
    beat.stopped.set()
    worker.stop(timeout=2000)
    if registry:
        watch(registry.leave)
    say("drained" if drained else "stopped")
    return drained


def run_worker_child(device: str, heartbeat_s: float, backend: str, drain_s: float) -> None:
    """The supervised child: one device, one thread. The broker's URL is in the environment."""
    from judge.farm import jobs
    from judge.farm.broker import queue_for

    _logging()
    url = os.environ[URL_ENV]
    _wait_for_broker(url)
    broker = make_broker(url, heartbeat_s=heartbeat_s)
    jobs.declare(broker)
    queue = queue_for(device)
    wid = worker_id(device)
    host = os.uname().nodename
    registry = Registry(broker.client, worker_key(wid), {
        "id": wid, "device": device, "queue": queue, "host": host, "pid": str(os.getpid()),
        "cpus": os.environ.get("MLJUDGE_WORKER_CPUS", ""), "restarts": os.environ.get(RESTARTS_ENV, "0")},
        ttl_s=max(10, int(3 * heartbeat_s)))
    jobs.CONTEXT = jobs.WorkerContext(broker.client, registry, device, jobs.device_name(device), wid, backend)
    drained = _serve(broker, {queue}, heartbeat_s, registry, ready=lambda: say(f"worker {wid} ready"),
                     drain_s=drain_s, identity=(wid, host))
    if drained and os.environ.get(DRAINED_ENV):
        open(os.environ[DRAINED_ENV], "w").close()


def _wait_for_broker(url: str) -> None:
    """Log in, waiting (one line) while the broker is unreachable; a refused password ends the child."""
    waited = False
    delay = 0.5
    while True:
        try:
            check(url)
            if waited:
                say("broker back")
            return
        except BrokerRefused as e:
            say(str(e))
            sys.exit(EXIT_CONFIG)
        except FarmError as e:
            if not waited:
                say(f"{e}; waiting for it")
                waited = True
            time.sleep(delay)
            delay = min(delay * 2, 5.0)


def run_collector(url: str, store_path: str | None, heartbeat_s: float) -> None:
    from judge.farm import jobs
    from judge.store import Store

    _logging()
    check(url)  # FarmError: the CLI says it in one line and exits non-zero
    broker = make_broker(url, heartbeat_s=heartbeat_s)
    jobs.declare(broker)
    jobs.STORE_PATH = store_path
    with Store(store_path) as store:
        store_id, path = store.id, str(store.path)
    registry = Registry(broker.client, collector_key(store_id), {
        "store": store_id, "path": path, "host": os.uname().nodename, "pid": str(os.getpid())},
        ttl_s=max(10, int(3 * heartbeat_s)))
    _serve(broker, {jobs.RESULTS}, heartbeat_s, registry, ready=lambda: say(f"collector ready for {path}"))


def supervise(argv: list[str], *, env: dict[str, str] | None = None, restart_delay_s: float = 1.0,
              drain_s: float = 600.0) -> int:
    """Keep ``argv`` running (restarting it when it dies) until SIGTERM/SIGINT or a drain;
    the child's URL and restart count travel in its environment. Returns the exit status."""
    stopping = threading.Event()
    child: subprocess.Popen | None = None

    def stop(*_: Any) -> None:
        stopping.set()
        if child is not None and child.poll() is None:
            child.terminate()  # the child drains: finishes its job, up to drain_s

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    restarts = 0
    marker = os.path.join(tempfile.mkdtemp(prefix="mljudge-worker-"), "drained")
    while not stopping.is_set():
        child = subprocess.Popen(argv, env={**(env or os.environ), RESTARTS_ENV: str(restarts), DRAINED_ENV: marker})
        code = child.wait()
        if stopping.is_set() or os.path.exists(marker):
            break
        if code == EXIT_CONFIG:
            say("judge worker: the broker refused us (see above); not restarting")
            return 1
        restarts += 1
        say(f"judge worker: the worker process exited ({code}); restart {restarts}")
        time.sleep(restart_delay_s)
    if child is not None and child.poll() is None:
        try:
            child.wait(timeout=drain_s + 15)
        except subprocess.TimeoutExpired:
            child.kill()
    shutil.rmtree(os.path.dirname(marker), ignore_errors=True)
    return 0


def child_command(device: str, heartbeat_s: float, backend: str, drain_s: float) -> list[str]:
    """The child's command line: no broker URL in it (``ps`` shows command lines to everyone)."""
    return [sys.executable, "-m", "judge.farm.worker", device, str(heartbeat_s), backend, str(drain_s)]


def request_drain(url: str, target: str) -> None:
    """Ask running workers to drain: a worker id, a host name, or ``all``."""
    import redis

    redis.Redis.from_url(url).hset(DRAIN, target, str(time.time()))


if __name__ == "__main__":  # the supervised child of `judge worker`
    run_worker_child(sys.argv[1], float(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
