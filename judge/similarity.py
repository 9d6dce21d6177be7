"""Whose code is whose: MOSS-style fingerprints of normalised Python.

Each file becomes a token stream in which what a copier changes cheaply does not count:
names of variables, functions and arguments become ``V`` (library attributes such as
``.sum`` and builtins keep theirs), numbers ``N``, strings ``S``; comments, docstrings
and formatting are gone. Hashes of every ``K`` consecutive tokens are winnowed (the
smallest in each window of ``W``, Schleimer, Wilkerson and Aiken, SIGMOD 2003), so that a
shared run of ``K + W - 1`` tokens or more is always found, wherever it sits: reordered
functions still match. Fingerprints of the problem's starter code (its signature and
imports) are left out, as MOSS leaves out base code.

A pair is flagged when the fingerprints they share are at least ``THRESHOLD`` of the
smaller file's and at least ``MIN_SHARED`` of them: a short exercise with one natural
solution (softmax) is written alike by honest people, so small overlaps are not evidence.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import keyword
import tokenize
from dataclasses import dataclass, field
from itertools import combinations

K = 10  # tokens in a k-gram
W = 6  # window of the winnowing
THRESHOLD = 0.6
MIN_SHARED = 6
_KEPT = set(dir(builtins)) | {"self", "np", "torch", "F", "nn", "math"}


@dataclass(frozen=True)
class Fingerprints:
    """A file's winnowed k-gram hashes, each with the source lines it covers."""

    name: str
    lines: dict[int, tuple[int, int]]  # hash -> (first line, last line)


@dataclass
class Pair:
    a: str
    b: str
    score: float  # shared fingerprints over the smaller file's
    shared: int
    regions_a: list[tuple[int, int]] = field(default_factory=list)  # merged line ranges in a
    regions_b: list[tuple[int, int]] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.score >= THRESHOLD and self.shared >= MIN_SHARED

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "score": round(self.score, 3), "shared": self.shared,
                "flagged": self.flagged, "regions_a": self.regions_a, "regions_b": self.regions_b}


def tokens(source: str) -> list[tuple[str, int]]:
    """The normalised token stream with each token's line; unparsable text yields what it can."""
    out: list[tuple[str, int]] = []
    previous, at_start = "", True
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            kind, text, line = tok.type, tok.string, tok.start[0]
            if kind in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                at_start = True
                continue
            if kind in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER):
                continue
            if kind == tokenize.STRING and at_start:  # a docstring or a bare string statement
                continue
            at_start = False
            if kind == tokenize.STRING:
                text = "S"
            elif kind == tokenize.NUMBER:
                text = "N"
            elif kind == tokenize.NAME and not keyword.iskeyword(text) and previous != "." and text not in _KEPT:
                text = "V"
            out.append((text, line))
            previous = text
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return out


def _hash(gram: tuple[str, ...]) -> int:
    return int.from_bytes(hashlib.blake2b("\x00".join(gram).encode(), digest_size=8).digest(), "little")


def fingerprints(name: str, source: str, base: set[int] = frozenset()) -> Fingerprints:  # type: ignore[assignment]
    toks = tokens(source)
    grams = [(_hash(tuple(t for t, _ in toks[i:i + K])), toks[i][1], toks[i + K - 1][1])
             for i in range(len(toks) - K + 1)]
    chosen: dict[int, tuple[int, int]] = {}
    for i in range(max(len(grams) - W + 1, 1 if grams else 0)):
        window = grams[i:i + W]
        h, first, last = min(reversed(window), key=lambda g: g[0])  # the rightmost minimum
        if h not in base:
            lo, hi = chosen.get(h, (first, last))
            chosen[h] = (min(lo, first), max(hi, last))
    return Fingerprints(name, chosen)


def base_hashes(source: str) -> set[int]:
    """Every k-gram hash of the starter code (not winnowed: all of them are left out)."""
    toks = tokens(source)
    return {_hash(tuple(t for t, _ in toks[i:i + K])) for i in range(len(toks) - K + 1)}


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def compare(a: Fingerprints, b: Fingerprints) -> Pair:
    shared = a.lines.keys() & b.lines.keys()
    smaller = min(len(a.lines), len(b.lines))
    return Pair(a.name, b.name, len(shared) / smaller if smaller else 0.0, len(shared),
                _regions([a.lines[h] for h in shared]), _regions([b.lines[h] for h in shared]))


def pairs(files: dict[str, str], against: dict[str, str] | None = None, base: str = "") -> list[Pair]:
    """Every pair among ``files``, and each of them against each of ``against`` (a reference,
    known submissions), most similar first."""
    skip = base_hashes(base) if base else set()
    mine = [fingerprints(n, s, skip) for n, s in files.items()]
    theirs = [fingerprints(n, s, skip) for n, s in (against or {}).items()]
    out = [compare(a, b) for a, b in combinations(mine, 2)] + [compare(a, b) for a in mine for b in theirs]
    return sorted(out, key=lambda p: (-p.score, -p.shared, p.a, p.b))
