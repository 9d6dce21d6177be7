# mistake: adds 1e-10 inside the log, -log(sigmoid(x) + 1e-10), which caps each term at about 23
# 错误：在 log 里加 1e-10，即 -log(sigmoid(x) + 1e-10)，把每一项截断在约 23
import torch


def sgns_loss(center, context, negatives):
    pos = torch.sum(center * context, dim=1)
    neg = torch.bmm(negatives, center.unsqueeze(2)).squeeze(2)
    pos_loss = -torch.log(torch.sigmoid(pos) + 1e-10)
    neg_loss = -torch.log(torch.sigmoid(-neg) + 1e-10).sum(dim=1)
    return (pos_loss + neg_loss).mean()
