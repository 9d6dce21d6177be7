"""The data-only format between the sandbox and the judge."""

import os

import numpy as np
import pytest
import torch

from judge import harness


def roundtrip(value, *, as_values, views=False):
    fd = harness.encode(value, views=views)
    try:
        data = harness.read_blob(fd)
    finally:
        os.close(fd)
    return harness.decode(bytearray(data) if as_values else data, as_values=as_values)


def test_arrays_tensors_and_python_values_roundtrip():
    value = {"a": np.arange(6, dtype=np.int32).reshape(2, 3), "t": torch.ones(2, dtype=torch.float64),
             "xs": [1, 2.5, "s", None, True], "inf": float("-inf"), "$odd": {}}
    out = roundtrip(value, as_values=True)
    assert np.array_equal(out["a"], value["a"]) and out["a"].dtype == np.int32
    assert torch.equal(out["t"], value["t"])
    assert out["xs"] == [1, 2.5, "s", None, True]
    assert out["inf"] == float("-inf")
    assert out["$odd"] == {}


def test_parent_side_sees_dtypes_and_kinds():
    out = roundtrip([torch.zeros(3, dtype=torch.bfloat16), np.float32(2.5)], as_values=False)
    assert out[0].dtype == "BF16" and out[0].kind == "torch" and out[0].data.dtype == np.float32
    assert out[1].dtype == "F32" and out[1].data.shape == ()


@pytest.mark.parametrize("make", [
    lambda: torch.randn(5, 7).T,
    lambda: torch.randn(4, 6)[:, ::2],
    lambda: torch.randn(3, 1, 4).expand(3, 5, 4),
    lambda: np.asfortranarray(np.random.default_rng(0).standard_normal((4, 3))),
    lambda: np.random.default_rng(0).standard_normal((6, 8))[1:5, ::3],
])
def test_non_contiguous_inputs_keep_their_strides(make):
    x = make()
    y = roundtrip({"x": x}, as_values=True, views=True)["x"]
    if isinstance(x, torch.Tensor):
        assert torch.equal(x, y) and x.stride() == y.stride()
    else:
        assert np.array_equal(x, y) and x.strides == y.strides


def test_lying_objects_become_unsupported_markers():
    class Lying:
        def __array__(self, *a, **k):
            return np.zeros(3)

    class Sub(torch.Tensor):
        pass

    for bad in (Lying(), np.array([object()]), torch.zeros(2).as_subclass(Sub), {1: 2}):
        with pytest.raises(harness.Unsupported):
            roundtrip(bad, as_values=False)


def test_truncated_or_corrupt_blobs_are_rejected():
    fd = harness.encode(np.ones(100))
    data = harness.read_blob(fd)
    os.close(fd)
    with pytest.raises(ValueError):
        harness.decode(data[:-100], as_values=False)
    with pytest.raises(ValueError):
        harness.decode(b"\xff" * 16, as_values=False)


def test_make_leaves_are_built_by_support():
    class Support:
        @staticmethod
        def scale(k):
            return lambda x: x * k

    fd = harness.encode({"f": harness.Make("scale", k=3)})
    data = bytearray(harness.read_blob(fd))
    os.close(fd)
    assert harness.decode(data, as_values=True, support=Support)["f"](2) == 6
    made = harness.decode(bytes(data), as_values=False)["f"]
    assert isinstance(made, harness.Make) and made.factory == "scale"
