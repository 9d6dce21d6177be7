"""The remote-interview server: candidates' pages, an API for ``judge submit --server``, and
the interviewer's live view, as a Flask blueprint on ``judge serve``'s app.

Every route under ``/i/<interview>/`` needs a token (``Authorization: Bearer``) or the
session cookie a one-time link was traded for (HttpOnly, SameSite=Strict, scoped to the
interview's path). Forms carry a CSRF token and their Origin is checked. Submissions are
judged off the request path (202, then poll) by the server's own judging threads; what
a candidate gets back is ``interview.candidate_view`` at the interview's feedback level.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Blueprint, Flask, Response, abort, current_app, g, jsonify, redirect, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from judge import interview as iv
from judge import pages, present, report
from judge.problem import load
from judge.store import Store

MAX_SOURCE = 64 << 10  # bytes of source code
MAX_BODY = MAX_SOURCE + (16 << 10)  # the form's other fields
MAX_PENDING = 2  # submissions of one candidate waiting or being judged
LOGIN_FAILURES = (10, 60.0)  # failed logins per address, and per interview, per this many seconds
TOKEN_FAILURES = (10, 60.0)  # failed Bearer tokens per address, and per token prefix, per this many seconds
bp = Blueprint("interview", __name__, url_prefix="/i/<iid>")


class Judging:
    """The server's judging threads; a restarted server picks up what was left queued."""

    def __init__(self, store_path: Any, jobs: int = 1) -> None:
        self.store_path = store_path
        self.pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="mljudge-judge")
        with Store(store_path) as store:
            pending = store.unfinished(interviews=True)
        for sid in pending:
            self.pool.submit(self.judge, sid)

    def submit(self, sid: str) -> None:
        self.pool.submit(self.judge, sid)

    def judge(self, sid: str) -> None:
        from judge.grade import Options
        from judge.submissions import judge_queued

        def options(row: dict[str, Any]) -> Options:
            interview = iv.load(store, str(row["set_id"]).rpartition("@")[2])
            return Options(seed=interview.set.seed, timing=interview.set.speed_counts,
                           scaling=interview.set.speed_counts and interview.set.scaling)

        with Store(self.store_path) as store:
            judge_queued(store, sid, options)


class RateLimit:
    def __init__(self, limit: int, per_s: float) -> None:
        self.limit, self.per_s = limit, per_s
        self.events: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def blocked(self, key: str, strictly: bool = False) -> bool:
        """``limit`` events in the window (``strictly``: more than ``limit``, counting this one)."""
        with self.lock:
            q = self.events[key]
            while q and q[0] < time.monotonic() - self.per_s:
                q.popleft()
            return len(q) > self.limit if strictly else len(q) >= self.limit

    def hit(self, key: str) -> None:
        with self.lock:
            self.events[key].append(time.monotonic())


def _state() -> dict[str, Any]:
    return current_app.extensions["mljudge-interview"]


def _store() -> Store:
    local = _state()["local"]
    if getattr(local, "store", None) is None:
        local.store = Store(_state()["store_path"])
    return local.store


def _cookie_name(iid: str) -> str:
    return f"mljudge_{iid}"


def _page(status: int, title: str, template: str, **ctx: Any) -> Response:
    """A page from ``judge/templates/interview/<template>.html``."""
    return Response(pages.render(f"interview/{template}.html", title=title, **ctx), status=status,
                    mimetype="text/html")


def _error(status: int, message: str) -> Response:
    if request.path.startswith("/i/") and "/api/" in request.path:
        return jsonify({"error": message}), status  # type: ignore[return-value]
    return _page(status, f"{status}", "message", heading=status, message=message)


