"""Inputs for greedy_decode: a toy language model (support.toy_lm) and a batch of prompts.

The model's tables hold multiples of 1/64 plus a per-token offset k / (64 * 2^m)
(k a permutation of the vocabulary): every logit is exact in float32 and no two
logits of a row are ever equal, so the argmax is unique in every test.
An EOS bias that grows with the position makes rows finish at different steps.
Cases that must show a behaviour (rows finishing at different steps, all rows
finishing early, an EOS inside the prompt...) redraw until the reference's run
shows it.
"""

import importlib.util
import math
from pathlib import Path

import numpy as np
import torch

from judge.harness import Make

_HERE = Path(__file__).resolve().parent


def _load(name):
    spec = importlib.util.spec_from_file_location(f"_greedy_decode_gen_{name}", _HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_support = _load("support")
_reference = _load("reference")


def _grid(rng, shape, scale):
    return np.clip(np.round(rng.standard_normal(shape) * scale * 64), -7 * 64, 7 * 64) / 64


def _tables(rng, vocab, n_pos, eos_id, eos_start, eos_ramp, rows, scale, dtype):
    vp = 2 ** max(1, math.ceil(math.log2(vocab)))
    offset = rng.permutation(vocab) / (64.0 * vp)  # distinct, in [0, 1/64)
    last = _grid(rng, (rows, vocab), scale) + offset
    pair = _grid(rng, (rows, vocab), scale)
    context = _grid(rng, (rows, vocab), scale)
    position = _grid(rng, (n_pos, vocab), scale)
    ramp = eos_start + eos_ramp * np.arange(n_pos) + rng.uniform(-0.5, 0.5, n_pos)
    position[:, eos_id] = np.round(np.clip(ramp, -7, 10) * 64) / 64
    tdt = {"float32": torch.float32, "float64": torch.float64}[dtype]
    return {k: torch.from_numpy(v).to(tdt) for k, v in
            dict(last=last, pair=pair, context=context, position=position).items()}


def _finish_steps(out, t0, eos_id):
    """For each row, the 1-based step at which it emitted EOS (0: never)."""
    gen = out[:, t0:]
    steps = []
    for row in gen.tolist():
        steps.append(row.index(eos_id) + 1 if eos_id in row else 0)
    return steps


def _shows(want, out, prompt, max_new, eos_id):
    t0 = prompt.shape[1]
    steps = _finish_steps(out, t0, eos_id)
    finished = [s for s in steps if s]
    n = out.shape[1] - t0
    if want == "any":
        return True
    if want == "mixed":  # some rows finish (at different steps where several do), one never does
        return bool(finished) and 0 in steps and n == max_new and \
            (len(set(finished)) >= 2 or len(finished) == 1)
    if want == "all_early":  # every row finishes, the last one well before max_new
        return len(finished) == len(steps) and len(set(finished)) >= min(2, len(steps)) and n <= max_new - 3
    if want == "none":
        return not finished and n == max_new
    if want == "first_step":  # some row emits EOS at the very first step, others go on
        return 1 in steps and any(s == 0 or s > 2 for s in steps)
    if want == "eos_in_prompt":  # rows whose prompt ends with EOS keep generating
        ends = (prompt[:, -1] == eos_id).tolist()
        return any(ends) and all(s != 1 for s, e in zip(steps, ends) if e) and n >= 3
    raise ValueError(want)


def generate(rng, batch=4, t0=5, vocab=50, max_new=12, dtype="float32",
             eos_start=-4.0, eos_ramp=0.5, want="any", rows=32, scale=1.0, layout="contiguous"):
    for _ in range(400):
        eos_id = int(rng.integers(0, vocab))
        pad_id = int(rng.integers(0, vocab - 1))
        pad_id += pad_id >= eos_id  # pad_id != eos_id
        n_pos = t0 + max_new + 1
        tables = _tables(rng, vocab, n_pos, eos_id, eos_start, eos_ramp, rows, scale, dtype)
        prompt = rng.integers(0, vocab, size=(batch, t0))
        prompt[prompt == eos_id] = pad_id  # EOS inside a prompt only where a case asks for it
        if want == "eos_in_prompt":
            prompt[rng.permutation(batch)[: max(1, batch // 2)], -1] = eos_id
        prompt = torch.from_numpy(prompt).long()
        if want == "any":
            break
        out = _reference.greedy_decode(_support.toy_lm(**tables), prompt, max_new, eos_id, pad_id)
        if _shows(want, out, prompt, max_new, eos_id):
            break
    else:
        raise RuntimeError(f"no draw shows {want!r}")
    if layout == "transposed":  # a [B, T0] view of a [T0, B] tensor
        prompt = prompt.t().contiguous().t()
    return {"step": Make("toy_lm", **tables), "prompt": prompt, "max_new_tokens": int(max_new),
            "eos_id": eos_id, "pad_id": pad_id}
