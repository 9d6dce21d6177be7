import math

import torch


def _layer_norm(z, w, b, eps=1e-5):
    mu = z.mean(-1, keepdim=True)
    var = ((z - mu) ** 2).mean(-1, keepdim=True)
    return (z - mu) / torch.sqrt(var + eps) * w + b


def _softmax(s):
    s = s - s.max(dim=-1, keepdim=True).values
    e = torch.exp(s)
    return e / e.sum(dim=-1, keepdim=True)


def transformer_block(x, params, num_heads, mask=None):
    """Everything by hand, one head at a time."""
    p = params
    B, L, E = x.shape
    d = E // num_heads
    q = x @ p["w_q"].T + p["b_q"]
    k = x @ p["w_k"].T + p["b_k"]
    v = x @ p["w_v"].T + p["b_v"]
    if mask is not None:
        mask = mask.expand(B, num_heads, L, L)
    outs = []
    for h in range(num_heads):
        sl = slice(h * d, (h + 1) * d)
        s = torch.bmm(q[..., sl], k[..., sl].transpose(1, 2)) / math.sqrt(d)
        if mask is not None:
            s = torch.where(mask[:, h], s, torch.tensor(float("-inf"), dtype=s.dtype))
        outs.append(torch.bmm(_softmax(s), v[..., sl]))
    attn = torch.cat(outs, dim=-1) @ p["w_o"].T + p["b_o"]
    x1 = _layer_norm(x + attn, p["ln1_weight"], p["ln1_bias"])
    z = x1 @ p["w_1"].T + p["b_1"]
    z = 0.5 * z * (1.0 + torch.erf(z / math.sqrt(2.0)))
    return _layer_norm(x1 + z @ p["w_2"].T + p["b_2"], p["ln2_weight"], p["ln2_bias"])
