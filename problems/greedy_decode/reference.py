import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Batched greedy decoding: every row takes its argmax token until it emits EOS."""
    b, t0 = prompt.shape
    seq = torch.empty(b, t0 + max_new_tokens, dtype=torch.long)
    seq[:, :t0] = prompt
    done = torch.zeros(b, dtype=torch.bool)
    t = t0
    for _ in range(max_new_tokens):
        if bool(done.all()):
            break
        nxt = step(seq[:, :t]).argmax(dim=-1)
        nxt.masked_fill_(done, pad_id)
        seq[:, t] = nxt
        done |= nxt == eos_id
        t += 1
    return seq[:, :t].clone()
