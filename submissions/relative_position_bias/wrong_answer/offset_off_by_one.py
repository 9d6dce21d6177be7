# mistake: offsets the index by K - 1 instead of K, so distance 0 reads row K - 1
# 错误：下标偏移用 K - 1 而不是 K，距离 0 读到第 K - 1 行
import torch


def relative_position_bias(table, q_len, k_len):
    """Classic mistake: offset K - 1 instead of K, so distance 0 reads row K - 1."""
    K = (table.shape[0] - 1) // 2
    rel = torch.arange(k_len).unsqueeze(0) - torch.arange(q_len).unsqueeze(1)  # j - i
    idx = rel.clamp_(-K + 1, K + 1).add_(K - 1)  # [q_len, k_len] rows of the table
    return table[idx].permute(2, 0, 1)  # [q_len, k_len, H] -> [H, q_len, k_len]
