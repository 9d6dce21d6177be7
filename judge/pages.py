"""Every HTML page: the read-only site, the interview server and the reports saved as files.

Jinja templates in ``judge/templates/`` (autoescaped) on one base layout, one stylesheet,
one set of verdict colours (``verdict.VERDICTS``) and one Content-Security-Policy: no
script but the Tab handler of the code box, allowed by its hash; no external URL.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from judge.verdict import VERDICTS

PENDING_COLOR = "#9e9e9e"  # queued or running: no verdict yet
COLORS = {v.value: info.html for v, info in VERDICTS.items()}
# The one script a page runs: Tab in the code box indents instead of leaving it.
TAB_JS = ("document.querySelectorAll('textarea').forEach(function(t){t.addEventListener('keydown',function(e){"
          "if(e.key==='Tab'&&!e.shiftKey&&!e.ctrlKey&&!e.altKey){e.preventDefault();"
          "t.setRangeText('    ',t.selectionStart,t.selectionEnd,'end');}});});")
_TAB_HASH = base64.b64encode(hashlib.sha256(TAB_JS.encode()).digest()).decode()
_POLICY = (f"default-src 'none'; script-src 'sha256-{_TAB_HASH}'; style-src 'unsafe-inline'; img-src 'self' data:; "
           "form-action 'self'; base-uri 'none'")
CSP = _POLICY + "; frame-ancestors 'none'"  # the header every served page carries
META_CSP = _POLICY  # the same in the page itself (a saved report has no headers; meta ignores frame-ancestors)

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;
color:#1d1d1f;margin:0;background:#fafafa}
main{max-width:1120px;margin:0 auto;padding:20px 28px 48px;background:#fff;min-height:100vh}
nav{padding:10px max(28px,calc(50% - 532px));background:#263238}
nav a{color:#eceff1;margin-right:18px;text-decoration:none;font-weight:600}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #ddd}
h3{font-size:16px;margin:18px 0 6px}
table{border-collapse:collapse;margin:8px 0 14px}
th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.v{display:inline-block;min-width:34px;padding:1px 6px;border-radius:4px;color:#fff;font-weight:700;
font-size:12px;text-align:center;background:#c62828}
.late{color:#b26a00;font-weight:600}.muted{color:#6a737d}.meta{color:#444;margin:2px 0}.clock{float:right}
pre{white-space:pre-wrap;word-break:break-word}
pre.msg{background:#fff5f5;border:1px solid #f0c8c8;padding:8px;max-height:420px;overflow:auto;font-size:12px}
textarea{width:100%;min-height:18em;font-family:monospace}
.highlight pre{padding:8px;border:1px solid #e1e4e8;overflow:auto;font-size:12.5px;white-space:pre}
svg{max-width:100%;height:auto;display:block}
table.side{width:100%;table-layout:fixed}table.side pre{font-size:12px;margin:0;overflow:auto}mark{background:#ffe58a}
a{color:#0b5cad}
""" + "".join(f".v-{v}{{background:{c}}}" for v, c in COLORS.items()) + \
    f".v-QUEUED,.v-RUNNING,.v-pending{{background:{PENDING_COLOR}}}\n"


def badge(verdict: str, late: bool = False) -> Markup:
    """A verdict (or a state: QUEUED, RUNNING) as a coloured badge; "late" beside it."""
    out = Markup('<span class="v v-{0}">{0}</span>').format(verdict)
    return out + (Markup(' <span class="late">late</span>') if late else "")


def when(t: float | None) -> str:
    import time

    return time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(t)) if t else "-"


ENV = Environment(loader=PackageLoader("judge", "templates"), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)
ENV.globals.update(css=Markup(CSS), meta_csp=META_CSP, tab_js=Markup(TAB_JS), badge=badge, when=when)


def render(template: str, **ctx: Any) -> str:
    """A page from ``judge/templates/<template>``."""
    return ENV.get_template(template).render(**ctx)
