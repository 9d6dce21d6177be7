"""The ``judge`` command: a thin skin over the library (parse, call, print)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from judge import __version__, paths, render
from judge.problem import GROUPS, Problem, ProblemError, discover, load
from judge.sandbox import BACKENDS
from judge.verdict import Verdict


def _problem(ref: str) -> Problem:
    try:
        return load(ref)
    except ProblemError as e:
        raise click.ClickException(str(e))


def _source(file: str) -> tuple[str, str]:
    from judge.grade import load_source

    try:
        return load_source(file)
    except (OSError, ValueError) as e:
        raise click.ClickException(f"cannot read {file}: {e}")


CONFINE = click.option("--confine", type=click.Choice(["auto", "root", "user", "none"]), default="auto",
                       show_default=True, help="Process sandbox: the strongest available (auto), or a given one.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mljudge")
def main() -> None:
    """mljudge: judge machine-learning hand-coding exercises in a sandbox."""
    import os

    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):  # before numpy/torch load:
        os.environ.setdefault(var, "1")  # the judge's side runs the reference as the sandbox does


@main.command("list")
@click.option("--tag", help="Only problems with this tag.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(tag: str | None, as_json: bool) -> None:
    """List the problems.

    Example: judge list --tag attention
    """
    rows = []
    for path in discover():
        try:
            p = load(path)
        except ProblemError as e:
            click.secho(f"{path.name}: {e}", fg="red", err=True)
            continue
        if tag and tag not in p.tags:
            continue
        rows.append({"slug": p.slug, "title": p.title["en"], "title_zh": p.title["zh"],
                     "framework": p.framework, "difficulty": p.difficulty, "tags": list(p.tags)})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'slug':<30}{'framework':<10}{'difficulty':<11}{'title':<36}tags")
    for r in rows:
        click.echo(f"{r['slug']:<30}{r['framework']:<10}{r['difficulty']:<11}{r['title'][:35]:<36}"
                   f"{', '.join(r['tags'])}")
    click.echo(f"\n{len(rows)} problems")


@main.command()
@click.argument("problem")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
def show(problem: str, lang: str) -> None:
    """Print a problem's statement and its public examples.

    Example: judge show nms --lang zh
    """
    from judge.present import statement_markdown

    p = _problem(problem)
    try:
        click.echo(statement_markdown(p, lang).rstrip())
    except ProblemError as e:
        raise click.ClickException(str(e))


@main.command()
@click.argument("problem")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: <slug>.py).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(problem: str, output: str | None, force: bool) -> None:
    """Write a starter file with the exact signature.

    Example: judge init nms -o my_nms.py
    """
    p = _problem(problem)
    out = Path(output or f"{p.slug}.py")
    if out.exists() and not force:
        raise click.ClickException(f"{out} exists (use --force to overwrite)")
    out.write_text(p.starter(), encoding="utf-8")
    click.echo(f"wrote {out}: implement {p.entry}, then `judge run {p.slug} {out}`")


BACKEND = click.option("--backend", type=click.Choice(list(BACKENDS)), default="process", show_default=True,
                       help="The sandbox: isolated processes, or Docker containers (stronger).")


def _options(**kw: object) -> object:
    from judge.grade import Options

    return Options(**kw)  # type: ignore[arg-type]


@main.command()
@click.argument("problem")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--case-file", type=click.Path(exists=True, dir_okay=False),
              help="Run this one case instead (a file `judge submit --dump` wrote).")
@BACKEND
def run(problem: str, file: str, case_file: str | None, backend: str) -> None:
    """Run only the public examples (fast feedback, with a diff on failure), or one dumped case.

    Example: judge run nms my_nms.py --case-file case.json
    """
    from judge import casefile
    from judge.cases import CaseStore
    from judge.grade import submit

    p = _problem(problem)
    source, filename = _source(file)
    store = None
    if case_file:
        try:
            store = CaseStore.single(p, casefile.read(case_file, p), Path(case_file).name)
        except ProblemError as e:
            raise click.ClickException(str(e))
    r = submit(p, source, filename, _options(seed=0, backend=backend, groups=("examples",), shrink=False), store=store)
    if case_file and r.failure is not None and r.failure.case is not None:
        r.failure.reproduce = f"judge run {problem} {file} --case-file {case_file}"
    click.echo(render.result(r))
    sys.exit(0 if r.verdict == Verdict.AC else 1)


def _default_user() -> str:
    import getpass
    import os

    return os.environ.get("MLJUDGE_USER") or getpass.getuser()


@main.command()
@click.argument("problem")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--seed", type=int, help="Seed of the hidden tests (default: this installation's secret).")
@click.option("--case", "case", type=int, help="Judge this case alone (see a failure's 'reproduce').")
@click.option("--json", "as_json", is_flag=True, help="The result as JSON on stdout.")
@BACKEND
@click.option("--device", default="cpu", show_default=True, help="cpu, cuda or cuda:N.")
@click.option("--no-timing", is_flag=True, help="Skip the speed measurement.")
@click.option("--quick", is_flag=True, help="A short speed measurement.")
@click.option("--scaling", is_flag=True,
              help="Also measure how time and memory grow with size (problems that declare it).")
@click.option("--user", help="Whose submission this is (default: $MLJUDGE_USER or your login).")
@click.option("--no-store", is_flag=True, help="Do not record the result in the store.")
@click.option("--server", help="An interview server's URL (…/i/<id>) to submit to, with --token.")
@click.option("--token", envvar="MLJUDGE_TOKEN", help="Your interview token (or $MLJUDGE_TOKEN).")
@click.option("--dump", "dump", type=click.Path(dir_okay=False),
              help="Write the failing case (shrunk) to this JSON file: inputs, expected, yours.")
@click.option("--remote", is_flag=True, help="Queue it for the judge farm instead of judging here.")
@click.option("--broker", envvar="MLJUDGE_BROKER", help="The farm's Redis URL (or $MLJUDGE_BROKER).")
@click.option("--wait", "wait_s", type=float, default=None, is_flag=False, flag_value=600.0,
              help="With --remote: wait (up to N s, default 600) for the verdict.")
@CONFINE
def submit(problem: str, file: str, seed: int | None, case: int | None, as_json: bool, backend: str,
           device: str, no_timing: bool, quick: bool, scaling: bool, user: str | None, no_store: bool,
           server: str | None, token: str | None, dump: str | None, remote: bool, broker: str | None,
           wait_s: float | None, confine: str) -> None:
    """Judge FILE against PROBLEM's hidden tests in a sandbox. Exit status 0 only for AC.

    Every result is recorded in the store (`judge history`). From a problem-set
    workspace (`judge set start`), the submission counts for that set: its
    seed, its feedback level, its clock.

    Example: judge submit problems/nms my_nms.py
    """
    from judge import sets, submissions
    from judge.store import Store

    if server:
        _submit_to_server(server, token, problem, file, as_json)
        return
    if remote:
        _refuse_with_remote(case, no_store, dump)
    elif wait_s is not None:
        raise click.UsageError("--wait goes with --remote (a local submission is judged before the command ends)")
    p = _problem(problem)
    source, filename = _source(file)
    if device != "cpu" and "cuda" not in p.devices:
        raise click.ClickException(f"{p.slug} is judged on: {', '.join(p.devices)}")
    store = None if no_store else Store()
    try:
        entry = submissions.entry_for(p, file, user=user or _default_user(),
                                      seed=paths.default_seed() if seed is None else seed,
                                      timing=not no_timing, scaling=scaling, store=store)
    except submissions.Refused as e:
        raise click.ClickException(str(e))
    if entry.set_id is not None:
        case = None  # a candidate reproduces nothing hidden
    if remote:
        sid, r = _submit_remote(p, source, filename, broker=broker, store=store or Store(), entry=entry,
                                device=device, quick=quick, wait_s=wait_s)
        if r is None:
            return
        shown = sets.redact(r, entry.feedback)
        click.echo(_json(shown, sid) if as_json else render.result(shown))
        sys.exit(0 if r.verdict == Verdict.AC else 1)
    streamed = 0

    def stream(groups: list, protections: str) -> None:
        """The table, a row as each group is judged: the verdict is known before the speed."""
        nonlocal streamed
        if not streamed:
            click.echo(render.heading(p.slug, filename, seed, backend, protections))
        for g in groups[streamed:]:
            click.echo(render.group_row(g))
        streamed = len(groups)
        if entry.timing and streamed == GROUPS.index("timing") and all(g.verdict == Verdict.AC for g in groups):
            click.secho("  (measuring the speed against the reference…)", fg="bright_black", err=True)

    live = not as_json and entry.feedback == "full" and case is None
    if dump and entry.feedback != "full":
        raise click.UsageError("--dump needs feedback 'full' (this set shows less of its hidden cases)")
    options = _options(seed=entry.seed, backend=backend, device=device, case=case, timing=entry.timing,
                       scaling=entry.scaling, quick=quick, groups=GROUPS, confine=confine,
                       on_group=stream if live else None, dump=dump)
    sid, r = submissions.run(store if case is None else None, p, source, filename, entry, options)
    shown = sets.redact(r, entry.feedback)
    if as_json:
        click.echo(_json(shown, sid))
    else:
        if case is not None and (r.failure is None or not r.failure.example):
            _show_case(p, entry.seed, case)
        click.echo(render.result(shown, rows_shown=streamed))
        if entry.late:
            click.secho("  Recorded as LATE: the set's time was up.", fg="yellow")
    sys.exit(0 if r.verdict == Verdict.AC else 1)


def _show_case(p: Problem, seed: int, number: int) -> None:
    """``--case N``: the case's call written out, when its inputs are small."""
    from judge.cases import CaseStore
    from judge.present import written_out
    from judge.shrink import ONE_AT_A_TIME, elements

    store = CaseStore(p, seed)
    try:
        prepared = store.prepare(store.get(number))
    except (KeyError, ProblemError):
        return  # the judging itself says what is wrong with the case
    if elements(prepared.inputs()) <= ONE_AT_A_TIME:
        click.echo(f"case {number}, written out:\n" + "\n".join("  " + line for line in
                                                               written_out(p, prepared).splitlines()))


