"""Accepts every right answer of top_p_filter.

Per row: kept entries (not -inf) must equal the input logits exactly, removed ones
must be exactly -inf; the kept tokens must be a top set (no removed token has a
larger logit than a kept one; ties may be broken either way); and the number kept
must be the shortest prefix of the probabilities sorted in descending order whose
cumulative sum reaches p, where sums within TOL of p count both ways: sizes from
the first prefix reaching p - TOL to the first reaching p + TOL are accepted.
Probabilities are computed here in float64 from the given logits. Input logits of
-inf have probability 0 and must stay -inf.
"""

import numpy as np

TOL = 1e-6


def _inputs(inputs):
    args, kwargs = list(inputs["args"]), dict(inputs["kwargs"])
    names = ["logits", "p"]
    values = dict(zip(names, args))
    values.update(kwargs)
    return np.asarray(values["logits"], dtype=np.float64), float(values["p"])


def _row(b, x, g, p):
    if np.isnan(g).any():
        return f"row {b}: nan at index {int(np.flatnonzero(np.isnan(g))[0])}"
    if np.isposinf(g).any():
        return f"row {b}: +inf at index {int(np.flatnonzero(np.isposinf(g))[0])}"
    kept = g != -np.inf
    changed = kept & (g != x)
    if changed.any():
        i = int(np.flatnonzero(changed)[0])
        return (f"row {b}: index {i} holds {float(g[i])!r}, but a token is either kept with its logit "
                f"unchanged ({float(x[i])!r}) or removed as -inf")
    finite = np.isfinite(x)
    n_finite = int(finite.sum())
    k = int(kept.sum())
    if k == 0:
        return f"row {b}: every token removed; the top token is always kept"
    removed = finite & ~kept
    if removed.any() and x[removed].max() > x[kept].min():
        i = int(np.flatnonzero(removed)[np.argmax(x[removed])])
        j = int(np.flatnonzero(kept)[np.argmin(np.where(kept, x, np.inf)[kept])])
        return (f"row {b}: removed index {i} (logit {x[i]:.6g}) but kept index {j} "
                f"(logit {x[j]:.6g}); the kept tokens must be the most probable ones")
    e = np.exp(x[finite] - x[finite].max())
    c = np.cumsum(np.sort(e / e.sum())[::-1])
    k_lo = int(np.argmax(c >= p - TOL)) + 1 if (c >= p - TOL).any() else n_finite
    k_hi = int(np.argmax(c >= p + TOL)) + 1 if (c >= p + TOL).any() else n_finite
    if not k_lo <= k <= k_hi:
        want = f"{k_lo} token" + ("s" if k_lo > 1 else "") if k_lo == k_hi else f"{k_lo} to {k_hi} tokens"
        mass = c[k - 1]
        need = c[k_lo - 1]
        return (f"row {b}: kept {k} token{'s' if k > 1 else ''} holding {mass:.7f} of the probability; "
                f"the shortest top set with mass >= p = {p!r} has {want} (mass {need:.7f})")
    return None


def check(inputs, got, expected):
    x, p = _inputs(inputs)
    g = np.asarray(got, dtype=np.float64)
    for b in range(x.shape[0]):
        why = _row(b, x[b], g[b], p)
        if why:
            return why
    return None
