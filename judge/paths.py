"""Where the judge keeps its state: one home folder, overridable by ``MLJUDGE_HOME``."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def home() -> Path:
    """``$MLJUDGE_HOME``, else ``~/.local/share/mljudge``; created 0700 on first use."""
    root = Path(os.environ.get("MLJUDGE_HOME") or Path.home() / ".local" / "share" / "mljudge")
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def cache_dir() -> Path:
    path = home() / "cache"
    path.mkdir(exist_ok=True, mode=0o700)
    return path


def default_seed() -> int:
    """This installation's secret seed for hidden tests (random on first use).

    A submission never sees it: its sandbox cannot read the judge's home. It is
    printed with a failing case so that the case can be reproduced.
    """
    path = home() / "seed"
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(str(secrets.randbelow(2**31)))
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)  # first writer wins; a concurrent one reads the winner's
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
        return int(path.read_text().strip())
