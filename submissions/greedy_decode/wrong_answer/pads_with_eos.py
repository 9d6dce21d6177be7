# mistake: pads finished rows with eos_id instead of pad_id
# 错误：已结束的行用 eos_id 填充，而不是 pad_id
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Mistake: finished rows are padded with eos_id instead of pad_id."""
    seq = prompt.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    for _ in range(max_new_tokens):
        if done.all():
            break
        nxt = step(seq).argmax(-1)
        nxt[done] = eos_id
        seq = torch.cat([seq, nxt[:, None]], dim=1)
        done |= nxt == eos_id
    return seq
