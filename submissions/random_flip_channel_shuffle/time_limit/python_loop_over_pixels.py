"""Correct draws, but every pixel copied one by one in Python loops."""
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    N, C, H, W = images.shape
    src = images.tolist()
    out = []
    for i in range(N):
        flip = torch.rand(1, generator=generator).item() < p_flip
        perm = torch.randperm(C, generator=generator).tolist()
        img = []
        for j in range(C):
            ch = src[i][perm[j]]
            img.append([[ch[y][W - 1 - x] if flip else ch[y][x] for x in range(W)] for y in range(H)])
        out.append(img)
    return torch.tensor(out, dtype=images.dtype)
