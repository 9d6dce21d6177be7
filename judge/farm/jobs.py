"""The farm's two actors, and how a submission gets onto the queue.

``judge_cpu`` / ``judge_cuda`` (queues ``cpu`` / ``cuda``) judge a submission in a
``judge worker``; ``store_result`` (queue ``results``) writes it, in the one
``judge collector``, keyed by submission id: a result delivered twice is stored once.
"""

from __future__ import annotations

import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dramatiq

from judge.farm import packages
from judge.farm.broker import (
    MAX_DELIVERIES,
    NAMESPACE,
    RESULTS,
    STORED,
    FarmError,
    Registry,
    collector_alive,
    dead_letter,
    queue_for,
    redact,
)
from judge.problem import Problem
from judge.store import FAILED_TO_QUEUE, RUNNING
from judge.verdict import Result

if TYPE_CHECKING:
    from judge.submissions import Entry


@dataclass
class WorkerContext:
    """What a ``judge worker`` process knows while it judges."""

    client: Any
    registry: Registry | None
    device: str
    device_name: str
    worker_id: str
    backend: str = "process"
    current: Any = None  # the Dramatiq message being judged (a drain that times out requeues it)


CONTEXT: WorkerContext | None = None
ACTORS: dict[str, Any] = {}
STARTED = "job_started"


def device_name(device: str) -> str:
    if device.startswith("cuda"):
        import torch

        index = int(device.split(":")[1]) if ":" in device else 0
        return torch.cuda.get_device_name(index)
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def declare(broker: Any) -> dict[str, Any]:
    """Declare the actors on ``broker`` (the broker's URL is only known at run time)."""
    ACTORS.clear()
    for queue in ("cpu", "cuda"):
        ACTORS[queue] = dramatiq.actor(judge_job, broker=broker, actor_name=f"judge_{queue}", queue_name=queue,
                                       max_retries=0)
    ACTORS[RESULTS] = dramatiq.actor(store_result, broker=broker, actor_name="store_result", queue_name=RESULTS,
                                     max_retries=0)
    ACTORS[STARTED] = dramatiq.actor(job_started, broker=broker, actor_name=STARTED, queue_name=RESULTS,
                                     max_retries=0)
    return ACTORS


def _internal_error(payload: dict, reason: str) -> Result:
    return Result.internal_error(payload["problem"], reason, filename=payload["filename"], seed=payload["seed"],
                                 device=payload["device"], backend=payload.get("backend", "process"),
                                 problem_version=payload.get("problem_version", 0), problem_hash=payload["package"])


def judge_job(payload: dict) -> None:
    """Judge one submission (in a ``judge worker``) and send its result to the collector."""
    from dramatiq.middleware import CurrentMessage

    from judge import submissions
    from judge.grade import Options

    ctx = CONTEXT
    assert ctx is not None, "judge_job runs only inside `judge worker`"
    sid, store = payload["id"], payload.get("store", "")
    ctx.current = CurrentMessage.get_current_message()
    deliveries = ctx.client.hincrby(f"{NAMESPACE}:deliveries", sid, 1)
    ctx.client.expire(f"{NAMESPACE}:deliveries", 7 * 24 * 3600)
    if ctx.registry:
        ctx.registry.touch(job=sid, job_started=str(time.time()))
    _send(STARTED, sid, ctx.worker_id, store)
    if deliveries > MAX_DELIVERIES:
        result = _internal_error(payload, f"judge crashed: the submission was delivered {deliveries - 1} "
                                          "times and no worker finished it")
    else:
        options = Options(seed=payload["seed"], device=ctx.device, backend=ctx.backend,
                          quick=payload.get("quick", False), timing=payload.get("timing", True),
                          scaling=payload.get("scaling", False))
        result = submissions.judge(lambda: packages.fetch(ctx.client, payload["package"], payload["problem"]),
                                   payload["source"], payload["filename"], options, slug=payload["problem"],
                                   problem_version=payload.get("problem_version", 0),
                                   problem_hash=payload["package"])
    result.worker, result.device_name = ctx.worker_id, ctx.device_name
    _send(RESULTS, sid, result.to_json(), ctx.worker_id, store)
    ctx.current = None
    if ctx.registry:
        ctx.registry.touch(job="", job_started="", done=str(int(ctx.registry.info.get("done", "0")) + 1))


