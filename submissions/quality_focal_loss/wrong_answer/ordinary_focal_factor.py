# mistake: uses the ordinary focal factor (1 - p_t)^beta with p_t = p*y + (1-p)*(1-y) instead of |y - p|^beta
# 错误：使用普通 focal loss 的调制因子 (1 - p_t)^beta（p_t = p*y + (1-p)*(1-y)），而不是 |y - p|^beta
import torch.nn.functional as F


def quality_focal_loss(pred, target, beta=2.0):
    p = pred.sigmoid()
    bce = F.softplus(pred) - pred * target
    p_t = p * target + (1 - p) * (1 - target)
    return (bce * (1 - p_t) ** beta).sum(dim=1).mean()
