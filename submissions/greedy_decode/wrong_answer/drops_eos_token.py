# mistake: marks a row done before writing, so the EOS token itself is replaced by pad_id
# 错误：写入前就把该行标记为结束，导致 EOS 本身被写成了 pad_id
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Classic mistake: a row that emits EOS stops, but the EOS itself is written as padding."""
    seq = prompt.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    for _ in range(max_new_tokens):
        if done.all():
            break
        nxt = step(seq).argmax(-1)
        done = done | (nxt == eos_id)
        nxt[done] = pad_id
        seq = torch.cat([seq, nxt[:, None]], dim=1)
    return seq
