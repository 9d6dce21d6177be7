"""einsum for the scores, F.logsigmoid on positive and negated negative scores."""
import torch
import torch.nn.functional as F


def sgns_loss(center, context, negatives):
    pos = torch.einsum("bd,bd->b", center, context)
    neg = torch.einsum("bkd,bd->bk", negatives, center)
    return -(F.logsigmoid(pos).sum() + F.logsigmoid(-neg).sum()) / center.shape[0]
