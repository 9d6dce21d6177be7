"""The Docker backend: the same zygote and workers, inside a locked-down container.

The container has no network, a read-only root, no capabilities, no new
privileges, a non-root user, a pids limit, a memory limit, one CPU and a
size-capped ``/tmp``. No registry is needed: the image is built ``FROM scratch``
with only a passwd file and mount points (``judge image build``), and the
host's interpreter, its packages, the system libraries and ``harness.py`` are
mounted read-only at their own paths. The zygote connects back over a Unix
socket in a mounted folder; from there the protocol is the process backend's.

From the host, each worker's pid is translated (``NSpid``) so that the parent's
clock, CPU accounting, kill and freeze work as they do without Docker; each
worker also gets its own cgroup nested inside the container's.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

from judge import __version__
from judge.harness import Channel
from judge.sandbox import HARNESS, Protections, Sandbox, SandboxError, clean_env, malloc_spec

IMAGE = f"mljudge-sandbox:{__version__}"
NOBODY = "65534:65534"


def client() -> Any:
    try:
        import docker

        c = docker.from_env(timeout=60)
        c.ping()
        return c
    except Exception as e:  # docker.errors.DockerException, connection errors
        raise SandboxError(f"no Docker engine answers ({type(e).__name__}: {e}); start dockerd, "
                           "or use --backend process") from e


def _rootfs_context() -> bytes:
    """A build context: ``FROM scratch`` plus users, mount points and merged-/usr links."""
    files = {
        "Dockerfile": "FROM scratch\nCOPY rootfs/ /\nUSER 65534:65534\nWORKDIR /tmp\n",
        "rootfs/etc/passwd": "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                             "nobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n",
        "rootfs/etc/group": "root:x:0:\nnogroup:x:65534:\n",
    }
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
        for d in ("tmp", "run/judge", "judge", "proc", "dev", "sys", "usr", "etc/mljudge"):
            info = tarfile.TarInfo(f"rootfs/{d}")
            info.type, info.mode = tarfile.DIRTYPE, 0o1777 if d == "tmp" else 0o755
            tar.addfile(info)
        for link in ("bin", "sbin", "lib", "lib32", "lib64"):
            if os.path.islink(f"/{link}"):
                info = tarfile.TarInfo(f"rootfs/{link}")
                info.type, info.linkname = tarfile.SYMTYPE, os.readlink(f"/{link}")
                tar.addfile(info)
    return buf.getvalue()


def build_image(tag: str = IMAGE) -> str:
    """Build the sandbox image from nothing (no registry); returns its id."""
    c = client()
    image, _ = c.images.build(fileobj=io.BytesIO(_rootfs_context()), custom_context=True, tag=tag, rm=True,
                              pull=False)
    return image.id


def image_exists(tag: str = IMAGE) -> bool:
    import docker

    try:
        client().images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def _mounts(device: str) -> dict[str, dict[str, str]]:
    """Read-only mounts: the system's libraries, the interpreter, its packages, the harness."""
    paths = ["/usr", "/etc/ld.so.cache", "/etc/alternatives", "/etc/localtime"]
    for link in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.isdir(link) and not os.path.islink(link):
            paths.append(link)
    paths += [sys.prefix, sys.base_prefix, sys.exec_prefix]
    paths += [p for p in sys.path if p and os.path.isdir(p) and "site-packages" in p]
    real = sorted({os.path.realpath(p) for p in paths if os.path.exists(p)})
    keep: list[str] = []
    for p in real:
        if not any(p == q or p.startswith(q.rstrip("/") + "/") for q in keep):
            keep.append(p)
    mounts = {p: {"bind": p, "mode": "ro"} for p in keep}
    mounts[str(HARNESS)] = {"bind": "/judge/harness.py", "mode": "ro"}
    return mounts


