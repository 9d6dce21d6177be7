"""Inputs for alibi_bias: two integers. Fixed cases use them as given; ``mode="timing"``
draws both per round (heads from ``num_heads // 2 .. num_heads``, lengths from
``seq_len // 2 .. seq_len``), so that no round can be answered from a cache of earlier ones."""


def generate(rng, num_heads=8, seq_len=4, mode="fixed"):
    if mode == "timing":
        num_heads = int(rng.integers(num_heads // 2, num_heads + 1))
        seq_len = int(rng.integers(seq_len // 2, seq_len + 1))
    return {"num_heads": int(num_heads), "seq_len": int(seq_len)}
