"""The result store: one SQLite file in WAL mode, a schema with migrations.

Every judged submission is one row of ``submissions`` (with its code, its user,
the problem's version and content hash, the judge's version) plus its groups in
``groups``; the whole ``Result`` is kept as JSON. A result is written in one
transaction, so a judge killed mid-run leaves either a QUEUED/RUNNING row (never
a half-written result) or the complete one; writing the same submission's result
twice stores it once. Concurrent writers wait on SQLite's lock (busy timeout),
never lose a row.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from judge import paths
from judge.verdict import Result, Verdict

QUEUED, RUNNING, DONE = "QUEUED", "RUNNING", "DONE"
FAILED_TO_QUEUE = "FAILED_TO_QUEUE"  # a farm submission whose job never reached the queue (the row says why)

MIGRATIONS: list[str] = [
    # 1: submissions and their groups
    """
    CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        created_at REAL NOT NULL,
        finished_at REAL,
        user TEXT NOT NULL,
        problem TEXT NOT NULL,
        problem_version INTEGER,
        problem_hash TEXT,
        judge_version TEXT,
        filename TEXT NOT NULL,
        source TEXT NOT NULL,
        source_sha256 TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'DONE',
        verdict TEXT,
        ratio REAL, ratio_lo REAL, ratio_hi REAL,
        peak_memory_mb REAL,
        duration_s REAL,
        seed INTEGER,
        backend TEXT, device TEXT,
        set_id TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        worker TEXT,
        deliveries INTEGER NOT NULL DEFAULT 0,
        result_json TEXT
    );
    CREATE INDEX submissions_user ON submissions(user, problem);
    CREATE INDEX submissions_problem ON submissions(problem, verdict);
    CREATE INDEX submissions_set ON submissions(set_id, user);
    CREATE TABLE groups (
        submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        total INTEGER NOT NULL,
        max_time_s REAL,
        peak_memory_mb REAL,
        PRIMARY KEY (submission_id, position)
    );
    """,
    # 2: problem sets and the candidates' clocks
    """
    CREATE TABLE set_starts (
        set_id TEXT NOT NULL,
        user TEXT NOT NULL,
        started_at REAL NOT NULL,
        deadline REAL,
        workspace TEXT,
        PRIMARY KEY (set_id, user)
    );
    """,
    # 3: remote interviews: tokens and browser sessions, stored only as hashes
    """
    CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        set_id TEXT NOT NULL,
        set_yaml TEXT NOT NULL,
        created_at REAL NOT NULL,
        ends_at REAL NOT NULL,
        late_until REAL NOT NULL,
        feedback TEXT NOT NULL
    );
    CREATE TABLE interview_tokens (
        token_hash TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        role TEXT NOT NULL,
        user TEXT NOT NULL,
        expires_at REAL NOT NULL
    );
    CREATE TABLE interview_sessions (
        session_hash TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        role TEXT NOT NULL,
        user TEXT NOT NULL,
        csrf TEXT NOT NULL,
        expires_at REAL NOT NULL
    );
    """,
    # 4: an interview's clock: "fixed" (one window for all) or "first-open" (each candidate's own)
    """
    ALTER TABLE interviews ADD COLUMN clock TEXT NOT NULL DEFAULT 'fixed'
    """,
    # 5: the store's identity (a farm's jobs carry it: a collector places only its own store's
    # results) and a note on a row (why a farm submission was never queued)
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
    ALTER TABLE submissions ADD COLUMN note TEXT
    """,
    # 6: how time and memory grew with size (`judge submit --scaling`): the submission's exponents
    # and the reference's time exponent measured beside it, for a leaderboard to show
    """
    ALTER TABLE submissions ADD COLUMN time_exponent REAL;
    ALTER TABLE submissions ADD COLUMN ref_time_exponent REAL;
    ALTER TABLE submissions ADD COLUMN memory_exponent REAL
    """,
]


def default_path() -> Path:
    return Path(os.environ.get("MLJUDGE_STORE") or paths.home() / "judge.db")


