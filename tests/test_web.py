"""``judge serve``: every route through Flask's test client, then the pages in a real headless Chromium."""

from __future__ import annotations

import struct
import zlib
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from flask import Blueprint

from judge import pages, web
from judge.cli import main
from judge.store import Store

from .conftest import serving
from .test_report import SET, XSS, Tags, assert_inert, fill

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture
def app(tmp_path):
    fill(Store(tmp_path / "x.db")).close()
    return web.create_app(tmp_path / "x.db", sets=[SET])


@pytest.fixture
def client(app):
    return app.test_client()


def get(client, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code)
    assert r.headers["Content-Security-Policy"] == pages.CSP  # no script but the one allowed by its hash
    assert "default-src 'none'" in pages.CSP and "script-src 'sha256-" in pages.CSP and "unsafe" not in \
        pages.CSP.split("script-src")[1].split(";")[0]
    page = r.get_data(as_text=True)
    assert "<script" not in page
    return page


def test_leaderboards(client):
    page = get(client, "/")
    assert_inert(page)
    rows = page.split("<tr>")[2:]
    assert [r.split("<td>")[1].split("<")[0] for r in rows][:3] == ["alice", "carol", "&lt;i&gt;zed&lt;/i&gt;"]
    assert "<i>zed" not in page and 'href="/leaderboard/nms"' in page
    page = get(client, "/leaderboard/nms")
    assert "Non-maximum suppression" in page and "0.800×" in page and "1.300×" in page
    assert page.index("carol") < page.index("alice")  # fastest first; the late 0.9 does not count
    assert "bob" not in page  # no accepted submission
    page = get(client, "/leaderboard/softmax")
    assert "alice" in page and "bob" not in page  # bob's AC came late
    get(client, "/leaderboard/no_such_problem", 404)
    get(client, "/leaderboard/..%2Fetc", 404)


def test_problems_in_both_languages(client):
    page = get(client, "/problems")
    assert 'href="/problems/nms"' in page and "非极大值抑制" in page and 'href="/problems/nms?lang=zh"' in page
    page = get(client, "/problems/nms")
    assert "<h1>Non-maximum suppression</h1>" in page and "<code>" in page and "strictly greater" in page
    assert "非极大值抑制" in get(client, "/problems/nms?lang=zh")
    get(client, "/problems/nms?lang=fr", 404)
    get(client, "/problems/no_such_problem", 404)


def test_sets_and_candidate_reports(client):
    assert 'href="/sets/onsite0123456789"' in get(client, "/sets")
    page = get(client, f"/sets/{SET.id}")
    assert_inert(page)
    assert all(f'href="/sets/{SET.id}/{u}"' in page for u in ("alice", "bob", "dave", "eve"))
    page = get(client, f"/sets/{SET.id}/alice")
    assert "alice · onsite" in page and "<svg" in page and "deadline" in page and ">AC</span>" in page
    page = get(client, f"/sets/{SET.id}/eve")
    assert_inert(page)
    assert "<script" not in page and XSS in "".join(Tags(page).text)
    get(client, "/sets/nope", 404)
    get(client, f"/sets/{SET.id}/carol", 404)  # submitted, but not to this set
    get(client, f"/sets/{SET.id}/{quote('<i>zed</i>')}", 404)
    get(client, "/nothing/here", 404)


def test_read_only_and_extensible(app):
    methods = {m for rule in app.url_map.iter_rules() for m in rule.methods}
    assert methods <= {"GET", "HEAD", "OPTIONS"}
    assert "public" in app.blueprints
    other = Blueprint("remote", __name__)  # what a remote-interview server would add
    other.add_url_rule("/remote/ping", "ping", lambda: "pong")
    app.register_blueprint(other)
    client = app.test_client()
    assert client.post("/").status_code == 405 and client.post(f"/sets/{SET.id}/alice").status_code == 405
    r = client.get("/remote/ping")
    assert r.data == b"pong" and r.headers["Content-Security-Policy"] == pages.CSP
    assert client.get("/").status_code == 200


