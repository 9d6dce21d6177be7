import torch


def relative_position_bias(table, q_len, k_len):
    """Correct, but one Python iteration per (query, key) pair."""
    K = (table.shape[0] - 1) // 2
    out = torch.empty(table.shape[1], q_len, k_len, dtype=table.dtype)
    for i in range(q_len):
        for j in range(k_len):
            out[:, i, j] = table[min(max(j - i, -K), K) + K]
    return out
