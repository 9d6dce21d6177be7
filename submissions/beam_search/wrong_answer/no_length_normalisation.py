# mistake: ignores length_penalty: compares and returns raw summed log-probs, not divided by L^length_penalty
# 错误：忽略 length_penalty：直接用对数概率之和比较和返回，没有除以 L^length_penalty
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Classic mistake: length_penalty ignored, hypotheses compared (and scored) by raw sums."""
    seqs, scores, done, w = prompt.reshape(1, -1), torch.zeros(1), [], beam_size
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        v = logp.shape[1]
        top, idx = torch.topk((scores[:, None] + logp).reshape(-1), w)
        seqs = torch.cat([seqs[idx // v], (idx % v)[:, None]], dim=1)
        eos = idx % v == eos_id
        done += [(top[i].item(), seqs[i]) for i in torch.where(eos)[0].tolist()]
        seqs, scores, w = seqs[~eos], top[~eos], int((~eos).sum())
        if w == 0:
            break
    done += [(s, q) for s, q in zip(scores.tolist(), seqs)]
    score, seq = max(done, key=lambda d: d[0])
    return seq, score
