import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Vectorised, with every score kept in float64 whatever the model's dtype."""
    seqs = prompt.long().unsqueeze(0)
    scores = torch.zeros(1, dtype=torch.float64)
    hyps = []  # (normalised score, sequence)
    k = beam_size
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs).double(), dim=-1)
        total = scores.unsqueeze(1) + logp
        v = total.shape[1]
        best, flat = total.flatten().topk(k)
        parent, token = flat // v, flat % v
        seqs = torch.cat([seqs[parent], token.unsqueeze(1)], dim=1)
        ended = token == eos_id
        norm = best / float(t) ** length_penalty
        hyps += [(norm[i].item(), seqs[i]) for i in torch.where(ended)[0].tolist()]
        seqs, scores = seqs[~ended], best[~ended]
        k = len(seqs)
        if k == 0:
            break
    norm = scores / float(max_new_tokens) ** length_penalty
    hyps += [(norm[i].item(), seqs[i]) for i in range(k)]
    return max(hyps, key=lambda h: h[0])[::-1]
