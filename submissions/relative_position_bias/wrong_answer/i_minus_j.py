# mistake: uses relative distance i - j instead of j - i, reading the table mirrored
# 错误：相对距离用 i - j 而不是 j - i，查表方向反了
import torch


def relative_position_bias(table, q_len, k_len):
    """Classic mistake: distance i - j instead of j - i (the table read mirrored)."""
    K = (table.shape[0] - 1) // 2
    rel = torch.arange(q_len).unsqueeze(1) - torch.arange(k_len).unsqueeze(0)
    idx = rel.clamp_(-K, K).add_(K)  # [q_len, k_len] rows of the table
    return table[idx].permute(2, 0, 1)  # [q_len, k_len, H] -> [H, q_len, k_len]
