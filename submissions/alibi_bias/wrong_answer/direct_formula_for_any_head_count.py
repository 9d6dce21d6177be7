# mistake: uses slopes 2^(-8(h+1)/n) for every head count, also when n is not a power of two
# 错误：无论头数 n 是否为 2 的幂都直接用斜率 2^(-8(h+1)/n)，没按论文规则处理非 2 的幂
import torch


def alibi_bias(num_heads, seq_len):
    """Classic mistake: 2^(-8(h+1)/n) for every n, also when n is not a power of two."""
    slopes = torch.tensor([2.0 ** (-8.0 * (h + 1) / num_heads) for h in range(num_heads)])
    pos = torch.arange(seq_len, dtype=torch.float32)
    rel = pos.unsqueeze(0) - pos.unsqueeze(1)
    rel.masked_fill_(rel > 0, float("-inf"))
    return slopes.view(-1, 1, 1) * rel
