# mistake: projects K/V per head from that head's slice of x instead of one shared projection of the whole x
# 错误：每个头从 x 的对应切片各自投影 K/V，而不是对整个 x 做一次所有头共享的投影
import math

import torch


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: K/V projected per head, head h from its own slice of x.

    MQA's K and V are ONE projection of the whole x, shared by all heads; here each head
    builds its own K_h = x[..., h*d:(h+1)*d] @ w_k[:, h*d:(h+1)*d].T, as if splitting x into
    heads came before the key/value projection.
    """
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).view(B, L, num_heads, d).transpose(1, 2)
    xh = x.reshape(B, L, num_heads, d).transpose(1, 2)  # [B, H, L, d]
    k = xh @ w_k.view(d, num_heads, d).permute(1, 2, 0)  # [H, d_in, d_out] per-head slices
    v = xh @ w_v.view(d, num_heads, d).permute(1, 2, 0)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask.unsqueeze(1)), float("-inf"))
    return (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, L, E) @ w_o.T
