# mistake: sums over the batch before the ratio (one global Dice per class) instead of one Dice per sample and class
# 错误：在求比值之前对 batch 也求和（每个类别一个全局 Dice），而不是每个样本、每个类别各算一个 Dice
import torch.nn.functional as F


def dice_loss(probs, targets, smooth=1.0):
    onehot = F.one_hot(targets, probs.shape[1]).permute(0, 3, 1, 2).to(probs.dtype)
    inter = (probs * onehot).sum(dim=(0, 2, 3))
    union = probs.sum(dim=(0, 2, 3)) + onehot.sum(dim=(0, 2, 3))
    return 1 - ((2 * inter + smooth) / (union + smooth)).mean()