class DockerBackend:
    """A zygote in a container. Workers are forked inside it, as in the process backend."""

    name = "docker"
    container_memory_mb = 8192

    def start(self, session: Sandbox) -> Channel:
        self.client = client()
        if not image_exists():
            build_image()
        self._sockdir = Path(tempfile.mkdtemp(prefix="mljudge-sock-"))
        os.chmod(self._sockdir, 0o755)
        path = self._sockdir / "ctl.sock"
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(path))
        os.chmod(path, 0o777)  # the container's user (nobody) connects to it
        listener.listen(1)
        cmd = ["/judge/harness.py", "zygote", "--socket", "/run/judge/ctl.sock", "--confine", "none",
               "--preload", ",".join(session.preload), "--threads", str(session.threads),
               "--scratch", "/tmp", "--sweep", "1", "--malloc", malloc_spec()]
        volumes = _mounts(session.device)
        volumes[str(self._sockdir)] = {"bind": "/run/judge", "mode": "rw"}
        kwargs: dict[str, Any] = dict(
            command=[sys.executable, "-I", *cmd], detach=True, network_mode="none", read_only=True,
            cap_drop=["ALL"], security_opt=["no-new-privileges"], user=NOBODY, pids_limit=256,
            mem_limit=f"{self.container_memory_mb}m", memswap_limit=f"{self.container_memory_mb}m",
            tmpfs={"/tmp": "size=256m,mode=1777"}, volumes=volumes, environment=clean_env(session.device),
            working_dir="/tmp", labels={"mljudge": "sandbox"}, ipc_mode="private")
        if session.worker_cpus:
            kwargs["cpuset_cpus"] = session.worker_cpus
        self.container = None
        try:
            self.container = self.client.containers.run(IMAGE, **kwargs)
        except Exception as e:
            listener.close()
            self.stop()
            raise SandboxError(f"the sandbox container did not start: {e}") from e
        listener.settimeout(session.start_timeout)
        try:
            conn, _ = listener.accept()
        except OSError as e:
            log = self.log()
            self.stop()
            raise SandboxError(f"the sandbox container did not connect: {log}") from e
        finally:
            listener.close()
        conn.settimeout(None)
        self.container.reload()
        self.host_pid = int(self.container.attrs["State"]["Pid"])
        self.parents = self._container_cgroups()
        return Channel(conn)

    def zygote_pid(self) -> int:
        return self.host_pid

    def ready(self, protections: Protections) -> None:
        p = protections
        p.mode = "docker"
        p.network = p.filesystem = p.pid = p.privileges = True
        p.notes.append("workers share the container's uid and pid namespace")

    def _container_cgroups(self) -> dict[str, str]:
        """The container's own cgroup paths (per controller), to nest workers' cgroups in."""
        out = {}
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{self.host_pid}/cgroup").read_text().splitlines():
                _, controllers, path = line.split(":", 2)
                for c in controllers.split(",") or ["unified"]:
                    out[c or "unified"] = path.lstrip("/")
        return out

    def cgroup_parents(self, kind: str) -> dict[str, str] | None:
        if kind == "cgroup-v1":
            return {c: self.parents.get(c, "") for c in ("memory", "pids", "freezer", "cpuset")}
        return {"unified": self.parents.get("unified", "")}

    def log(self) -> str:
        with contextlib.suppress(Exception):
            return self.container.logs(tail=60).decode(errors="replace")[-4000:] or "(no output)"
        return "(no log)"

    def alive(self) -> bool:
        with contextlib.suppress(Exception):
            self.container.reload()
            return self.container.status == "running"
        return False

    def resolve_pid(self, pid: int) -> int:
        """A container pid -> the host pid of the same process (NSpid's last field)."""
        import psutil

        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with contextlib.suppress(psutil.Error):
                for proc in psutil.Process(self.host_pid).children(recursive=True):
                    with contextlib.suppress(OSError):
                        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
                            if line.startswith("NSpid:") and int(line.split()[-1]) == pid:
                                return proc.pid
            time.sleep(0.01)
        raise SandboxError(f"worker {pid} of the container not found on the host")

    def worker_limits(self, limits: dict[str, Any]) -> dict[str, Any]:
        limits.pop("nproc", None)  # the container's pids limit and the worker's cgroup hold it
        return limits

    def kill(self, pid: int, protections: Protections) -> None:
        import signal

        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        """The container goes, and everything in it."""
        import shutil

        with contextlib.suppress(Exception):
            if self.container is not None:
                self.container.remove(force=True)
        shutil.rmtree(self._sockdir, ignore_errors=True)
