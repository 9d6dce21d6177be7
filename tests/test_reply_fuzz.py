"""A worker's reply is data the judge validates, never trusts: whatever bytes come back, the
parse ends in a value or a one-line reason, never an exception, and allocates nothing beyond
the reply's own size. Bounded here; ``make bench-fuzz`` runs it longer."""

from __future__ import annotations

import json
import os
import struct
import tracemalloc

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge import harness
from judge.sandbox import parse_output

EXAMPLES = int(os.environ.get("MLJUDGE_FUZZ_EXAMPLES", "150"))
DTYPES = ["F16", "BF16", "F32", "F64", "I8", "I16", "I32", "I64", "U8", "BOOL", "X", 7, None]
numbers = st.one_of(st.integers(-2**70, 2**70), st.floats(allow_nan=True, allow_infinity=True),
                    st.just(10**400), st.just(-1))
leaves = st.one_of(numbers, st.text(max_size=8), st.booleans(), st.none())


def blob(header: object, payload: bytes = b"", raw_tree: str | None = None) -> bytes:
    if raw_tree is not None:
        header = {"__metadata__": {"tree": raw_tree}, **(header if isinstance(header, dict) else {})}
    hb = json.dumps(header, allow_nan=True).encode()
    hb += b" " * (-(8 + len(hb)) % 64)
    return struct.pack("<Q", len(hb)) + hb + payload


@st.composite
def replies(draw) -> bytes:
    payload = draw(st.binary(max_size=256))
    n = draw(st.integers(0, 3))
    header, refs = {}, []
    for i in range(n):
        shape = draw(st.lists(numbers, max_size=4))
        offsets = draw(st.lists(numbers, min_size=2, max_size=2))
        header[f"t{i}"] = {"dtype": draw(st.sampled_from(DTYPES)), "shape": shape, "data_offsets": offsets}
        ref = {"$array": f"t{i}", "kind": draw(st.sampled_from(["numpy", "torch", 3]))}
        if draw(st.booleans()):
            ref["view"] = [draw(st.lists(numbers, max_size=3)), draw(st.lists(numbers, max_size=3)),
                           draw(numbers)]
        refs.append(ref)
    tree = draw(st.recursive(st.one_of(leaves, st.sampled_from(refs or [None])),
                             lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(max_size=4), inner, max_size=4),
                                                     st.builds(lambda v: {"$tuple": v}, st.lists(inner, max_size=3)),
                                                     st.builds(lambda v: {"$float": v}, st.text(max_size=6))),
                             max_leaves=12))
    depth = draw(st.integers(0, 3))
    tree_text = json.dumps(tree, allow_nan=True)
    if depth == 3:  # far deeper than any parser should follow
        tree_text = "[" * 50_000 + "]" * 50_000
    return blob({"__metadata__": {"tree": tree_text}, **header}, payload)


def _parse_bounded(data: bytes) -> None:
    tracemalloc.start()
    try:
        output, why = parse_output(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert why is None or (isinstance(why, str) and output is None)
    assert peak < 64 * len(data) + (4 << 20), peak


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=512))
def test_any_bytes_parse_to_a_value_or_a_reason(data):
    _parse_bounded(data)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(replies())
def test_malformed_headers_and_trees_never_escape(data):
    _parse_bounded(data)


def test_the_known_crashers_are_reasons():
    cases = [
        blob({"t0": {"dtype": "F32", "shape": [1e400], "data_offsets": [0, 4]}}, b"\0" * 4,
             raw_tree='{"$array": "t0", "kind": "numpy"}'),
        blob({}, raw_tree="[" * 100_000 + "]" * 100_000),
        blob({"t0": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}, b"\0" * 8,
             raw_tree=json.dumps({"$array": "t0", "kind": "numpy", "view": [[2**25, 2**25], [0, 0], 0]})),
        blob({}, raw_tree=json.dumps([10**30])),
        blob({"t0": {"dtype": "F32", "shape": [-2, -2], "data_offsets": [0, 16]}}, b"\0" * 16,
             raw_tree='{"$array": "t0", "kind": "numpy"}'),
    ]
    for data in cases:
        output, why = parse_output(data)
        assert output is None and why, why


def test_containers_are_read_without_their_subclass_methods():
    """A tuple (list, dict) subclass whose methods would do work off the clock: never called."""
    called = []

    class Deferred(tuple):
        def __iter__(self):
            called.append("iter")
            yield np.ones(3)

        def __getitem__(self, i):
            called.append("getitem")
            return np.ones(3)

        def __len__(self):
            called.append("len")
            return 1

    class Keys(dict):
        def keys(self):
            called.append("keys")
            return ["x"]

    fd = harness.encode([Deferred((np.zeros(3),)), Keys(a=1)])
    try:
        output, why = parse_output(harness.read_blob(fd))
    finally:
        os.close(fd)
    assert why is None and not called
    assert output[0][0].data.tolist() == [0.0, 0.0, 0.0] and output[1] == {"a": 1}
