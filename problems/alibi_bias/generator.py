"""Inputs for alibi_bias: two integers. Nothing is random; ``rng`` is unused."""


def generate(rng, num_heads=8, seq_len=4):
    return {"num_heads": int(num_heads), "seq_len": int(seq_len)}
