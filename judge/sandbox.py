"""The trusted side of the process boundary: zygotes, workers, limits, clocks.

A ``Sandbox`` starts one zygote (``harness.py zygote``) that has imported the
problem's framework once; ``Sandbox.spawn`` forks a fresh ``Child`` from it for
each run. The parent owns every number that matters: wall time on its own
clock around each request, the worker's CPU time from the kernel
(``clock_gettime`` on the process CPU clock), peak memory from the cgroup (or
``VmHWM``), and the exit status from the zygote's ``waitpid``.
"""

from __future__ import annotations

import contextlib
import math
import os
import select
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from judge import cpus, harness
from judge.harness import Channel
from judge.verdict import Status

HARNESS = Path(harness.__file__).resolve()
OUTPUT_KEEP = 64 << 10


class SandboxError(Exception):
    """The sandbox itself failed: the judge's fault, never the submission's."""


@dataclass(frozen=True)
class ChildLimits:
    """What one child (a worker: one loaded submission or reference) may use."""

    memory_mb: int = 1024  # what the worker may allocate beyond the zygote's pages
    cpu_s: int = 120  # CPU seconds over the worker's whole life (the kernel's SIGKILL)
    nproc: int = 64  # processes and threads
    fsize_mb: int = 1024  # largest file it may write (where there is no private /tmp)
    nofile: int = 256
    tmp_mb: int = 64  # its private /tmp


@dataclass
class Exit:
    code: int | None
    signal: int | None

    def describe(self) -> str:
        if self.signal is not None:
            return f"killed by signal {self.signal} ({signal.Signals(self.signal).name})"
        return f"exited with status {self.code}"


@dataclass
class CallResult:
    """One request to a worker, as the parent saw it."""

    status: Status
    wall_s: float = 0.0  # parent's clock, request sent -> reply received
    cpu_s: float | None = None  # kernel's CPU time of the worker over the same span (None: unknown here)
    fn_s: float | None = None  # the worker's claim: time inside the function
    device_s: float | None = None  # claim: CUDA-event time
    gpu_peak: int | None = None  # claim: peak CUDA bytes
    output: Any = None  # decoded tree (harness.Array leaves)
    unsupported: str | None = None  # why the output is not plain data
    error: dict | None = None  # kind, type, message, traceback (raised / failed load)
    exit: Exit | None = None  # when the worker died
    params: list | None = None  # from a load: the entry's parameters
    waited_s: float | None = None  # kernel: time the worker's main thread was ready to run but had no CPU


@dataclass
class Protections:
    """What confines a worker here; anything False is missing on this machine."""

    mode: str = "none"
    network: bool = False
    filesystem: bool = False
    pid: bool = False
    privileges: bool = False
    memory: str = "rlimit"  # cgroup-v1 | cgroup-v2 | container | rlimit
    processes: str = "rlimit"
    notes: list[str] = field(default_factory=list)

    def missing(self) -> list[str]:
        out = []
        if not self.network:
            out.append("network isolation (submissions can open sockets)")
        if not self.filesystem:
            out.append("filesystem isolation (submissions can read your files)")
        if not self.pid:
            out.append("process isolation (detached processes may outlive a run)")
        if not self.privileges:
            out.append("privilege drop")
        if self.memory == "rlimit":
            out.append("cgroup memory accounting (address-space limit used instead)")
        return out

    def summary(self) -> str:
        have = [name for name, ok in (("net", self.network), ("fs", self.filesystem),
                                      ("pid", self.pid), ("privs", self.privileges)) if ok]
        return f"{self.mode}: {'+'.join(have) or 'rlimits only'}, memory {self.memory}"


# glibc's allocator, fixed in every zygote before it forks (measured in benchmarks/RESULTS.md):
# every block over 128 KiB is fresh memory from the kernel, returned when freed, in every
# process and every call, so that no process carries a heap history into a ratio. Setting
# the threshold by hand also turns off glibc's dynamic threshold, which moves with each
# process's frees (the default made one process's calls 10-40x another's). Keeping freed
# memory instead (high thresholds) did not help torch: its 64-byte-aligned blocks do not
# fit back into the holes they leave, so most calls still faulted, some did not.
MALLOC = {"M_MMAP_THRESHOLD": 128 << 10, "M_ARENA_MAX": 1}


