"""``judge serve``: a read-only web page over the store (leaderboards, problems, set reports).

``create_app`` builds a Flask app whose pages live in the Blueprint ``public``
(GET only); another blueprint can be registered on the same app. Pages are
``judge/templates/web/`` drawn by ``pages.render`` (autoescaped); every response carries
``pages.CSP`` (unless a view set its own). Served by waitress.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, abort, current_app, request, url_for
from markupsafe import Markup

from judge import pages, present, report
from judge.problem import PROBLEMS_DIR, SLUG, Problem, ProblemError, discover, load
from judge.sets import ProblemSet
from judge.store import Store

public = Blueprint("public", __name__)


class _State:
    """What the app serves: a store (one connection per thread), the problem packages, the sets."""

    def __init__(self, store_path: str | Path | None, sets: dict[str, ProblemSet]) -> None:
        self.store_path = store_path
        self.sets = sets
        self._local = threading.local()
        self._lock = threading.Lock()
        self._problems: dict[str, Problem | None] = {}
        self._all: list[Problem] | None = None

    @property
    def store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = self._local.store = Store(self.store_path)
        return s

    def problem(self, slug: str) -> Problem | None:
        """A problem package by slug, loaded once; None where there is none."""
        if not SLUG.match(slug) or not (PROBLEMS_DIR / slug / "problem.yaml").is_file():
            return None
        with self._lock:
            if slug not in self._problems:
                try:
                    self._problems[slug] = load(slug)
                except ProblemError:
                    self._problems[slug] = None
            return self._problems[slug]

    def all_problems(self) -> list[Problem]:
        if self._all is None:
            found = [self.problem(path.name) for path in discover()]
            self._all = [p for p in found if p is not None]
        return self._all


def create_app(store_path: str | Path | None = None, sets: Iterable[str | Path | ProblemSet] = ()) -> Flask:
    """The web app: the ``public`` blueprint over the store at ``store_path`` (default: the judge's)
    and the problem sets given (files or loaded sets)."""
    loaded = [s if isinstance(s, ProblemSet) else ProblemSet.load(s) for s in sets]
    app = Flask(__name__)
    app.extensions["mljudge"] = _State(store_path, {s.id: s for s in loaded})
    app.register_blueprint(public)

    @app.after_request
    def headers(response: Any) -> Any:
        response.headers.setdefault("Content-Security-Policy", pages.CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app


def _state() -> _State:
    return current_app.extensions["mljudge"]


def _render(template: str, title: str, **ctx: Any) -> str:
    return pages.render(f"web/{template}.html", title=title, url_for=url_for, has_sets=bool(_state().sets), **ctx)


@public.get("/")
def index() -> str:
    return _render("index", "Leaderboard", rows=_state().store.leaderboard())


@public.get("/leaderboard/<slug>")
def leaderboard(slug: str) -> str:
    st = _state()
    p = st.problem(slug)
    if p is None and not (SLUG.match(slug) and st.store.history(problem=slug, limit=1)):
        abort(404)
    return _render("leaderboard", p.title["en"] if p else slug, slug=slug, name=p.title["en"] if p else slug,
                   known=p is not None, rows=st.store.leaderboard(slug))


@public.get("/problems")
def problems() -> str:
    return _render("problems", "Problems", problems=_state().all_problems())


@public.get("/problems/<slug>")
def problem(slug: str) -> str:
    p = _state().problem(slug)
    lang = request.args.get("lang", "en")
    if p is None or lang not in ("en", "zh"):
        abort(404)
    return _render("problem", p.title[lang], p=p, lang=lang, statement=present.statement_html(p, lang))


@public.get("/sets")
def set_list() -> str:
    return _render("sets", "Problem sets", sets=list(_state().sets.values()))


def _set(set_id: str) -> ProblemSet:
    s = _state().sets.get(set_id)
    if s is None:
        abort(404)
    return s


@public.get("/sets/<set_id>")
def set_view(set_id: str) -> str:
    s = _set(set_id)
    reps = report.candidates(_state().store, s)
    link = lambda user: url_for("public.candidate", set_id=set_id, user=user)  # noqa: E731
    return _render("fragment", s.name, body=Markup(report.comparison_html(s, reps, link)
                                                   + report.similar_html(report.similar(s, reps))))


@public.get("/sets/<set_id>/<path:user>")
def candidate(set_id: str, user: str) -> str:
    s = _set(set_id)
    st = _state()
    if user not in st.store.set_users(set_id):
        abort(404)
    rep = report.candidate(st.store, s, user)
    return _render("fragment", f"{user} · {s.name}", body=Markup(report.html_body(rep)))


MAX_BODY = 1 << 20  # the read-only site takes no uploads


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 4, max_body: int = MAX_BODY
          ) -> None:
    """Serve with waitress until interrupted. Bodies over ``max_body`` are refused as they come
    (413 on a Content-Length over it, before any of the body is read; a chunked body cut where
    it passes it), not after being read whole."""
    server = make_server(app, host=host, port=port, threads=threads, max_body=max_body)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def make_server(app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 4, max_body: int = MAX_BODY
                ) -> Any:
    """The waitress server ``serve`` runs (the tests start it on a free port)."""
    from waitress.server import create_server

    return create_server(app, host=host, port=port, threads=threads, ident="mljudge",
                         max_request_body_size=max_body)
