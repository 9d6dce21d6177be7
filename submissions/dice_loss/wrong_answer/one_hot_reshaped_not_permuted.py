# mistake: reshapes the [N, H, W, C] one-hot to [N, C, H, W] instead of permuting it, scrambling classes and pixels
# 错误：把 [N, H, W, C] 的 one-hot 直接 reshape 成 [N, C, H, W] 而没有 permute，类别和像素错位
import torch.nn.functional as F


def dice_loss(probs, targets, smooth=1.0):
    n, c, h, w = probs.shape
    onehot = F.one_hot(targets, c).reshape(n, c, h, w).to(probs.dtype)
    inter = (probs * onehot).sum(dim=(2, 3))
    union = probs.sum(dim=(2, 3)) + onehot.sum(dim=(2, 3))
    return 1 - ((2 * inter + smooth) / (union + smooth)).mean()