def malloc_spec() -> str:
    """The zygote's ``--malloc`` argument (``$MLJUDGE_MALLOC`` replaces it, for measuring)."""
    if "MLJUDGE_MALLOC" in os.environ:
        return os.environ["MLJUDGE_MALLOC"]
    return ",".join(f"{k}={v}" for k, v in MALLOC.items())


def clean_env(device: str = "cpu") -> dict[str, str]:
    """The environment a sandbox starts with: an allow-list, nothing of the user's."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}
    if device.startswith("cuda"):
        for key in ("CUDA_VISIBLE_DEVICES", "LD_LIBRARY_PATH", "NVIDIA_VISIBLE_DEVICES"):
            if key in os.environ:
                env[key] = os.environ[key]
    return env


ERROR_FIELDS = {"kind": 40, "type": 200, "message": 2000, "traceback": 8000}


def error_fields(msg: dict) -> dict[str, str]:
    """What a worker says of an exception, as bounded strings (it is the submission's text)."""
    out = {}
    for key, cap in ERROR_FIELDS.items():
        value = msg.get(key)
        if value is not None:
            out[key] = (value if isinstance(value, str) else repr(value))[:cap]
    return out


def parse_output(data: Any) -> tuple[Any, str | None]:
    """(the decoded output, None), or (None, why it is not plain data): a worker's reply is
    the submission's doing, so nothing in it may raise here (the fuzz test holds it to that)."""
    try:
        return harness.decode(data, as_values=False, views=False), None
    except harness.Unsupported as e:
        return None, str(e)
    except Exception as e:  # noqa: BLE001 - never the judge's error
        return None, f"malformed data ({type(e).__name__}: {str(e)[:200]})"


def _finite(value: Any) -> float | None:
    """``value`` as a float if it is a finite number (a bool is none), else None."""
    if type(value) not in (int, float):
        return None
    try:
        out = float(value)
    except OverflowError:
        return None
    return out if math.isfinite(out) else None


def run_queue_seconds(pid: int) -> float | None:
    """How long ``pid`` has waited, runnable, for a CPU (``/proc/<pid>/schedstat``), in seconds."""
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def process_cpu_seconds(pid: int) -> float | None:
    """CPU time of another process (all its threads) from the kernel, in seconds."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)
    except (OSError, OverflowError):
        return None


def _settle(pid: int, limit_s: float = 0.002) -> None:
    """Wait (briefly) until ``pid`` is asleep: its CPU clock is then up to date."""
    deadline = time.perf_counter() + limit_s
    path = f"/proc/{pid}/stat"
    while time.perf_counter() < deadline:
        try:
            with open(path, "rb") as f:
                state = f.read().rsplit(b")", 1)[1].split()[0]
        except (OSError, IndexError):
            return
        if state != b"R":
            return
        os.sched_yield()


def _status_kb(pid: int, key: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


# --------------------------------------------------------------------------- cgroups


class Cgroup:
    """One worker's cgroup: memory, processes, freezing and the CPU it runs on.

    cgroup v1 (one folder per controller) or v2 (one folder), where this process
    may make them (root). Everything a worker forks is inside it, so it can be
    measured, frozen and killed as a whole.
    """

    ROOT = Path("/sys/fs/cgroup")

    def __init__(self, kind: str, dirs: dict[str, Path]) -> None:
        self.kind, self.dirs = kind, dirs

    @classmethod
    def detect(cls) -> str | None:
        if sys.platform != "linux" or os.geteuid() != 0:
            return None
        if (cls.ROOT / "memory" / "memory.limit_in_bytes").exists() and (cls.ROOT / "pids").is_dir():
            return "cgroup-v1"
        controllers = cls.ROOT / "cgroup.controllers"
        if controllers.exists() and {"memory", "pids"} <= set(controllers.read_text().split()):
            return "cgroup-v2"
        return None

    @classmethod
    def create(cls, kind: str, name: str, memory_bytes: int, pids: int, cpus: str | None,
               parents: dict[str, str] | None = None) -> Cgroup:
        """``parents``: where to nest it, per controller (default ``mljudge/``)."""
        parents = parents or {}
        if kind == "cgroup-v1":
            dirs = {c: cls.ROOT / c / parents.get(c, "mljudge") / name
                    for c in ("memory", "pids", "freezer", "cpuset") if (cls.ROOT / c).is_dir()}
            if "cpuset" in dirs:  # a new cpuset is empty until told its CPUs and memory nodes
                top = dirs["cpuset"].parent
                top.mkdir(exist_ok=True)
                for f in ("cpuset.cpus", "cpuset.mems"):
                    if not (top / f).read_text().strip():
                        (top / f).write_text((cls.ROOT / "cpuset" / f).read_text())
            for d in dirs.values():
                d.mkdir(parents=True, exist_ok=True)
            (dirs["memory"] / "memory.limit_in_bytes").write_text(str(memory_bytes))
            with contextlib.suppress(OSError):
                (dirs["memory"] / "memory.memsw.limit_in_bytes").write_text(str(memory_bytes))
            (dirs["pids"] / "pids.max").write_text(str(pids))
            if "cpuset" in dirs:
                (dirs["cpuset"] / "cpuset.mems").write_text((dirs["cpuset"].parent / "cpuset.mems").read_text())
                (dirs["cpuset"] / "cpuset.cpus").write_text(cpus or (dirs["cpuset"].parent / "cpuset.cpus")
                                                            .read_text())
            return cls(kind, dirs)
        top = cls.ROOT / parents.get("unified", "mljudge")
        top.mkdir(exist_ok=True)
        with contextlib.suppress(OSError):
            (top / "cgroup.subtree_control").write_text("+memory +pids +cpuset")
        d = top / name
        d.mkdir(exist_ok=True)
        (d / "memory.max").write_text(str(memory_bytes))
        with contextlib.suppress(OSError):
            (d / "memory.swap.max").write_text("0")
        (d / "pids.max").write_text(str(pids))
        if cpus:
            with contextlib.suppress(OSError):
                (d / "cpuset.cpus").write_text(cpus)
        return cls(kind, {"unified": d})

    def _file(self, controller: str, v1: str, v2: str) -> Path | None:
        if self.kind == "cgroup-v2":
            return self.dirs["unified"] / v2
        return self.dirs[controller] / v1 if controller in self.dirs else None

    def attach(self, pid: int) -> None:
        for d in self.dirs.values():
            (d / "cgroup.procs").write_text(str(pid))

    def peak_bytes(self) -> int | None:
        f = self._file("memory", "memory.max_usage_in_bytes", "memory.peak")
        with contextlib.suppress(OSError, ValueError, TypeError):
            return int(f.read_text())
        return None

    def oom_killed(self) -> bool:
        try:
            if self.kind == "cgroup-v1":
                text = (self.dirs["memory"] / "memory.oom_control").read_text()
                return int(dict(line.split() for line in text.splitlines()).get("oom_kill", "0")) > 0
            text = (self.dirs["unified"] / "memory.events").read_text()
            return int(dict(line.split() for line in text.splitlines()).get("oom_kill", "0")) > 0
        except (OSError, ValueError):
            return False

    def freeze(self, frozen: bool) -> bool:
        """Stop (or resume) every process of the worker; False where no freezer exists."""
        f = self._file("freezer", "freezer.state", "cgroup.freeze")
        if f is None:
            return False
        try:
            f.write_text(("FROZEN" if frozen else "THAWED") if self.kind == "cgroup-v1" else str(int(frozen)))
        except OSError:
            return False
        return True

    def pids(self) -> list[int]:
        out: set[int] = set()
        for d in self.dirs.values():
            with contextlib.suppress(OSError, ValueError):
                out |= {int(p) for p in (d / "cgroup.procs").read_text().split()}
        return sorted(out)

    def kill_all(self, timeout: float = 10.0) -> None:
        """SIGKILL every process in it, a fork bomb included: killed one pid at a time it forks
        faster than it dies on a loaded machine (and its survivors hold the pids a next worker
        needs), so the cgroup is killed at once (``cgroup.kill``) or frozen while killed."""
        kill_file = self.dirs.get("unified", Path("/nonexistent")) / "cgroup.kill"
        deadline = time.monotonic() + timeout
        while True:
            pids = self.pids()
            if not pids or time.monotonic() > deadline:
                return
            if kill_file.exists():
                with contextlib.suppress(OSError):
                    kill_file.write_text("1")
            else:
                frozen = self.freeze(True)
                for p in pids + self.pids():
                    with contextlib.suppress(OSError):
                        os.kill(p, signal.SIGKILL)
                if frozen:
                    self.freeze(False)  # a frozen process cannot die: the kills land on thawing
            time.sleep(0.01)

    def destroy(self) -> None:
        self.kill_all()
        for d in self.dirs.values():
            for _ in range(100):
                try:
                    d.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.01)


# --------------------------------------------------------------------------- output capture


class OutputCapture(threading.Thread):
    """Drains a worker's stdout+stderr so it can never block; keeps the first 64 KiB."""

    def __init__(self, fd: int) -> None:
        super().__init__(daemon=True)
        self.fd, self.kept, self.total = fd, bytearray(), 0
        self.start()

    def run(self) -> None:
        try:
            while True:
                chunk = os.read(self.fd, 1 << 16)
                if not chunk:
                    break
                self.total += len(chunk)
                if len(self.kept) < OUTPUT_KEEP:
                    self.kept += chunk[: OUTPUT_KEEP - len(self.kept)]
        finally:
            os.close(self.fd)

    def text(self, wait: float = 0.0) -> str:
        """What was kept so far; ``wait`` for the writer to finish (it has exited),
        else only until the pipe holds nothing more to read."""
        if wait:
            self.join(timeout=wait)
        else:
            deadline = time.monotonic() + 0.2
            while self.is_alive() and time.monotonic() < deadline:
                try:
                    pending = select.select([self.fd], [], [], 0)[0]
                except (OSError, ValueError):
                    break
                if not pending:
                    break
                time.sleep(0.005)
        text = bytes(self.kept).decode(errors="replace")
        if self.total > len(self.kept):
            text += f"\n… ({self.total - len(self.kept)} more bytes not kept)"
        return text


# --------------------------------------------------------------------------- worker


class Child:
    """One child of the zygote (a worker): forked, confined, with one module loaded in it."""

    def __init__(self, session: Sandbox, wid: str, pid: int, sock: socket.socket,
                 capture: OutputCapture, cgroup: Cgroup | None) -> None:
        self.session, self.id, self.pid = session, wid, pid
        self.channel = Channel(sock)
        self.capture, self.cgroup = capture, cgroup
        self.seq = 0
        self.dead: Exit | None = None
        self.rss_start_kb = _status_kb(pid, "VmRSS") or 0
        self.hwm_kb = self.rss_start_kb
        self.arena: Any = None  # the judge's read-only view of the worker's reply arena
        self.reply_cap = 64 << 30  # the largest reply file read (set from the worker's memory limit)

    # -- messages
    def _wait(self, deadline: float) -> tuple[dict, list[int]] | str:
        """The next message, or "timeout" / "eof"."""
        while not self.channel.pending():
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return "timeout"
            ready, _, _ = select.select([self.channel.sock], [], [], remaining)
            if ready and not self.channel.fill():
                return "eof"
        return self.channel.take()

    def _died(self, result: CallResult) -> CallResult:
        result.status = Status.DIED
        result.exit = self.exit_status()
        return result

    def load(self, *, source: str, filename: str, entry: str, framework: str, forbidden: list[str],
             device: str, timeout: float, support: str | None = None, gpu_memory_mb: int | None = None,
             arena: int | None = None, forbidden_ops: list[str] | None = None,
             entry_kind: str = "function") -> CallResult:
        """Load the module; ``arena``: a reply arena (``harness.new_arena``) its replies are
        written into when they fit; ``forbidden_ops``: aten operators refused at dispatch;
        ``entry_kind`` "class": the entry is a class driven by a script (``harness.run_script``)."""
        start = time.perf_counter()
        if arena is not None:
            import mmap

            self.arena = mmap.mmap(arena, os.fstat(arena).st_size, prot=mmap.PROT_READ)
        try:
            self.channel.send({"op": "load", "source": source, "filename": filename, "entry": entry,
                               "framework": framework, "forbidden": forbidden, "device": device,
                               "forbidden_ops": forbidden_ops or [], "entry_kind": entry_kind,
                               "support": support, "gpu_memory_mb": gpu_memory_mb},
                              [arena] if arena is not None else [])
        except OSError:
            return self._died(CallResult(status=Status.DIED))
        got = self._wait(start + timeout)
        result = CallResult(status=Status.DONE, wall_s=time.perf_counter() - start)
        if got == "timeout":
            self.kill()
            result.status = Status.TIMEOUT
            return result
        if got == "eof":
            return self._died(result)
        msg, fds = got
        for fd in fds:
            os.close(fd)
        if msg.get("op") == "loaded":
            result.params = msg.get("params")
        elif msg.get("op") == "failed":
            result.status, result.error = Status.RAISED, error_fields(msg)
        else:
            result.status = Status.PROTOCOL
        return result

    def call(self, blob_fd: int, timeout: float) -> CallResult:
        """Send one input blob; the timed span is send -> reply, on the parent's clock."""
        if self.dead is not None:
            return self._died(CallResult(status=Status.DIED))
        ready, _, _ = select.select([self.channel.sock], [], [], 0)
        if ready or self.channel.pending():  # a reply sent out of turn
            if ready and not self.channel.fill():
                return self._died(CallResult(status=Status.DIED))
            self.kill()
            return CallResult(status=Status.PROTOCOL, error={"message": "wrote to the result channel out of turn"})
        self.seq += 1
        cpu0 = process_cpu_seconds(self.pid)
        queued0 = run_queue_seconds(self.pid)
        t0 = time.perf_counter()
        try:
            self.channel.send({"op": "call", "seq": self.seq}, [blob_fd])
        except OSError:
            return self._died(CallResult(status=Status.DIED))
        got = self._wait(t0 + timeout)
        t1 = time.perf_counter()
        _settle(self.pid)  # the kernel books CPU time when the worker blocks again
        cpu1 = process_cpu_seconds(self.pid)
        queued1 = run_queue_seconds(self.pid)
        result = CallResult(status=Status.DONE, wall_s=t1 - t0,
                            cpu_s=(cpu1 - cpu0) if cpu0 is not None and cpu1 is not None else None,
                            waited_s=(queued1 - queued0) if queued0 is not None and queued1 is not None else None)
        self._sample_memory()
        if got == "timeout":
            self.kill()
            result.status = Status.TIMEOUT
            return result
        if got == "eof":
            return self._died(result)
        msg, fds = got
        if msg.get("seq") != self.seq or msg.get("op") not in ("done", "raised"):
            for fd in fds:
                os.close(fd)
            self.kill()
            result.status, result.error = Status.PROTOCOL, {"message": f"unexpected reply {str(msg.get('op'))[:40]!r}"}
            return result
        if msg["op"] == "raised":
            result.status, result.error = Status.RAISED, error_fields(msg)
            return result
        in_arena = msg.get("arena")
        if not fds and self.arena is not None and type(in_arena) is int and 0 < in_arena <= len(self.arena):
            data = self.arena[:in_arena]  # a copy: what the worker writes there later changes nothing
        elif len(fds) != 1:
            for fd in fds:
                os.close(fd)
            result.status, result.error = Status.PROTOCOL, {"message": "a reply without its data"}
            return result
        else:
            try:
                data = self._reply_blob(fds[0])
            finally:
                os.close(fds[0])
            if isinstance(data, str):
                result.status, result.error = Status.PROTOCOL, {"message": data}
                return result
        result.fn_s = _finite(msg.get("fn_s"))  # claims: finite numbers, or none at all
        result.device_s = _finite(msg.get("device_s"))
        if type(msg.get("gpu_peak")) is int and 0 <= msg["gpu_peak"] < 2**63:
            result.gpu_peak = msg["gpu_peak"]
        result.output, result.unsupported = parse_output(data)
        return result

    def _reply_blob(self, fd: int) -> Any:
        """A reply's blob, or why it is refused (a str): it must be a sealed file (nobody can
        change or grow it after the fact) no larger than the worker could have filled."""
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return "a reply that is not a file"
            if st.st_size > self.reply_cap:
                return f"a reply of {st.st_size >> 20} MiB, more than the worker's memory could hold"
            if hasattr(os, "memfd_create") and not harness.sealed(fd):
                return "a reply file left open to changes (not sealed)"
            return harness.read_blob(fd)  # mapped in place: sealed, nobody can change it
        except (OSError, ValueError) as e:
            return f"a reply that cannot be read ({e})"

    # -- accounting
    def _sample_memory(self) -> None:
        hwm = _status_kb(self.pid, "VmHWM")
        if hwm:
            self.hwm_kb = max(self.hwm_kb, hwm)

    def peak_memory_mb(self) -> float:
        if self.cgroup is not None:
            peak = self.cgroup.peak_bytes()
            if peak is not None:
                return peak / 2**20
        return max(0, self.hwm_kb - self.rss_start_kb) / 1024

    def oom_killed(self) -> bool:
        return self.cgroup is not None and self.cgroup.oom_killed()

    def output_text(self) -> str:
        return self.capture.text(wait=0.5 if self.dead is not None else 0.0)

    # -- lifetime
    def freeze(self, frozen: bool) -> None:
        """Stop every process of the worker (or resume it): while the other side of a
        timing round runs, nothing of this one may run beside it."""
        if self.dead is not None:
            return
        if self.cgroup is not None and self.cgroup.freeze(frozen):
            return
        sig = signal.SIGSTOP if frozen else signal.SIGCONT
        with contextlib.suppress(OSError):
            os.kill(self.pid, sig)
        with contextlib.suppress(OSError):
            os.killpg(os.getpgid(self.pid), sig)

    def exit_status(self) -> Exit:
        if self.dead is None:
            self.dead = self.session.wait_exit(self.id, timeout=5.0) or Exit(None, None)
        if self.dead.code == harness.EXIT_SETUP:
            raise SandboxError(f"a sandboxed worker could not be set up: {self.capture.text(wait=0.5)[-2000:]}")
        return self.dead

    def kill(self) -> None:
        self.session.kill_pid(self.pid)
        if self.cgroup is not None:
            self.cgroup.kill_all(timeout=2.0)

    def close(self) -> None:
        """End the worker (politely, then by force) and release what it held."""
        if self.dead is None:
            with contextlib.suppress(OSError):
                self.channel.send({"op": "exit"})
            self.dead = self.session.wait_exit(self.id, timeout=0.5)
            if self.dead is None:
                self.kill()
                with contextlib.suppress(SandboxError):
                    self.exit_status()
        with contextlib.suppress(OSError):
            self.channel.sock.close()
        if self.arena is not None:
            self.arena.close()
            self.arena = None
        if self.cgroup is not None:
            self.cgroup.destroy()


# --------------------------------------------------------------------------- session


class Backend(Protocol):
    """Where a session's zygote runs: the parts that differ between backends (``BACKENDS``).
    Everything else (forking workers, limits, calls, clocks) is the session's, the same on all."""

    name: str

    def start(self, session: Sandbox) -> Channel:
        """Start the zygote; the control channel to it."""

    def zygote_pid(self) -> int:
        """The zygote's pid in this process's namespace."""

    def alive(self) -> bool: ...

    def log(self) -> str:
        """The last of what the zygote wrote (for error messages)."""

    def ready(self, protections: Protections) -> None:
        """The backend's own additions to the protections once the zygote is up."""

    def resolve_pid(self, pid: int) -> int:
        """A worker's pid as the zygote reports it -> its pid in this process's namespace."""

    def cgroup_parents(self, kind: str) -> dict[str, str] | None:
        """Where workers' cgroups are nested (None: the judge's own)."""

    def worker_limits(self, limits: dict[str, Any]) -> dict[str, Any]:
        """The rlimits a worker is forked with, adjusted for the backend."""

    def kill(self, pid: int, protections: Protections) -> None: ...

    def stop(self) -> None:
        """End the zygote and everything below it."""


class ProcessBackend:
    """The zygote as a child process of the judge, confined by namespaces where the kernel allows."""

    name = "process"

    def start(self, session: Sandbox) -> Channel:
        self.tmp = session.tmp
        (self.tmp / "root").mkdir()
        (self.tmp / "scratch").mkdir()
        args = ["--preload", ",".join(session.preload), "--threads", str(session.threads), "--malloc", malloc_spec(),
                "--confine", session.confine, "--root", str(self.tmp / "root"), "--scratch", str(self.tmp / "scratch")]
        if session.device.startswith("cuda"):
            args += ["--devices", ",".join(sorted(str(p) for p in Path("/dev").glob("nvidia*")))]
        hide = _installed_judge_dir()
        if hide:
            args += ["--hide", hide]
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self._log = open(self.tmp / "zygote.log", "w+b")  # noqa: SIM115 - lives with the session
        cmd = [sys.executable, "-I", str(HARNESS), "zygote", "--fd", str(child.fileno()), *args]
        self.proc = subprocess.Popen(cmd, pass_fds=[child.fileno()], env=clean_env(session.device),
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
                                     cwd=self.tmp, start_new_session=True)
        child.close()
        return Channel(parent)

    def zygote_pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log(self) -> str:
        with contextlib.suppress(OSError, ValueError):
            self._log.flush()
            self._log.seek(0)
            return self._log.read()[-4000:].decode(errors="replace") or "(no output)"
        return "(no log)"

    def ready(self, protections: Protections) -> None:
        pass

    def resolve_pid(self, pid: int) -> int:
        return pid

    def cgroup_parents(self, kind: str) -> dict[str, str] | None:
        return None

    def worker_limits(self, limits: dict[str, Any]) -> dict[str, Any]:
        return limits

    def kill(self, pid: int, protections: Protections) -> None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        if protections.mode == "none":
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
            _kill_descendants(self.proc.pid, keep=self.proc.pid)

    def stop(self) -> None:
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        _kill_descendants(self.proc.pid)
        self._log.close()


class Sandbox:
    """One zygote (started by a ``Backend``) and the workers forked from it. Use as a context manager."""

    def __init__(self, *, preload: list[str], device: str = "cpu", confine: str = "auto",
                 threads: int = 1, start_timeout: float = 120.0, backend: Backend | None = None) -> None:
        self.preload, self.device, self.confine, self.threads = preload, device, confine, threads
        self.start_timeout = start_timeout
        self.backend: Backend = backend or ProcessBackend()
        self._exits: dict[str, Exit] = {}
        self._spawned: dict[str, dict] = {}
        self._workers: list[Child] = []
        self._protections = Protections()
        self._versions: dict[str, Any] = {}
        self._ready = False
        self.zygote_vm_kb = 0
        self.tmp = Path(tempfile.mkdtemp(prefix="mljudge-"))
        self.cgroup_kind = Cgroup.detect()
        self.worker_cpus = cpus.spec(cpus.candidates())  # what any of its workers may be given
        try:
            self.ctl = self.backend.start(self)
        except BaseException:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise

    # -- zygote
    def wait_ready(self) -> None:
        """Wait for the zygote's imports (started in the background: the parent works meanwhile)."""
        if self._ready:
            return
        msg = self._ctl_wait(lambda m: m.get("op") == "ready", self.start_timeout)
        if msg is None:
            raise SandboxError(f"the sandbox did not start: {self.zygote_log()}")
        self._ready = True
        conf = msg.get("confinement", {})
        self.zygote_pid = int(msg.get("pid", 0))
        self._versions = msg.get("versions", {})
        self._protections = Protections(
            mode=str(conf.get("mode", "none")), network=bool(conf.get("network")),
            filesystem=bool(conf.get("filesystem")), pid=bool(conf.get("pid")),
            privileges=bool(conf.get("privileges")),
            memory=self.cgroup_kind or "rlimit", processes=self.cgroup_kind or "rlimit")
        if conf.get("error"):
            self._protections.notes.append(f"namespaces unavailable: {conf['error']}")
        self.zygote_vm_kb = _status_kb(self.backend.zygote_pid(), "VmSize") or 0
        self.backend.ready(self._protections)

    @property
    def protections(self) -> Protections:
        self.wait_ready()
        return self._protections

    @property
    def versions(self) -> dict[str, Any]:
        self.wait_ready()
        return self._versions

    def zygote_log(self) -> str:
        return self.backend.log()

    def alive(self) -> bool:
        return self.backend.alive()

    def _ctl_wait(self, want: Any, timeout: float) -> dict | None:
        """Read the zygote's messages until one satisfies ``want``; keep the others."""
        deadline = time.monotonic() + timeout
        while True:
            while self.ctl.pending():
                msg, fds = self.ctl.take()
                for fd in fds:
                    os.close(fd)
                if msg.get("op") == "exited":
                    self._exits[str(msg.get("id"))] = Exit(msg.get("code"), msg.get("signal"))
                elif msg.get("op") == "spawned":
                    self._spawned[str(msg.get("id"))] = msg
                if want(msg):
                    return msg
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.ctl.sock], [], [], remaining)
            if ready and not self.ctl.fill():
                return None

    def wait_exit(self, wid: str, timeout: float) -> Exit | None:
        if wid not in self._exits:
            self._ctl_wait(lambda m: m.get("op") == "exited" and m.get("id") == wid, timeout)
        return self._exits.get(wid)

    # -- workers
    def worker_limits(self, limits: ChildLimits, cpu_spec: str) -> dict:
        out: dict[str, Any] = {"cpu_s": limits.cpu_s, "fsize_mb": limits.fsize_mb,
                               "nofile": limits.nofile, "tmp_mb": limits.tmp_mb, "cpus": cpu_spec}
        if self.cgroup_kind is None:
            out["as_mb"] = self.zygote_vm_kb // 1024 + limits.memory_mb + 256
            if self.protections.mode == "user":
                out["nproc"] = _user_process_count() + limits.nproc
        return self.backend.worker_limits(out)

    def spawn(self, limits: ChildLimits, cpu: int | None = None) -> Child:
        """A fresh worker on ``cpu`` (a timed one: the CPU its judge leased), else on one
        CPU no other judge is timing on."""
        self.wait_ready()
        cpu_spec = str(cpu if cpu is not None else cpus.free()[0])
        if not self.alive():
            raise SandboxError(f"the sandbox is gone: {self.zygote_log()}")
        wid = uuid.uuid4().hex[:12]
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        out_r, out_w = os.pipe()
        wl = self.worker_limits(limits, cpu_spec)
        try:
            self.ctl.send({"op": "spawn", "id": wid, "limits": wl}, [child.fileno(), out_w])
        except OSError as e:
            raise SandboxError(f"the sandbox is gone: {e}")
        finally:
            child.close()
            os.close(out_w)
        msg = self._ctl_wait(lambda m: m.get("op") == "spawned" and m.get("id") == wid, 30.0)
        if msg is None:
            os.close(out_r)
            raise SandboxError(f"the sandbox did not fork a worker: {self.zygote_log()}")
        if "error" in msg:
            os.close(out_r)
            raise SandboxError(f"the sandbox could not fork a worker: {msg['error']}")
        pid = self.backend.resolve_pid(int(msg["pid"]))
        cgroup = self.new_cgroup(f"{os.getpid()}-{wid}", limits.memory_mb << 20, limits.nproc, cpu_spec)
        if cgroup is not None:
            try:
                cgroup.attach(pid)
            except ProcessLookupError:  # it died already (killed from outside): its socket says so next
                pass
        worker = Child(self, wid, pid, parent, OutputCapture(out_r), cgroup)
        worker.reply_cap = (limits.memory_mb + 64) << 20  # no more than the worker could hold in memory
        self._workers.append(worker)
        return worker

    def new_cgroup(self, name: str, memory_bytes: int, pids: int, cpu_spec: str) -> Cgroup | None:
        if not self.cgroup_kind:
            return None
        return Cgroup.create(self.cgroup_kind, name, memory_bytes, pids, cpu_spec,
                             parents=self.backend.cgroup_parents(self.cgroup_kind))

    def kill_pid(self, pid: int) -> None:
        self.backend.kill(pid, self._protections)

    def close(self) -> None:
        """End every worker, then the zygote; remove what the session made."""
        for worker in self._workers:
            with contextlib.suppress(Exception):
                worker.close()
        self._workers.clear()
        with contextlib.suppress(OSError):
            self.ctl.send({"op": "exit"})
        self.backend.stop()
        with contextlib.suppress(OSError):
            self.ctl.sock.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _kill_descendants(pid: int, keep: int | None = None) -> None:
    """Kill what a zygote left behind (it is a subreaper, so orphans stay below it)."""
    import psutil

    with contextlib.suppress(psutil.Error):
        for proc in psutil.Process(pid).children(recursive=True):
            if proc.pid != keep:
                with contextlib.suppress(psutil.Error):
                    proc.kill()


def _user_process_count() -> int:
    import psutil

    uid = os.getuid()
    count = 0
    for proc in psutil.process_iter(["uids", "num_threads"]):
        with contextlib.suppress(psutil.Error, TypeError):
            if proc.info["uids"].real == uid:
                count += proc.info["num_threads"] or 1
    return count


def _installed_judge_dir() -> str | None:
    """The judge package, when it sits in site-packages (where workers could import it)."""
    here = str(Path(__file__).resolve().parent)
    return here if "site-packages" in here else None


# The sandbox backends by name: the module and class of each (imported when chosen: the process
# backend never loads Docker's client). The CLI's choices come from here.
BACKENDS = {"process": ("judge.sandbox", "ProcessBackend"), "docker": ("judge.docker_backend", "DockerBackend")}


def open_sandbox(backend: str = "process", **kwargs: Any) -> Sandbox:
    """A session on the named backend (``BACKENDS``): ``process`` (default) or ``docker``."""
    if backend not in BACKENDS:
        raise SandboxError(f"unknown sandbox backend {backend!r} ({', '.join(BACKENDS)})")
    import importlib

    module, name = BACKENDS[backend]
    return Sandbox(backend=getattr(importlib.import_module(module), name)(), **kwargs)
