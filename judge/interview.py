"""Remote interviews: tokens, sessions, and what a candidate may see.

``create`` makes an interview for a problem set: one random token per candidate
and one for the interviewer (``secrets.token_urlsafe(32)``), stored only as
SHA-256 hashes, valid until the set's window closes (or, where the set allows
late submissions, a day after). A token is checked against every token of its
interview with ``hmac.compare_digest`` (no early exit). A browser trades its
one-time link for a session cookie (also stored hashed) with a CSRF token.

``candidate_view`` is the one place that decides which fields of a result leave
the server at a feedback level: never the reference, the generators, the seed,
the hidden inputs, or what the submission printed (it may echo hidden inputs).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import yaml

from judge.problem import GROUPS
from judge.sets import ProblemSet, parse_duration
from judge.store import Store
from judge.verdict import KINDS, VERDICTS, Verdict, shown_exception

LATE_GRACE_S = 24 * 3600
SESSION_S = 12 * 3600
FEEDBACK = ("verdict", "summary", "full")


class AuthError(Exception):
    """No valid credentials (401)."""


@dataclass(frozen=True)
class Principal:
    interview_id: str
    role: str  # candidate | interviewer
    user: str
    csrf: str = ""


@dataclass(frozen=True)
class Interview:
    id: str
    set: ProblemSet
    created_at: float
    ends_at: float
    late_until: float
    feedback: str
    clock: str = "fixed"  # fixed: one window for everyone; first-open: a candidate's time starts at their first visit

    def is_late(self, now: float | None = None) -> bool:
        return (now or time.time()) > self.ends_at

    def deadline(self, store: Store, user: str) -> float | None:
        """When ``user``'s time is up: the window's end, or (first-open) their first visit plus
        the set's time; None before that visit."""
        if self.clock != "first-open":
            return self.ends_at
        start = store.set_start(self.set.id, user)
        return start["deadline"] if start else None

    def late_for(self, store: Store, user: str, now: float | None = None) -> bool:
        deadline = self.deadline(store, user)
        return deadline is not None and (now or time.time()) > deadline

    def closed(self, now: float | None = None) -> bool:
        return (now or time.time()) > self.late_until


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


CLOCKS = ("fixed", "first-open")
OPEN_FOR = "168h"  # with first-open: how long candidates may start (a week), unless --window says


def create(store: Store, problem_set: ProblemSet, candidates: list[str], *, window: str | None = None,
           feedback: str | None = None, clock: str = "fixed") -> tuple[Interview, dict[str, str], str]:
    """A new interview: (interview, {candidate: token}, interviewer token). Tokens are shown once.
    ``clock="first-open"``: each candidate has the set's time from their first visit, which may
    come any time within ``window`` (default a week)."""
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {', '.join(CLOCKS)}")
    feedback = feedback or {"full": "full", "summary": "summary", "verdict": "verdict"}[problem_set.feedback]
    if feedback not in FEEDBACK:
        raise ValueError(f"feedback must be one of {', '.join(FEEDBACK)}")
    names = [c.strip() for c in candidates if c.strip()]
    if not names or len(set(names)) != len(names) or "interviewer" in names:
        raise ValueError("candidates: distinct names, none called 'interviewer'")
    now = time.time()
    if window:
        minutes = parse_duration(window)
    else:
        minutes = parse_duration(OPEN_FOR) if clock == "first-open" else problem_set.time_allowed_min
    ends = now + 60 * minutes
    if clock == "first-open":  # who starts at the last minute still has the set's time
        ends += problem_set.seconds
    late_until = ends + (LATE_GRACE_S if problem_set.late_allowed else 0)
    iid = uuid.uuid4().hex[:12]
    tokens = {name: secrets.token_urlsafe(32) for name in names}
    admin = secrets.token_urlsafe(32)
    set_yaml = yaml.safe_dump(problem_set.__dict__, sort_keys=False, allow_unicode=True)
    store.add_interview({"id": iid, "set_id": problem_set.id, "set_yaml": set_yaml, "created_at": now,
                         "ends_at": ends, "late_until": late_until, "feedback": feedback, "clock": clock},
                        [(_hash(token), "candidate", name, late_until) for name, token in tokens.items()]
                        + [(_hash(admin), "interviewer", "interviewer", late_until)])
    if clock == "fixed":
        for name in names:
            store.start_set(scope(problem_set.id, iid), name, ends - now)
    return load(store, iid), tokens, admin


def first_visit(store: Store, interview: Interview, user: str) -> None:
    """Start ``user``'s clock at their first visit (first-open interviews; later visits change nothing)."""
    if interview.clock == "first-open":
        store.start_set(interview.set.id, user, interview.set.seconds)


def scope(set_id: str, interview_id: str) -> str:
    """The set id an interview's submissions are stored under: one interview's own, so that two
    interviews of one set file share nothing."""
    return f"{set_id}@{interview_id}"


def load(store: Store, interview_id: str) -> Interview:
    row = store.interview(interview_id)
    if row is None:
        raise KeyError(interview_id)
    data = yaml.safe_load(row["set_yaml"])
    data["id"] = scope(row["set_id"], row["id"])  # everything of this interview is scoped to it alone
    return Interview(row["id"], ProblemSet(**data), row["created_at"], row["ends_at"], row["late_until"],
                     row["feedback"], row["clock"])


def for_set(store: Store, set_id: str) -> list[str]:
    return store.interviews_of_set(set_id)


