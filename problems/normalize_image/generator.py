"""Inputs for normalize_image: x [C, H, W] or [N, C, H, W] (float32/float64, values in [0, 1]
as after ToTensor), mean and std Python lists of C floats.

``stats: imagenet`` (C = 3) uses the ImageNet constants (not exact in float32); ``random``
draws mean in [0.2, 0.8] and std in [0.1, 0.5] per channel. ``layout: channels_last``
passes a 4-D x in torch.channels_last memory format (a 3-D x as an HWC tensor permuted to CHW).
"""

import numpy as np
import torch

IMAGENET = ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])


def generate(rng, shape=(3, 4, 4), dtype="float32", stats="random", layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    C = shape[-3]
    if stats == "imagenet":
        mean, std = list(IMAGENET[0]), list(IMAGENET[1])
    else:
        mean = [float(v) for v in np.round(rng.uniform(0.2, 0.8, C), 3)]
        std = [float(v) for v in np.round(rng.uniform(0.1, 0.5, C), 3)]
    x = torch.from_numpy(rng.random(shape).astype(dtype))
    if layout == "channels_last":
        if x.dim() == 4:
            x = x.contiguous(memory_format=torch.channels_last)
        else:
            x = x.permute(1, 2, 0).contiguous().permute(2, 0, 1)
    return {"x": x, "mean": mean, "std": std}
