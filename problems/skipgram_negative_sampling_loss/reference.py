import torch
import torch.nn.functional as F


def sgns_loss(center, context, negatives):
    """word2vec SGNS: mean over the batch of -logsigmoid(u_o.v_c) - sum_k logsigmoid(-u_k.v_c)."""
    pos = (center * context).sum(-1)                             # [B]
    neg = torch.bmm(negatives, center.unsqueeze(-1)).squeeze(-1)  # [B, K]
    return -(F.logsigmoid(pos) + F.logsigmoid(-neg).sum(-1)).mean()
