import torch


def relative_position_bias(table, q_len, k_len):
    """Classic mistake: returns the Shaw layout [q_len, k_len, H] instead of [H, q_len, k_len]."""
    K = (table.shape[0] - 1) // 2
    rel = torch.arange(k_len).unsqueeze(0) - torch.arange(q_len).unsqueeze(1)  # j - i
    idx = rel.clamp_(-K, K).add_(K)  # [q_len, k_len] rows of the table
    return table[idx]  # [q_len, k_len, H] -> [H, q_len, k_len]
