"""Shared bits of the benchmarks: the core problems, the machine, a table printer."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CORE = ["nms", "softmax", "cross_entropy", "layer_norm", "scaled_dot_product_attention", "conv2d",
        "top_p_filter", "kmeans", "file_tree"]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import numpy
    import torch

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, numpy {numpy.__version__}, "
            f"torch {torch.__version__}, load average {load:.2f} at start, {time.strftime('%Y-%m-%d %H:%M')}")


def accepted(slug: str) -> Path:
    return sorted((REPO / "submissions" / slug / "accepted").glob("*.py"))[0]


def judge_cli(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "judge.cli", *args], cwd=REPO, capture_output=True, text=True)
    return time.perf_counter() - t0, proc


def table(rows: list[list[object]], header: list[str]) -> str:
    cells = [[str(c) for c in r] for r in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
