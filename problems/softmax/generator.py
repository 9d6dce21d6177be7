"""Inputs for softmax: float32/float64 arrays of 1 to 4 dimensions and an axis.

``axis`` is passed only when the case names one (otherwise the default -1 is used).
Every slice along ``axis`` has at least one finite entry; ``-inf`` appears only in
the ``masked`` mode. Random slices get their own offsets, so their maxima differ.
"""

import numpy as np


def _layout(x, layout, rng):
    """The same values as a non-contiguous view."""
    if layout == "contiguous" or x.ndim == 0 or x.size == 0:
        return x
    if layout == "transposed":  # a view of an array stored with the axes reversed
        return np.ascontiguousarray(x.transpose()).transpose()
    if layout == "strided":  # every other element of a larger buffer along the last axis
        base = np.empty(x.shape[:-1] + (2 * x.shape[-1],), dtype=x.dtype)
        base[..., ::2] = x
        base[..., 1::2] = rng.standard_normal(x.shape).astype(x.dtype)
        return base[..., ::2]
    raise ValueError(layout)


def _offsets(rng, shape, axis, spread):
    """A different offset for every slice along ``axis`` (constant within the slice)."""
    oshape = list(shape)
    oshape[axis] = 1
    return rng.uniform(-spread, spread, size=oshape)


def generate(rng, mode="random", shape=(4, 8), axis=None, dtype="float32", scale=3.0, spread=20.0,
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    ax = -1 if axis is None else int(axis)
    if mode == "vector":
        x = np.array([1.0, 2.0, 3.0, 4.0])
    elif mode == "matrix":
        x = np.array([[1.0, 2.0, 3.0], [4.0, 2.0, 0.0]])
    elif mode == "large_vector":  # exp(1e4) overflows: subtract the maximum first
        x = np.array([10000.0, 9999.0, 9998.0, -10000.0])
    elif mode == "random":  # drawn in the target dtype: the timing inputs are large
        dt = np.dtype(dtype).type
        x = rng.standard_normal(shape, dtype=dt) * dt(scale)
        x += _offsets(rng, shape, ax, spread).astype(dt)
    elif mode == "large":  # entries of magnitude up to 1e4, each slice near its own max
        x = rng.uniform(-1e4, 1e4, size=shape)
        top = np.max(x, axis=ax, keepdims=True)
        x = np.where(rng.random(shape) < 0.3, top - rng.uniform(0, 5, size=shape), x)
    elif mode == "very_negative":  # every entry near -1e4: exp(x) underflows to 0
        x = -1e4 + rng.standard_normal(shape) * scale
    elif mode == "far_apart":  # slice maxima hundreds apart: a single global max underflows
        x = rng.standard_normal(shape) * scale
        oshape = list(shape)
        oshape[ax] = 1
        levels = np.array([0.0, 300.0, -700.0, 1000.0, -1500.0, 2500.0, 150.0, -40.0])
        x = x + np.resize(levels, int(np.prod(oshape))).reshape(oshape)
    elif mode == "masked":  # some entries -inf (masked out), never a whole slice
        x = rng.standard_normal(shape) * scale
        mask = rng.random(shape) < 0.4
        keep = np.argmax(rng.random(shape), axis=ax)  # one unmasked entry per slice
        np.put_along_axis(mask, np.expand_dims(keep, ax), False, axis=ax)
        x = np.where(mask, -np.inf, x)
    elif mode == "uniform":  # constant slices: every probability is 1/n
        oshape = list(shape)
        oshape[ax] = 1
        x = np.broadcast_to(rng.uniform(-50, 50, size=oshape), shape).copy()
    else:
        raise ValueError(mode)
    x = _layout(np.asarray(x).astype(dtype), layout, rng)
    out = {"x": x}
    if axis is not None:
        out["axis"] = int(axis)
    return out
