# mistake: refills the beam to beam_size live beams when some finish (HF style) instead of shrinking it
# 错误：有假设结束后从后续候选补满 beam_size 个活跃 beam（HF 风格），而不是缩小 beam 宽度
import torch


def beam_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Another convention (Hugging Face style), not this problem's: the beam is refilled to
    beam_size live beams from the next-best candidates whenever some finish."""
    seqs, scores, done = prompt.reshape(1, -1), torch.zeros(1), []
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        v = logp.shape[1]
        flat = (scores[:, None] + logp).reshape(-1)
        top, idx = torch.topk(flat, min(2 * beam_size, flat.numel()))
        keep = []
        for rank, (s, i) in enumerate(zip(top.tolist(), idx.tolist())):
            seq = torch.cat([seqs[i // v], torch.tensor([i % v])])
            if i % v == eos_id:
                if rank < beam_size:
                    done.append((s / t ** length_penalty, seq))
            else:
                keep.append((s, seq))
            if len(keep) == beam_size:
                break
        scores = torch.tensor([s for s, _ in keep], dtype=logp.dtype)
        seqs = torch.stack([q for _, q in keep])
    done += [(s / max_new_tokens ** length_penalty, q) for s, q in zip(scores.tolist(), seqs)]
    score, seq = max(done, key=lambda d: d[0])
    return seq, score
