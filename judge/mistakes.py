"""Known mistakes: a problem's own wrong answers, recognised in a candidate's wrong output.

Every file under ``submissions/<slug>/wrong_answer/`` opens with the mistake it embodies,
in English and in Chinese::

    # mistake: divides by std + eps instead of sqrt(var + eps)
    # 错误：用 std + eps 作分母，而不是 sqrt(var + eps)

After a wrong answer, ``diagnose`` runs each known mistake on the failing case in the
sandbox (a child of its own, like the candidate's) and names those whose output matches the
candidate's within the problem's tolerance: a hint about which convention was missed, shown
with the verdict, never a verdict itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge import compare
from judge.verdict import Failure, Status

if TYPE_CHECKING:
    from judge.cases import Prepared
    from judge.grade import Runner
    from judge.problem import Problem

SUBMISSIONS = Path(__file__).resolve().parent.parent / "submissions"
HEADER = re.compile(r"\A(?:#![^\n]*\n)?# mistake: *(?P<en>[^\n]+?) *\n# 错误[：:] *(?P<zh>[^\n]+?) *\n")


@dataclass(frozen=True)
class Mistake:
    file: Path
    en: str
    zh: str

    def to_json(self) -> dict[str, str]:
        return {"en": self.en, "zh": self.zh}


def header(text: str) -> tuple[str, str] | None:
    """(English, Chinese) from a file's two header lines, or None."""
    m = HEADER.match(text)
    return (m["en"], m["zh"]) if m else None


def known(problem: Problem, root: Path | None = None) -> list[Mistake]:
    """The problem's known mistakes (the wrong_answer files with a header), where the
    submissions folder is at hand (a farm worker has the package alone: none there)."""
    out = []
    for f in sorted(((root or SUBMISSIONS) / problem.slug / "wrong_answer").glob("*.py")):
        found = header(f.read_text(encoding="utf-8"))
        if found:
            out.append(Mistake(f, *found))
    return out


def diagnose(runner: Runner, prepared: Prepared, got: Any, mistakes: list[Mistake],
             history: list[Prepared] | tuple = (), failure: Failure | None = None) -> list[Mistake]:
    """The mistakes whose output on ``prepared`` matches ``got`` (the candidate's wrong output),
    each first given the cases the candidate's worker answered before (``history``, in order:
    a mistake such as a mutable default argument depends on them). Where there is no output to
    compare (``got`` None: one that is not plain data), those that fail the same way as ``failure``."""
    from judge.cases import tree_mb

    p = runner.problem
    data_mb = max(len(x.blob) / 2**20 + tree_mb(x.expected) for x in [prepared, *history])
    limit = 2 * runner.call_limit(prepared)
    out = []
    for m in mistakes:
        child, loaded = runner.spawn("mistake", data_mb, source=(m.file.read_text(encoding="utf-8"), m.file.name))
        try:
            if loaded.status != Status.DONE:
                continue
            for earlier in history:
                runner.call(child, earlier, 2 * runner.call_limit(earlier))
            res = runner.call(child, prepared, limit)
            if got is not None:
                same = res.status == Status.DONE and compare.compare(res.output, got, p.tolerance,
                                                                     exact=p.compare == "exact") is None
            else:
                theirs = runner.evaluate(child, prepared, res, limit, values=False)
                same = failure is not None and theirs is not None and (theirs.verdict, theirs.kind) == (
                    failure.verdict, failure.kind)
            if same:
                out.append(m)
        finally:
            child.close()
    return out