@bp.url_value_preprocessor
def _authenticate(endpoint: str | None, values: dict[str, Any] | None) -> None:
    iid = (values or {}).get("iid", "")
    g.iid = iid
    if endpoint == "interview.login":
        return
    store = _store()
    auth = request.headers.get("Authorization", "")
    try:
        if auth.startswith("Bearer "):
            token = auth[7:].strip()
            try:
                g.principal, g.via = iv.authenticate(store, iid, token), "token"
            except iv.AuthError:
                # a valid token always gets in; wrong ones are counted by address and by prefix
                limit: RateLimit = _state()["tokens"]
                keys = (f"addr:{request.remote_addr}", f"prefix:{token[:8]}")
                for key in keys:
                    limit.hit(key)
                if any(limit.blocked(key, strictly=True) for key in keys):
                    abort(429)
                raise
        else:
            g.principal, g.via = iv.session(store, iid, request.cookies.get(_cookie_name(iid))), "cookie"
        g.interview = iv.load(store, iid)
    except (iv.AuthError, KeyError):
        abort(401)


def _candidate() -> iv.Principal:
    if g.principal.role != "candidate":
        abort(403)
    return g.principal


def _interviewer() -> iv.Principal:
    if g.principal.role != "interviewer":
        abort(403)
    return g.principal


def _check_form() -> None:
    """A browser's POST: its session's CSRF token, and an Origin (or Referer) of this server."""
    if g.via != "cookie":
        return
    sent = request.form.get("csrf", "")
    if not hmac.compare_digest(sent.encode(), g.principal.csrf.encode()):
        abort(403)
    origin = request.headers.get("Origin") or request.headers.get("Referer", "")
    own = request.host_url.rstrip("/")
    if not origin or not (origin == own or origin.startswith(own + "/")):
        abort(403)


# --------------------------------------------------------------------------- routes


@bp.get("/login")
def login(iid: str) -> Response:
    """A one-time link traded for a cookie. A valid link always gets in (a burst of wrong ones,
    from one address or many, locks nobody out); wrong ones are counted by address (the
    client's, through ``--proxy`` trusted proxies) and by interview, and answered 429 past
    the limit."""
    limit: RateLimit = _state()["logins"]
    keys = (f"addr:{request.remote_addr or '?'}", f"interview:{iid}")
    try:
        principal = iv.authenticate(_store(), iid, request.args.get("t"))
    except iv.AuthError:
        if any(limit.blocked(key) for key in keys):
            return _error(429, "too many failed logins: wait a minute")
        for key in keys:
            limit.hit(key)
        return _error(401, "this link is not valid (wrong, expired, or for another interview)")
    if principal.role == "candidate":
        iv.first_visit(_store(), iv.load(_store(), iid), principal.user)
    cookie, _ = iv.open_session(_store(), principal)
    response = redirect(f"/i/{iid}/", code=303)  # the token leaves the address bar
    response.set_cookie(_cookie_name(iid), cookie, httponly=True, samesite="Strict", path=f"/i/{iid}/",
                        secure=request.is_secure, max_age=iv.SESSION_S)
    return response


@bp.get("/")
def home(iid: str) -> Any:
    if g.principal.role == "interviewer":
        return redirect(f"/i/{iid}/admin", code=303)
    me = _candidate()
    store, interview = _store(), g.interview
    rows = store.history(user=me.user, set_id=interview.set.id, limit=None)
    problems = [load(slug) for slug in interview.set.problems]
    views = [iv.candidate_view(r, None, "verdict", interview.set.speed_counts) for r in rows]
    return _page(200, interview.set.name, "home", me=me, interview=interview, problems=problems, subs=views,
                 remaining=max(0, int((interview.deadline(store, me.user) or interview.ends_at) - time.time())))


def _problem(slug: str) -> Any:
    if slug not in g.interview.set.problems:  # only the set's problems, by name: no paths
        abort(404)
    return load(slug)


