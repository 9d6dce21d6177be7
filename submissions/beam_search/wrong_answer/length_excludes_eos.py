# mistake: length-normalises a finished hypothesis by its length without counting the EOS token
# 错误：对已结束的假设做长度归一化时，长度没有把 EOS token 算进去
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Mistake: a finished hypothesis is normalised by its length without the EOS."""
    seqs, scores, done, w = prompt.reshape(1, -1), torch.zeros(1), [], beam_size
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        v = logp.shape[1]
        top, idx = torch.topk((scores[:, None] + logp).reshape(-1), w)
        seqs = torch.cat([seqs[idx // v], (idx % v)[:, None]], dim=1)
        eos = idx % v == eos_id
        done += [(top[i].item() / max(t - 1, 1) ** length_penalty, seqs[i]) for i in torch.where(eos)[0].tolist()]
        seqs, scores, w = seqs[~eos], top[~eos], int((~eos).sum())
        if w == 0:
            break
    done += [(s / max_new_tokens ** length_penalty, q) for s, q in zip(scores.tolist(), seqs)]
    score, seq = max(done, key=lambda d: d[0])
    return seq, score
