# mistake: treats a row whose prompt already ends with EOS as finished before generating anything
# 错误：把 prompt 末尾已是 EOS 的行视为已结束，一个 token 都不生成
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Mistake: a row whose prompt already ends with EOS is treated as finished."""
    seq = prompt.clone()
    done = seq[:, -1] == eos_id
    for _ in range(max_new_tokens):
        if done.all():
            break
        nxt = step(seq).argmax(-1)
        nxt[done] = pad_id
        seq = torch.cat([seq, nxt[:, None]], dim=1)
        done |= nxt == eos_id
    return seq