def _reach(broker: str) -> None:
    """Reach the farm's broker and log in, or end the command with why not (password redacted)."""
    from judge.farm.broker import FarmError, check

    try:
        check(broker)
    except FarmError as e:
        raise click.ClickException(str(e))


def _refuse_with_remote(case: int | None, no_store: bool, dump: str | None) -> None:
    """The options of `judge submit` that a farm job cannot honour, refused by name."""
    ctx = click.get_current_context()
    typed = click.core.ParameterSource.COMMANDLINE
    refused = {
        "case": (case is not None, "a farm judges whole submissions (reproduce a case here, without --remote)"),
        "no-store": (no_store, "the farm's collector writes the result to the store"),
        "dump": (dump is not None, "the failing case stays on the worker (dump it here, without --remote)"),
        "backend": (ctx.get_parameter_source("backend") == typed,
                    "the sandbox is the worker's (`judge worker --backend`)"),
        "confine": (ctx.get_parameter_source("confine") == typed, "the confinement is the worker's"),
    }
    for name, (given, why) in refused.items():
        if given:
            raise click.UsageError(f"--{name} does not go with --remote: {why}")


def _json(result: object, sid: str | None) -> str:
    """A result as `--json` prints it: the store's id of the submission first (null when not stored)."""
    return json.dumps({"id": sid, **result.to_json()}, ensure_ascii=False, indent=2)  # type: ignore[attr-defined]


