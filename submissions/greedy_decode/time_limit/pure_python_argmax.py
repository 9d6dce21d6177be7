import torch


def greedy_decode(step, prompt, max_new_tokens, eos_id, pad_id):
    """Correct, but the argmax is a Python scan over the vocabulary, element by element."""
    seq = prompt.clone()
    b = seq.shape[0]
    done = [False] * b
    for _ in range(max_new_tokens):
        if all(done):
            break
        logits = step(seq)
        nxt = []
        for i in range(b):
            if done[i]:
                nxt.append(pad_id)
                continue
            best, best_v = logits[i][0], 0
            for v in range(1, logits.shape[1]):
                if logits[i][v] > best:
                    best, best_v = logits[i][v], v
            nxt.append(best_v)
            done[i] = best_v == eos_id
        seq = torch.cat([seq, torch.tensor(nxt)[:, None]], dim=1)
    return seq
