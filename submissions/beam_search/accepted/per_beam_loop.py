import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Beams as a Python list; the model is called once per beam; log-softmax by hand."""
    beams = [(0.0, prompt.tolist())]
    finished = []
    for t in range(1, max_new_tokens + 1):
        width = len(beams) if t > 1 else beam_size
        candidates = []
        for score, seq in beams:
            logits = step(torch.tensor(seq))
            logp = logits - torch.logsumexp(logits, dim=0)
            top, idx = torch.topk(logp, width)  # the global top-w is inside the union of these
            candidates += [(score + s, seq + [v]) for s, v in zip(top.tolist(), idx.tolist())]
        candidates.sort(key=lambda c: -c[0])
        beams = []
        for score, seq in candidates[:width]:
            if seq[-1] == eos_id:
                finished.append((score / t ** length_penalty, seq))
            else:
                beams.append((score, seq))
        if not beams:
            break
    finished += [(score / max_new_tokens ** length_penalty, seq) for score, seq in beams]
    score, seq = max(finished, key=lambda f: f[0])
    return torch.tensor(seq), score
