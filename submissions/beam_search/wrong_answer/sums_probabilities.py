# mistake: adds softmax probabilities instead of log-probabilities when scoring beams
# 错误：给 beam 打分时累加 softmax 概率，而不是对数概率
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Classic mistake: adds probabilities (softmax) instead of log-probabilities."""
    seqs, scores, done, w = prompt.reshape(1, -1), torch.zeros(1), [], beam_size
    for t in range(1, max_new_tokens + 1):
        p = torch.softmax(step(seqs), dim=-1)
        v = p.shape[1]
        top, idx = torch.topk((scores[:, None] + p).reshape(-1), w)
        seqs = torch.cat([seqs[idx // v], (idx % v)[:, None]], dim=1)
        eos = idx % v == eos_id
        done += [(top[i].item() / t ** length_penalty, seqs[i]) for i in torch.where(eos)[0].tolist()]
        seqs, scores, w = seqs[~eos], top[~eos], int((~eos).sum())
        if w == 0:
            break
    done += [(s / max_new_tokens ** length_penalty, q) for s, q in zip(scores.tolist(), seqs)]
    score, seq = max(done, key=lambda d: d[0])
    return seq, score
