# mistake: after the first step each beam only extends its own top-1 token, with no ranking across beams
# 错误：第一步之后每个 beam 只取自己的 top-1 token 扩展，没有在所有 beam 的候选间统一排序
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Classic mistake: after the first step every beam only extends its own best token
    (beam_size independent greedy searches), with no ranking across beams."""
    seqs, scores, done = prompt.reshape(1, -1), torch.zeros(1), []
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        if t == 1:
            top, tok = torch.topk(logp[0], beam_size)
            parent = torch.zeros_like(tok)
        else:
            top, tok = logp.max(dim=-1)
            parent = torch.arange(len(seqs))
        top = scores[parent] + top
        seqs = torch.cat([seqs[parent], tok[:, None]], dim=1)
        eos = tok == eos_id
        done += [(top[i].item() / t ** length_penalty, seqs[i]) for i in torch.where(eos)[0].tolist()]
        seqs, scores = seqs[~eos], top[~eos]
        if len(seqs) == 0:
            break
    done += [(s / max_new_tokens ** length_penalty, q) for s, q in zip(scores.tolist(), seqs)]
    score, seq = max(done, key=lambda d: d[0])
    return seq, score
