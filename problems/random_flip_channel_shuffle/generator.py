"""Inputs for random_flip_channel_shuffle: images [N, C, H, W], p_flip and a seeded torch.Generator.

Float images are N(0, 1) (all values distinct), uint8 images uniform in 0..255;
``values: arange`` numbers the pixels 0, 1, 2, ... (the public examples). The
generator seed is drawn per case from ``rng``, so timing rounds get fresh draws.
``layout: channels_last`` passes the batch in channels-last memory format (non-contiguous).
"""

import numpy as np
import torch

from judge.harness import Make


def generate(rng, N=4, C=3, H=4, W=5, p_flip=0.5, dtype="float32", layout="contiguous", values="random"):
    if values == "arange":  # 0, 1, 2, ... in memory order: easy to follow in the examples
        x = np.arange(N * C * H * W).reshape(N, C, H, W).astype(dtype)
    elif dtype == "uint8":
        x = rng.integers(0, 256, size=(N, C, H, W)).astype(np.uint8)
    else:
        x = rng.standard_normal((N, C, H, W)).astype(dtype)
    images = torch.from_numpy(x)
    if layout == "channels_last":
        images = images.contiguous(memory_format=torch.channels_last)
    seed = int(rng.integers(0, 2**62))
    return {"images": images, "p_flip": float(p_flip), "generator": Make("generator", seed=seed)}