def _send(actor: str, *args: Any, patience_s: float = 600.0) -> None:
    """Send to the collector, waiting out a broker that is away (a restart): a judged result
    is not thrown away for a moment's outage."""
    from judge.farm.worker import BrokerWatch

    watch = BrokerWatch()
    deadline, delay = time.monotonic() + patience_s, 0.5
    while not watch(lambda: ACTORS[actor].send(*args) or True, False):
        if time.monotonic() > deadline:
            raise FarmError(f"the broker was away for {patience_s:g} s: the result of {args[0]} is not sent")
        time.sleep(delay)
        delay = min(2 * delay, 5.0)


STORE_PATH: str | None = None


def _place(submission_id: str, store_id: str, worker: str, write: Any, keep: dict | None = None) -> None:
    """Run ``write(store)`` on the collector's store if the job is its own; anything else is a
    dead letter (with ``keep``: the result itself), logged and kept in Redis (``judge farm
    status`` counts them)."""
    from judge.store import Store

    store = Store(STORE_PATH)
    try:
        reason = None
        if store_id and store_id != store.id:
            reason = f"made by another store ({store_id[:12]}), not this collector's ({store.id[:12]})"
        elif store.get(submission_id) is None:
            reason = "this store has no such submission"
        if reason is None:
            write(store)
            return
    finally:
        store.close()
    from dramatiq.middleware import CurrentMessage

    message = CurrentMessage.get_current_message()
    print(f"collector: dead letter {submission_id[:12]} from {worker}: {reason}", file=sys.stderr, flush=True)
    dead_letter(_client(), id=submission_id, store=store_id, worker=worker, reason=reason,
                kind=message.actor_name if message else "", **(keep or {}))


def _client() -> Any:
    """The Redis client of this process's broker (the collector's)."""
    return dramatiq.get_broker().client


def job_started(submission_id: str, worker: str, store_id: str = "") -> None:
    """A worker took the job (in the collector): the row goes RUNNING, one more delivery."""
    _place(submission_id, store_id, worker, lambda store: store.set_state(submission_id, RUNNING, worker=worker))


def store_result(submission_id: str, result: dict, worker: str, store_id: str = "") -> None:
    """Write a result (in the collector). Idempotent: a second delivery changes nothing."""

    def write(store: Any) -> None:
        if store.record(submission_id, Result.from_json(result), worker=worker):
            _client().zadd(STORED, {submission_id: time.time()})

    _place(submission_id, store_id, worker, write, keep={"result": result})


def enqueue(broker: Any, problem: Problem, source: str, filename: str, *, store: Any, entry: Entry,
            device: str = "cpu", quick: bool = False) -> str:
    """Queue a submission: refused (``FarmError``) unless a collector writes to ``store``; the row
    is written first (QUEUED), and if the job then cannot be queued it says so (FAILED_TO_QUEUE,
    with the reason): no QUEUED row waits for a job that does not exist."""
    if not ACTORS:
        declare(broker)
    if not collector_alive(broker.client, store.id):
        raise FarmError(f"no collector is writing to this store ({store.path}): start one beside it, "
                        f"`judge collector --store {store.path}`, then submit again")
    sid = store.create(user=entry.user, problem=problem.slug, source=source, filename=filename,
                       set_id=entry.set_id, late=entry.late, problem_version=problem.version,
                       problem_hash=problem.hash)
    try:
        packages.publish(broker.client, problem)
        ACTORS[queue_for(device)].send({"id": sid, "store": store.id, "problem": problem.slug,
                                        "problem_version": problem.version, "package": problem.hash,
                                        "source": source, "filename": filename, "seed": entry.seed,
                                        "device": device, "quick": quick, "timing": entry.timing,
                                        "scaling": entry.scaling})
    except Exception as e:  # noqa: BLE001 - Redis went away between the check and the send
        store.set_state(sid, FAILED_TO_QUEUE, note=f"not queued: {redact(e)}")
        raise FarmError(f"{sid[:12]} was not queued: {redact(e)}") from None
    return sid
