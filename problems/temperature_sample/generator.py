"""Inputs for temperature_sample: logits, a temperature and a seeded torch.Generator.

torch.multinomial with one sample draws q ~ Exp(1) per entry from the generator
and returns argmax(p / q): how much it draws depends only on the shape, so any
correct computation of the probabilities gives the same tokens unless a row's
best two p / q are within rounding of each other. The generator seed is redrawn
until every row's winner beats its runner-up by a factor of at least 1 + 1e-3,
so an implementation that computes the same probabilities in another order
(its own stable softmax, float64, logits * (1 / T)) draws the same tokens.
"""

import numpy as np
import torch

from judge.harness import Make


def _clear(probs, seed):
    g = torch.Generator().manual_seed(seed)
    q = torch.empty_like(probs, dtype=torch.float64).exponential_(generator=g)
    r = probs.double() / q
    top = torch.topk(r, min(2, r.shape[1]), dim=-1).values
    if top.shape[1] < 2:
        return True
    return bool((top[:, 0] > top[:, 1] * (1 + 1e-3)).all())


def generate(rng, batch=4, vocab=10, temperature=1.0, dtype="float32", scale=2.0, mode="normal",
             layout="contiguous"):
    x = rng.standard_normal((batch, vocab)) * scale
    if mode == "huge":  # logits of magnitude 1e4: exp overflows without the max subtracted
        x = np.round(rng.uniform(-1e4, 1e4, (batch, vocab)))
        x[np.arange(batch), rng.integers(0, vocab, batch)] = 1e4
    elif mode == "masked":  # most of the vocabulary at -inf (as after a top-k filter)
        keep = np.argsort(rng.standard_normal((batch, vocab)), axis=1)[:, :5]
        m = np.full((batch, vocab), -np.inf)
        np.put_along_axis(m, keep, np.take_along_axis(x, keep, axis=1), axis=1)
        x = m
    elif mode == "peaked":  # one clear favourite per row
        x[np.arange(batch), rng.integers(0, vocab, batch)] += 4 * scale
    tdt = {"float32": torch.float32, "float64": torch.float64}[dtype]
    logits = torch.from_numpy(x).to(tdt)
    probs = torch.softmax(logits / temperature, dim=-1)
    for _ in range(1000):
        seed = int(rng.integers(0, 2**62))
        if _clear(probs, seed):
            break
    else:
        raise RuntimeError("no generator seed without a near-tie")
    if layout == "transposed":  # a [B, V] view of a [V, B] tensor
        logits = logits.t().contiguous().t()
    return {"logits": logits, "temperature": float(temperature), "generator": Make("generator", seed=seed)}
