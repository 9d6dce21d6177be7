import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """A second style: one head at a time on weight slices, then concatenate."""
    E = x.shape[-1]
    d = E // num_heads
    if mask is not None and mask.dim() == 2:
        mask = mask.unsqueeze(0)
    heads = []
    for h in range(num_heads):
        rows = slice(h * d, (h + 1) * d)
        q = x @ w_q[rows].T  # [B, L, d]
        k = x @ w_k[rows].T
        v = x @ w_v[rows].T
        s = torch.bmm(q, k.transpose(1, 2)) * d ** -0.5
        if mask is not None:
            s = torch.where(mask, s, float("-inf"))
        s = s - s.amax(dim=-1, keepdim=True)
        p = s.exp()
        heads.append(torch.bmm(p / p.sum(dim=-1, keepdim=True), v))
    return torch.cat(heads, dim=-1) @ w_o.T
