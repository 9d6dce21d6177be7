import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """A second style: scale q first, einsum, a hand-written stable softmax, torch.where."""
    q = q * q.shape[-1] ** -0.5
    s = torch.einsum("bhqd,bhkd->bhqk", q, k)
    if mask is not None:
        s = torch.where(mask, s, torch.finfo(s.dtype).min)
    s = s - s.amax(dim=-1, keepdim=True)
    e = torch.exp(s)
    if mask is not None:
        e = e * mask
    return torch.einsum("bhqk,bhkd->bhqd", e / e.sum(dim=-1, keepdim=True), v)
