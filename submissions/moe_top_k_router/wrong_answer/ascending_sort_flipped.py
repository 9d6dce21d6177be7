# mistake: flips a stable ascending sort, so tied experts come highest index first instead of lowest
# 错误：把稳定升序排序结果翻转，logit 相等时下标大的专家排在前面，而不是下标小的
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: a stable ascending sort read from the end puts tied experts highest index first."""
    logits = x @ w_gate
    order = torch.argsort(logits, dim=-1, stable=True).flip(-1)[:, :k]
    return torch.softmax(torch.gather(logits, 1, order), dim=-1), order
