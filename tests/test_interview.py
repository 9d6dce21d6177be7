"""The remote-interview server: authentication, isolation between candidates, what leaves
the server at each feedback level, request limits, browser sessions, the window.

Flask's test client for the rules, a real loopback server for the command line.
"""

from __future__ import annotations

import hmac
import json
import re
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from judge import interview as iv
from judge import interview_web, pages
from judge.cases import CaseStore
from judge.problem import load
from judge.sets import create as create_set
from judge.store import Store

from .conftest import serving

REPO = Path(__file__).resolve().parent.parent
AC = (REPO / "submissions/nms/accepted/vectorised.py").read_text()
WA = (REPO / "submissions/nms/wrong_answer/fast_nms.py").read_text()
LEAKY = ("import numpy as np\n\ndef nms(boxes, scores, iou_threshold):\n"
         "    print('INPUTS', boxes.tolist(), scores.tolist(), iou_threshold)\n"
         "    if len(boxes) > 3:\n        raise ValueError(repr(boxes.tolist()) + repr(iou_threshold))\n"
         "    return np.arange(len(boxes))\n")
# The same hidden numbers smuggled through every name a submission chooses: an exception class,
# a function (a code object renamed at run time), the source lines a traceback quotes (linecache
# rewritten), the type and the dict keys of what it returns. Dots become "p", minus signs "m".
SMUGGLE = (AC.replace("def nms(", "def _right(") + "\n\nimport linecache\n\n\ndef _enc(boxes):\n"
           "    return '_'.join(f'{float(v):.5f}'[:7].replace('.', 'p').replace('-', 'm')"
           " for v in boxes.reshape(-1)[:4] if abs(v - round(v)) > 1e-3)\n\n\n")
LEAKY_NAMES = [
    SMUGGLE + "def nms(boxes, scores, iou_threshold):\n    if _enc(boxes):\n"
              "        raise type('H_' + _enc(boxes), (Exception,), {})(_enc(boxes))\n"
              "    return _right(boxes, scores, iou_threshold)\n",
    SMUGGLE + "def nms(boxes, scores, iou_threshold):\n    if _enc(boxes):\n"
              "        for key in list(linecache.cache):\n"
              "            linecache.cache[key] = (1, None, [_enc(boxes) + '\\n'] * 99, key)\n"
              "        def inner():\n            raise KeyError(1)\n"
              "        inner.__code__ = inner.__code__.replace(co_name='F_' + _enc(boxes))\n        inner()\n"
              "    return _right(boxes, scores, iou_threshold)\n",
    SMUGGLE + "def nms(boxes, scores, iou_threshold):\n    if _enc(boxes):\n"
              "        return type('T_' + _enc(boxes), (), {})()\n    return _right(boxes, scores, iou_threshold)\n",
    SMUGGLE + "def nms(boxes, scores, iou_threshold):\n    if _enc(boxes):\n"
              "        return {'K_' + _enc(boxes): 1}\n    return _right(boxes, scores, iou_threshold)\n",
]


@pytest.fixture()
def env(tmp_path, monkeypatch):
    """A store, a one-problem set (fast: speed does not count), and the interview server's app."""
    store_path = tmp_path / "judge.db"
    monkeypatch.setenv("MLJUDGE_STORE", str(store_path))
    s = create_set("onsite", ["nms"], time_allowed="30m", feedback="full", speed_counts=False)
    s.seed = 918273645  # distinctive, to be looked for in every response
    store = Store(store_path)
    interviews = {}
    for level in ("verdict", "summary", "full"):
        interviews[level] = iv.create(store, s, ["alice", "bob"], feedback=level)
    other_set = create_set("other", ["nms"], time_allowed="30m")
    interviews["other"] = iv.create(store, other_set, ["carol"])
    app = interview_web.create_app(store_path)
    app.config["TESTING"] = True
    return {"app": app, "store": store, "set": s, "iv": interviews, "path": store_path}


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def submit_api(client, interview, token, source, problem="nms"):
    return client.post(f"/i/{interview.id}/api/submissions", json={"problem": problem, "source": source},
                       headers=bearer(token))