@bp.get("/p/<slug>")
def problem(iid: str, slug: str) -> Response:
    me = _candidate()
    p = _problem(slug)
    lang = request.args.get("lang", g.interview.set.languages[0])
    if lang not in g.interview.set.languages:
        abort(404)
    last = _store().history(user=me.user, problem=p.slug, set_id=g.interview.set.id, limit=1)
    code = _store().get(last[0]["id"])["source"] if last else p.starter(statement_at="this page, above")
    return _page(200, p.title[lang], "problem", p=p, lang=lang, statement=present.statement_html(p, lang),
                 starter=code, last=last[0] if last else None, csrf=me.csrf if g.via == "cookie" else "",
                 interview=g.interview)


def _accept(source: str, filename: str, slug: str) -> tuple[str | None, Response | None]:
    """Record a submission and queue it; (id, None) or (None, an error response)."""
    me = _candidate()
    p = _problem(slug)
    interview = g.interview
    if len(source.encode()) > MAX_SOURCE:
        return None, _error(413, f"source over {MAX_SOURCE // 1024} KiB")
    late = interview.late_for(_store(), me.user)
    if late and not interview.set.late_allowed:
        return None, _error(403, "the interview's time is up")
    store = _store()
    pending = len(store.unfinished(set_id=interview.set.id, user=me.user))
    if pending >= MAX_PENDING:
        return None, _error(429, f"{pending} submissions are still being judged: wait for a verdict")
    sid = store.create(user=me.user, problem=p.slug, source=source, filename=f"{p.slug}.py",
                       set_id=interview.set.id, late=late, problem_version=p.version, problem_hash=p.hash)
    _state()["judging"].submit(sid)
    return sid, None


@bp.post("/p/<slug>")
def submit_form(iid: str, slug: str) -> Response:
    _check_form()
    upload = request.files.get("file")
    if upload is not None and upload.filename:
        data = upload.read(MAX_SOURCE + 1)
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "the file is not UTF-8 text")
    else:
        source = request.form.get("source", "")
    if not source.strip():
        return _error(400, "no code")
    sid, error = _accept(source, f"{slug}.py", slug)
    if error is not None:
        return error
    return _page(202, "Submitted", "submitted", sid=sid, iid=iid, refresh=f"1; url=/i/{iid}/s/{sid}")


@bp.get("/s/<sid>")
def submission(iid: str, sid: str) -> Response:
    me = _candidate()
    row = _store().get(sid)
    if row is None or row["user"] != me.user or row["set_id"] != g.interview.set.id:
        abort(404)  # someone else's, or none: the same answer
    view = iv.candidate_view(row, _result_json(row), g.interview.feedback, g.interview.set.speed_counts)
    return _page(200, f"Submission {sid[:8]}", "submission", v=view, iid=iid,
                 refresh="2" if row["state"] != "DONE" else None)


def _result_json(row: dict[str, Any]) -> dict[str, Any] | None:
    import json

    return json.loads(row["result_json"]) if row.get("result_json") else None


# -- the API (judge submit --server URL --token T)


@bp.get("/api/problems")
def api_problems(iid: str) -> Response:
    _candidate()
    return jsonify([{"slug": s, "title": load(s).title} for s in g.interview.set.problems])


@bp.post("/api/submissions")
def api_submit(iid: str) -> Any:
    _candidate()
    if g.via == "cookie":
        _check_form()
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("source"), str) or not isinstance(
            body.get("problem"), str):
        return _error(400, "expected JSON {problem, source}")
    sid, error = _accept(body["source"], str(body.get("filename", "")), body["problem"])
    if error is not None:
        return error
    return jsonify({"id": sid, "url": f"/i/{iid}/api/submissions/{sid}"}), 202


@bp.get("/api/submissions/<sid>")
def api_submission(iid: str, sid: str) -> Any:
    me = _candidate()
    row = _store().get(sid)
    if row is None or row["user"] != me.user or row["set_id"] != g.interview.set.id:
        abort(404)
    return jsonify(iv.candidate_view(row, _result_json(row), g.interview.feedback, g.interview.set.speed_counts))


# -- the interviewer


