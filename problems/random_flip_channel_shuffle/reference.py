import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    """All draws first (per image: one rand, one randperm), then one channel gather and one flip of the chosen images."""
    N, C = images.shape[0], images.shape[1]
    flips, perms = [], []
    for _ in range(N):
        flips.append(bool(torch.rand(1, generator=generator) < p_flip))
        perms.append(torch.randperm(C, generator=generator))
    out = images[torch.arange(N).unsqueeze(1), torch.stack(perms)]  # out[i, j] = images[i, perm_i[j]]
    chosen = torch.tensor(flips).nonzero().squeeze(1)
    if chosen.numel():
        out[chosen] = out[chosen].flip(-1)
    return out
