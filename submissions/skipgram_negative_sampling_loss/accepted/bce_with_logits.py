"""Another style: one [B, 1 + K] logit matrix, BCE-with-logits against targets 1 then 0s."""
import torch
import torch.nn.functional as F


def sgns_loss(center, context, negatives):
    samples = torch.cat([context.unsqueeze(1), negatives], dim=1)   # [B, 1 + K, D]
    logits = (samples @ center.unsqueeze(-1)).squeeze(-1)          # [B, 1 + K]
    targets = torch.zeros_like(logits)
    targets[:, 0] = 1
    per_pair = F.binary_cross_entropy_with_logits(logits, targets, reduction="none").sum(1)
    return per_pair.mean()
