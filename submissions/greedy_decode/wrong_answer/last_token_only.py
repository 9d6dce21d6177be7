# mistake: feeds the model only the last token (as if it had a KV cache) instead of the whole sequence
# 错误：只把最后一个 token 喂给模型（好像有 KV cache 一样），而不是整条序列
import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Classic mistake: feeds the model only the last token, as if it kept a cache."""
    seq = prompt.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    for _ in range(max_new_tokens):
        if done.all():
            break
        nxt = step(seq[:, -1:]).argmax(-1)
        nxt[done] = pad_id
        seq = torch.cat([seq, nxt[:, None]], dim=1)
        done |= nxt == eos_id
    return seq
