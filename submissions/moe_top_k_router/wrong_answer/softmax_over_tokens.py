# mistake: applies softmax over dim 0 (tokens) instead of over the experts (last dim)
# 错误：在 dim 0（token 维）上做 softmax，而不是在专家维（最后一维）
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: softmax over dim 0 (the tokens), not over the experts."""
    probs = torch.softmax(x @ w_gate, dim=0)
    values, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    top = values[:, :k]
    return top / top.sum(dim=-1, keepdim=True), order[:, :k]
