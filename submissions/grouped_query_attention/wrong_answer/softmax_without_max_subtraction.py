# mistake: softmax as exp(s) / sum(exp(s)) without subtracting the row max, overflowing to nan
# 错误：softmax 直接算 exp(s) / sum(exp(s))，没减去每行最大值，数值溢出得到 nan
import math


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    """Classic mistake: exp(s) / sum(exp(s)) overflows to inf/inf = nan on large scores."""
    B, L, E = x.shape
    d = E // num_heads
    g = num_heads // num_kv_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_kv_heads, d).transpose(1, 2).repeat_interleave(g, dim=1)
    v = (x @ w_v.T).reshape(B, L, num_kv_heads, d).transpose(1, 2).repeat_interleave(g, dim=1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    e = scores.exp()
    ctx = e / e.sum(-1, keepdim=True) @ v
    return ctx.transpose(1, 2).reshape(B, L, E) @ w_o.T
