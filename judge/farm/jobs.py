"""The farm's two actors, and how a submission gets onto the queue.

``judge_cpu`` / ``judge_cuda`` (queues ``cpu`` / ``cuda``) judge a submission in a
``judge worker``; ``store_result`` (queue ``results``) writes it, in the one
``judge collector``, keyed by submission id: a result delivered twice is stored once.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dramatiq

from judge.farm import packages
from judge.farm.broker import MAX_DELIVERIES, NAMESPACE, RESULTS, Registry, queue_for
from judge.problem import Problem
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


CONTEXT: WorkerContext | None = None
ACTORS: dict[str, Any] = {}


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
    return ACTORS


def _internal_error(payload: dict, reason: str) -> Result:
    return Result.internal_error(payload["problem"], reason, filename=payload["filename"], seed=payload["seed"],
                                 device=payload["device"], backend=payload.get("backend", "process"),
                                 problem_version=payload.get("problem_version", 0), problem_hash=payload["package"])


def judge_job(payload: dict) -> None:
    """Judge one submission (in a ``judge worker``) and send its result to the collector."""
    from judge import submissions
    from judge.grade import Options

    ctx = CONTEXT
    assert ctx is not None, "judge_job runs only inside `judge worker`"
    sid = payload["id"]
    deliveries = ctx.client.hincrby(f"{NAMESPACE}:deliveries", sid, 1)
    ctx.client.expire(f"{NAMESPACE}:deliveries", 7 * 24 * 3600)
    if ctx.registry:
        ctx.registry.touch(job=sid)
    if deliveries > MAX_DELIVERIES:
        result = _internal_error(payload, f"judge crashed: the submission was delivered {deliveries - 1} "
                                          "times and no worker finished it")
    else:
        options = Options(seed=payload["seed"], device=ctx.device, backend=ctx.backend,
                          quick=payload.get("quick", False), timing=payload.get("timing", True))
        result = submissions.judge(lambda: packages.fetch(ctx.client, payload["package"], payload["problem"]),
                                   payload["source"], payload["filename"], options, slug=payload["problem"],
                                   problem_version=payload.get("problem_version", 0),
                                   problem_hash=payload["package"])
    result.worker, result.device_name = ctx.worker_id, ctx.device_name
    ACTORS[RESULTS].send(sid, result.to_json(), ctx.worker_id)
    if ctx.registry:
        ctx.registry.touch(job="", done=str(int(ctx.registry.info.get("done", "0")) + 1))


STORE_PATH: str | None = None


def store_result(submission_id: str, result: dict, worker: str) -> None:
    """Write a result (in the collector). Idempotent: a second delivery changes nothing."""
    from judge.store import Store

    store = Store(STORE_PATH)
    try:
        store.record(submission_id, Result.from_json(result), worker=worker)
    except KeyError:
        pass  # a submission this store never had: nothing to attach it to
    finally:
        store.close()


def enqueue(broker: Any, problem: Problem, source: str, filename: str, *, store: Any, entry: Entry,
            device: str = "cpu", quick: bool = False) -> str:
    """Write the submission's row first (QUEUED, a fresh id), then put the job on its queue."""
    if not ACTORS:
        declare(broker)
    sid = store.create(user=entry.user, problem=problem.slug, source=source, filename=filename,
                       set_id=entry.set_id, late=entry.late, problem_version=problem.version,
                       problem_hash=problem.hash)
    packages.publish(broker.client, problem)
    ACTORS[queue_for(device)].send({"id": sid, "problem": problem.slug, "problem_version": problem.version,
                                    "package": problem.hash, "source": source, "filename": filename,
                                    "seed": entry.seed, "device": device, "quick": quick, "timing": entry.timing})
    return sid
