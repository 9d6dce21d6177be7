"""Formatters shared by every view of a result (the terminal, the pages, the reports): one
place for how a duration or a size reads."""

from __future__ import annotations


def ms(seconds: float | None) -> str:
    """A duration as people read it: "-" for none, milliseconds below 10 s, else seconds."""
    if not seconds or seconds <= 0:
        return "-"
    return f"{seconds * 1e3:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def mib(mb: float | None) -> str:
    return f"{mb:.0f} MiB" if mb else "-"
