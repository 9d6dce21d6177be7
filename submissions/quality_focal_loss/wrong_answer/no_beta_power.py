# mistake: scales the BCE by |target - sigmoid(pred)| without raising it to the power beta
# 错误：用 |target - sigmoid(pred)| 缩放 BCE，没有取 beta 次方
import torch.nn.functional as F


def quality_focal_loss(pred, target, beta=2.0):
    bce = F.softplus(pred) - pred * target
    return (bce * (target - pred.sigmoid()).abs()).sum(dim=1).mean()
