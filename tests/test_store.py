"""The result store: concurrent writers lose nothing, a killed writer leaves no half-written result."""

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from judge.store import DONE, MIGRATIONS, RUNNING, Store
from judge.verdict import GroupResult, Result, Speed, Verdict


def make_result(problem="vec_add", verdict=Verdict.AC, ratio=1.2) -> Result:
    groups = [GroupResult(g, verdict if g == "edge" else Verdict.AC, 3, 3, 0.001, 2.0)
              for g in ("examples", "edge", "random", "timing")]
    speed = Speed(ratio, ratio * 0.95, ratio * 1.05, 20, 3) if verdict == Verdict.AC else None
    return Result(problem=problem, problem_version=1, problem_hash="h" * 64, filename="s.py",
                  source_sha256="0" * 64, verdict=verdict, groups=groups, failure=None, speed=speed, seed=1,
                  backend="process", device="cpu", protections="root", judge_version="0.1.0", duration_s=0.5)


def _writer(path, user, n, barrier):
    store = Store(path)
    barrier.wait()
    for i in range(n):
        store.add(make_result(ratio=1.0 + i / 100), user=user, source=f"# {user} {i}\n")
    store.close()


def test_concurrent_writers_lose_no_row(tmp_path):
    path = tmp_path / "judge.db"
    Store(path).close()
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_writer, args=(path, f"user{k}", 40, barrier)) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = Store(path)
    assert store.count() == 160
    rows = store.export()
    assert {r["source"] for r in rows} == {f"# user{k} {i}\n" for k in range(4) for i in range(40)}
    assert all(r["state"] == DONE and r["result"]["verdict"] == "AC" for r in rows)
    groups = store.db.execute("SELECT COUNT(*) FROM groups").fetchone()[0]
    assert groups == 160 * 4


def test_a_result_is_recorded_once(tmp_path):
    store = Store(tmp_path / "j.db")
    sid = store.create(user="a", problem="vec_add", source="x", filename="s.py")
    assert store.get(sid)["state"] == "QUEUED"
    assert store.record(sid, make_result()) is True
    assert store.record(sid, make_result(verdict=Verdict.WA)) is False  # a second delivery
    row = store.get(sid)
    assert row["verdict"] == "AC" and len(row["groups"]) == 4


def test_a_failure_mid_write_rolls_back(tmp_path, monkeypatch):
    store = Store(tmp_path / "j.db")
    sid = store.create(user="a", problem="vec_add", source="x", filename="s.py", state=RUNNING)
    real = store.db

    class Exploding:
        def __init__(self):
            self.calls = 0

        def execute(self, sql, *a):
            return real.execute(sql, *a)

        def executemany(self, sql, *a):
            raise OSError("disk full")

    store.db = Exploding()
    with pytest.raises(OSError):
        store.record(sid, make_result())
    store.db = real
    row = store.get(sid)
    assert row["state"] == RUNNING and row["verdict"] is None and row["groups"] == []


KILLED_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store import make_result
    from judge.store import Store
    store = Store({path!r})
    ids = [store.create(user="k", problem="vec_add", source=str(i), filename="s.py", state="RUNNING")
           for i in range(300)]
    print("ready", flush=True)
    for sid in ids:
        store.record(sid, make_result())
""")


def test_a_killed_writer_leaves_whole_rows_only(tmp_path):
    path = tmp_path / "j.db"
    script = KILLED_WRITER.format(tests=os.path.dirname(__file__), path=str(path))
    for delay in (0.05, 0.15, 0.3):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                                cwd=os.path.dirname(os.path.dirname(__file__)))
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    store = Store(path)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for row in store.export():
        groups = store.get(row["id"])["groups"]
        if row["state"] == DONE:
            assert row["result"] is not None and len(groups) == 4
        else:
            assert row["state"] == RUNNING and row["result"] is None and groups == []


def test_leaderboard_ranks_solved_then_speed_then_time(tmp_path):
    store = Store(tmp_path / "j.db")
    store.add(make_result("p1", ratio=2.0), user="slow", source="a")
    store.add(make_result("p1", ratio=1.0), user="fast", source="a")
    store.add(make_result("p2", ratio=1.5), user="fast", source="a")
    store.add(make_result("p2", ratio=0.5), user="slow", source="a")
    store.add(make_result("p1", verdict=Verdict.WA), user="many", source="a")
    store.add(make_result("p1", ratio=0.9), user="one", source="a")
    rows = store.leaderboard()
    # fast: sqrt(1.0 * 1.5) = 1.22; slow: sqrt(2.0 * 0.5) = 1.0 -> slow first among two-solvers
    assert [r["user"] for r in rows] == ["slow", "fast", "one"]
    assert rows[0]["solved"] == 2 and rows[0]["speed"] == pytest.approx(1.0)
    per = store.leaderboard("p1")
    assert [r["user"] for r in per] == ["one", "fast", "slow"]
    assert per[0]["attempts"] == 1


def test_history_and_migrations(tmp_path):
    path = tmp_path / "j.db"
    store = Store(path)
    store.add(make_result(), user="a", source="x")
    store.add(make_result(verdict=Verdict.WA), user="b", source="y")
    assert [r["user"] for r in store.history()] == ["b", "a"]
    assert store.history(user="a")[0]["verdict"] == "AC"
    store.close()
    again = Store(path)  # reopening migrates nothing and keeps the rows
    assert again.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) and again.count() == 2
    again.db.execute("PRAGMA user_version = 99")
    again.close()
    with pytest.raises(RuntimeError, match="newer than this judge"):
        Store(path)


def test_concurrent_judge_submit_processes_record_every_row(tmp_path):
    """Four `judge submit` commands at once into one store: four whole rows."""
    repo = os.path.dirname(os.path.dirname(__file__))
    env = {**os.environ, "MLJUDGE_STORE": str(tmp_path / "judge.db"), "MLJUDGE_HOME": str(tmp_path / "home")}
    src = tmp_path / "add.py"
    src.write_text("def add(a, b, alpha=1.0):\n    return a + alpha * b\n")
    procs = [subprocess.Popen([sys.executable, "-m", "judge.cli", "submit", "tests/fixtures/problems/vec_add",
                               str(src), "--no-timing", "--user", f"u{i}", "--seed", str(i)], cwd=repo, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for i in range(4)]
    for p in procs:
        assert p.wait(180) == 0, p.stderr.read()
    rows = Store(tmp_path / "judge.db").history(limit=None)
    assert sorted(r["user"] for r in rows) == ["u0", "u1", "u2", "u3"]
    assert all(r["state"] == DONE and r["verdict"] == "AC" for r in rows)
