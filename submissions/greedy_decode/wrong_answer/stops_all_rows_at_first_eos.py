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
