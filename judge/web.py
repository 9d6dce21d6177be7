"""``judge serve``: a read-only web page over the store (leaderboards, problems, set reports).

``create_app`` builds a Flask app whose pages live in the Blueprint ``public``
(GET only); another blueprint can be registered on the same app. Templates are
strings rendered with autoescaping on; every response forbids scripts through its
Content-Security-Policy (set unless a view set its own). Served by waitress.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, abort, current_app, render_template_string, request, url_for
from markupsafe import Markup

from judge import report
from judge.problem import PROBLEMS_DIR, SLUG, Problem, ProblemError, discover, load
from judge.sets import ProblemSet
from judge.store import Store

CSP = ("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

public = Blueprint("public", __name__)

LAYOUT = """<!DOCTYPE html>
<html lang="{{ lang|default('en') }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · mljudge</title><style>{{ css }}</style></head>
<body><nav><a href="{{ url_for('public.index') }}">Leaderboard</a>
<a href="{{ url_for('public.problems') }}">Problems</a>
{% if has_sets %}<a href="{{ url_for('public.set_list') }}">Sets</a>{% endif %}</nav><main>
{% block body %}{% endblock %}
</main></body></html>"""

INDEX = """{% extends layout %}{% block body %}
<h1>Leaderboard</h1>
<p class="meta">Problems solved, then speed (geometric mean of each solved problem's best ratio to the reference;
lower is faster), then the moment the solved set was complete. Late submissions do not count.</p>
<table><tr><th class="num">#</th><th>user</th><th class="num">solved</th><th class="num">speed</th>
<th class="num">attempts</th><th>problems</th></tr>
{% for r in rows %}<tr><td class="num">{{ r.rank }}</td><td>{{ r.user }}</td><td class="num">{{ r.solved }}</td>
<td class="num">{{ '%.3f×'|format(r.speed) if r.speed else '-' }}</td><td class="num">{{ r.attempts }}</td>
<td>{% for p in r.problems %}<a href="{{ url_for('public.leaderboard', slug=p) }}">{{ p }}</a>
{{- ', ' if not loop.last }}{% endfor %}</td></tr>{% endfor %}
</table>{% if not rows %}<p class="muted">No accepted submissions yet.</p>{% endif %}
{% endblock %}"""

LEADERBOARD = """{% extends layout %}{% block body %}
<h1>{{ name }} <span class="muted">({{ slug }})</span></h1>
<p class="meta">Each user's fastest accepted submission, by its ratio to the reference (lower is faster).
{% if known %}<a href="{{ url_for('public.problem', slug=slug) }}">Statement</a>{% endif %}</p>
<table><tr><th class="num">#</th><th>user</th><th class="num">speed</th><th class="num">attempts</th>
<th>first accepted</th></tr>
{% for r in rows %}<tr><td class="num">{{ r.rank }}</td><td>{{ r.user }}</td>
<td class="num">{{ '%.3f×'|format(r.ratio) if r.ratio else '-' }}</td><td class="num">{{ r.attempts }}</td>
<td>{{ when(r.first_ac) }}</td></tr>{% endfor %}
</table>{% if not rows %}<p class="muted">No accepted submissions yet.</p>{% endif %}
{% endblock %}"""

PROBLEMS = """{% extends layout %}{% block body %}
<h1>Problems</h1>
<table><tr><th>problem</th><th>题目</th><th>difficulty</th><th>framework</th><th>tags</th><th></th></tr>
{% for p in problems %}<tr><td><a href="{{ url_for('public.problem', slug=p.slug) }}">{{ p.title.en }}</a></td>
<td><a href="{{ url_for('public.problem', slug=p.slug, lang='zh') }}">{{ p.title.zh }}</a></td>
<td>{{ p.difficulty }}</td><td>{{ p.framework }}</td><td>{{ p.tags|join(', ') }}</td>
<td><a href="{{ url_for('public.leaderboard', slug=p.slug) }}">leaderboard</a></td></tr>{% endfor %}
</table>{% endblock %}"""

PROBLEM = """{% extends layout %}{% block body %}
<p class="meta">{{ p.slug }} · {{ p.difficulty }} · {{ p.framework }} · {{ p.tags|join(', ') }} ·
{% if lang == 'zh' %}<a href="{{ url_for('public.problem', slug=p.slug) }}">English</a>{% else %}
<a href="{{ url_for('public.problem', slug=p.slug, lang='zh') }}">中文</a>{% endif %} ·
<a href="{{ url_for('public.leaderboard', slug=p.slug) }}">leaderboard</a></p>
{{ statement }}
{% endblock %}"""

SETS = """{% extends layout %}{% block body %}
<h1>Problem sets</h1>
<table><tr><th>set</th><th>problems</th><th class="num">minutes</th><th>feedback</th></tr>
{% for s in sets %}<tr><td><a href="{{ url_for('public.set_view', set_id=s.id) }}">{{ s.name }}</a></td>
<td>{{ s.problems|join(', ') }}</td><td class="num">{{ s.time_allowed_min }}</td><td>{{ s.feedback }}</td></tr>
{% endfor %}</table>{% if not sets %}<p class="muted">No set given (judge serve --set SET_FILE).</p>{% endif %}
{% endblock %}"""

FRAGMENT = """{% extends layout %}{% block body %}{{ fragment }}{% endblock %}"""


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
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app


def _state() -> _State:
    return current_app.extensions["mljudge"]


def _render(template: str, title: str, **ctx: Any) -> str:
    return render_template_string(template, layout=current_app.jinja_env.from_string(LAYOUT), title=title,
                                  css=Markup(report.CSS), has_sets=bool(_state().sets), when=report.when, **ctx)


@public.get("/")
def index() -> str:
    return _render(INDEX, "Leaderboard", rows=_state().store.leaderboard())


@public.get("/leaderboard/<slug>")
def leaderboard(slug: str) -> str:
    st = _state()
    p = st.problem(slug)
    if p is None and not (SLUG.match(slug) and st.store.history(problem=slug, limit=1)):
        abort(404)
    return _render(LEADERBOARD, p.title["en"] if p else slug, slug=slug, name=p.title["en"] if p else slug,
                   known=p is not None, rows=st.store.leaderboard(slug))


@public.get("/problems")
def problems() -> str:
    return _render(PROBLEMS, "Problems", problems=_state().all_problems())


@public.get("/problems/<slug>")
def problem(slug: str) -> str:
    import markdown

    p = _state().problem(slug)
    lang = request.args.get("lang", "en")
    if p is None or lang not in ("en", "zh"):
        abort(404)
    statement = markdown.markdown(p.statement(lang), extensions=["fenced_code", "tables", "codehilite"],
                                  extension_configs={"codehilite": {"noclasses": True, "guess_lang": False}})
    return _render(PROBLEM, p.title[lang], p=p, lang=lang, statement=Markup(statement))  # a trusted package


@public.get("/sets")
def set_list() -> str:
    return _render(SETS, "Problem sets", sets=list(_state().sets.values()))


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
    return _render(FRAGMENT, s.name, fragment=Markup(report.comparison_html(s, reps, link)))


@public.get("/sets/<set_id>/<path:user>")
def candidate(set_id: str, user: str) -> str:
    s = _set(set_id)
    st = _state()
    if user not in st.store.set_users(set_id):
        abort(404)
    rep = report.candidate(st.store, s, user)
    return _render(FRAGMENT, f"{user} · {s.name}", fragment=Markup(report.html_body(rep)))


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
