"""Inputs for sigmoid: float32/float64 arrays of 0 to 4 dimensions.

Modes: fixed examples, standard normal times ``scale``, uniform magnitudes up to 1e4,
the negative tail (values of sigmoid far below float epsilon that must keep their
relative precision), exact zeros, and a non-contiguous view.
"""

import numpy as np


def _layout(x, layout, rng):
    if layout == "contiguous" or x.ndim == 0 or x.size == 0:
        return x
    if layout == "transposed":
        return np.ascontiguousarray(x.transpose()).transpose()
    if layout == "strided":  # every other element of a larger buffer along the last axis
        base = rng.standard_normal(x.shape[:-1] + (2 * x.shape[-1],)).astype(x.dtype)
        base[..., ::2] = x
        return base[..., ::2]
    raise ValueError(layout)


def generate(rng, mode="random", shape=(4, 8), dtype="float32", scale=4.0, low=-60.0, high=-20.0,
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if mode == "example":
        x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    elif mode == "extremes_example":
        x = np.array([-1e4, -100.0, -30.0, 30.0, 100.0, 1e4])
    elif mode == "random":  # drawn in the target dtype: the timing inputs are large
        dt = np.dtype(dtype).type
        x = rng.standard_normal(shape, dtype=dt) * dt(scale)
    elif mode == "huge":  # magnitudes up to 1e4 of both signs, plus exactly +-1e4
        x = rng.uniform(-1e4, 1e4, size=shape)
        flat = x.reshape(-1)
        flat[:2] = [-1e4, 1e4]
    elif mode == "tail":  # uniform in [low, high]: tiny positive values that must stay relative-precise
        x = rng.uniform(low, high, size=shape)
    elif mode == "mirror":  # values and their negatives: sigmoid(x) + sigmoid(-x) = 1
        v = rng.uniform(0, 40, size=shape[:-1] + (shape[-1] // 2,))
        x = np.concatenate([v, -v], axis=-1)
    elif mode == "zeros":  # sigmoid(0) = 0.5 exactly, and -0.0 too
        x = np.zeros(shape)
        x.reshape(-1)[::2] = -0.0
    else:
        raise ValueError(mode)
    x = _layout(np.asarray(x).astype(dtype), layout, rng)
    return {"x": x}
