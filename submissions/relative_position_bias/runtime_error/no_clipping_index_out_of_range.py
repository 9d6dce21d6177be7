import torch


def relative_position_bias(table, q_len, k_len):
    """Classic mistake: no clamp to [-K, K]: j - i + K > 2K indexes past the table (IndexError)."""
    K = (table.shape[0] - 1) // 2
    rel = torch.arange(k_len).unsqueeze(0) - torch.arange(q_len).unsqueeze(1)  # j - i
    idx = rel.add_(K)  # [q_len, k_len] rows of the table
    return table[idx].permute(2, 0, 1)  # [q_len, k_len, H] -> [H, q_len, k_len]