def _submit_to_server(server: str, token: str | None, problem: str, file: str, as_json: bool) -> None:
    """Send a submission to an interview server and poll for its verdict (stdlib HTTP only)."""
    import urllib.error
    import urllib.request

    if not token:
        raise click.ClickException("--server needs --token (or $MLJUDGE_TOKEN)")
    source, filename = _source(file)
    base = server.rstrip("/")
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def call(method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body else None,
                                     headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, json.loads(resp.read() or b"{}")
        except urllib.error.HTTPError as e:
            try:
                return e.code, json.loads(e.read() or b"{}")
            except ValueError:
                return e.code, {"error": e.reason}
        except urllib.error.URLError as e:
            raise click.ClickException(f"{base}: {e.reason}")

    slug = Path(problem).name
    status, doc = call("POST", "/api/submissions", {"problem": slug, "source": source, "filename": filename})
    if status != 202:
        raise click.ClickException(f"the server said {status}: {doc.get('error', doc)}")
    click.echo(f"submitted {doc['id']}; judging…", err=True)
    while True:
        time.sleep(1.0)
        status, view = call("GET", f"/api/submissions/{doc['id']}")
        if status != 200:
            raise click.ClickException(f"the server said {status}: {view.get('error', view)}")
        if view.get("state") == "DONE":
            break
    if as_json:
        click.echo(json.dumps(view, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{view['problem']}: {render.verdict_text(Verdict(view['verdict']))}"
                   + (" (late)" if view.get("late") else "") + (f"  {view['message']}" if view.get("message") else ""))
        for gr in view.get("groups") or []:
            click.echo(f"  {gr['name']:<10}{gr['passed']:>4}/{gr['total']:<4} {gr['verdict']}")
        if view.get("speed"):
            sp = view["speed"]
            click.echo(f"  speed {sp['ratio']:.2f}× the reference (95% CI {sp['lo']:.2f}–{sp['hi']:.2f})")
        failure = view.get("failure")
        if failure:
            click.echo(f"  first failure: case {failure.get('case')} ({failure.get('group')}: {failure.get('name')}):"
                       f" {failure.get('what')}")
    sys.exit(0 if view["verdict"] == "AC" else 1)


def _submit_remote(p: Problem, source: str, filename: str, *, broker: str | None, store: object, entry: object,
                   device: str, quick: bool, wait_s: float | None) -> tuple[str, object]:
    """Queue a submission for the farm; with ``wait_s``, wait for the collector's verdict
    (its id, and the result or None)."""
    from judge.farm import jobs
    from judge.farm.broker import FarmError, check, make_broker, status

    if not broker:
        raise click.ClickException("--remote needs --broker redis://… (or $MLJUDGE_BROKER)")
    try:
        check(broker)
        b = make_broker(broker)
        sid = jobs.enqueue(b, p, source, filename, store=store, entry=entry, device=device, quick=quick)
    except FarmError as e:
        raise click.ClickException(f"not queued: {e}")
    click.echo(f"queued {sid} on the {'cuda' if device.startswith('cuda') else 'cpu'} queue", err=True)
    if wait_s is None:
        return sid, None
    deadline = time.monotonic() + wait_s
    state = ""
    while time.monotonic() < deadline:
        row = store.get(sid)
        if row and row["state"] != state:
            state = row["state"]
            click.echo(f"  {state}", err=True)
        if row and row["state"] == "DONE":
            return sid, store.result(sid)
        time.sleep(0.5)
    queue = "cuda" if device.startswith("cuda") else "cpu"
    alive = [w for w in status(b.client)["workers"] if w.get("queue") == queue]
    hint = (f"{len(alive)} worker{'s' if len(alive) != 1 else ''} on the {queue} queue" if alive else
            f"no worker is alive on the {queue} queue: start one, `judge worker --queues {queue}`")
    raise click.ClickException(f"no verdict for {sid} after {wait_s:g} s (it stays queued: `judge history`); {hint}")


@main.command()
@click.option("--broker", envvar="MLJUDGE_BROKER", required=True, help="Redis URL (or $MLJUDGE_BROKER).")
@click.option("--queues", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True)
@click.option("--gpu", type=int, default=0, show_default=True, help="With --queues cuda: the device index.")
@click.option("--heartbeat", type=float, default=30.0, show_default=True,
              help="Seconds without a heartbeat before a worker's job goes back to the queue.")
@BACKEND
@click.option("--cpus", help="Pin this worker's sandboxes to these CPUs (e.g. 1): several workers on one machine.")
@click.option("--drain-timeout", type=float, default=600.0, show_default=True,
              help="On SIGTERM or a drain: seconds to finish the job in progress before it goes back to the queue.")
@click.option("--drain", "drain", metavar="TARGET",
              help="Do not start a worker: ask running ones to drain (a worker id, a host name, or 'all').")
def worker(broker: str, queues: str, gpu: int, heartbeat: float, backend: str, cpus: str | None,
           drain_timeout: float, drain: str | None) -> None:
    """Judge submissions from the farm's queue, one at a time (restarted if it dies).

    SIGTERM (or `judge worker --drain ID`) drains it: no new job, the one in progress
    finished, then it exits.

    Example: MLJUDGE_BROKER=redis://:secret@10.0.0.5:6379/0 judge worker --queues cuda --gpu 0
    """
    import os

    from judge.farm.worker import URL_ENV, child_command, request_drain, supervise

    _reach(broker)
    if drain:
        request_drain(broker, drain)
        click.echo(f"asked {drain!r} to drain: each finishes its job in progress, then exits", err=True)
        return
    device = "cpu"
    if queues == "cuda":
        import torch

        if not torch.cuda.is_available() or gpu >= torch.cuda.device_count():
            raise click.ClickException(f"no CUDA device {gpu} here: a cuda worker needs one")
        device = f"cuda:{gpu}"
    env = {**os.environ, URL_ENV: broker}  # the child reads the URL here: never on a command line
    if cpus:
        env["MLJUDGE_WORKER_CPUS"] = cpus
    sys.exit(supervise(child_command(device, heartbeat, backend, drain_timeout), env=env, drain_s=drain_timeout))


@main.command()
@click.option("--broker", envvar="MLJUDGE_BROKER", required=True, help="Redis URL (or $MLJUDGE_BROKER).")
@click.option("--store", "store_path", type=click.Path(dir_okay=False), help="Store file (default: the judge's).")
@click.option("--heartbeat", type=float, default=30.0, show_default=True)
def collector(broker: str, store_path: str | None, heartbeat: float) -> None:
    """Write the farm's results into the store (run exactly one, beside the store).

    Example: judge collector --broker redis://localhost:6379/0
    """
    from judge.farm.broker import FarmError
    from judge.farm.worker import run_collector

    try:
        run_collector(broker, store_path, heartbeat)
    except FarmError as e:
        raise click.ClickException(str(e))


@main.group()
def farm() -> None:
    """The judge farm."""


@farm.command("status")
@click.option("--broker", envvar="MLJUDGE_BROKER", required=True)
@click.option("--json", "as_json", is_flag=True)
def farm_status(broker: str, as_json: bool) -> None:
    """Collectors, workers, queues, dead letters and throughput.

    Example: judge farm status --broker redis://localhost:6379/0
    """
    import redis

    from judge.farm.broker import status

    _reach(broker)
    st = status(redis.Redis.from_url(broker))
    if as_json:
        click.echo(json.dumps(st, indent=2))
        return
    q, old = st["queues"], st["oldest_waiting_s"]
    click.echo("queues: " + ", ".join(f"{name} {q[name]} waiting" + (f" (oldest {old[name]:.0f} s)" if old[name]
                                                                      else "") for name in ("cpu", "cuda"))
               + f"; {st['in_flight']} in flight; {q['results']} results to store"
               + (f" (oldest {st['collector_lag_s']:.0f} s)" if st["collector_lag_s"] else ""))
    click.echo(f"stored in the last 5 min: {st['stored_last_5_min']}; redelivered jobs: {st['redelivered']}; "
               f"dead letters: {st['dead_letters']}" + (" (`judge farm dead`)" if st["dead_letters"] else ""))
    click.echo("collectors:")
    for c in st["collectors"]:
        click.echo(f"  {c.get('host', '')}:{c.get('pid', '')}  store {c.get('path', '')}  "
                   f"heartbeat {c['heartbeat_age_s']:.0f} s ago")
    if not st["collectors"]:
        click.echo("  (none: results wait in Redis, and `judge submit --remote` refuses to queue)")
    click.echo("workers:")
    for w in st["workers"]:
        up = time.time() - float(w.get("started", time.time()))
        job = (f"judging {w['job'][:12]} for {w['job_age_s']:.0f} s" if w.get("job") else "idle")
        click.echo(f"  {w.get('id', ''):<36} {w.get('device', ''):<7} cpus {w.get('cpus') or 'any':<5} "
                   f"up {up:6.0f} s  restarts {w.get('restarts', '0'):>2}  heartbeat {w['heartbeat_age_s']:4.0f} s ago"
                   f"  done {w.get('done', '0'):>4}  {job}")
    if not st["workers"]:
        click.echo("  (no workers)")


@farm.command("dead")
@click.option("--broker", envvar="MLJUDGE_BROKER", required=True)
@click.option("--clear", is_flag=True, help="Forget them after listing.")
def farm_dead(broker: str, clear: bool) -> None:
    """Results no collector could place (another store's, or a submission its store lacks).

    Example: judge farm dead --broker redis://localhost:6379/0
    """
    import redis

    from judge.farm.broker import DEAD

    _reach(broker)
    client = redis.Redis.from_url(broker)
    for raw in client.lrange(DEAD, 0, -1):
        d = json.loads(raw)
        click.echo(f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(d['at']))}  {d['id']}  from {d['worker']}: "
                   f"{d['reason']}")
    if clear:
        client.delete(DEAD)