def authenticate(store: Store, interview_id: str, token: str | None) -> Principal:
    """The principal a token belongs to; AuthError for none, a wrong one, an expired one, or one
    of another interview. Every token of the interview is compared, in constant time."""
    if not token:
        raise AuthError("no token")
    presented = _hash(token)
    found = None
    for row in store.interview_tokens(interview_id):
        if hmac.compare_digest(row["token_hash"], presented):
            found = row
    if found is None:
        raise AuthError("unknown token")
    if time.time() > found["expires_at"]:
        raise AuthError("expired token")
    return Principal(interview_id, found["role"], found["user"])


def open_session(store: Store, principal: Principal) -> tuple[str, Principal]:
    """A browser session for ``principal``: (cookie value, principal with its CSRF token)."""
    cookie, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    store.add_interview_session(_hash(cookie), principal.interview_id, principal.role, principal.user, csrf,
                                time.time() + SESSION_S)
    return cookie, Principal(principal.interview_id, principal.role, principal.user, csrf)


def session(store: Store, interview_id: str, cookie: str | None) -> Principal:
    if not cookie:
        raise AuthError("no session")
    row = store.interview_session(_hash(cookie), interview_id)
    if row is None or time.time() > row["expires_at"]:
        raise AuthError("no session")
    interview = load(store, interview_id)
    if interview.closed():
        raise AuthError("expired")
    return Principal(interview_id, row["role"], row["user"], row["csrf"])


# --------------------------------------------------------------------------- what leaves the server

VIEW_FIELDS = {
    "verdict": {"id", "problem", "state", "verdict", "late", "created_at"},
    "summary": {"id", "problem", "state", "verdict", "late", "created_at", "groups", "speed", "message", "diagnosis"},
    "full": {"id", "problem", "state", "verdict", "late", "created_at", "groups", "speed", "message", "diagnosis",
             "failure"},
}
GROUP_FIELDS = ("name", "verdict", "passed", "total")
# Nothing the submission controls (its output values, its exception's name and message, its
# function names, what it printed, even the source lines a traceback quotes: it can rewrite
# linecache) and nothing hidden (inputs, seed) is among these: a submission could otherwise
# smuggle hidden inputs out through its own failure. Every field is the judge's: a kind from
# a closed vocabulary, counts, indices, line numbers, builtin exception names.
FAILURE_FIELDS = {"verdict", "case", "group", "name", "what", "wrong", "index", "lines"}
GENERIC = {v.value: info.short for v, info in VERDICTS.items() if v not in (Verdict.AC, Verdict.SKIPPED)}


def _lines(traceback: str) -> list[int]:
    """The line numbers of a trimmed traceback's frames (the candidate's own file): nothing else."""
    out = []
    for line in traceback.splitlines():
        m = re.match(r'  File "[^"]*", line (\d+)', line)
        if m and len(out) < 20:
            out.append(int(m.group(1)))
    return out


def _failure_view(failure: dict[str, Any]) -> dict[str, Any]:
    verdict = str(failure.get("verdict"))
    case = failure.get("case")
    view: dict[str, Any] = {"verdict": verdict, "case": case if type(case) is int else None,
                            "group": failure.get("group") if failure.get("group") in GROUPS else None,
                            "name": failure.get("name") if isinstance(failure.get("name"), str) else None}
    kind = failure.get("kind")
    what = kind if kind in KINDS else GENERIC.get(verdict, "failed")
    exception = shown_exception(str(failure.get("exception") or ""))
    view["what"] = f"{what} ({exception})" if exception and what.startswith("exception") else what
    if verdict == "WA":
        stats, worst = failure.get("stats") or {}, failure.get("worst") or {}
        if type(stats.get("bad")) is int and type(stats.get("total")) is int:
            view["wrong"] = f"{stats['bad']} of {stats['total']}"
        index = worst.get("index")
        if isinstance(index, list) and all(type(i) is int for i in index):
            view["index"] = index
    elif verdict in ("RE", "FORBIDDEN"):
        view["lines"] = _lines(str(failure.get("detail", "")))
    return view


def candidate_view(row: dict[str, Any], result: dict[str, Any] | None, level: str, speed_counts: bool
                   ) -> dict[str, Any]:
    """A submission as its candidate may see it at ``level`` (fields from ``VIEW_FIELDS`` only)."""
    out: dict[str, Any] = {"id": row["id"], "problem": row["problem"], "state": row["state"],
                           "verdict": row["verdict"], "late": bool(row["late"]), "created_at": row["created_at"]}
    if level == "verdict" or result is None:
        return out
    out["groups"] = [{k: g[k] for k in GROUP_FIELDS} for g in result.get("groups", [])]
    speed = result.get("speed")
    out["speed"] = ({"ratio": speed["ratio"], "lo": speed["lo"], "hi": speed["hi"]}
                    if speed and speed_counts else None)
    failure = result.get("failure")
    # the known mistakes the output matches: the package's own words (mistakes.py), never the submission's
    out["diagnosis"] = [{"en": str(d.get("en", "")), "zh": str(d.get("zh", ""))}
                        for d in (failure or {}).get("diagnosis") or [] if isinstance(d, dict)][:5]
    if failure is None:
        out["message"] = ""
    elif failure.get("case") is not None:
        group = failure.get("group") if failure.get("group") in GROUPS else "hidden"
        out["message"] = f"{failure['verdict']} in the {group} tests"
    elif failure["verdict"] in ("CE", "FORBIDDEN"):  # about the candidate's own code, found before it runs
        out["message"] = str(failure.get("reason", ""))[:500]
    else:
        kind = failure.get("kind")
        out["message"] = kind if kind in KINDS else GENERIC.get(str(failure["verdict"]), "failed")
    if level == "full" and failure is not None:
        out["failure"] = _failure_view(failure)
    return out
