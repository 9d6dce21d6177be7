"""Problem packages travel by content hash: published once to Redis, cached by each worker,
checked against their hash before every use (a package whose hash does not match is refused)."""

from __future__ import annotations

import io
import shutil
import tarfile
from pathlib import Path
from typing import Any

from judge import paths
from judge.problem import Problem, ProblemError, content_hash, load

KEY = "mljudge:packages:"


class PackageError(ProblemError):
    """A package that is missing or does not match its hash (a problem that cannot load)."""


def publish(client: Any, problem: Problem) -> str:
    """Put the package (a tar of its folder) in Redis under its hash, once."""
    key = KEY + problem.hash
    if not client.exists(key):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            for f in sorted(problem.path.rglob("*")):
                if f.is_file() and "__pycache__" not in f.parts:
                    tar.add(f, arcname=str(f.relative_to(problem.path)))
        client.set(key, buf.getvalue(), nx=True)
    return problem.hash


def fetch(client: Any, digest: str, slug: str) -> Problem:
    """The package for ``digest``, from this machine's cache or from Redis; checked before use."""
    root = paths.cache_dir() / "packages" / digest / slug
    if not root.is_dir():
        data = client.get(KEY + digest)
        if data is None:
            raise PackageError(f"package {digest[:12]} ({slug}) is not published")
        tmp = root.parent / f".{slug}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            tar.extractall(tmp, filter="data")  # no absolute paths, no '..', no devices
        shutil.rmtree(root, ignore_errors=True)
        tmp.rename(root)
    actual = content_hash(root)
    if actual != digest:
        shutil.rmtree(root.parent, ignore_errors=True)
        raise PackageError(f"package {slug} does not match its hash (expected {digest[:12]}, got {actual[:12]}):"
                           " refused")
    problem = load(root)
    if problem.hash != digest:
        raise PackageError(f"package {slug}: loaded hash {problem.hash[:12]} differs from {digest[:12]}")
    return problem


def cached_dir() -> Path:
    return paths.cache_dir() / "packages"
