# mistake: forgets to divide the scores by sqrt(D)
# 错误：忘了把注意力分数除以 sqrt(D)
import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: forgets the 1/sqrt(D) scale."""
    scores = q @ k.transpose(-2, -1)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
