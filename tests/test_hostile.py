"""The hostile suite: one submission per attack, each with the exact verdict the judge must
give, on the process backend and on the Docker backend, and the judge unharmed afterwards.

The target of the leaks is the `oracle` fixture: its answer needs a secret that only the
reference holds. The test plants the same secret where a sandbox must not reach (an
environment variable, a file in the judge's home, a server on loopback), so an attack that
gets through turns into AC. Each file's docstring says: attack, problem, expect, and what
protection the verdict relies on (needs), which is skipped, loudly, on a machine without it.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import threading
from pathlib import Path

import psutil
import pytest

from judge.grade import Options, submit, submit_until_judged
from judge.problem import REPO, load
from judge.sandbox import Cgroup, open_sandbox
from judge.verdict import Verdict

from .conftest import FIXTURES

HOSTILE = sorted((Path(__file__).parent / "hostile").glob("*.py"))
SECRET = "7193.4187"
PORT = 48613  # as the hostile files spell it; the server takes a free port and the files are told it
# what a daemon that must not survive carries in its command line, as the files spell it; each
# suite uses its own, so that a second suite beside this one does not see this one's daemons
DAEMON = "4242.4242"
DAEMON_MARK = f"{secrets.randbelow(9000) + 1000}.{secrets.randbelow(9000) + 1000}"


def meta(path: Path) -> dict[str, str]:
    doc = path.read_text().split('"""')[1]
    out = {}
    for line in doc.strip().splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def test_the_suite_covers_every_attack_class():
    classes = {meta(p)["attack"].split(":")[0] for p in HOSTILE}
    assert {"correctness faking", "verdict faking", "timing faking", "resource abuse", "leak", "escape",
            "harm", "forbidden kernel"} <= classes
    assert len(HOSTILE) >= 40


class SecretServer(threading.Thread):
    """Serves the secret on loopback and counts who connects."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))  # a free port: a second suite on this machine has its own
        self.port = self.sock.getsockname()[1]
        self.sock.listen(16)
        self.connections = 0

    def run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.sendall(f"ORACLE_SECRET={SECRET}".encode())
            conn.close()


@pytest.fixture(scope="module")
def planted():
    """The secret where a sandbox must not reach; canaries that must come through unchanged."""
    home = Path(os.environ["MLJUDGE_HOME"])
    os.environ["ORACLE_SECRET"] = SECRET
    (home / "store-secret.txt").write_text(f"ORACLE_SECRET = {SECRET}\n")
    canaries = {p: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in [REPO / "README.md", home / "store-secret.txt", FIXTURES / "problems/oracle/reference.py"]}
    server = SecretServer()
    server.start()
    yield {"server": server, "canaries": canaries, "home": home}
    server.sock.close()
    os.environ.pop("ORACLE_SECRET", None)


def unharmed(planted) -> list[str]:
    problems = []
    for path, digest in planted["canaries"].items():
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{path} was changed")
    for d in [Path("/"), Path("/tmp"), REPO, planted["home"], Path("/root"), Path("/var/tmp"), Path("/dev/shm")]:
        if (d / "HOSTILE_MARKER").exists():
            problems.append(f"a marker file was written to {d}")
    if planted["server"].connections:
        problems.append(f"the loopback server was reached {planted['server'].connections} times")
    for proc in psutil.process_iter(["cmdline"]):
        if proc.info["cmdline"] and DAEMON_MARK in " ".join(proc.info["cmdline"]):
            problems.append(f"a daemon survived the run: pid {proc.pid}")
    for controller in ("memory", "pids", "freezer"):
        leftover = list((Cgroup.ROOT / controller / "mljudge").glob(f"{os.getpid()}-*"))
        if leftover:
            problems.append(f"cgroups left behind: {leftover}")
    return problems


@pytest.fixture(scope="module", params=["process", "docker"])
def backend(request):
    if request.param == "docker":
        request.getfixturevalue("docker_engine")
    return request.param


@pytest.fixture(scope="module")
def sessions(backend):
    """One sandbox per problem, reused across attacks (and replaced if an attack broke it): the
    fixtures (oracle, vec_add) or a real problem the attack targets."""
    problems: dict[str, object] = {}
    opened: dict[str, object] = {}

    def get(name):
        if name not in problems:
            fixture = FIXTURES / "problems" / name
            problems[name] = load(fixture if fixture.is_dir() else REPO / "problems" / name)
        s = opened.get(name)
        if s is None or not s.alive():
            if s is not None:
                s.close()
            s = opened[name] = open_sandbox(backend, preload=problems[name].preload())
        return problems[name], s

    yield get
    for s in opened.values():
        s.close()


NEEDS = {"filesystem": "filesystem", "network": "network", "pid": "pid", "privileges": "privileges"}


@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_attack(path, backend, sessions, planted):
    m = meta(path)
    problem, session = sessions(m["problem"])
    for need in filter(None, (n.strip() for n in m.get("needs", "").split(","))):
        if not getattr(session.protections, NEEDS[need]):
            pytest.skip(f"!!! this machine's sandbox lacks {need} isolation ({session.protections.summary()})")
    speed_floor = float(m["speed_at_least"]) if "speed_at_least" in m else None
    # a speed floor needs a measurement: the full one, or the short one where the file says so
    options = Options(seed=11, backend=backend, quick=speed_floor is None or m.get("measure") == "quick")
    source = path.read_text().replace(str(PORT), str(planted["server"].port)).replace(DAEMON, DAEMON_MARK)
    r = submit_until_judged(problem, source, path.name, options, session=session)
    detail = f"{r.verdict}: {r.failure.reason if r.failure else ''}"
    assert r.verdict == Verdict(m["expect"]), detail
    if speed_floor is not None:
        assert r.speed is not None and r.speed.ratio >= speed_floor, r.speed
    assert not unharmed(planted), unharmed(planted)


def test_an_honest_submission_still_passes_afterwards(backend, sessions, planted):
    problem, session = sessions("vec_add")
    r = submit(problem, "def add(a, b, alpha=1.0):\n    return a + alpha * b\n", "honest.py",
               Options(seed=3, backend=backend, quick=True), session=session)
    assert r.verdict == Verdict.AC, r.failure
    assert not unharmed(planted)
