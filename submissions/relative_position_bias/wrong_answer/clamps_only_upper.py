# mistake: clamps the relative distance only from above (max=K), so below -K negative indices wrap around
# 错误：相对距离只做上界截断（max=K），小于 -K 时负下标会绕回表尾
import torch


def relative_position_bias(table, q_len, k_len):
    """Classic mistake: clamps only from above; below -K the negative index wraps around
    to the end of the table (Python/torch negative indexing), silently."""
    K = (table.shape[0] - 1) // 2
    rel = torch.arange(k_len).unsqueeze(0) - torch.arange(q_len).unsqueeze(1)  # j - i
    idx = rel.clamp_(max=K).add_(K)  # [q_len, k_len] rows of the table
    return table[idx].permute(2, 0, 1)  # [q_len, k_len, H] -> [H, q_len, k_len]
