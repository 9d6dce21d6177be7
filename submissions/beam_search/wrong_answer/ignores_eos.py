# mistake: treats EOS like any other token, so beams keep extending past it up to max_new_tokens
# 错误：把 EOS 当作普通 token，beam 越过 EOS 继续扩展到 max_new_tokens
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Mistake: EOS is treated like any token; beams run on past it to max_new_tokens."""
    seqs, scores = prompt.reshape(1, -1), torch.zeros(1)
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        v = logp.shape[1]
        scores, idx = torch.topk((scores[:, None] + logp).reshape(-1), beam_size)
        seqs = torch.cat([seqs[idx // v], (idx % v)[:, None]], dim=1)
    best = int(scores.argmax())
    return seqs[best], scores[best].item() / max_new_tokens ** length_penalty
