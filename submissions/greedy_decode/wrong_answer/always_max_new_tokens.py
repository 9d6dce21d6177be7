# mistake: keeps appending pad tokens after every row has finished instead of stopping early
# 错误：所有行都结束后仍继续追加 pad，没有提前停止
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Mistake: keeps appending padding after every row has finished."""
    seq = prompt.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    for _ in range(max_new_tokens):
        nxt = step(seq).argmax(-1)
        nxt[done] = pad_id
        seq = torch.cat([seq, nxt[:, None]], dim=1)
        done |= nxt == eos_id
    return seq
