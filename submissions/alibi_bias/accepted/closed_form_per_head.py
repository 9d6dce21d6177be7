import torch


def alibi_bias(num_heads, seq_len):
    """Another style: closed-form slopes (2^(-8k/m) for the nearest power of two m, then the
    odd powers 2^(-4(2k+1)/m) of the next one), one head at a time, torch.where for the mask."""
    m = 1
    while m * 2 <= num_heads:
        m *= 2
    slopes = [2.0 ** (-8.0 * k / m) for k in range(1, m + 1)]
    slopes += [2.0 ** (-4.0 * (2 * k + 1) / m) for k in range(num_heads - m)]
    i = torch.arange(seq_len).view(-1, 1)
    j = torch.arange(seq_len).view(1, -1)
    dist = (i - j).to(torch.float32)
    out = torch.empty(num_heads, seq_len, seq_len, dtype=torch.float32)
    for h, s in enumerate(slopes):
        out[h] = torch.where(j <= i, -s * dist, torch.tensor(float("-inf")))
    return out