def wait_done(client, interview, token, sid, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = client.get(f"/i/{interview.id}/api/submissions/{sid}", headers=bearer(token))
        if r.json["state"] == "DONE":
            return r.json
        time.sleep(0.3)
    raise AssertionError("not judged in time")


# --------------------------------------------------------------------------- authentication


def test_tokens_no_wrong_expired_or_of_another_interview_are_401(env):
    c = env["app"].test_client()
    interview, tokens, admin = env["iv"]["full"]
    base = f"/i/{interview.id}"
    assert c.get(f"{base}/api/problems").status_code == 401
    assert c.get(f"{base}/api/problems", headers=bearer("x" * 43)).status_code == 401
    carol = env["iv"]["other"][1]["carol"]
    assert c.get(f"{base}/api/problems", headers=bearer(carol)).status_code == 401
    assert c.get(f"{base}/api/problems", headers=bearer(tokens["alice"])).status_code == 200
    with env["store"].transaction() as db:
        db.execute("UPDATE interview_tokens SET expires_at = 0 WHERE interview_id = ?", (interview.id,))
    assert c.get(f"{base}/api/problems", headers=bearer(tokens["alice"])).status_code == 401
    assert c.get(f"{base}/login?t={tokens['alice']}").status_code == 401


def test_tokens_are_stored_hashed_and_compared_in_constant_time(env, monkeypatch):
    interview, tokens, admin = env["iv"]["full"]
    stored = [r[0] for r in env["store"].db.execute("SELECT token_hash FROM interview_tokens")]
    assert not any(t in stored for t in [*tokens.values(), admin])
    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(iv.hmac, "compare_digest", lambda a, b: calls.append(1) or real(a, b))
    for token in [tokens["alice"], tokens["bob"], "wrong"]:
        calls.clear()
        with pytest.raises(iv.AuthError) if token == "wrong" else _nothing():
            iv.authenticate(env["store"], interview.id, token)
        assert len(calls) == 3  # every token of the interview, whichever matches (no early exit)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_candidates_cannot_see_each_other_nor_the_interviewer_pages(env):
    c = env["app"].test_client()
    interview, tokens, admin = env["iv"]["full"]
    base = f"/i/{interview.id}"
    sid = submit_api(c, interview, tokens["alice"], WA).json["id"]
    for path in (f"{base}/api/submissions/{sid}", f"{base}/s/{sid}"):
        assert c.get(path, headers=bearer(tokens["bob"])).status_code == 404
        assert c.get(path, headers=bearer(tokens["alice"])).status_code == 200
    for path in (f"{base}/admin", f"{base}/admin/s/{sid}", f"{base}/admin/report/alice"):
        assert c.get(path, headers=bearer(tokens["alice"])).status_code == 403
        assert c.get(path, headers=bearer(admin)).status_code == 200
    assert c.get(f"{base}/admin/report/mallory", headers=bearer(admin)).status_code == 404


# --------------------------------------------------------------------------- what leaves the server


def hidden_values(problem_set) -> list[str]:
    """Numbers from the hidden inputs, as a response could print them."""
    p = load("nms")
    store = CaseStore(p, problem_set.seed, disk=False)
    out = []
    for case in store.cases:
        if case.group in ("edge", "random"):
            tree = store.prepare(case).inputs()
            boxes = tree["args"][0].data
            for v in boxes.reshape(-1)[:4]:
                if abs(v - round(v)) > 1e-3:  # not a small integer that could appear anywhere
                    out.append(f"{float(v):.5f}"[:7])
    return sorted(set(out))


def test_no_reference_generator_seed_or_hidden_input_leaves_the_server(env):
    c = env["app"].test_client()
    secrets_ = ["order = rest[iou <= iou_threshold]", "_safe_threshold", "def generate(", str(env["set"].seed),
                *hidden_values(env["set"])]
    assert len(secrets_) > 8
    seen: list[tuple[str, int, str]] = []
    for level in ("verdict", "summary", "full"):
        interview, tokens, _ = env["iv"][level]
        base, alice = f"/i/{interview.id}", tokens["alice"]
        ids, views = [], []
        for src in (WA, LEAKY, *LEAKY_NAMES):  # one at a time: a candidate may have two waiting
            ids.append(submit_api(c, interview, alice, src).json["id"])
            views.append(wait_done(c, interview, alice, ids[-1]))
        for view in views:  # exactly the fields of the level
            assert set(view) == iv.VIEW_FIELDS[level] or (level != "verdict" and
                                                          set(view) == iv.VIEW_FIELDS[level] - {"failure"})
            if "failure" in view:
                assert set(view["failure"]) <= iv.FAILURE_FIELDS
        paths = [f"{base}/", f"{base}/p/nms", f"{base}/p/nms?lang=zh", f"{base}/api/problems",
                 *[f"{base}/s/{i}" for i in ids], *[f"{base}/api/submissions/{i}" for i in ids],
                 f"{base}/s/nonexistent", f"{base}/p/../../etc/passwd", f"{base}/p/softmax", f"{base}/admin",
                 f"{base}/static/reference.py", f"{base}/p/nms?lang=fr"]
        for path in paths:
            r = c.get(path, headers=bearer(alice))
            seen.append((path, r.status_code, r.get_data(as_text=True)))
        r = c.post(f"{base}/api/submissions", json={"problem": "nms", "source": "x" * (70 << 10)},
                   headers=bearer(alice))
        seen.append(("413", r.status_code, r.get_data(as_text=True)))
        r = c.get(f"{base}/api/problems", headers=bearer("wrong"))
        seen.append(("401", r.status_code, r.get_data(as_text=True)))
    statuses = {s for _, s, _ in seen}
    assert {200, 401, 403, 404, 413} <= statuses
    encoded = [v.replace(".", "p").replace("-", "m") for v in hidden_values(env["set"])]
    for path, status, body in seen:
        for secret in secrets_ + encoded:
            assert secret not in body, f"{secret!r} leaked by {path} ({status})"
    assert "INPUTS" not in " ".join(b for _, _, b in seen)  # what the submission printed stays inside


def test_feedback_levels_show_more_step_by_step(env):
    c = env["app"].test_client()
    got = {}
    for level in ("verdict", "summary", "full"):
        interview, tokens, _ = env["iv"][level]
        sid = submit_api(c, interview, tokens["alice"], WA).json["id"]
        got[level] = wait_done(c, interview, tokens["alice"], sid)
    assert got["verdict"]["verdict"] == "WA" and "groups" not in got["verdict"]
    assert [g["verdict"] for g in got["summary"]["groups"]][:2] == ["AC", "WA"]
    assert "failure" not in got["summary"] and got["summary"]["message"] == "WA in the edge tests"
    failure = got["full"]["failure"]
    assert failure["case"] and failure["group"] == "edge" and failure["what"].startswith("wrong")


# --------------------------------------------------------------------------- request limits


def test_upload_limits(env):
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["full"]
    base = f"/i/{interview.id}"
    big = "# " + "x" * (65 << 10) + "\n"
    assert submit_api(c, interview, tokens["alice"], big).status_code == 413
    chunked = c.post(f"{base}/api/submissions", data=b"{}", headers={**bearer(tokens["alice"]),
                     "Transfer-Encoding": "chunked", "Content-Type": "application/json"})
    assert chunked.status_code == 413
    parts = {f"f{i}": "x" for i in range(20)}
    many = c.post(f"{base}/p/nms", data=parts, headers=bearer(tokens["alice"]), content_type="multipart/form-data")
    assert many.status_code == 413


def test_path_traversal_gives_404_or_a_server_chosen_name(env, monkeypatch):
    monkeypatch.setattr(interview_web.Judging, "submit", lambda self, sid: None)
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["full"]
    base = f"/i/{interview.id}"
    for path in (f"{base}/p/..%2F..%2Fproblems%2Fnms", f"{base}/p/%2e%2e", f"{base}/s/..%2Fadmin",
                 f"{base}/static/../../judge.db", f"{base}/p/nms/../../admin"):
        assert c.get(path, headers=bearer(tokens["alice"])).status_code in (403, 404), path
    r = c.post(f"{base}/api/submissions", headers=bearer(tokens["alice"]),
               json={"problem": "nms", "source": AC, "filename": "../../../etc/evil.py"})
    assert r.status_code == 202
    assert env["store"].get(r.json["id"])["filename"] == "nms.py"
    r = c.post(f"{base}/api/submissions", headers=bearer(tokens["alice"]), json={"problem": "../nms", "source": AC})
    assert r.status_code == 404


def test_rate_limits(env, monkeypatch):
    monkeypatch.setattr(interview_web.Judging, "submit", lambda self, sid: None)  # everything stays pending
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["full"]
    assert [submit_api(c, interview, tokens["alice"], AC).status_code for _ in range(3)] == [202, 202, 429]
    assert submit_api(c, interview, tokens["bob"], AC).status_code == 202  # per candidate
    codes = [c.get(f"/i/{interview.id}/login?t=wrong{i}").status_code for i in range(12)]
    assert codes[:10] == [401] * 10 and codes[10:] == [429, 429]
    # a burst of wrong links (say, from everyone behind one proxy) locks out no valid link
    assert c.get(f"/i/{interview.id}/login?t={tokens['bob']}").status_code == 303
    # wrong Bearer tokens: 401, then 429 past the limit; a valid one still gets in
    bad = [c.get(f"/i/{interview.id}/api/problems", headers=bearer(f"guess{i:04d}")).status_code for i in range(40)]
    assert bad[:10] == [401] * 10 and set(bad[11:]) == {429}
    assert c.get(f"/i/{interview.id}/api/problems", headers=bearer(tokens["alice"])).status_code == 200


def test_failed_logins_count_per_client_behind_a_trusted_proxy(env, monkeypatch):
    """With --proxy 1 the client's address comes from X-Forwarded-For; without it, the header is ignored."""
    app = interview_web.create_app(env["path"], proxies=1)
    c = app.test_client()
    interview, tokens, _ = env["iv"]["summary"]
    for i in range(10):
        c.get(f"/i/{interview.id}/login?t=wrong{i}", headers={"X-Forwarded-For": "203.0.113.9"})
    blocked = c.get(f"/i/{interview.id}/login?t=wrongX", headers={"X-Forwarded-For": "203.0.113.9"})
    assert blocked.status_code == 429
    monkeypatch.setattr(interview_web, "LOGIN_FAILURES", (10, 60.0))
    other = interview_web.create_app(env["path"], proxies=1).test_client()
    for i in range(5):
        assert other.get(f"/i/{interview.id}/login?t=w{i}", headers={"X-Forwarded-For": f"198.51.100.{i}"}
                         ).status_code == 401


# --------------------------------------------------------------------------- every route, every credential


def _routes(app):
    """Every URL the app registers, with its arguments filled in (from Flask's url_map: a route
    added later cannot be forgotten here)."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((method, rule))
    return out


def test_every_route_needs_a_credential_of_its_own_interview(env):
    """Anonymous: only the sign-in hint and the login form; a candidate: nothing of another
    candidate's or of the interviewer's; another interview's interviewer: nothing of this one."""
    c = env["app"].test_client()
    interview, tokens, admin = env["iv"]["full"]
    other, _, other_admin = env["iv"]["summary"]  # the same set file, another interview
    sid = submit_api(c, interview, tokens["alice"], LEAKY).json["id"]
    wait_done(c, interview, tokens["alice"], sid)
    source_marker = "INPUTS"
    fill = {"iid": interview.id, "slug": "nms", "sid": sid, "user": "alice"}
    checked = 0
    for method, rule in _routes(env["app"]):
        url = rule.build(fill, append_unknown=False)[1] if rule.arguments else rule.rule
        if not rule.arguments <= set(fill):
            raise AssertionError(f"a route with arguments this test does not know: {rule}")
        public = rule.endpoint in ("anonymous", "interview.login")
        for who, headers in (("anonymous", {}), ("bob", bearer(tokens["bob"])),
                             ("another interview's interviewer", bearer(other_admin))):
            r = c.open(url, method=method, headers=headers)
            body = r.get_data(as_text=True)
            assert source_marker not in body and "alice" not in body, (who, method, url)
            if not public:
                allowed = who == "bob" and rule.endpoint in ("interview.home", "interview.problem",
                                                             "interview.api_problems", "interview.submit_form",
                                                             "interview.api_submit")
                assert allowed or r.status_code in (401, 403, 404, 400), (who, method, url, r.status_code)
            checked += 1
    assert checked >= 30
    # the interviewer of this interview does see alice's code; the other interview lists none of it
    assert source_marker in c.get(f"/i/{interview.id}/admin/s/{sid}", headers=bearer(admin)).get_data(as_text=True)
    assert sid not in c.get(f"/i/{other.id}/admin", headers=bearer(other_admin)).get_data(as_text=True)


# --------------------------------------------------------------------------- the browser session


def login(c, interview, token):
    r = c.get(f"/i/{interview.id}/login?t={token}")
    assert r.status_code == 303 and "t=" not in r.headers["Location"]
    return r


def test_link_becomes_a_strict_httponly_cookie_and_forms_need_csrf_and_origin(env, monkeypatch):
    monkeypatch.setattr(interview_web.Judging, "submit", lambda self, sid: None)
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["full"]
    r = login(c, interview, tokens["alice"])
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and f"Path=/i/{interview.id}/" in cookie
    page = c.get(f"/i/{interview.id}/p/nms")
    assert page.status_code == 200 and "default-src 'none'" in page.headers["Content-Security-Policy"]
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    url, origin = f"/i/{interview.id}/p/nms", {"Origin": "http://localhost"}
    assert c.post(url, data={"source": AC}, headers=origin).status_code == 403  # no CSRF token
    assert c.post(url, data={"source": AC, "csrf": "forged"}, headers=origin).status_code == 403
    assert c.post(url, data={"source": AC, "csrf": csrf}, headers={"Origin": "http://evil.example"}).status_code == 403
    assert c.post(url, data={"source": AC, "csrf": csrf}).status_code == 403  # no Origin, no Referer
    assert c.post(url, data={"source": AC, "csrf": csrf}, headers=origin).status_code == 202


def test_script_in_a_candidates_code_is_escaped_for_the_interviewer(env):
    c = env["app"].test_client()
    interview, tokens, admin = env["iv"]["full"]
    evil = "# <script>alert('x')</script>\n" + WA
    sid = submit_api(c, interview, tokens["alice"], evil).json["id"]
    wait_done(c, interview, tokens["alice"], sid)
    for path in (f"/i/{interview.id}/admin/s/{sid}", f"/i/{interview.id}/admin/report/alice",
                 f"/i/{interview.id}/admin"):
        body = c.get(path, headers=bearer(admin)).get_data(as_text=True)
        # the page's only script is the Tab handler the CSP allows by its hash
        assert body.count("<script>") == 1 and f"<script>{pages.TAB_JS}</script>" in body
        assert "alert(" not in body.replace("&#39;", "'").split("<script>")[1].split("</script>")[0]
    assert "&lt;script&gt;" in c.get(f"/i/{interview.id}/admin/s/{sid}", headers=bearer(admin)).get_data(as_text=True)


# --------------------------------------------------------------------------- the window


def test_after_the_window_403_or_late_where_the_set_allows_it(env, monkeypatch):
    monkeypatch.setattr(interview_web.Judging, "submit", lambda self, sid: None)
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["full"]
    with env["store"].transaction() as db:
        db.execute("UPDATE interviews SET ends_at = ? WHERE id = ?", (time.time() - 1, interview.id))
    r = submit_api(c, interview, tokens["alice"], AC)
    assert r.status_code == 202 and env["store"].get(r.json["id"])["late"] == 1  # the set allows late ones
    strict = create_set("strict", ["nms"], time_allowed="30m")
    strict.late_allowed = False
    interview2, tokens2, _ = iv.create(env["store"], strict, ["dave"])
    with env["store"].transaction() as db:
        db.execute("UPDATE interviews SET ends_at = ? WHERE id = ?", (time.time() - 1, interview2.id))
    assert submit_api(c, interview2, tokens2["dave"], AC).status_code == 403


# --------------------------------------------------------------------------- over a real connection


@pytest.fixture()
def live(env):
    import socket

    from judge.web import make_server

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with serving(make_server(env["app"], host="127.0.0.1", port=port, threads=4, max_body=interview_web.MAX_BODY)):
        yield f"http://127.0.0.1:{port}"


def _raw(live: str, head: bytes, body_chunks=(), timeout: float = 10.0) -> tuple[bytes, int, float]:
    """Send a request over a real socket: (the response's first bytes, body bytes the server took, seconds)."""
    import socket

    host, port = live.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(head)
        sent = 0
        try:
            for chunk in body_chunks:
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:  # the server stopped reading and closed: what it took is what was sent
            pass
        sock.settimeout(timeout)
        try:
            answer = sock.recv(200)
        except OSError:
            answer = b""
    return answer, sent, time.monotonic() - started


def test_bodies_over_the_cap_are_refused_as_they_arrive(env, live):
    """A declared Content-Length over the cap: 413 before any body is sent. A chunked body: cut
    where it passes the cap, not read whole (200 MiB offered)."""
    interview, tokens, _ = env["iv"]["full"]
    path = f"/i/{interview.id}/api/submissions"
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {tokens['alice']}\r\n"
            "Content-Type: application/json\r\n").encode()
    answer, _, seconds = _raw(live, head + b"Content-Length: 200000000\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 413") and seconds < 5, answer
    chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
    answer, sent, _ = _raw(live, head + b"Transfer-Encoding: chunked\r\n\r\n", (chunk for _ in range(3200)))
    assert answer.startswith(b"HTTP/1.1 413"), answer
    assert sent < 64 << 20, f"{sent >> 20} MiB were taken before the refusal"


