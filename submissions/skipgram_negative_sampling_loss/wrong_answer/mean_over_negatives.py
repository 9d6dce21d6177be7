# mistake: averages the K negative terms of a pair instead of summing them
# 错误：对一个训练对的 K 个负样本项取平均，而不是求和
import torch
import torch.nn.functional as F


def sgns_loss(center, context, negatives):
    pos = (center * context).sum(-1)
    neg = torch.bmm(negatives, center.unsqueeze(-1)).squeeze(-1)
    return -(F.logsigmoid(pos) + F.logsigmoid(-neg).mean(-1)).mean()
