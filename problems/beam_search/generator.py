"""Inputs for beam_search: a toy language model (support.toy_lm) and one prompt.

Every case is searched here first (the reference's algorithm, recording how close
each decision was). A draw is kept only if no decision is a near-tie: at every
step the last candidate kept beats the first one dropped by at least MARGIN, and
the winner's normalised score beats every other hypothesis by at least MARGIN.
Then any correct implementation, in float32 or float64, summing in any order,
makes the same choices. Named cases also redraw until the search shows the
behaviour they are about (length normalisation changing the winner, an
unfinished hypothesis beating finished ones, the beam beating greedy...).
"""

import importlib.util
import math
from pathlib import Path

import numpy as np
import torch

from judge.harness import Make

_HERE = Path(__file__).resolve().parent
MARGIN = {"float32": 5e-4, "float64": 1e-6}


def _load(name):
    spec = importlib.util.spec_from_file_location(f"_beam_search_gen_{name}", _HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_support = _load("support")


def _grid(rng, shape, scale):
    return np.clip(np.round(rng.standard_normal(shape) * scale * 64), -7 * 64, 7 * 64) / 64


def _tables(rng, vocab, n_pos, eos_id, eos_start, eos_ramp, rows, scale, dtype):
    vp = 2 ** max(1, math.ceil(math.log2(vocab)))
    offset = rng.permutation(vocab) / (64.0 * vp)
    last = _grid(rng, (rows, vocab), scale) + offset
    pair = _grid(rng, (rows, vocab), scale)
    context = _grid(rng, (rows, vocab), scale)
    position = _grid(rng, (n_pos, vocab), scale)
    ramp = eos_start + eos_ramp * np.arange(n_pos) + rng.uniform(-0.5, 0.5, n_pos)
    position[:, eos_id] = np.round(np.clip(ramp, -7, 10) * 64) / 64
    tdt = {"float32": torch.float32, "float64": torch.float64}[dtype]
    return {k: torch.from_numpy(v).to(tdt) for k, v in
            dict(last=last, pair=pair, context=context, position=position).items()}


def search(step, prompt, beam_size, max_new_tokens, eos_id):
    """The reference's search, also returning the closest call at every step.

    Returns (hypotheses, gaps): hypotheses are (raw score, generated length,
    ended with EOS, sequence as a tuple); gaps the margins of the pruning steps.
    """
    seqs = prompt.reshape(1, -1).long()
    scores = None
    hyps, gaps = [], []
    width = beam_size
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        if scores is None:
            scores = torch.zeros(1, dtype=logp.dtype)
        vocab = logp.shape[1]
        top, idx = torch.topk((scores[:, None] + logp).reshape(-1), width + 1)
        gaps.append(float(top[width - 1] - top[width]))
        top, idx = top[:width], idx[:width]
        seqs = torch.cat([seqs[idx // vocab], (idx % vocab)[:, None]], dim=1)
        eos = (idx % vocab) == eos_id
        for i in eos.nonzero().flatten().tolist():
            hyps.append((top[i].item(), t, True, tuple(seqs[i].tolist())))
        seqs, scores = seqs[~eos], top[~eos]
        width = seqs.shape[0]
        if width == 0:
            break
    hyps += [(s, max_new_tokens, False, tuple(q)) for s, q in zip(scores.tolist(), seqs.tolist())]
    return hyps, gaps


def refill_search(step, prompt, beam_size, max_new_tokens, eos_id, length_penalty):
    """Another convention (Hugging Face style), for the case that tells them apart: the
    beam is refilled to beam_size live beams, EOS candidates ranked below beam_size are
    dropped, and the search always runs max_new_tokens steps. Returns the winner."""
    seqs = prompt.reshape(1, -1).long()
    scores = None
    hyps = []
    for t in range(1, max_new_tokens + 1):
        logp = torch.log_softmax(step(seqs), dim=-1)
        if scores is None:
            scores = torch.zeros(1, dtype=logp.dtype)
        vocab = logp.shape[1]
        flat = (scores[:, None] + logp).reshape(-1)
        top, idx = torch.topk(flat, min(2 * beam_size, flat.numel()))
        keep = []
        for rank, (s, i) in enumerate(zip(top.tolist(), idx.tolist())):
            seq = tuple(seqs[i // vocab].tolist()) + (i % vocab,)
            if i % vocab == eos_id:
                if rank < beam_size:
                    hyps.append((s, t, True, seq))
            else:
                keep.append((s, seq))
            if len(keep) == beam_size:
                break
        scores = torch.tensor([k[0] for k in keep], dtype=logp.dtype)
        seqs = torch.tensor([k[1] for k in keep])
    hyps += [(s, max_new_tokens, False, q) for s, q in zip(scores.tolist(), map(tuple, seqs.tolist()))]
    return ranked(hyps, length_penalty)[0][3]


def ranked(hyps, length_penalty):
    return sorted(hyps, key=lambda h: -h[0] / h[1] ** length_penalty)


def _final_gap(hyps, length_penalty):
    if len(hyps) < 2:
        return math.inf
    r = ranked(hyps, length_penalty)
    return r[0][0] / r[0][1] ** length_penalty - r[1][0] / r[1][1] ** length_penalty


def _shows(want, hyps, step, prompt, beam_size, max_new, eos_id, lp):
    best = ranked(hyps, lp)[0]
    finished = [h for h in hyps if h[2]]
    if want == "any":
        return True
    if want == "norm_matters":  # with lp = 0 another hypothesis would win
        return ranked(hyps, 0.0)[0][3] != best[3] and best[1] > 1
    if want == "unfinished_wins":  # some hypotheses finished, yet a cut one wins
        return bool(finished) and not best[2]
    if want == "finished_wins":  # the winner ended with EOS, others were cut at max length
        return best[2] and len(finished) < len(hyps) and best[1] >= 2
    if want == "early_eos":  # an EOS hypothesis is chosen early, the search goes on
        return any(h[2] and h[1] < max_new // 2 for h in hyps) and len(finished) < len(hyps) \
            and best[3] != min(finished, key=lambda h: h[1])[3]
    if want == "all_finish":  # every hypothesis ends with EOS before max_new_tokens
        return len(finished) == len(hyps) and max(h[1] for h in hyps) < max_new
    if want == "no_eos":
        return not finished
    if want == "refill_differs":  # keeping beam_size live beams would end elsewhere
        return refill_search(step, prompt, beam_size, max_new, eos_id, lp) != best[3]
    if want == "beats_greedy":  # the beam finds a better sequence than greedy
        greedy, _ = search(step, prompt, 1, max_new, eos_id)
        return greedy[0][3] != best[3]
    raise ValueError(want)


def generate(rng, vocab=50, t0=4, beam_size=3, max_new=8, length_penalty=1.0, dtype="float32",
             eos_start=-3.0, eos_ramp=0.4, scale=1.0, rows=16, want="any", layout="contiguous"):
    margin = MARGIN[dtype]
    for _ in range(2000):
        eos_id = int(rng.integers(0, vocab))
        tables = _tables(rng, vocab, t0 + max_new + 1, eos_id, eos_start, eos_ramp, rows, scale, dtype)
        prompt = rng.integers(0, vocab - 1, size=t0)
        prompt[prompt >= eos_id] += 1  # no EOS in the prompt
        prompt = torch.from_numpy(prompt).long()
        step = _support.toy_lm(**tables)
        hyps, gaps = search(step, prompt, beam_size, max_new, eos_id)
        if min(gaps) < margin or _final_gap(hyps, length_penalty) < margin:
            continue
        if _shows(want, hyps, step, prompt, beam_size, max_new, eos_id, length_penalty):
            break
    else:
        raise RuntimeError(f"no draw shows {want!r} without near-ties")
    if layout == "strided":  # every other element of a longer tensor
        prompt = torch.stack([prompt, prompt]).t().reshape(-1)[::2]
    return {"step": Make("toy_lm", **tables), "prompt": prompt, "beam_size": int(beam_size),
            "max_new_tokens": int(max_new), "eos_id": eos_id, "length_penalty": float(length_penalty)}
