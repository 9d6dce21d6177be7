"""Problem sets for interviews: one YAML file an interviewer shares, a workspace per candidate.

A set file::

    id: 5f0c…            # made by `judge set create`; submissions are recorded against it
    name: ml-onsite
    problems: [nms, softmax, layer_norm]
    time_allowed_min: 90
    languages: [en, zh]  # statements written into the workspace
    feedback: summary    # full | summary | verdict: what a candidate sees of failing hidden cases
    speed_counts: true   # whether speed is measured and shown
    scaling: true        # and how it grows with size, where a problem declares it (judge/scaling.py)
    seed: 123456         # hidden tests: the same for every candidate

``judge set start`` makes a workspace (starter files, statements, a marker file)
and starts the candidate's clock in the store; ``judge submit`` run on a file in
a workspace records the submission against the set, shows only what the set's
feedback level allows, and marks it late after the time allowed.
"""

from __future__ import annotations

import json
import re
import secrets
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from judge.problem import ProblemError, load
from judge.verdict import Failure, Result

MARKER = ".mljudge-set.json"
FEEDBACK = ("full", "summary", "verdict")


class SetError(Exception):
    """A malformed set file or workspace."""


@dataclass
class ProblemSet:
    id: str
    name: str
    problems: list[str]
    time_allowed_min: int = 90
    languages: list[str] = field(default_factory=lambda: ["en", "zh"])
    feedback: str = "summary"
    speed_counts: bool = True
    scaling: bool = True
    seed: int = 0
    late_allowed: bool = True  # record submissions after the time is up (marked late)

    @classmethod
    def load(cls, path: str | Path) -> ProblemSet:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as e:
            raise SetError(f"{path}: {e}") from e
        if not isinstance(data, dict):
            raise SetError(f"{path}: expected a mapping")
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise SetError(f"{path}: unknown field(s) {sorted(unknown)}")
        for required in ("id", "name", "problems"):
            if required not in data:
                raise SetError(f"{path}: missing required field {required!r}")
        s = cls(**data)
        s.validate(str(path))
        return s

    def validate(self, where: str = "set") -> None:
        if not isinstance(self.problems, list) or not self.problems:
            raise SetError(f"{where}: problems: a non-empty list of problem slugs")
        for slug in self.problems:
            try:
                load(slug)
            except ProblemError as e:
                raise SetError(f"{where}: problems: {slug!r}: {e}") from e
        if self.feedback not in FEEDBACK:
            raise SetError(f"{where}: feedback: {self.feedback!r} is not one of {', '.join(FEEDBACK)}")
        if not set(self.languages) <= {"en", "zh"} or not self.languages:
            raise SetError(f"{where}: languages: choose from en, zh")
        if not isinstance(self.time_allowed_min, int) or self.time_allowed_min <= 0:
            raise SetError(f"{where}: time_allowed_min: a positive number of minutes")

    def dump(self, path: str | Path) -> None:
        Path(path).write_text(yaml.safe_dump(asdict(self), sort_keys=False, allow_unicode=True), encoding="utf-8")

    @property
    def seconds(self) -> int:
        return self.time_allowed_min * 60


def parse_duration(text: str) -> int:
    """'90m', '1h30m', '2h', '45' (minutes) -> minutes."""
    m = re.fullmatch(r"\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m?)?\s*", text)
    if not m or not any(m.groups()):
        raise SetError(f"not a duration: {text!r} (e.g. 90m, 1h30m)")
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def create(name: str, problems: list[str], *, time_allowed: str = "90m", languages: list[str] | None = None,
           feedback: str = "summary", speed_counts: bool = True, scaling: bool = True) -> ProblemSet:
    s = ProblemSet(id=uuid.uuid4().hex[:16], name=name, problems=problems,
                   time_allowed_min=parse_duration(time_allowed), languages=languages or ["en", "zh"],
                   feedback=feedback, speed_counts=speed_counts, scaling=scaling, seed=secrets.randbelow(2**31))
    s.validate()
    return s


@dataclass
class Workspace:
    """A candidate's folder: where they work and submit from."""

    path: Path
    set: ProblemSet
    user: str

    @classmethod
    def find(cls, start: str | Path) -> Workspace | None:
        """The workspace containing ``start`` (a file or folder), if any."""
        p = Path(start).resolve()
        for d in [p] + list(p.parents) if p.is_dir() else [p.parent] + list(p.parent.parents):
            marker = d / MARKER
            if marker.is_file():
                try:
                    data = json.loads(marker.read_text())
                    return cls(d, ProblemSet.load(d / data["set_file"]), data["user"])
                except (OSError, ValueError, KeyError) as e:
                    raise SetError(f"{marker}: a broken workspace marker ({e})") from e
        return None


def start(problem_set: ProblemSet, set_file: Path, user: str, directory: Path, store: Any) -> Workspace:
    """Make the workspace (starter files, statements, a copy of the set) and start the clock."""
    from judge.present import statement_markdown

    directory.mkdir(parents=True, exist_ok=True)
    problem_set.dump(directory / "set.yaml")
    (directory / MARKER).write_text(json.dumps({"set_file": "set.yaml", "user": user, "set_id": problem_set.id}))
    lines = [f"# {problem_set.name}", "", f"Candidate: {user}. Time allowed: {problem_set.time_allowed_min} "
             "minutes from `judge set start`.", "", "| problem | file | statement |", "|---|---|---|"]
    for slug in problem_set.problems:
        p = load(slug)
        starter = directory / f"{slug}.py"
        if not starter.exists():
            starter.write_text(p.starter(), encoding="utf-8")
        for lang in problem_set.languages:
            text = statement_markdown(p, lang)
            (directory / f"{slug}.{lang}.md").write_text(text, encoding="utf-8")
        statements = ", ".join(f"[{lang}]({slug}.{lang}.md)" for lang in problem_set.languages)
        lines.append(f"| {p.title['en']} | `{slug}.py` | {statements} |")
    lines += ["", "Submit with `judge submit <slug> <slug>.py` from this folder; every submission is recorded.",
              "`judge run <slug> <slug>.py` runs the public examples only."]
    (directory / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store.start_set(problem_set.id, user, problem_set.seconds, str(directory))
    return Workspace(directory, problem_set, user)


def is_late(store: Any, workspace: Workspace, now: float | None = None) -> bool:
    row = store.set_start(workspace.set.id, workspace.user)
    if row is None:  # never started through `judge set start` on this store: start it now
        row = store.start_set(workspace.set.id, workspace.user, workspace.set.seconds, str(workspace.path))
    deadline = row.get("deadline")
    return deadline is not None and (now or time.time()) > deadline


def redact(result: Result, level: str) -> Result:
    """What a candidate may see at a feedback level (the store keeps everything)."""
    import copy

    r = copy.deepcopy(result)
    if level == "full":
        return r
    if r.failure is not None:
        f = r.failure
        r.failure = Failure(f.verdict, None, f.group, None,
                            f.reason if f.case is None else f"{f.verdict} in the {f.group} tests",
                            diagnosis=f.diagnosis if level == "summary" else [])
    if level == "verdict":
        for g in r.groups:
            g.passed = g.total = 0
            g.max_time_s = g.peak_memory_mb = 0.0
        r.speed = None
    return r
