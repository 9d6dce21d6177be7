# mistake: computes the BCE as log(sigmoid(x)) and log(1 - sigmoid(x)), which give -inf / nan for large |x|
# 错误：用 log(sigmoid(x)) 和 log(1 - sigmoid(x)) 计算 BCE，|x| 很大时得到 -inf / nan
import torch


def quality_focal_loss(pred, target, beta=2.0):
    p = torch.sigmoid(pred)
    bce = -(target * torch.log(p) + (1 - target) * torch.log(1 - p))
    return (bce * (target - p).abs() ** beta).sum(dim=1).mean()
