import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Calls the model only on the rows still running; grows the batch with torch.cat."""
    seq = prompt.clone()
    done = torch.zeros(seq.shape[0], dtype=torch.bool)
    for _ in range(max_new_tokens):
        if done.all():
            break
        nxt = torch.full((seq.shape[0],), pad_id, dtype=torch.long)
        active = (~done).nonzero().squeeze(1)
        nxt[active] = step(seq[active]).argmax(-1)
        seq = torch.cat([seq, nxt.unsqueeze(1)], dim=1)
        done = done | (nxt == eos_id)
    return seq
