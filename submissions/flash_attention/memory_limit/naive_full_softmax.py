# scaling: memory — builds the whole Lq × Lk score matrix: memory grows as L^2, where tiling over key blocks keeps it at L × block
# 规模：内存 — 构造完整的 Lq × Lk 分数矩阵：内存按 L^2 增长，而按键分块只需 L × 块大小
import math

import torch


def flash_attention(q, k, v, block_size, causal=False):
    """Correct values, but the whole Lq x Lk score matrix is built: too much memory on long inputs."""
    s = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
    if causal:
        Lq, Lk = s.shape[-2:]
        mask = torch.ones(Lq, Lk, dtype=torch.bool).tril(Lk - Lq)
        s = s.masked_fill(~mask, float("-inf"))
    return torch.softmax(s, dim=-1) @ v
