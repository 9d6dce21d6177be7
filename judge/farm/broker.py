"""The Redis broker, set for judging (Dramatiq's defaults are not), and what the farm keeps
in Redis besides the queues: the workers' and collectors' registries, delivery counts, drain
requests, dead letters and the recent results (``status``)."""

from __future__ import annotations

import json
import os
import re
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
DEAD = f"{NAMESPACE}:dead"  # results no collector could place, newest first (JSON)
STORED = f"{NAMESPACE}:stored"  # submission id -> when its result was stored (the last hour)
DRAIN = f"{NAMESPACE}:drain"  # worker id, host or "all" -> when a drain was asked for
EXIT_CONFIG = 78  # a worker child that cannot log in: the supervisor stops instead of restarting


class FarmError(Exception):
    """The broker cannot be reached or refuses us (the message never holds a password)."""


class BrokerRefused(FarmError):
    """The broker answers but refuses our credentials: waiting will not help."""


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return re.sub(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", r"\1***@", str(text))


def check(url: str, timeout_s: float = 5.0) -> None:
    """Reach the broker and log in within ``timeout_s``, or raise ``FarmError`` saying which failed."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=timeout_s, socket_timeout=timeout_s).ping()
    except redis.AuthenticationError as e:
        raise BrokerRefused(f"{redact(url)}: the broker refused the password ({redact(e)})") from None
    except redis.ResponseError as e:  # NOAUTH: a password is needed
        raise BrokerRefused(f"{redact(url)}: {redact(e)}") from None
    except (redis.RedisError, OSError, ValueError) as e:
        raise FarmError(f"{redact(url)}: cannot reach the broker ({redact(e)})") from None


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
    broker.scripts["dispatch"] = broker.client.register_script(_front_requeue(broker.scripts["dispatch"].script))
    dramatiq.set_broker(broker)
    return broker


def _front_requeue(script: str | bytes) -> str:
    """Dramatiq's dispatch script with redelivered jobs (a dead worker's, a drained worker's)
    put at the front of their queue instead of the back: whoever was interrupted does not
    wait behind the whole backlog again."""
    text = script.decode() if isinstance(script, bytes) else script
    push = 'redis.call("rpush", queue_full_name, message_id)'
    head, sep, rest = text.partition('if command == "enqueue" then')
    middle, sep2, tail = rest.partition('elseif command == "requeue" then')
    if head.count(push) != 1 or tail.count(push) != 1 or not sep or not sep2:
        raise RuntimeError("this Dramatiq's dispatch script is not the one the farm knows: check _front_requeue")
    front = push.replace("rpush", "lpush")
    return head.replace(push, front) + sep + middle + sep2 + tail.replace(push, front)


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


def worker_id(device: str) -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{device}"


class Registry:
    """Who is alive and doing what, for ``judge farm status``: one hash per worker (or collector)
    with a TTL a few heartbeats long, touched every few seconds."""

    def __init__(self, client: Any, key: str, info: dict[str, str], ttl_s: int = 30) -> None:
        self.client, self.key, self.ttl = client, key, ttl_s
        now = str(time.time())
        self.info = {"started": now, "seen": now, "job": "", "job_started": "", "done": "0", **info}
        self.touch()

    def touch(self, **fields: str) -> None:
        self.info.update(fields, seen=str(time.time()))
        self.client.hset(self.key, mapping=self.info)
        self.client.expire(self.key, self.ttl)

    def leave(self) -> None:
        self.client.delete(self.key)


def worker_key(wid: str) -> str:
    return f"{NAMESPACE}:workers:{wid}"


def collector_key(store_id: str) -> str:
    return f"{NAMESPACE}:collectors:{store_id}"


def collector_alive(client: Any, store_id: str) -> bool:
    return bool(client.exists(collector_key(store_id)))


def dead_letter(client: Any, **entry: Any) -> None:
    """Keep a result no collector could place (it is answered, not dropped)."""
    client.lpush(DEAD, json.dumps({"at": time.time(), **entry}))
    client.ltrim(DEAD, 0, 9999)


def drain_requested(client: Any, wid: str, host: str) -> bool:
    return bool(client.hmget(DRAIN, [wid, host, "all"]) != [None, None, None])


def _hashes(client: Any, pattern: str) -> list[dict[str, str]]:
    out = []
    for key in sorted(client.scan_iter(pattern)):
        info = {k.decode(): v.decode() for k, v in client.hgetall(key).items()}
        if info:
            out.append(info)
    return out


def status(client: Any, now: float | None = None) -> dict[str, Any]:
    """Everything ``judge farm status`` shows, from Redis alone."""
    now = now or time.time()
    workers = _hashes(client, f"{NAMESPACE}:workers:*")
    for w in workers:
        w["heartbeat_age_s"] = round(now - float(w.get("seen", now)), 1)
        w["job_age_s"] = round(now - float(w["job_started"]), 1) if w.get("job") and w.get("job_started") else None
    collectors = _hashes(client, f"{NAMESPACE}:collectors:*")
    for c in collectors:
        c["heartbeat_age_s"] = round(now - float(c.get("seen", now)), 1)
    queues, oldest = {}, {}
    for q in ("cpu", "cuda", RESULTS):
        queues[q] = int(client.llen(f"{NAMESPACE}:{q}") or 0)  # waiting: jobs in flight are not in the list
        first = client.lindex(f"{NAMESPACE}:{q}", 0)
        body = client.hget(f"{NAMESPACE}:{q}.msgs", first) if first else None
        oldest[q] = round(now - json.loads(body)["message_timestamp"] / 1000, 1) if body else None
    client.zremrangebyscore(STORED, 0, now - 3600)
    return {"workers": workers, "collectors": collectors, "queues": queues,
            "in_flight": sum(1 for w in workers if w.get("job")),
            "collector_lag_s": oldest[RESULTS], "oldest_waiting_s": {q: oldest[q] for q in ("cpu", "cuda")},
            "dead_letters": int(client.llen(DEAD) or 0),
            "stored_last_5_min": int(client.zcount(STORED, now - 300, now) or 0),
            "redelivered": sum(1 for v in client.hvals(f"{NAMESPACE}:deliveries") if int(v) > 1)}
