"""Inputs for sinusoidal_position_encoding: (seq_len, d_model, base).

Fixed modes are the named edge cases; ``random`` draws sizes up to the given
bounds and, half the time, a base other than 10000; ``timing`` draws per round a
length in ``seq_len // 2 .. seq_len`` and an even width in ``d_model // 2 .. d_model``
(so that no round can be answered from a cache of earlier ones).
"""


def generate(rng, mode="fixed", seq_len=4, d_model=6, base=None, max_len=200, max_d=128):
    if mode == "timing":
        seq_len = int(rng.integers(seq_len // 2, seq_len + 1))
        d_model = 2 * int(rng.integers(d_model // 4, d_model // 2 + 1))
    if mode == "random":
        seq_len = int(rng.integers(1, max_len + 1))
        d_model = int(rng.integers(1, max_d + 1))
        if base is None and rng.random() < 0.5:
            base = float(rng.choice([100.0, 500.0, 2000.0, 50000.0, 1e6]))
    out = {"seq_len": int(seq_len), "d_model": int(d_model)}
    if base is not None:
        out["base"] = float(base)
    return out
