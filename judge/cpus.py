"""Machine-wide CPU leases: two judges on one machine never time on the same CPU.

A judge that measures speed holds a lease on one CPU for the whole measurement:
an exclusive ``flock`` on ``cpu<N>.lock`` in a folder every judge on the machine
shares (``$MLJUDGE_LEASE_DIR``, else ``/run/lock/mljudge``, else the system's
temporary folder). The kernel drops the lock with the process, so a killed judge
leaves nothing behind. While it holds CPU *N*, the judge's own thread and both
timed workers run there and nowhere else, and every other judge keeps its
workers and its own threads off it (``free()``). With every CPU leased, the
next judge waits, and says so.

The CPUs a judge may use are ``$MLJUDGE_WORKER_CPUS`` (``judge worker --cpus``),
else this process's affinity.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

_held: dict[int, int] = {}  # cpu -> fd of its lock file, for the leases this process holds
_guard = threading.Lock()


def parse(spec: str) -> set[int]:
    """CPUs written the way cpusets write them: ``1``, ``0-3``, ``0,2-3``."""
    out: set[int] = set()
    for part in filter(None, spec.replace(" ", "").split(",")):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def spec(cpus: set[int] | list[int]) -> str:
    return ",".join(str(c) for c in sorted(cpus))


def candidates() -> list[int]:
    """The CPUs this judge may give its workers, last first (the first one tends to be busiest)."""
    if os.environ.get("MLJUDGE_WORKER_CPUS"):
        return sorted(parse(os.environ["MLJUDGE_WORKER_CPUS"]), reverse=True)
    if hasattr(os, "sched_getaffinity"):
        return sorted(os.sched_getaffinity(0), reverse=True)
    return [0]


def lease_dir() -> Path:
    if os.environ.get("MLJUDGE_LEASE_DIR"):
        path = Path(os.environ["MLJUDGE_LEASE_DIR"])
    elif os.access("/run/lock", os.W_OK):
        path = Path("/run/lock/mljudge")
    else:
        path = Path(tempfile.gettempdir()) / "mljudge-cpu-leases"
    if not path.is_dir():
        with contextlib.suppress(FileExistsError):
            path.mkdir(parents=True)
            os.chmod(path, 0o1777)  # judges of every user on the machine share it
    return path


def _open(cpu: int) -> int:
    path = lease_dir() / f"cpu{cpu}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o666)
    return fd


def _try_lock(cpu: int) -> int | None:
    """An fd holding ``cpu``'s lock, or None if another process holds it."""
    fd = _open(cpu)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd
    except OSError as e:
        os.close(fd)
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return None
        raise


def free() -> list[int]:
    """The candidate CPUs nobody times on now (all of them, if every one is leased)."""
    out = []
    with _guard:
        for cpu in candidates():
            if cpu in _held:
                continue
            try:
                fd = _try_lock(cpu)
            except OSError:
                out.append(cpu)  # no lease folder: nothing to respect
                continue
            if fd is not None:
                os.close(fd)  # closing drops the probe's lock
                out.append(cpu)
    return out or candidates()


class Lease:
    """One CPU held for this process until ``release``."""

    def __init__(self, cpu: int) -> None:
        self.cpu = cpu

    def release(self) -> None:
        with _guard:
            fd = _held.pop(self.cpu, None)
        if fd is not None:
            os.close(fd)

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def try_acquire(exclude: set[int] = frozenset()) -> Lease | None:  # type: ignore[assignment]
    """A lease on a free candidate CPU, or None at once if there is none."""
    with _guard:
        for cpu in candidates():
            if cpu in _held or cpu in exclude:
                continue
            try:
                fd = _try_lock(cpu)
            except OSError:
                return None
            if fd is not None:
                _held[cpu] = fd
                return Lease(cpu)
    return None


def acquire(*, timeout: float | None = None, say: Callable[[str], None] | None = None,
            poll_s: float = 0.1) -> Lease:
    """A lease on one CPU, waiting for one to be free (``say`` is told once why it waits)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    told = False
    while True:
        lease = try_acquire()
        if lease is not None:
            return lease
        if not told:
            n = len(candidates())
            (say or _stderr)(f"waiting for a free CPU: {n} busy (another judge is timing on "
                             f"{'it' if n == 1 else 'each'})")
            told = True
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError("no CPU became free")
        time.sleep(poll_s)


def _stderr(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextlib.contextmanager
def pinned(cpus: set[int] | list[int]) -> Iterator[None]:
    """The calling thread runs on ``cpus`` inside the block."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    try:
        os.sched_setaffinity(0, set(cpus))
    except OSError:
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, before)
