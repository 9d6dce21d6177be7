"""Uses MONAI's DiceLoss (forbidden)."""
import torch.nn.functional as F
from monai.losses import DiceLoss


def dice_loss(probs, targets, smooth=1.0):
    g = F.one_hot(targets, probs.shape[1]).permute(0, 3, 1, 2).to(probs.dtype)
    return DiceLoss(smooth_nr=smooth, smooth_dr=smooth, reduction="mean")(probs, g)
