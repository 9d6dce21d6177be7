# mistake: returns [q_len, k_len, H] (heads last) instead of permuting to [H, q_len, k_len]
# 错误：返回 [q_len, k_len, H]（头在最后），没有 permute 成 [H, q_len, k_len]
import torch


def relative_position_bias(table, q_len, k_len):
    """Classic mistake: returns the Shaw layout [q_len, k_len, H] instead of [H, q_len, k_len]."""
    K = (table.shape[0] - 1) // 2
    rel = torch.arange(k_len).unsqueeze(0) - torch.arange(q_len).unsqueeze(1)  # j - i
    idx = rel.clamp_(-K, K).add_(K)  # [q_len, k_len] rows of the table
    return table[idx]  # [q_len, k_len, H] -> [H, q_len, k_len]
