"""Inputs for yolo_decode: pred [B, A*(5+K), H, W], anchors [A, 2] (integer pixels), stride.

Raw outputs are N(0, scale^2), except tw, th: N(0, wh_scale^2) (exp stays moderate).
``layout: channels_last`` passes pred as a channels-last (non-contiguous) tensor.
"""

import numpy as np
import torch


def generate(rng, B=1, A=3, K=2, H=4, W=5, stride=8, dtype="float32", scale=2.0, wh_scale=0.7,
             layout="contiguous"):
    raw = rng.standard_normal((B, A, 5 + K, H, W), dtype=np.dtype(dtype))
    raw *= scale
    raw[:, :, 2:4] *= wh_scale / scale
    anchors = rng.integers(4, 200, size=(A, 2)).astype(dtype)
    pred = torch.from_numpy(raw.reshape(B, A * (5 + K), H, W))
    if layout == "channels_last":
        pred = pred.contiguous(memory_format=torch.channels_last)
    return {"pred": pred, "anchors": torch.from_numpy(anchors), "stride": int(stride)}
