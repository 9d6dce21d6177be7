# mistake: adds smooth to the numerator only
# 错误：smooth 只加在分子上
import torch.nn.functional as F


def dice_loss(probs, targets, smooth=1.0):
    onehot = F.one_hot(targets, probs.shape[1]).permute(0, 3, 1, 2).to(probs.dtype)
    inter = (probs * onehot).sum(dim=(2, 3))
    union = probs.sum(dim=(2, 3)) + onehot.sum(dim=(2, 3))
    return 1 - ((2 * inter + smooth) / union).mean()
