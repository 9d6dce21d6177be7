# mistake: beams cut off at max_new_tokens are only considered when no hypothesis finished with EOS
# 错误：到达 max_new_tokens 仍未结束的 beam 只在没有任何假设以 EOS 结束时才参与比较
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Mistake: beams cut at max_new_tokens only count when nothing finished with EOS."""
    seqs, scores, done, w = prompt.reshape(1, -1), torch.zeros(1), [], beam_size
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        v = logp.shape[1]
        top, idx = torch.topk((scores[:, None] + logp).reshape(-1), w)
        seqs = torch.cat([seqs[idx // v], (idx % v)[:, None]], dim=1)
        eos = idx % v == eos_id
        done += [(top[i].item() / t ** length_penalty, seqs[i]) for i in torch.where(eos)[0].tolist()]
        seqs, scores, w = seqs[~eos], top[~eos], int((~eos).sum())
        if w == 0:
            break
    if not done:
        done = [(s / max_new_tokens ** length_penalty, q) for s, q in zip(scores.tolist(), seqs)]
    score, seq = max(done, key=lambda d: d[0])
    return seq, score