@bp.get("/admin")
def admin(iid: str) -> Response:
    _interviewer()
    interview = g.interview
    store = _store()
    rows = store.history(set_id=interview.set.id, limit=None)
    users = store.set_users(interview.set.id)
    latest: dict[tuple[str, str], dict] = {}
    best: dict[tuple[str, str], dict] = {}  # the first AC, else none: the latest says the rest
    for r in reversed(rows):
        key = (r["user"], r["problem"])
        latest[key] = r
        if r["verdict"] == "AC" and key not in best:
            best[key] = r
    return _page(200, f"{interview.set.name}: live", "admin", interview=interview, users=users, rows=rows,
                 latest=latest, best=best, iid=iid)


@bp.get("/admin/s/<sid>")
def admin_submission(iid: str, sid: str) -> Response:
    _interviewer()
    row = _store().get(sid)
    if row is None or row["set_id"] != g.interview.set.id:
        abort(404)
    from judge import render

    result = _store().result(sid)
    text = render.result(result) if result else row["state"]
    import click

    return _page(200, f"{row['user']} · {row['problem']}", "admin_submission", row=row, text=click.unstyle(text),
                 code=Markup(report.code_html(row["source"])), iid=iid)


@bp.get("/admin/report/<path:user>")
def admin_report(iid: str, user: str) -> Response:
    _interviewer()
    if user not in _store().set_users(g.interview.set.id):
        abort(404)
    rep = report.candidate(_store(), g.interview.set, user)
    return _page(200, f"{user}: report", "page", body=Markup(report.html_body(rep)))


# --------------------------------------------------------------------------- the app


def create_app(store_path: Any = None, jobs: int = 1, proxies: int = 0) -> Flask:
    """The interview server and nothing else (``judge serve --interview``): every page but the
    sign-in hint needs a candidate's or the interviewer's credential for one interview.
    ``proxies``: how many reverse proxies in front to trust for the client's address
    (X-Forwarded-For); with none, the header is ignored."""
    app = Flask(__name__)
    if proxies:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=0)  # type: ignore[method-assign]
    register(app, store_path, jobs)

    @app.get("/")
    def anonymous() -> Response:
        return _page(200, "Sign in", "message", heading="mljudge interview",
                     message="Sign in with the link your interviewer gave you.")

    return app


def register(app: Flask, store_path: Any = None, jobs: int = 1) -> None:
    """Add the interview routes to ``app``."""
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    app.config["MAX_FORM_PARTS"] = 8
    app.extensions["mljudge-interview"] = {"store_path": store_path, "local": threading.local(),
                                          "logins": RateLimit(*LOGIN_FAILURES), "tokens": RateLimit(*TOKEN_FAILURES),
                                          "judging": Judging(store_path, jobs)}
    app.register_blueprint(bp)

    @app.before_request
    def _limits() -> Any:
        if request.path.startswith("/i/"):
            if "chunked" in request.headers.get("Transfer-Encoding", "").lower():
                return _error(413, "chunked bodies are not accepted")
            if request.content_length is not None and request.content_length > MAX_BODY:
                return _error(413, "request body too large")
        return None

    @app.errorhandler(HTTPException)
    def _http_error(e: HTTPException) -> Any:
        if isinstance(e, RequestEntityTooLarge):
            return _error(413, "request body too large")
        return _error(e.code or 500, FRIENDLY.get(e.code or 500, e.description or e.name))

    @app.after_request
    def _headers(response: Response) -> Response:
        if request.path.startswith("/i/") or request.path == "/":
            response.headers["Content-Security-Policy"] = pages.CSP
            response.headers["Cache-Control"] = "no-store"
            # with "no-referrer" a browser sends "Origin: null" on its own form posts
            response.headers["Referrer-Policy"] = "same-origin"
        return response


# --------------------------------------------------------------------------- templates

FRIENDLY = {
    401: "Sign in with the link your interviewer gave you: this page needs it (or the link has expired).",
    403: "This page is not for your role in this interview.",
    404: "Nothing here: not in this interview, or not yours.",
    429: "Too many attempts: wait a minute.",
}