@farm.command("metrics")
@click.option("--broker", envvar="MLJUDGE_BROKER", required=True)
@click.option("--store", "store_path", type=click.Path(dir_okay=False), help="Store file (default: the judge's).")
@click.option("--port", type=int, help="Serve them on this port (GET /metrics) instead of printing once.")
def farm_metrics(broker: str, store_path: str | None, port: int | None) -> None:
    """Counters in the Prometheus text format: jobs by state and verdict, judge seconds, queue
    depths, redeliveries, dead letters.

    Example: judge farm metrics --broker redis://localhost:6379/0 --port 9464
    """
    from judge.farm.metrics import render, serve

    _reach(broker)
    if port is None:
        click.echo(render(broker, store_path), nl=False)
    else:
        click.echo(f"serving on :{port}/metrics", err=True)
        serve(broker, store_path, port)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--problem", help="The problem of every file (default: from each path, submissions/<slug>/…).")
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Submissions judged at once.")
@click.option("--seed", type=int, help="Seed of the hidden tests (default: this installation's secret).")
@click.option("--quick", is_flag=True, help="A short speed measurement.")
@click.option("--scaling", is_flag=True,
              help="Also measure how time and memory grow with size (problems that declare it).")
@click.option("--user", help="Record every result in the store as this user.")
@click.option("--json", "as_json", is_flag=True)
def batch(files: tuple[str, ...], problem: str | None, jobs: int, seed: int | None, quick: bool,
          user: str | None, as_json: bool) -> None:
    """Judge many submissions, JOBS at a time (each pinned to its own CPU).

    Example: judge batch submissions/nms/*/*.py -j 2
    """
    from judge import batch as b

    todo = []
    for f in files:
        slug = problem or b.infer_problem(f)
        if slug is None:
            raise click.ClickException(f"{f}: which problem? (use --problem)")
        todo.append(b.Job(slug, f))
    started = time.perf_counter()

    def show(r: dict) -> None:
        if not as_json:
            speed = f"{r['ratio']:.2f}x" if r.get("ratio") else "-"
            click.echo(f"{render.verdict_text(Verdict(r['verdict']), 10)}{speed:>8} {r['seconds']:6.1f}s  {r['file']}")

    results = b.run(todo, workers=jobs, seed=paths.default_seed() if seed is None else seed, quick=quick,
                    store_user=user, on_result=show)
    wall = time.perf_counter() - started
    if as_json:
        click.echo(json.dumps({"results": results, "wall_s": wall}, indent=2))
    else:
        click.echo(f"\n{len(results)} submissions in {wall:.1f} s: {60 * len(results) / wall:.1f} per minute")