def test_serve_command(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(web, "serve", lambda app, **kw: calls.append((app, kw)))
    SET.dump(tmp_path / "onsite.yaml")
    r = CliRunner().invoke(main, ["serve", "--set", str(tmp_path / "onsite.yaml"), "--store", str(tmp_path / "x.db")],
                           catch_exceptions=False)
    assert r.exit_code == 0 and "http://127.0.0.1:8000/" in r.output
    app, kw = calls[0]
    assert kw == {"host": "127.0.0.1", "port": 8000} and app.test_client().get(f"/sets/{SET.id}").status_code == 200


# -- a real browser
@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        pytest.skip(f"!!! BROWSER TESTS SKIPPED: playwright is not installed ({e})")
    try:
        pw = sync_playwright().start()
    except Exception as e:
        pytest.skip(f"!!! BROWSER TESTS SKIPPED: playwright did not start ({type(e).__name__}: {e})")
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    except Exception as e:
        pw.stop()
        pytest.skip(f"!!! BROWSER TESTS SKIPPED: {CHROMIUM} did not start ({type(e).__name__}: {e})")
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def live(app):
    """The app served by waitress on a free loopback port, in a thread."""
    from waitress.server import create_server

    with serving(create_server(app, host="127.0.0.1", port=0, threads=2)) as server:
        yield f"http://127.0.0.1:{server.effective_port}"


def assert_png(path) -> None:
    """A real picture: a PNG of some size whose pixels are not all alike."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800 and height >= 400
    idat, pos = b"", 8
    while pos < len(data):
        (n,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        idat += data[pos + 8:pos + 8 + n] if kind == b"IDAT" else b""
        pos += 12 + n
    assert len(set(zlib.decompress(idat))) > 32


def test_pages_in_a_browser(browser, live, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))

    assert page.goto(live + "/").status == 200
    rows = page.locator("main table tr").all_inner_texts()
    assert len(rows) == 4 and rows[1].split("\t")[:5] == ["1", "alice", "2", "1.196×", "5"]
    assert rows[2].startswith("2\tcarol\t1\t0.800×") and rows[3].startswith("3\t<i>zed</i>\t1")
    page.screenshot(path=tmp_path / "leaderboard.png", full_page=True)
    assert_png(tmp_path / "leaderboard.png")

    page.get_by_role("link", name="Sets").click()
    page.get_by_role("link", name="onsite").click()
    assert page.locator("main table tr").count() == 5
    page.get_by_role("link", name="alice").click()
    assert page.url.endswith(f"/sets/{SET.id}/alice")
    assert page.locator("h1").inner_text() == "alice · onsite"
    summary = page.locator("main table >> nth=0").inner_text()
    assert "Non-maximum suppression\tAC\t17/17\t1.30× (1.25–1.40)" in summary
    assert "Numerically stable softmax\tAC" in summary
    verdicts = page.locator("span.v").all_inner_texts()
    assert {"AC", "WA", "CE"} <= set(verdicts)
    assert page.locator("svg circle").count() >= 5 and page.locator("svg").first.is_visible()
    page.screenshot(path=tmp_path / "report.png", full_page=True)
    assert_png(tmp_path / "report.png")

    page.goto(f"{live}/sets/{SET.id}/eve")
    assert XSS in page.locator("main").inner_text() and page.locator("main script").count() == 0
    page.screenshot(path=tmp_path / "eve.png", full_page=True)
    assert not dialogs and not errors
    page.close()


def test_a_saved_report_shows_the_scaling_chart_and_a_flagged_pair_in_a_browser(browser, tmp_path):
    """`judge set report` as an interviewer opens it: alice's kmeans with its scaling chart (her time
    grows as n^2 against the reference's n^1), and alice and mallory's near-identical code flagged."""
    from judge import report
    from judge.sets import ProblemSet
    from judge.verdict import Exponent, ScalingPoint, ScalingResult

    from .test_report import result
    from .test_similarity import KMEANS, KMEANS_DISGUISED

    s = ScalingResult("N", [ScalingPoint(n, 0.01 * n, 0.00002 * n * n, 4.0, 6.0) for n in (500, 1000, 2000, 4000)],
                      [0.8, 1.2], time=Exponent(2.0, 1.9, 2.1), ref_time=Exponent(1.0, 0.95, 1.05),
                      worse_time=True)
    s.finding = "time grows as N^2.0 (95% CI 1.9–2.1; reference N^1.0, 0.9–1.1): its time grows faster"
    problem_set = ProblemSet(id="scal0123456789ab", name="scaling", problems=["kmeans"], time_allowed_min=60, seed=5)
    store = Store(tmp_path / "judge.db")
    for user, source in (("alice", KMEANS), ("mallory", KMEANS_DISGUISED)):
        store.start_set(problem_set.id, user, problem_set.seconds)
        r = result("kmeans", "AC", ratio=1.0)
        r.scaling = s if user == "alice" else None
        store.add(r, user=user, source=source, set_id=problem_set.id)
    reps = report.candidates(store, problem_set)
    (tmp_path / "alice.html").write_text(report.render_html(next(r for r in reps if r.user == "alice")))
    (tmp_path / "set.html").write_text(report.render_comparison_html(problem_set, reps))

    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((tmp_path / "alice.html").as_uri())
    chart = page.locator("svg.scaling")
    assert chart.is_visible() and chart.locator("polyline").count() == 2 and chart.locator("circle").count() == 8
    box = chart.bounding_box()
    assert box["width"] >= 300 and box["height"] >= 180
    assert "N^2.0" in chart.text_content() and "N^1.0" in chart.text_content()
    assert "grows faster" in page.locator("main").inner_text()
    chart.screenshot(path=tmp_path / "chart.png")
    pixels = _pixels(tmp_path / "chart.png")
    assert (0x1F, 0x6F, 0xEB) in pixels and (0x77, 0x77, 0x77) in pixels  # both lines drawn, in their colours
    page.screenshot(path=tmp_path / "alice.png", full_page=True)
    assert_png(tmp_path / "alice.png")

    page.goto((tmp_path / "set.html").as_uri())
    similar = page.locator("main").inner_text().split("Similar code")[1]
    assert "alice and mallory" in similar and page.locator("mark").count() >= 5
    assert page.locator("mark").first.is_visible()
    page.screenshot(path=tmp_path / "set.png", full_page=True)
    assert_png(tmp_path / "set.png")
    assert not errors
    page.close()


def _pixels(path) -> set[tuple[int, int, int]]:
    """The RGB colours of a PNG that Chromium wrote (8-bit RGB or RGBA, filter bytes undone)."""
    data = path.read_bytes()
    width, height, depth, kind = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and kind in (2, 6)
    idat, pos = b"", 8
    while pos < len(data):
        (n,), tag = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        idat += data[pos + 8:pos + 8 + n] if tag == b"IDAT" else b""
        pos += 12 + n
    raw, bpp = zlib.decompress(idat), 3 if kind == 2 else 4
    stride, out, prev = width * bpp, set(), bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.update(tuple(line[i:i + 3]) for i in range(0, stride, bpp))
        prev = line
    return out
