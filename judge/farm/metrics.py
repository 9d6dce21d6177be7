"""``judge farm metrics``: the farm's counters in the Prometheus text format (version 0.0.4),
from the store (jobs by state and verdict, judge seconds) and Redis (queues, workers,
redeliveries, dead letters), printed once or served on ``/metrics``."""

from __future__ import annotations

from typing import Any


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _line(name: str, value: float, **labels: str) -> str:
    if labels:
        inner = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
        return f"{name}{{{inner}}} {value:g}"
    return f"{name} {value:g}"


def render(url: str, store_path: str | None = None) -> str:
    import redis

    from judge.farm.broker import status
    from judge.store import Store

    st = status(redis.Redis.from_url(url))
    with Store(store_path) as store:
        tally = store.tally()
    out: list[str] = []

    def metric(name: str, kind: str, help_text: str, samples: list[tuple[float, dict[str, str]]]) -> None:
        out.extend([f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"])
        out.extend(_line(name, v, **labels) for v, labels in samples)

    metric("mljudge_submissions", "gauge", "Submissions in the store, by state and verdict.",
           [(r["n"], {"state": r["state"], "verdict": r["verdict"]}) for r in tally])
    metric("mljudge_judge_seconds_total", "counter", "Seconds spent judging the stored results.",
           [(sum(r["seconds"] for r in tally), {})])
    metric("mljudge_deliveries_total", "counter", "Jobs taken by a worker (a redelivery counts again).",
           [(sum(r["deliveries"] for r in tally), {})])
    metric("mljudge_queue_waiting", "gauge", "Jobs waiting in a queue (not those in flight).",
           [(n, {"queue": q}) for q, n in st["queues"].items()])
    metric("mljudge_jobs_in_flight", "gauge", "Jobs a worker is judging now.", [(st["in_flight"], {})])
    metric("mljudge_redelivered_jobs", "gauge", "Jobs delivered more than once (the last week).",
           [(st["redelivered"], {})])
    metric("mljudge_dead_letters", "gauge", "Results no collector could place.", [(st["dead_letters"], {})])
    metric("mljudge_stored_last_5_minutes", "gauge", "Results stored in the last five minutes.",
           [(st["stored_last_5_min"], {})])
    queues: dict[str, int] = {}
    for w in st["workers"]:
        queues[w.get("queue", "")] = queues.get(w.get("queue", ""), 0) + 1
    metric("mljudge_workers", "gauge", "Live workers, by queue.",
           [(n, {"queue": q}) for q, n in sorted(queues.items())])
    metric("mljudge_collectors", "gauge", "Live collectors.", [(len(st["collectors"]), {})])
    return "\n".join(out) + "\n"


def serve(url: str, store_path: str | None, port: int, host: str = "0.0.0.0") -> None:
    """Serve ``render`` on ``http://host:port/metrics`` until interrupted."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            if self.path.split("?")[0] != "/metrics":
                self.send_error(404)
                return
            body = render(url, store_path).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: Any) -> None:
            pass

    with ThreadingHTTPServer((host, port), Handler) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
