"""What every view shares (the terminal, the pages, the reports, a workspace): how a duration
or a size reads, and what a candidate reads of a problem (statement, limits, examples)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup


def ms(seconds: float | None) -> str:
    """A duration as people read it: "-" for none, milliseconds below 10 s, else seconds."""
    if not seconds or seconds <= 0:
        return "-"
    return f"{seconds * 1e3:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def mib(mb: float | None) -> str:
    return f"{mb:.0f} MiB" if mb else "-"


def call_text(problem: Any, prepared: Any) -> str:
    """A case's call as a Python prompt would show it: ``>>> entry(arg=…, …)`` (a class entry:
    each call of its script on a line of its own)."""
    from judge.render import call, script

    if problem.entry_kind == "class":
        return "\n".join(">>> " + line for line in script(problem.entry, prepared.inputs(),
                                                          problem.framework).splitlines())
    return ">>> " + call(problem.entry, prepared.inputs(), [q.name for q in problem.params],
                         problem.framework).replace("\n", "\n... ")


def written_out(problem: Any, prepared: Any, got: Any = None) -> str:
    """A case written out in full: its call, the expected output, and (if given) the one got."""
    from judge.render import value

    lines = [call_text(problem, prepared), "expected: " + value(prepared.expected, problem.framework)]
    if got is not None:
        lines.append("got:      " + value(got, problem.framework))
    return "\n".join(lines)


def examples_markdown(problem: Any, lang: str = "en") -> str:
    """The public examples (the ``examples`` tests, seed 0, answered by the reference) as a
    Markdown section: a numbered call and its expected value each."""
    from judge.cases import CaseStore
    from judge.render import value

    store = CaseStore(problem, 0)
    text = "## " + ("示例" if lang == "zh" else "Examples") + "\n"
    for i, case in enumerate(store.by_group("examples"), 1):
        prepared = store.prepare(case)
        text += (f"\n{i}. {case.name}\n\n```python\n{call_text(problem, prepared)}\n"
                 f"{value(prepared.expected, problem.framework)}\n```\n")
    return text


def statement_markdown(problem: Any, lang: str = "en") -> str:
    """What a candidate reads, everywhere: the statement, the limits, the public examples."""
    from judge.render import limits

    return f"{problem.statement(lang).rstrip()}\n\n{limits(problem.limits, lang)}\n\n{examples_markdown(problem, lang)}"


def statement_html(problem: Any, lang: str = "en") -> Markup:
    """``statement_markdown`` as HTML (a trusted package's Markdown; code highlighted inline)."""
    import markdown

    text = statement_markdown(problem, lang)
    return Markup(markdown.markdown(text, extensions=["fenced_code", "tables", "codehilite"],
                                    extension_configs={"codehilite": {"noclasses": True, "guess_lang": False}}))