@main.command()
@click.option("--user", help="Whose submissions (default: everyone's).")
@click.option("--problem", help="Only this problem.")
@click.option("-n", "--limit", type=int, default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def history(user: str | None, problem: str | None, limit: int, as_json: bool) -> None:
    """List submissions, newest first.

    Example: judge history --user alice --problem nms
    """
    from judge.store import Store

    rows = Store().history(user=user, problem=problem, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'when':<17}{'user':<14}{'problem':<28}{'file':<22}{'verdict':<11}{'speed':>8}  id")
    for r in rows:
        speed = f"{r['ratio']:.2f}x" if r["ratio"] else "-"
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r["created_at"]))
        verdict = render.verdict_text(Verdict(r["verdict"]), 10) if r["verdict"] else r["state"].ljust(10)
        file = r["filename"] if len(r["filename"]) <= 21 else "…" + r["filename"][-20:]
        click.echo(f"{when:<17}{r['user'][:13]:<14}{r['problem'][:27]:<28}{file:<22}{verdict} {speed:>8}  "
                   f"{r['id'][:12]}" + ("  late" if r["late"] else ""))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default: stdout).")
@click.option("--user")
@click.option("--problem")
def export(fmt: str, output: str | None, user: str | None, problem: str | None) -> None:
    """Export submissions (with their code and results) as CSV or JSON.

    Example: judge export --format json -o results.json
    """
    import csv
    import io

    from judge.store import Store

    rows = Store().export(user=user, problem=problem)
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2)
    else:
        buf = io.StringIO()
        cols = ["id", "created_at", "user", "problem", "problem_version", "verdict", "ratio", "ratio_lo",
                "ratio_hi", "peak_memory_mb", "duration_s", "late", "set_id", "filename", "source_sha256",
                "judge_version", "problem_hash"]
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
        text = buf.getvalue()
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(rows)} submissions to {output}")
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("problem", required=False)
@click.option("--json", "as_json", is_flag=True)
def leaderboard(problem: str | None, as_json: bool) -> None:
    """Rank users: problems solved, then speed (geometric mean of ratios), then time.

    With PROBLEM: its accepted submissions ranked by speed (each user's best).

    Example: judge leaderboard nms
    """
    from judge.store import Store

    rows = Store().leaderboard(problem)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if problem:
        click.echo(f"{'#':>3}  {'user':<20}{'speed':>10}{'grows as':>10}{'attempts':>10}  first AC")
        for r in rows:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r["first_ac"]))
            speed = f"{r['ratio']:.3f}x" if r["ratio"] else "-"
            grows = f"n^{r['time_exponent']:.1f}" if r["time_exponent"] is not None else "-"
            click.echo(f"{r['rank']:>3}  {r['user'][:19]:<20}{speed:>10}{grows:>10}{r['attempts']:>10}  {when}")
    else:
        click.echo(f"{'#':>3}  {'user':<20}{'solved':>7}{'speed':>10}{'attempts':>10}  problems")
        for r in rows:
            speed = f"{r['speed']:.3f}x" if r["speed"] else "-"
            click.echo(f"{r['rank']:>3}  {r['user'][:19]:<20}{r['solved']:>7}{speed:>10}{r['attempts']:>10}  "
                       + ", ".join(r["problems"]))
    if not rows:
        click.echo("(no accepted submissions yet)")


