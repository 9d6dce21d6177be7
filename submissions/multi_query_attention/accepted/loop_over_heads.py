import torch
import torch.nn.functional as F


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """A second style: one query head at a time against the shared K and V."""
    E = x.shape[-1]
    d = E // num_heads
    k = F.linear(x, w_k)  # [B, L, d]
    v = F.linear(x, w_v)
    outs = []
    for h in range(num_heads):
        q = F.linear(x, w_q[h * d:(h + 1) * d])  # [B, L, d]
        s = torch.einsum("bid,bjd->bij", q, k) / d ** 0.5
        if mask is not None:
            s = s.masked_fill(mask.logical_not(), float("-inf"))
        outs.append(torch.softmax(s, dim=-1) @ v)
    return F.linear(torch.cat(outs, dim=-1), w_o)
