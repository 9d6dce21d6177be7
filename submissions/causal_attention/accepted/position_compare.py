import torch


def causal_attention(q, k, v):
    """A second style: absolute positions compared with arange, a hand-written softmax."""
    Lq, Lk, D = q.shape[-2], k.shape[-2], q.shape[-1]
    query_pos = torch.arange(Lk - Lq, Lk)[:, None]
    key_pos = torch.arange(Lk)[None, :]
    s = torch.einsum("bhid,bhjd->bhij", q, k) * D ** -0.5
    s = torch.where(key_pos <= query_pos, s, torch.finfo(s.dtype).min)
    s = s - s.amax(dim=-1, keepdim=True)
    p = s.exp()
    return torch.einsum("bhij,bhjd->bhid", p / p.sum(-1, keepdim=True), v)
