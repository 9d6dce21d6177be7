# mistake: computes log(sigmoid(x)) directly, which underflows to -inf (loss inf) for scores beyond about 104
# 错误：直接计算 log(sigmoid(x))，得分超过约 104 时下溢为 -inf（损失为 inf）
import torch


def sgns_loss(center, context, negatives):
    pos = (center * context).sum(-1)
    neg = torch.bmm(negatives, center.unsqueeze(-1)).squeeze(-1)
    loss = -torch.log(torch.sigmoid(pos)) - torch.log(torch.sigmoid(-neg)).sum(-1)
    return loss.mean()
