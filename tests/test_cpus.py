"""Machine-wide CPU leases: judges side by side never time on the same CPU."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge import cpus

FIXTURES = Path(__file__).parent / "fixtures"
HOLD = ("import sys, time; from judge import cpus; lease = cpus.acquire(); "
        "print(lease.cpu, flush=True); sys.stdin.readline()")


@pytest.fixture
def lease_dir(tmp_path, monkeypatch):
    """A lease folder of this test's own: a suite running beside this one is not held up."""
    monkeypatch.setenv("MLJUDGE_LEASE_DIR", str(tmp_path))
    return tmp_path


def _holder(env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env)
    return proc, int(proc.stdout.readline())


def test_two_processes_lease_different_cpus_and_a_third_waits(lease_dir):
    env = {**os.environ, "MLJUDGE_WORKER_CPUS": "0-1"}
    a, cpu_a = _holder(env)
    b, cpu_b = _holder(env)
    try:
        assert {cpu_a, cpu_b} == {0, 1}
        third = subprocess.Popen([sys.executable, "-c", HOLD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=env)
        time.sleep(1.0)
        assert third.poll() is None  # still waiting
        a.kill()  # a judge killed mid-measurement: the kernel drops its lock
        a.wait()
        assert int(third.stdout.readline()) == cpu_a
        third.stdin.close()
        third.wait(timeout=10)
        assert "waiting for a free CPU: 2 busy" in third.stderr.read()
    finally:
        for p in (a, b):
            p.kill()
            p.wait()


def test_in_one_process_leases_do_not_collide(lease_dir, monkeypatch):
    monkeypatch.setenv("MLJUDGE_WORKER_CPUS", "0-1")
    first = cpus.acquire()
    second = cpus.try_acquire()
    try:
        assert second is not None and second.cpu != first.cpu
        assert cpus.try_acquire() is None
        assert cpus.free() == [1, 0]  # every CPU leased: nothing to keep off
    finally:
        first.release()
        if second is not None:
            second.release()


def test_untimed_workers_keep_off_a_leased_cpu(lease_dir, monkeypatch):
    monkeypatch.setenv("MLJUDGE_WORKER_CPUS", "0-1")
    a, cpu_a = _holder(dict(os.environ))
    try:
        assert cpus.free() == [1 - cpu_a]
    finally:
        a.kill()
        a.wait()
    assert sorted(cpus.free()) == [0, 1]


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one CPU: nothing to choose between")
def test_a_judge_times_on_a_cpu_no_other_judge_holds(lease_dir):
    """Another judge holds the CPU this one would take first: it measures on another."""
    held, cpu = _holder(dict(os.environ))
    try:
        proc = subprocess.run([sys.executable, "-m", "judge.cli", "submit", str(FIXTURES / "problems" / "vec_add"),
                               str(FIXTURES / "problems" / "vec_add" / "reference.py"), "--json", "--seed", "3"],
                              capture_output=True, text=True, timeout=300)
        result = json.loads(proc.stdout)
        assert result["verdict"] == "AC", proc.stderr
        assert result["speed"]["cpu"] is not None and result["speed"]["cpu"] != cpu
    finally:
        held.kill()
        held.wait()


def test_parse_cpu_lists_as_cpusets_write_them():
    assert cpus.parse("1") == {1} and cpus.parse("0-2,5") == {0, 1, 2, 5} and cpus.parse("") == set()
    assert cpus.spec({3, 1}) == "1,3"
