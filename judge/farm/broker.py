"""The Redis broker, set for judging (Dramatiq's defaults are not)."""

from __future__ import annotations

import os
import socket
import threading
import time
from typing import Any

import dramatiq
from dramatiq.brokers.redis import MAINTENANCE_SCALE, RedisBroker
from dramatiq.middleware import (
    AgeLimit,
    Callbacks,
    CurrentMessage,
    Pipelines,
    Retries,
    ShutdownNotifications,
    TimeLimit,
)

NAMESPACE = "mljudge"
RESULTS = "results"
MAX_DELIVERIES = 3  # a job that crashed its worker this often gets IE ("judge crashed")
DEFAULT_HEARTBEAT_S = 30.0


def queue_for(device: str) -> str:
    return "cuda" if device.startswith("cuda") else "cpu"


def make_broker(url: str, *, heartbeat_s: float = DEFAULT_HEARTBEAT_S) -> RedisBroker:
    """A broker that acks after the job, redelivers a dead worker's job by heartbeat, never
    retries on its own (the judge counts deliveries) and runs maintenance on every call
    (with Dramatiq's 1-in-1000 default a dead worker's job was not back after 6 minutes)."""
    middleware = [AgeLimit(), TimeLimit(time_limit=24 * 3600 * 1000), ShutdownNotifications(), Callbacks(),
                  Pipelines(), Retries(max_retries=0), CurrentMessage()]
    broker = RedisBroker(url=url, namespace=NAMESPACE, heartbeat_timeout=int(heartbeat_s * 1000),
                         maintenance_chance=MAINTENANCE_SCALE, middleware=middleware)
    dramatiq.set_broker(broker)
    return broker


class Heartbeat(threading.Thread):
    """Keeps this broker's heartbeat fresh while a long job runs: with prefetch 1 the
    consumer makes no broker call until the job is done, and without a heartbeat the
    job would be handed to another worker and run twice."""

    def __init__(self, broker: RedisBroker, queue: str, period_s: float) -> None:
        super().__init__(daemon=True, name="mljudge-heartbeat")
        self.broker, self.queue, self.period_s = broker, queue, period_s
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.period_s):
            try:
                self.broker.do_qsize(self.queue)
            except Exception:  # noqa: BLE001 - Redis away for a moment: try again next period
                pass


def redis_client(broker: RedisBroker) -> Any:
    return broker.client


def worker_id(device: str) -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{device}"


class Registry:
    """Who works on what, for ``judge farm status``: one hash per worker with a short TTL."""

    def __init__(self, client: Any, wid: str, info: dict[str, str], ttl_s: int = 30) -> None:
        self.client, self.key, self.ttl = client, f"{NAMESPACE}:workers:{wid}", ttl_s
        self.info = {"id": wid, "started": str(time.time()), "job": "", **info}
        self.touch()

    def touch(self, **fields: str) -> None:
        self.info.update(fields)
        self.client.hset(self.key, mapping=self.info)
        self.client.expire(self.key, self.ttl)

    def leave(self) -> None:
        self.client.delete(self.key)


def status(client: Any) -> dict[str, Any]:
    workers = []
    for key in sorted(client.scan_iter(f"{NAMESPACE}:workers:*")):
        info = {k.decode(): v.decode() for k, v in client.hgetall(key).items()}
        if info:
            workers.append(info)
    queues = {}
    for q in ("cpu", "cuda", RESULTS):
        queues[q] = int(client.hlen(f"{NAMESPACE}:{q}.msgs") or 0)
    in_flight = sum(1 for w in workers if w.get("job"))
    return {"workers": workers, "queues": queues, "in_flight": in_flight}
