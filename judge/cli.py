"""The ``judge`` command: a thin skin over the library (parse, call, print)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from judge import __version__, paths, render
from judge.problem import GROUPS, Problem, ProblemError, discover, load
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
    from judge.cases import CaseStore

    p = _problem(problem)
    click.echo(p.statement(lang).rstrip())
    click.echo("\n## " + ("示例" if lang == "zh" else "Examples") + "\n")
    store = CaseStore(p, 0)
    names = [q.name for q in p.params]
    try:
        for i, case in enumerate(store.by_group("examples"), 1):
            prepared = store.prepare(case)
            click.echo(f"{i}. {case.name}\n\n```python\n>>> "
                       + render.call(p.entry, prepared.inputs(), names, p.framework).replace("\n", "\n... ")
                       + f"\n{render.value(prepared.expected, p.framework)}\n```\n")
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


def _options(**kw: object) -> object:
    from judge.grade import Options

    return Options(**kw)  # type: ignore[arg-type]


@main.command()
@click.argument("problem")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--backend", type=click.Choice(["process", "docker"]), default="process", show_default=True)
def run(problem: str, file: str, backend: str) -> None:
    """Run only the public examples (fast feedback, with a diff on failure).

    Example: judge run nms my_nms.py
    """
    from judge.grade import submit

    p = _problem(problem)
    source, filename = _source(file)
    r = submit(p, source, filename, _options(seed=0, backend=backend, groups=("examples",)))
    click.echo(render.result(r))
    sys.exit(0 if r.verdict == Verdict.AC else 1)


@main.command()
@click.argument("problem")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--seed", type=int, help="Seed of the hidden tests (default: this installation's secret).")
@click.option("--case", "case", type=int, help="Judge this case alone (see a failure's 'reproduce').")
@click.option("--json", "as_json", is_flag=True, help="The result as JSON on stdout.")
@click.option("--backend", type=click.Choice(["process", "docker"]), default="process", show_default=True)
@click.option("--device", default="cpu", show_default=True, help="cpu, cuda or cuda:N.")
@click.option("--no-timing", is_flag=True, help="Skip the speed measurement.")
@click.option("--quick", is_flag=True, help="A short speed measurement.")
@CONFINE
def submit(problem: str, file: str, seed: int | None, case: int | None, as_json: bool, backend: str,
           device: str, no_timing: bool, quick: bool, confine: str) -> None:
    """Judge FILE against PROBLEM's hidden tests in a sandbox. Exit status 0 only for AC.

    Example: judge submit problems/nms my_nms.py
    """
    from judge.grade import submit as do_submit

    p = _problem(problem)
    source, filename = _source(file)
    seed = paths.default_seed() if seed is None else seed
    if device != "cpu" and "cuda" not in p.devices:
        raise click.ClickException(f"{p.slug} is judged on: {', '.join(p.devices)}")
    r = do_submit(p, source, filename, _options(seed=seed, backend=backend, device=device, case=case,
                                                   timing=not no_timing, quick=quick, groups=GROUPS,
                                                   confine=confine))
    if as_json:
        click.echo(json.dumps(r.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render.result(r))
    sys.exit(0 if r.verdict == Verdict.AC else 1)


@main.command()
@click.argument("problems", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Every problem under problems/.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Problems verified at once.")
@click.option("--backend", type=click.Choice(["process", "docker"]), default="process", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="Show every check, not only failures.")
def verify(problems: tuple[str, ...], all_: bool, seed: int, jobs: int, backend: str, verbose: bool) -> None:
    """Check problem packages: spec, reference, known submissions, trivial answers.

    Example: judge verify --all -j 2
    """
    from concurrent.futures import ProcessPoolExecutor

    from judge.verify import verify as do_verify

    targets = [str(p) for p in discover()] if all_ else list(problems)
    if not targets:
        raise click.UsageError("name problems, or use --all")
    failed = 0
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(do_verify, t, seed=seed, backend=backend) for t in targets]
        for target, future in zip(targets, futures):
            try:
                rep = future.result()
            except Exception as e:  # a crash while verifying one problem fails that problem only
                from judge.verify import Report

                rep = Report(Path(target).name)
                rep.add("verify ran", False, f"{type(e).__name__}: {e}")
            mark = click.style("ok  ", fg="green") if rep.ok else click.style("FAIL", fg="red", bold=True)
            n = len(rep.checks)
            click.echo(f"{mark} {rep.problem:<30} {n} checks ({rep.seconds:.1f} s)")
            for c in rep.checks:
                if verbose or not c.ok:
                    sym = click.style("✓", fg="green") if c.ok else click.style("✗", fg="red")
                    click.echo(f"     {sym} {c.name}" + (f": {c.detail}" if c.detail else ""))
            failed += not rep.ok
    click.echo(f"\n{len(targets) - failed} of {len(targets)} problems verified")
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--backend", type=click.Choice(["process", "docker"]), default="process", show_default=True)
@CONFINE
def doctor(backend: str, confine: str) -> None:
    """Say which sandbox protections this machine gives, and which are missing."""
    from judge.sandbox import SandboxError, open_session

    try:
        with open_session(backend, preload=["numpy"], confine=confine) as s:
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
