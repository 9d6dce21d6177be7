# mistake: never pads finished rows; they keep taking the argmax after emitting EOS
# 错误：已结束的行从不填 pad，生成 EOS 之后仍继续取 argmax
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Mistake: finished rows are never padded; they go on taking the argmax."""
    seq = prompt.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    for _ in range(max_new_tokens):
        if done.all():
            break
        nxt = step(seq).argmax(-1)
        seq = torch.cat([seq, nxt[:, None]], dim=1)
        done |= nxt == eos_id
    return seq