@main.command()
@click.argument("problems", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Every problem under problems/.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Problems verified at once.")
@BACKEND
@click.option("-v", "--verbose", is_flag=True, help="Show every check, not only failures.")
@click.option("--aa", is_flag=True, help="Also judge each reference against itself (3 full measurements): "
              "every timing case must read 1 within 5 %.")
def verify(problems: tuple[str, ...], all_: bool, seed: int, jobs: int, backend: str, verbose: bool,
           aa: bool) -> None:
    """Check problem packages: spec, reference, known submissions, trivial answers.

    Example: judge verify --all -j 2
    """
    from judge.verify import verify_many

    targets = [str(p) for p in discover()] if all_ else list(problems)
    if not targets:
        raise click.UsageError("name problems, or use --all")
    failed = 0
    for rep in verify_many(targets, jobs, seed=seed, backend=backend, aa=aa):
        mark = click.style("ok  ", fg="green") if rep.ok else click.style("FAIL", fg="red", bold=True)
        click.echo(f"{mark} {rep.problem:<30} {len(rep.checks)} checks ({rep.seconds:.1f} s)")
        for c in rep.checks:
            if verbose or not c.ok:
                sym = click.style("✓", fg="green") if c.ok else click.style("✗", fg="red")
                click.echo(f"     {sym} {c.name}" + (f": {c.detail}" if c.detail else ""))
        failed += not rep.ok
    click.echo(f"\n{len(targets) - failed} of {len(targets)} problems verified")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--problem", help="Also compare with this problem's reference and known submissions, "
                                "and leave its starter code out.")
