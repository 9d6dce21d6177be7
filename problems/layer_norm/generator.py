"""Inputs for layer_norm: x [..., D] (float32/float64), weight [D], bias [D], optional eps.

Well-conditioned in float32 on purpose: row means within +-2 and row standard
deviations of 0.5 to 2 (a large mean over a tiny spread loses digits in float32
even in torch's own kernel); the small-variance cases are centred on zero.
"""

import numpy as np
import torch


def _layout(x, layout):
    """The same values as a non-contiguous view."""
    if layout == "contiguous" or x.ndim < 2:
        return x
    if layout == "batch_transposed":  # [A, B, ..., D] viewed from storage [B, A, ..., D]
        return x.transpose(0, 1).contiguous().transpose(0, 1)
    if layout == "last_dim_strided":  # [..., D] viewed from storage [D, ...]: stride(-1) != 1
        perm = (x.ndim - 1,) + tuple(range(x.ndim - 1))
        inv = tuple(int(i) for i in np.argsort(perm))
        return x.permute(*perm).contiguous().permute(*inv)
    raise ValueError(layout)


def _unit_rows(rng, shape, dt):
    """Standard-normal rows rescaled to sample mean 0 and sample std 1 (all 0 when D = 1; long
    rows are left as drawn).

    Without this a short row (D = 2, 3) can have two nearly equal values: a tiny
    spread under a large mean, ill-conditioned in float32.
    """
    z = rng.standard_normal(shape, dtype=dt)  # in the target dtype: the timing inputs are large
    if shape[-1] == 1:
        return np.zeros(shape, dtype=dt)
    if shape[-1] >= 256:  # long rows: the sample std is 1 within a few percent already
        return z
    ramp = np.linspace(-1.0, 1.0, shape[-1], dtype=dt)
    z = np.where(np.ptp(z, axis=-1, keepdims=True) > 0.1, z, ramp)  # no nearly-constant row
    z -= z.mean(axis=-1, keepdims=True)
    z /= z.std(axis=-1, keepdims=True)
    return z


def generate(rng, mode="random", shape=(4, 8), dtype="float32", std=None, eps=None, affine="random",
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    d = shape[-1]
    dt = np.dtype(dtype)
    if mode == "basic":
        x = np.array([[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 0.0, 5.0]])
        w, b = np.ones(4), np.zeros(4)
    elif mode == "affine":
        x = np.array([[[0.5, -1.0, 2.0], [3.0, 3.0, 0.0]], [[1.0, 1.5, 2.0], [-2.0, 0.0, 2.0]]])
        w, b = np.array([1.0, 0.5, -2.0]), np.array([0.0, 0.1, 1.0])
    else:
        rows = shape[:-1] + (1,)
        if mode == "random":
            mean = rng.uniform(-2.0, 2.0, size=rows).astype(dt)
            spread = rng.uniform(0.5, 2.0, size=rows).astype(dt) if std is None else dt.type(std)
            x = _unit_rows(rng, shape, dt.type)
            x *= spread
            x += mean
        elif mode == "centred":  # small spread around zero: eps is comparable to the variance
            x = dt.type(std) * _unit_rows(rng, shape, dt.type)
        elif mode == "constant":  # every row one dyadic value: zero variance, exact mean
            x = np.broadcast_to(rng.integers(-16, 17, size=rows) / 4.0, shape).copy()
        else:
            raise ValueError(mode)
        if affine == "identity":
            w, b = np.ones(d), np.zeros(d)
        else:
            w = 1.0 + 0.5 * rng.standard_normal(d)
            b = 0.5 * rng.standard_normal(d)
    out = {
        "x": _layout(torch.from_numpy(np.ascontiguousarray(x, dtype=dt)), layout),
        "weight": torch.from_numpy(np.asarray(w, dtype=dt)),
        "bias": torch.from_numpy(np.asarray(b, dtype=dt)),
    }
    if eps is not None:
        out["eps"] = float(eps)
    return out
