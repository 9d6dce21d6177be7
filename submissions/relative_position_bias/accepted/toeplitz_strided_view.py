import torch


def relative_position_bias(table, q_len, k_len):
    """Another style: every row of the bias is a window of one vector over the offsets
    j - i = -(q_len-1) .. k_len-1, so build that vector once per head and take a strided
    (Toeplitz) view of it, flipped so that row i starts at offset -i."""
    K = (table.shape[0] - 1) // 2
    offsets = torch.arange(-(q_len - 1), k_len).clamp(-K, K) + K
    v = table.t()[:, offsets].contiguous()  # [H, q_len + k_len - 1]
    H, n = v.shape
    windows = v.as_strided((H, q_len, k_len), (n, 1, 1))  # row r starts at offset r - (q_len-1)
    return windows.flip(1)
