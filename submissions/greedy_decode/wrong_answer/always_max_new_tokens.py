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
