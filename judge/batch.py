"""Judge many submissions, several at a time (``judge batch --jobs N``).

Each job is a process with its own sandbox session; each measures speed on a CPU
it leases for the measurement (``judge.cpus``), as every judge on the machine
does, so that judges running side by side never time each other's calls.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.problem import PROBLEMS_DIR, ProblemError, load

_slot: Any = None


@dataclass
class Job:
    problem: str  # slug or path
    file: str


def infer_problem(file: str | Path) -> str | None:
    """``submissions/<slug>/…`` or any path with a folder named after a problem."""
    for part in Path(file).resolve().parts[::-1]:
        if (PROBLEMS_DIR / part / "problem.yaml").is_file():
            return part
    return None


def _init(counter: Any) -> None:
    global _slot
    with counter.get_lock():
        _slot = counter.value
        counter.value += 1


def _judge(job: Job, seed: int, quick: bool, store_user: str | None) -> dict[str, Any]:
    from judge.grade import Options, load_source, submit
    from judge.store import Store

    started = time.perf_counter()
    try:
        problem = load(job.problem)
    except ProblemError as e:
        return {"file": job.file, "problem": job.problem, "verdict": "IE", "error": str(e), "seconds": 0.0}
    source, filename = load_source(job.file)
    r = submit(problem, source, filename, Options(seed=seed, quick=quick))
    if store_user:
        Store().add(r, user=store_user, source=source)
    return {"file": job.file, "problem": problem.slug, "verdict": str(r.verdict),
            "ratio": r.speed.ratio if r.speed else None, "lo": r.speed.lo if r.speed else None,
            "hi": r.speed.hi if r.speed else None, "reason": r.failure.reason if r.failure else "",
            "seconds": time.perf_counter() - started, "slot": _slot}


def run(jobs: list[Job], *, workers: int, seed: int, quick: bool = False, store_user: str | None = None,
        on_result: Any = None) -> list[dict[str, Any]]:
    counter = mp.get_context("spawn").Value("i", 0)
    out = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"), initializer=_init,
                             initargs=(counter,)) as pool:
        futures = [pool.submit(_judge, job, seed, quick, store_user) for job in jobs]
        for future in as_completed(futures):
            result = future.result()
            out.append(result)
            if on_result:
                on_result(result)
    return out
