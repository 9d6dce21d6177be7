# mistake: uses log sigmoid(+u_k . v_c) for the negatives instead of log sigmoid(-u_k . v_c)
# 错误：负样本项用 log sigmoid(+u_k · v_c)，而不是 log sigmoid(-u_k · v_c)
import torch
import torch.nn.functional as F


def sgns_loss(center, context, negatives):
    pos = (center * context).sum(-1)
    neg = torch.bmm(negatives, center.unsqueeze(-1)).squeeze(-1)
    return -(F.logsigmoid(pos) + F.logsigmoid(neg).sum(-1)).mean()
