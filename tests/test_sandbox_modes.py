"""Every confinement mode judges correctly, and says what it lacks.

``root`` (real root: namespaces, then nobody), ``user`` (an unprivileged user
namespace, capabilities dropped) and ``none`` (rlimits only: what a machine
without namespaces, macOS say, gets).
"""

import pytest

from judge.grade import Options, submit
from judge.sandbox import ChildLimits, Sandbox
from judge.verdict import Verdict

PROBE = r'''
import os, socket
def add(a, b, alpha=1.0):
    seen = sorted(p for p in os.listdir("/proc") if p.isdigit())
    try:
        socket.create_connection(("127.0.0.1", 1), timeout=0.2)
        net = "connected"
    except OSError as e:
        net = e.errno
    print("PROBE", os.getpid(), len(seen), net, os.path.exists("/etc/mljudge-never"), flush=True)
    return a + alpha * b
'''


@pytest.mark.parametrize("mode", ["auto", "user", "none"])
def test_each_mode_judges_and_reports_itself(mode, vec_add):
    with Sandbox(preload=vec_add.preload(), confine=mode) as s:
        if mode == "user" and s.protections.mode != "user":
            pytest.skip(f"!!! no user namespaces here: {s.protections.notes}")
        r = submit(vec_add, PROBE, "probe.py", Options(seed=1, quick=True, groups=("examples", "edge")),
                   session=s)
        assert r.verdict == Verdict.AC, r.failure
        prot = s.protections
        if mode == "none":
            assert prot.mode == "none"
            assert any("network" in m for m in prot.missing())
            assert any("filesystem" in m for m in prot.missing())
            assert r.missing_protections
        else:
            assert prot.network and prot.filesystem and prot.pid and prot.privileges
            assert not any("network" in m or "filesystem" in m for m in r.missing_protections)


@pytest.mark.parametrize("mode", ["auto", "user"])
def test_namespaced_worker_sees_only_itself(mode):
    from judge import harness

    src = ("import os\ndef f():\n    return [os.getpid(), sorted(p for p in os.listdir('/proc') if p.isdigit()),"
           " sorted(os.listdir('/'))]\n")
    with Sandbox(preload=["numpy"], confine=mode) as s:
        if mode == "user" and s.protections.mode != "user":
            pytest.skip("!!! no user namespaces here")
        w = s.spawn(ChildLimits())
        assert w.load(source=src, filename="s.py", entry="f", framework="python", forbidden=[], device="cpu",
                      timeout=10).status == "done"
        r = w.call(harness.encode({"args": [], "kwargs": {}}), 10)
        pid, procs, root = r.output
        assert pid == 1 and procs == ["1"]
        assert "home" not in root and "problems" not in root and "tmp" in root
        w.close()


def test_worker_is_killed_with_its_whole_tree(numpy_session):
    """A worker that forks children: closing it leaves nothing behind."""
    import psutil

    from judge import harness

    src = ("import os, time\ndef f():\n    for _ in range(5):\n        if os.fork() == 0:\n"
           "            os.setsid()\n            os.execv('/bin/sleep', ['sleep', '3131.3131'])\n    return 1\n")
    w = numpy_session.spawn(ChildLimits())
    w.load(source=src, filename="s.py", entry="f", framework="python", forbidden=[], device="cpu", timeout=10)
    assert w.call(harness.encode({"args": [], "kwargs": {}}), 10).status == "done"
    w.close()
    import time

    time.sleep(0.2)
    left = [p for p in psutil.process_iter(["cmdline"]) if "3131.3131" in " ".join(p.info["cmdline"] or [])]
    assert not left


def test_a_frozen_worker_and_everything_it_forked_use_no_cpu(numpy_session):
    """While one side of a timing round runs, the other is frozen: children included."""
    import time

    import psutil

    from judge import harness

    src = ("import os\ndef f():\n    if os.fork() == 0:\n        while True:\n            pass\n    return 1\n")
    w = numpy_session.spawn(ChildLimits())
    w.load(source=src, filename="s.py", entry="f", framework="python", forbidden=[], device="cpu", timeout=10)
    assert w.call(harness.encode({"args": [], "kwargs": {}}), 10).status == "done"

    def cpu() -> float:
        procs = [psutil.Process(w.pid), *psutil.Process(w.pid).children(recursive=True)]
        return sum(p.cpu_times().user + p.cpu_times().system for p in procs)

    time.sleep(0.3)
    w.freeze(True)
    time.sleep(0.1)
    before = cpu()
    time.sleep(0.6)
    frozen = cpu() - before
    w.freeze(False)
    before = cpu()
    deadline = time.monotonic() + 30  # a loaded machine gives the spinning child less than a CPU
    while cpu() - before < 0.3 and time.monotonic() < deadline:
        time.sleep(0.1)
    running = cpu() - before
    w.close()
    assert frozen < 0.05 and running >= 0.3, (frozen, running)


def test_a_fork_bomb_in_a_workers_cgroup_is_killed_to_the_last_process():
    """Killed one pid at a time, a fork bomb refills its pids limit faster than it dies on a
    loaded machine, and its survivors starve the zygote of pids (the next worker cannot be
    forked: IE). ``kill_all`` freezes it (or uses cgroup.kill) and leaves nothing."""
    import os
    import subprocess
    import sys
    import time

    from judge.sandbox import Cgroup

    kind = Cgroup.detect()
    if kind is None:
        pytest.skip("!!! no cgroups here (needs root on Linux): the worker cgroup's kill is not tested")
    group = Cgroup.create(kind, f"{os.getpid()}-bomb-test", 256 << 20, 48, None)
    bomb = ("import os, time\ntime.sleep(0.3)\nwhile True:\n    try:\n        os.fork()\n"
            "    except OSError:\n        pass\n")
    proc = subprocess.Popen([sys.executable, "-c", bomb], start_new_session=True)
    try:
        group.attach(proc.pid)
        time.sleep(1.5)
        assert len(group.pids()) > 10, "the bomb did not fill its cgroup"
        group.kill_all()
        assert group.pids() == []
    finally:
        group.destroy()
        proc.wait(timeout=10)