def test_the_command_line_submits_over_loopback(env, live):
    from judge.cli import main

    interview, tokens, _ = env["iv"]["summary"]
    tmp = Path(env["path"]).parent / "mine.py"
    tmp.write_text(WA)
    r = CliRunner().invoke(main, ["submit", "--server", f"{live}/i/{interview.id}", "--token", tokens["alice"],
                                  "nms", str(tmp), "--json"])
    assert r.exit_code == 1, r.output
    view = json.loads(r.stdout)
    assert view["verdict"] == "WA" and set(view) == iv.VIEW_FIELDS["summary"]
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"{live}/i/{interview.id}/api/problems")
    assert e.value.code == 401


def test_a_candidate_and_the_interviewer_in_a_real_browser(env, live, tmp_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        pytest.skip(f"!!! BROWSER TESTS SKIPPED: playwright is not installed ({e})")
    interview, tokens, admin = env["iv"]["summary"]
    try:
        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-component-update", "--disable-sync", "--no-first-run"])
    except Exception as e:  # noqa: BLE001
        pytest.skip(f"!!! BROWSER TESTS SKIPPED: chromium did not start ({e})")
    try:
        page = browser.new_page()
        page.goto(f"{live}/i/{interview.id}/login?t={tokens['alice']}")
        assert "t=" not in page.url
        page.goto(f"{live}/i/{interview.id}/p/nms")
        page.fill("textarea[name=source]", "x")
        page.press("textarea[name=source]", "End")
        page.press("textarea[name=source]", "Tab")  # indents (the one script the CSP allows, by hash)
        assert page.input_value("textarea[name=source]") == "x    "
        for source in (AC, WA):
            page.goto(f"{live}/i/{interview.id}/p/nms")
            page.fill("textarea[name=source]", source)
            page.click("button[type=submit]")
            page.wait_for_url(re.compile(r".*/s/[0-9a-f]+$"), timeout=30000)
            deadline = time.monotonic() + 120
            while any(word in page.inner_text("body") for word in ("Judging", "QUEUED", "RUNNING")):
                assert time.monotonic() < deadline
                page.wait_for_timeout(1000)
                page.reload()
        alices = page.url  # her last submission's page
        page.goto(f"{live}/i/{interview.id}/")
        text = page.inner_text("body")
        assert "AC" in text and "WA" in text
        page.screenshot(path=str(tmp_path / "candidate.png"), full_page=True)
        boss = browser.new_page()
        boss.goto(f"{live}/i/{interview.id}/login?t={admin}")
        assert boss.url.endswith("/admin")
        text = boss.inner_text("body")
        assert "alice" in text and "AC" in text and "WA" in text
        boss.screenshot(path=str(tmp_path / "interviewer.png"), full_page=True)
        assert (tmp_path / "interviewer.png").stat().st_size > 5000
        bob = browser.new_page()  # a second candidate, in a browser context of his own
        bob.goto(f"{live}/i/{interview.id}/login?t={tokens['bob']}")
        text = bob.inner_text("body")
        assert "Signed in as bob" in text and "WA" not in text
        assert "/s/" in alices and bob.goto(alices).status == 404
        anonymous = browser.new_page()
        anonymous.goto(f"{live}/")
        assert "Sign in with the link" in anonymous.inner_text("body")
        for path in ("/", "/admin", "/p/nms"):
            r = anonymous.goto(f"{live}/i/{interview.id}{path}")
            assert r.status == 401 and "alice" not in anonymous.content() and "nms" not in anonymous.inner_text("body")
        assert len(set(np.frombuffer((tmp_path / "candidate.png").read_bytes()[-4000:], dtype=np.uint8))) > 10
    finally:
        browser.close()
        pw.stop()


def test_a_hostile_submission_cannot_read_the_store_or_other_candidates_code(env):
    """bob's code holds a marker; alice's code is right only if it finds it (in the store,
    the judge's home, anywhere it can see): it must get WA."""
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["summary"]
    marker = "BOB_PRIVATE_MARKER_4417"
    bob = submit_api(c, interview, tokens["bob"], f"# {marker}\n" + WA).json["id"]
    wait_done(c, interview, tokens["bob"], bob)
    search = f'''
import os
from importlib import util


def _found():
    for root in ("/", "/tmp", os.path.expanduser("~"), {str(Path(env["path"]).parent)!r}):
        for dirpath, dirnames, files in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in ("proc", "sys", "usr", "dev", "site-packages")]
            for f in files:
                try:
                    if b"{marker}" in open(os.path.join(dirpath, f), "rb").read(1 << 22):
                        return True
                except OSError:
                    pass
    return False


FOUND = _found()
''' + AC.replace("def nms(", "def _right(") + '''

def nms(boxes, scores, iou_threshold):
    import numpy as np
    return _right(boxes, scores, iou_threshold) if FOUND else np.zeros(0, dtype=np.int64)
'''
    alice = submit_api(c, interview, tokens["alice"], search).json["id"]
    assert wait_done(c, interview, tokens["alice"], alice)["verdict"] == "WA"


def test_the_last_code_comes_back_with_its_verdict(env):
    c = env["app"].test_client()
    interview, tokens, _ = env["iv"]["summary"]
    sid = submit_api(c, interview, tokens["alice"], WA).json["id"]
    wait_done(c, interview, tokens["alice"], sid)
    page = c.get(f"/i/{interview.id}/p/nms", headers=bearer(tokens["alice"])).get_data(as_text=True)
    assert "Your last submission" in page and 'class="v v-WA"' in page and f"../s/{sid}" in page
    assert "Fast-NMS (YOLACT)" in page  # its own code, not the starter
    other = c.get(f"/i/{interview.id}/p/nms", headers=bearer(tokens["bob"])).get_data(as_text=True)
    assert "Your last submission" not in other


def test_with_a_first_open_clock_each_candidate_has_their_own_time(env, monkeypatch):
    from judge.sets import create as create_set

    s = create_set("take-home", ["nms"], time_allowed="30m", feedback="summary", speed_counts=False)
    interview, tokens, _ = iv.create(env["store"], s, ["alice", "bob"], clock="first-open")
    assert interview.ends_at - interview.created_at >= 7 * 24 * 3600  # a week to start in, plus the time
    assert interview.deadline(env["store"], "alice") is None  # not started before her first visit
    c = env["app"].test_client()
    t0 = time.time()
    assert c.get(f"/i/{interview.id}/login?t={tokens['alice']}").status_code == 303
    deadline = interview.deadline(env["store"], "alice")
    assert deadline is not None and abs(deadline - (t0 + 1800)) < 5
    c.get(f"/i/{interview.id}/login?t={tokens['alice']}")  # a second visit restarts nothing
    assert interview.deadline(env["store"], "alice") == deadline
    assert interview.deadline(env["store"], "bob") is None
    assert re.search(r"\b(29|30) min left", c.get(f"/i/{interview.id}/").get_data(as_text=True))
    assert not interview.late_for(env["store"], "alice") and interview.late_for(env["store"], "alice", deadline + 1)
    monkeypatch.setattr(interview_web.Judging, "submit", lambda self, sid: None)
    monkeypatch.setattr(time, "time", lambda: deadline + 60)  # her time is up; the interview is still open
    r = submit_api(c, interview, tokens["alice"], AC)
    assert r.status_code == 202 and env["store"].get(r.json["id"])["late"]
    assert not env["store"].get(submit_api(c, interview, tokens["bob"], AC).json["id"])["late"]