@click.option("-a", "--all", "show_all", is_flag=True, help="Every pair, not only the flagged ones.")
@click.option("--json", "as_json", is_flag=True)
def similarity(files: tuple[str, ...], problem: str | None, show_all: bool, as_json: bool) -> None:
    """Which files share their code (MOSS-style fingerprints of normalised code: renamed
    names, changed literals, comments, layout and reordered functions do not hide it).

    Example: judge similarity alice/nms.py bob/nms.py carol/nms.py --problem nms
    """
    from judge import similarity as sim
    from judge.report import known_code

    sources = {f: Path(f).read_text(encoding="utf-8", errors="replace") for f in files}
    known, base = {}, ""
    if problem:
        p = _problem(problem)
        known, base = known_code(p.slug), p.starter()
    found = [x for x in sim.pairs(sources, known, base=base) if show_all or x.flagged]
    if as_json:
        click.echo(json.dumps([x.to_json() for x in found], indent=2))
        return
    for x in found:
        mark = click.style("FLAGGED", fg="red", bold=True) if x.flagged else "       "
        where = ", ".join(f"{lo}-{hi}" for lo, hi in x.regions_a) or "-"
        click.echo(f"{mark} {x.score:4.0%} ({x.shared:3d} shared)  {x.a}  ~  {x.b}   lines {where}")
    if not found:
        click.echo(f"no pair shares enough code to be flagged ({len(files)} files"
                   + (f", against {len(known)} known ones" if known else "") + ")")


@main.command()
@BACKEND
@CONFINE
def doctor(backend: str, confine: str) -> None:
    """Say which sandbox protections this machine gives, and which are missing."""
    from judge.sandbox import SandboxError, open_sandbox

    try:
        with open_sandbox(backend, preload=["numpy"], confine=confine) as s:
            prot = s.protections
            click.echo(f"backend: {backend}\nconfinement: {prot.summary()}")
            click.echo(f"versions: {s.versions}")
            missing = prot.missing()
            for note in prot.notes:
                click.secho(f"note: {note}", fg="yellow")
            if missing:
                click.secho("missing protections:", fg="yellow", bold=True)
                for m in missing:
                    click.secho(f"  - {m}", fg="yellow")
            else:
                click.secho("all protections in place", fg="green")
    except SandboxError as e:
        raise click.ClickException(str(e))


@main.group("set")
def set_group() -> None:
    """Problem sets for interviews: create, start a candidate, report."""


@set_group.command("create")
@click.argument("name")
@click.option("--problems", required=True, help="Comma-separated slugs.")
@click.option("--time", "time_allowed", default="90m", show_default=True, help="Time allowed (90m, 1h30m).")
@click.option("--lang", "languages", default="en,zh", show_default=True, help="Statement languages.")
@click.option("--feedback", type=click.Choice(["full", "summary", "verdict"]), default="summary",
              show_default=True, help="What a candidate sees of failing hidden cases.")
@click.option("--speed/--no-speed", default=True, show_default=True, help="Whether speed counts.")
@click.option("--scaling/--no-scaling", default=True, show_default=True,
              help="Whether how speed grows with size is measured (problems that declare it).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Set file (default: <name>.yaml).")
def set_create(name: str, problems: str, time_allowed: str, languages: str, feedback: str, speed: bool,
               scaling: bool, output: str | None) -> None:
    """Write a problem-set file to share with candidates.

    Example: judge set create onsite --problems nms,softmax --time 90m --feedback summary
    """
    from judge import sets

    try:
        s = sets.create(name, [p.strip() for p in problems.split(",") if p.strip()], time_allowed=time_allowed,
                        languages=[x.strip() for x in languages.split(",")], feedback=feedback, speed_counts=speed,
                        scaling=scaling)
    except sets.SetError as e:
        raise click.ClickException(str(e))
    out = Path(output or f"{name}.yaml")
    s.dump(out)
    click.echo(f"wrote {out} (set {s.id}): {len(s.problems)} problems, {s.time_allowed_min} min, "
               f"feedback {s.feedback}")


@set_group.command("start")
@click.argument("set_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--user", required=True, help="The candidate.")
@click.option("--dir", "directory", type=click.Path(file_okay=False), help="Workspace (default: <set>-<user>).")
def set_start(set_file: str, user: str, directory: str | None) -> None:
    """Make a candidate's workspace (starters, statements) and start the clock.

    Example: judge set start onsite.yaml --user alice
    """
    from judge import sets
    from judge.store import Store

    try:
        s = sets.ProblemSet.load(set_file)
        ws = sets.start(s, Path(set_file), user, Path(directory or f"{s.name}-{user}"), Store())
    except sets.SetError as e:
        raise click.ClickException(str(e))
    click.echo(f"workspace {ws.path}: {', '.join(s.problems)}; {s.time_allowed_min} minutes from now. "
               f"See {ws.path / 'README.md'}.")


@set_group.command("report")
@click.argument("set_file", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False),
              help="Folder (default: <set name>-report).")
def set_report(set_file: str, out_dir: str | None) -> None:
    """Write the set's reports from the store: index.html (the comparison), <user>.html and <user>.md.

    Example: judge set report onsite.yaml -o onsite-report
    """
    from judge import report, sets
    from judge.store import Store

    try:
        s = sets.ProblemSet.load(set_file)
    except sets.SetError as e:
        raise click.ClickException(str(e))
    from judge import interview

    store, out = Store(), Path(out_dir or f"{s.name}-report")
    for path in report.write_reports(store, s, out):
        click.echo(str(path))
    for iid in interview.for_set(store, s.id):  # each remote interview of the set, in a folder of its own
        for path in report.write_reports(store, interview.load(store, iid).set, out / f"interview-{iid}"):
            click.echo(str(path))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--set", "set_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A problem-set file whose comparison and reports to show (repeatable).")
