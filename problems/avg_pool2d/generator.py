"""Inputs for avg_pool2d: x [N, C, H, W] plus kernel_size, stride (None: the kernel), padding
and count_include_pad.

Every case keeps padding <= kernel // 2 and H + 2 * padding >= kernel (what PyTorch
accepts). Edge cases: padding with count_include_pad True and False (the divisor at the
borders), inputs shifted away from 0 (so a zero pad is not an average value), stride
left out (defaults to the kernel, not 1), sizes that do not divide (floor, not ceil).
"""

import numpy as np


def generate(rng, mode="random", shape=(2, 3, 8, 8), kernel_size=2, stride=None, padding=0,
             dtype="float32", layout="contiguous", shift=0.0, count_include_pad=None):
    shape = tuple(int(s) for s in shape)
    if mode == "example":
        x = np.arange(16, dtype=np.float64).reshape(1, 1, 4, 4) - 8.0
    elif mode == "random":
        x = rng.standard_normal(shape) + shift
    elif mode == "negative":  # all below 0
        x = -rng.uniform(0.5, 5.0, size=shape)
    elif mode == "ties":  # few distinct values: ties inside windows
        x = rng.integers(-2, 3, size=shape).astype(np.float64)
    else:
        raise ValueError(mode)
    x = x.astype(dtype)
    if layout == "channels_last":  # an [N, C, H, W] view of an [N, H, W, C] array
        x = np.ascontiguousarray(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
    ks = kernel_size if np.ndim(kernel_size) == 0 else tuple(int(k) for k in kernel_size)
    st = stride if stride is None or np.ndim(stride) == 0 else tuple(int(k) for k in stride)
    pd = padding if np.ndim(padding) == 0 else tuple(int(k) for k in padding)
    args = {"x": x, "kernel_size": ks}
    if stride is not None:
        args["stride"] = st
    if padding != 0:
        args["padding"] = pd
    if count_include_pad is not None:
        args["count_include_pad"] = bool(count_include_pad)
    return args