class Store:
    """The judge's results. Open one per thread or process; cheap to open."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA busy_timeout = 60000")
        self._wal()
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.migrate()

    def _wal(self) -> None:
        """WAL mode (kept in the file: only the first opener changes it). Switching needs a lock
        that SQLite does not wait for, so a race between first openers is retried here."""
        deadline = time.monotonic() + 60
        while self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: take the write lock up front (no deadlock on upgrade)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def migrate(self) -> None:
        """Bring the schema up to date (the write lock is taken only when there is work)."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
            return
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise RuntimeError(f"{self.path}: schema {version} is newer than this judge knows "
                                   f"({len(MIGRATIONS)}); upgrade mljudge")
            for i in range(version, len(MIGRATIONS)):
                for statement in filter(str.strip, MIGRATIONS[i].split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {i + 1}")

    # -- writing
    def create(self, *, user: str, problem: str, source: str, filename: str, state: str = QUEUED,
               set_id: str | None = None, late: bool = False, problem_version: int | None = None,
               problem_hash: str | None = None, submission_id: str | None = None) -> str:
        """A row for a submission not judged yet (the farm writes it before enqueueing)."""
        import hashlib

        sid = submission_id or uuid.uuid4().hex
        with self.transaction() as db:
            db.execute(
                "INSERT INTO submissions (id, created_at, user, problem, problem_version, problem_hash, filename,"
                " source, source_sha256, state, set_id, late) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (sid, time.time(), user, problem, problem_version, problem_hash, filename, source,
                 hashlib.sha256(source.encode()).hexdigest(), state, set_id, int(late)))
        return sid

    @property
    def id(self) -> str:
        """This store's identity, made when it was created (farm jobs carry it)."""
        return self.db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0]

    def set_state(self, submission_id: str, state: str, worker: str | None = None, note: str | None = None) -> None:
        """A row not done yet moves on (RUNNING counts a delivery); a done row stays as it is."""
        with self.transaction() as db:
            db.execute("UPDATE submissions SET state = ?, worker = COALESCE(?, worker), note = COALESCE(?, note),"
                       " deliveries = deliveries + (? = 'RUNNING') WHERE id = ? AND state != 'DONE'",
                       (state, worker, note, state, submission_id))

    def record(self, submission_id: str, result: Result, worker: str | None = None) -> bool:
        """Write a result in one transaction; False (and nothing written) if it already has one."""
        with self.transaction() as db:
            row = db.execute("SELECT state FROM submissions WHERE id = ?", (submission_id,)).fetchone()
            if row is None:
                raise KeyError(f"no submission {submission_id}")
            if row["state"] == DONE:
                return False
            s, sc = result.speed, result.scaling
            peak = max((g.peak_memory_mb for g in result.groups), default=0.0)
            db.execute(
                "UPDATE submissions SET state = 'DONE', finished_at = ?, verdict = ?, ratio = ?, ratio_lo = ?,"
                " ratio_hi = ?, peak_memory_mb = ?, duration_s = ?, seed = ?, backend = ?, device = ?,"
                " judge_version = ?, problem_version = ?, problem_hash = ?, worker = COALESCE(?, worker),"
                " result_json = ?, time_exponent = ?, ref_time_exponent = ?, memory_exponent = ? WHERE id = ?",
                (time.time(), str(result.verdict), s.ratio if s else None, s.lo if s else None,
                 s.hi if s else None, peak, result.duration_s, result.seed, result.backend, result.device,
                 result.judge_version, result.problem_version, result.problem_hash, worker,
                 json.dumps(result.to_json(), ensure_ascii=False),
                 sc.time.value if sc and sc.time else None, sc.ref_time.value if sc and sc.ref_time else None,
                 sc.memory if sc else None, submission_id))
            db.executemany(
                "INSERT INTO groups (submission_id, position, name, verdict, passed, total, max_time_s,"
                " peak_memory_mb) VALUES (?,?,?,?,?,?,?,?)",
                [(submission_id, i, g.name, str(g.verdict), g.passed, g.total, g.max_time_s, g.peak_memory_mb)
                 for i, g in enumerate(result.groups)])
        return True

    def add(self, result: Result, *, user: str, source: str, set_id: str | None = None,
            late: bool = False) -> str:
        """Store a submission judged here, in one go."""
        sid = self.create(user=user, problem=result.problem, source=source, filename=result.filename,
                          state=RUNNING, set_id=set_id, late=late, problem_version=result.problem_version,
                          problem_hash=result.problem_hash)
        self.record(sid, result)
        return sid

    # -- reading
    def get(self, submission_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM submissions WHERE id = ?", (submission_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["groups"] = [dict(g) for g in self.db.execute(
            "SELECT name, verdict, passed, total, max_time_s, peak_memory_mb FROM groups"
            " WHERE submission_id = ? ORDER BY position", (submission_id,))]
        return out

    def result(self, submission_id: str) -> Result | None:
        row = self.db.execute("SELECT result_json FROM submissions WHERE id = ?", (submission_id,)).fetchone()
        return Result.from_json(json.loads(row[0])) if row and row[0] else None

    def history(self, *, user: str | None = None, problem: str | None = None, set_id: str | None = None,
                limit: int | None = 50) -> list[dict[str, Any]]:
        where, args = _filters(user=user, problem=problem, set_id=set_id)
        sql = ("SELECT id, created_at, finished_at, user, problem, filename, state, verdict, ratio, ratio_lo,"
               f" ratio_hi, peak_memory_mb, duration_s, late, set_id FROM submissions {where}"
               " ORDER BY created_at DESC, rowid DESC")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.db.execute(sql, args)]

    def export(self, *, user: str | None = None, problem: str | None = None,
               set_id: str | None = None) -> list[dict[str, Any]]:
        """Everything about the matching submissions, code included, oldest first."""
        where, args = _filters(user=user, problem=problem, set_id=set_id)
        rows = [dict(r) for r in self.db.execute(
            f"SELECT * FROM submissions {where} ORDER BY created_at, rowid", args)]
        for r in rows:
            r["result"] = json.loads(r.pop("result_json")) if r.get("result_json") else None
        return rows

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]

    def tally(self) -> list[dict[str, Any]]:
        """Submissions by state and verdict: how many, and the seconds spent judging them."""
        return [dict(r) for r in self.db.execute(
            "SELECT state, COALESCE(verdict, '') AS verdict, COUNT(*) AS n, COALESCE(SUM(duration_s), 0) AS seconds,"
            " COALESCE(SUM(deliveries), 0) AS deliveries FROM submissions"
            " GROUP BY state, verdict ORDER BY state, verdict")]

    # -- ranking
    def leaderboard(self, problem: str | None = None, *, set_id: str | None = None) -> list[dict[str, Any]]:
        """Overall: problems solved (desc), geometric mean of the best ratios (asc), the moment the
        solved set was complete (each problem's first AC, the latest of those; asc).
        Per problem: each user's fastest accepted submission by ratio (asc), then its time."""
        where, args = _filters(problem=problem, set_id=set_id)
        extra = " AND " if where else " WHERE "
        rows = self.db.execute(
            f"SELECT user, problem, MIN(COALESCE(ratio, 1e9)) AS best, MIN(created_at) AS first_ac,"
            f" COUNT(*) AS accepted FROM submissions {where}{extra}verdict = 'AC' AND late = 0"
            " GROUP BY user, problem", args).fetchall()
        attempts = {(r["user"], r["problem"]): r["n"] for r in self.db.execute(
            f"SELECT user, problem, COUNT(*) AS n FROM submissions {where} GROUP BY user, problem", args)}
        if problem is not None:
            exponents = {r["user"]: (r["time_exponent"], r["ref_time_exponent"]) for r in self.db.execute(
                f"SELECT user, time_exponent, ref_time_exponent FROM submissions {where}{extra}verdict = 'AC'"
                " AND late = 0 AND time_exponent IS NOT NULL ORDER BY created_at, rowid", args)}
            out = [{"user": r["user"], "ratio": r["best"] if r["best"] < 1e9 else None,
                    "first_ac": r["first_ac"], "attempts": attempts.get((r["user"], r["problem"]), 0),
                    "time_exponent": exponents.get(r["user"], (None, None))[0],
                    "ref_time_exponent": exponents.get(r["user"], (None, None))[1]}
                   for r in rows]
            out.sort(key=lambda x: (x["ratio"] if x["ratio"] is not None else math.inf, x["first_ac"]))
        else:
            users: dict[str, dict[str, Any]] = {}
            for r in rows:
                u = users.setdefault(r["user"], {"user": r["user"], "solved": 0, "logs": [], "completed": 0.0,
                                                 "problems": []})
                u["solved"] += 1
                u["problems"].append(r["problem"])
                if r["best"] < 1e9:
                    u["logs"].append(math.log(r["best"]))
                u["completed"] = max(u["completed"], r["first_ac"])
            out = []
            for u in users.values():
                logs = u.pop("logs")
                u["speed"] = math.exp(sum(logs) / len(logs)) if logs else None
                u["attempts"] = sum(n for (user, _), n in attempts.items() if user == u["user"])
                u["problems"].sort()
                out.append(u)
            out.sort(key=lambda x: (-x["solved"], x["speed"] if x["speed"] is not None else math.inf,
                                    x["completed"]))
        for i, row in enumerate(out, 1):
            row["rank"] = i
        return out

    # -- problem sets
    def start_set(self, set_id: str, user: str, seconds: float | None, workspace: str | None = None
                  ) -> dict[str, Any]:
        """Start a candidate's clock, ``seconds`` to go (once: starting again keeps the first start)."""
        now = time.time()
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO set_starts (set_id, user, started_at, deadline, workspace)"
                       " VALUES (?,?,?,?,?)", (set_id, user, now, now + seconds if seconds else None, workspace))
        return self.set_start(set_id, user) or {}

    def set_start(self, set_id: str, user: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM set_starts WHERE set_id = ? AND user = ?", (set_id, user)).fetchone()
        return dict(row) if row else None

    def set_users(self, set_id: str) -> list[str]:
        users = {r[0] for r in self.db.execute("SELECT user FROM set_starts WHERE set_id = ?", (set_id,))}
        users |= {r[0] for r in self.db.execute("SELECT DISTINCT user FROM submissions WHERE set_id = ?",
                                                (set_id,))}
        return sorted(users)


    def unfinished(self, *, set_id: str | None = None, user: str | None = None,
                   interviews: bool = False) -> list[str]:
        """Ids of submissions not judged yet (QUEUED or RUNNING), oldest first; ``interviews``:
        only those of some interview (what a restarted interview server picks up)."""
        where, args = _filters(set_id=set_id, user=user)
        cond = (" AND " if where else " WHERE ") + "state IN ('QUEUED', 'RUNNING')"
        if interviews:
            cond += " AND set_id IN (SELECT set_id || '@' || id FROM interviews)"
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM submissions {where}{cond} ORDER BY created_at, rowid", args)]

    # -- interviews (judge/interview.py holds their rules; secrets arrive here hashed)
    def add_interview(self, row: dict[str, Any], tokens: list[tuple[str, str, str, float]]) -> None:
        """An interview and its tokens ((hash, role, user, expires_at) each), in one transaction."""
        with self.transaction() as db:
            db.execute(f"INSERT INTO interviews ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       tuple(row.values()))
            db.executemany("INSERT INTO interview_tokens (token_hash, interview_id, role, user, expires_at)"
                           " VALUES (?,?,?,?,?)", [(h, row["id"], role, user, exp) for h, role, user, exp in tokens])

    def interview(self, interview_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return dict(row) if row else None

    def interviews_of_set(self, set_id: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM interviews WHERE set_id = ? ORDER BY created_at",
                                              (set_id,))]

    def interview_tokens(self, interview_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT token_hash, role, user, expires_at FROM interview_tokens WHERE interview_id = ?",
            (interview_id,))]

    def add_interview_session(self, session_hash: str, interview_id: str, role: str, user: str, csrf: str,
                              expires_at: float) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO interview_sessions (session_hash, interview_id, role, user, csrf, expires_at)"
                       " VALUES (?,?,?,?,?,?)", (session_hash, interview_id, role, user, csrf, expires_at))

    def interview_session(self, session_hash: str, interview_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM interview_sessions WHERE session_hash = ? AND interview_id = ?",
                              (session_hash, interview_id)).fetchone()
        return dict(row) if row else None

def _filters(**kw: Any) -> tuple[str, tuple[Any, ...]]:
    parts, args = [], []
    for key, value in kw.items():
        if value is not None:
            parts.append(f"{key} = ?")
            args.append(value)
    return ("WHERE " + " AND ".join(parts) if parts else ""), tuple(args)


def verdict_of(row: dict[str, Any]) -> Verdict | None:
    return Verdict(row["verdict"]) if row.get("verdict") else None
