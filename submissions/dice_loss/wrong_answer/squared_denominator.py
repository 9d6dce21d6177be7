# mistake: uses sum(p^2) + sum(g^2) in the denominator instead of the plain sums
# 错误：分母用 sum(p^2) + sum(g^2)，而不是直接求和
import torch.nn.functional as F


def dice_loss(probs, targets, smooth=1.0):
    onehot = F.one_hot(targets, probs.shape[1]).permute(0, 3, 1, 2).to(probs.dtype)
    inter = (probs * onehot).sum(dim=(2, 3))
    union = (probs ** 2).sum(dim=(2, 3)) + (onehot ** 2).sum(dim=(2, 3))
    return 1 - ((2 * inter + smooth) / (union + smooth)).mean()
