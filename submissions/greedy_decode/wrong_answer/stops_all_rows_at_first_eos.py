# mistake: breaks out when any row emits EOS, ending every row instead of only finishing that row
# 错误：任一行生成 EOS 就 break，所有行一起停止，而不是只结束那一行
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Classic mistake: `if (nxt == eos).any(): break` ends every row at the first EOS."""
    seq = prompt.clone()
    for _ in range(max_new_tokens):
        nxt = step(seq).argmax(-1)
        seq = torch.cat([seq, nxt[:, None]], dim=1)
        if (nxt == eos_id).any():
            break
    return seq
