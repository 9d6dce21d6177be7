"""Draws collected first; channels gathered through a flat [N*C] index, then torch.where picks the flipped copy."""
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    N, C, H, W = images.shape
    u = torch.empty(N)
    perms = torch.empty(N, C, dtype=torch.long)
    for i in range(N):
        u[i] = torch.rand(1, generator=generator)[0]
        perms[i] = torch.randperm(C, generator=generator)
    flat = (torch.arange(N).unsqueeze(1) * C + perms).reshape(-1)
    shuffled = images.reshape(N * C, H, W).index_select(0, flat).reshape(N, C, H, W)
    flip = (u < p_flip).view(N, 1, 1, 1)
    return torch.where(flip, shuffled.flip(3), shuffled)
