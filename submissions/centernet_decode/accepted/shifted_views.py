"""Peak test by hand: pad with -inf, max of the nine shifted views; top-k on the masked, flattened map."""
import torch


def centernet_decode(heatmap, k):
    B, K, H, W = heatmap.shape
    padded = torch.nn.functional.pad(heatmap, (1, 1, 1, 1), value=float("-inf"))
    hmax = padded[:, :, 0:H, 0:W]
    for dy in range(3):
        for dx in range(3):
            hmax = torch.maximum(hmax, padded[:, :, dy:dy + H, dx:dx + W])
    masked = heatmap.masked_fill(heatmap < hmax, float("-inf")).reshape(B, -1)
    scores, idx = masked.topk(k, dim=1, sorted=True)
    classes = torch.div(idx, H * W, rounding_mode="floor")
    rem = idx - classes * (H * W)
    ys = torch.div(rem, W, rounding_mode="floor")
    return scores, classes, ys, rem - ys * W
