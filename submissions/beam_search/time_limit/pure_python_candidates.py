import math

import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Correct, but every candidate is a Python tuple, log-softmax and ranking in pure Python."""
    beams = [(0.0, prompt.tolist())]
    finished = []
    width = beam_size
    for t in range(1, max_new_tokens + 1):
        candidates = []
        for score, seq in beams:
            logits = step(torch.tensor(seq)).tolist()
            m = max(logits)
            lse = m + math.log(sum(math.exp(x - m) for x in logits))
            for v, x in enumerate(logits):
                candidates.append((score + x - lse, seq + [v]))
        candidates.sort(key=lambda c: -c[0])
        beams = []
        for score, seq in candidates[:width]:
            if seq[-1] == eos_id:
                finished.append((score / t ** length_penalty, seq))
            else:
                beams.append((score, seq))
        width = len(beams)
        if width == 0:
            break
    finished += [(score / max_new_tokens ** length_penalty, seq) for score, seq in beams]
    score, seq = max(finished, key=lambda f: f[0])
    return torch.tensor(seq), score