@click.option("--interview", "interview_set", type=click.Path(exists=True, dir_okay=False),
              help="Serve the remote interviews of this set (`judge interview create`), and nothing else.")
@click.option("--jobs", type=int, default=1, show_default=True, help="With --interview: submissions judged at once.")
@click.option("--proxy", type=int, default=0, show_default=True,
              help="How many reverse proxies in front to trust for the client's address (X-Forwarded-For).")
@click.option("--store", "store_path", type=click.Path(dir_okay=False),
              help="The result store (default: $MLJUDGE_STORE or the judge's home).")
def serve(host: str, port: int, set_files: tuple[str, ...], interview_set: str | None, jobs: int,
          store_path: str | None, proxy: int) -> None:
    """Serve leaderboards, problem statements and set reports (read-only); or, with
    --interview, only the candidates' pages and the interviewer's live view.

    Example: judge serve --interview onsite.yaml   (then give each candidate their link)
    """
    from judge import interview, interview_web, sets, web
    from judge.store import Store

    shown = f"[{host}]" if ":" in host else host
    if interview_set:  # the interview alone: no public pages beside it
        try:
            s = sets.ProblemSet.load(interview_set)
        except sets.SetError as e:
            raise click.ClickException(str(e))
        ids = interview.for_set(Store(store_path), s.id)
        if not ids:
            raise click.ClickException(f"no interview for {interview_set}: `judge interview create` first")
        app = interview_web.create_app(store_path, jobs=jobs, proxies=proxy)
        for iid in ids:
            click.echo(f"interview {iid}: candidates at http://{shown}:{port}/i/{iid}/login?t=…, "
                       f"interviewer at http://{shown}:{port}/i/{iid}/admin")
        click.echo(f"serving http://{shown}:{port}/ (Ctrl-C to stop)")
        web.serve(app, host=host, port=port, max_body=interview_web.MAX_BODY)
        return
    try:
        app = web.create_app(store_path, set_files)
    except sets.SetError as e:
        raise click.ClickException(str(e))
    click.echo(f"serving http://{shown}:{port}/ (Ctrl-C to stop)")
    web.serve(app, host=host, port=port)


@main.group("interview")
def interview_group() -> None:
    """Remote interviews: candidates submit to a judge server."""


@interview_group.command("create")
@click.argument("set_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--candidates", required=True, help="Comma-separated names.")
@click.option("--window", help="How long the interview is open (default: the set's time, e.g. 90m; "
              "with --clock first-open, a week).")
@click.option("--feedback", type=click.Choice(["verdict", "summary", "full"]),
              help="What candidates see of failing hidden cases (default: the set's).")
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="Where `judge serve` will be.")
@click.option("--clock", type=click.Choice(["fixed", "first-open"]), default="fixed", show_default=True,
              help="fixed: one window for everyone; first-open: each candidate has the set's time from their "
                   "first visit, within --window (default a week).")
def interview_create(set_file: str, candidates: str, window: str | None, feedback: str | None, url: str,
                     clock: str) -> None:
    """Make an interview: one link and token per candidate, one for the interviewer. Shown once.

    Example: judge interview create onsite.yaml --candidates alice,bob --window 90m --feedback summary
    """
    from judge import interview, sets
    from judge.store import Store

    try:
        s = sets.ProblemSet.load(set_file)
        iv, tokens, admin = interview.create(Store(), s, candidates.split(","), window=window, feedback=feedback,
                                             clock=clock)
    except (sets.SetError, ValueError) as e:
        raise click.ClickException(str(e))
    base = f"{url.rstrip('/')}/i/{iv.id}"
    ends = time.strftime("%Y-%m-%d %H:%M", time.localtime(iv.ends_at))
    click.echo(f"interview {iv.id} for {s.name}: open until {ends}, feedback {iv.feedback}\n")
    for name, token in tokens.items():
        click.echo(f"{name}:\n  link   {base}/login?t={token}\n  token  {token}\n"
                   f"  cli    judge submit --server {base} --token {token} <problem> <file>")
    click.echo(f"interviewer:\n  link   {base}/login?t={admin}")
    click.echo("\nTokens are stored only as hashes: keep this output. Serve with "
               f"`judge serve --interview {set_file}`.")


@main.group()
def image() -> None:
    """The Docker backend's sandbox image."""


@image.command("build")
def image_build() -> None:
    """Build the sandbox image locally, from scratch (no registry needed).

    Example: judge image build && judge submit nms my_nms.py --backend docker
    """
    from judge import docker_backend
    from judge.sandbox import SandboxError

    try:
        image_id = docker_backend.build_image()
    except SandboxError as e:
        raise click.ClickException(str(e))
    click.echo(f"built {docker_backend.IMAGE} ({image_id[:19]})")


if __name__ == "__main__":
    main()
