import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Beam search; the width shrinks by one for every hypothesis that emits EOS."""
    t0 = prompt.shape[0]
    seqs = prompt.reshape(1, t0).long()  # live beams [n, T]
    scores = None  # summed log-probabilities of the live beams [n]
    done = []  # (normalised score, sequence)
    width = beam_size
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        if scores is None:
            scores = torch.zeros(1, dtype=logp.dtype)
        vocab = logp.shape[1]
        top, idx = torch.topk((scores[:, None] + logp).reshape(-1), width)
        seqs = torch.cat([seqs[idx // vocab], (idx % vocab)[:, None]], dim=1)
        eos = (idx % vocab) == eos_id
        for i in eos.nonzero().flatten().tolist():
            done.append((top[i].item() / t ** length_penalty, seqs[i]))
        seqs, scores = seqs[~eos], top[~eos]
        width = seqs.shape[0]
        if width == 0:
            break
    if width:
        norm = max_new_tokens ** length_penalty
        done += [(s / norm, q) for s, q in zip(scores.tolist(), seqs)]
    best_score, best = max(done, key=lambda d: d[0])
    return best.clone(), float(best_score)
