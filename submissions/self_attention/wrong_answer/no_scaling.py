# mistake: forgets to divide the scores by sqrt(d_k)
# 错误：忘了把注意力分数除以 sqrt(d_k)
import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """Classic mistake: plain dot-product attention, no 1/sqrt(d_k)."""
    q = x @ w_q.T + (0 if b_q is None else b_q)
    k = x @ w_k.T + (0 if b_k is None else b_k)
    v = x @ w_v.T + (0 if b_v is None else b_v)
    return torch.softmax(q @ k.transpose(1, 2), dim=-1) @ v
