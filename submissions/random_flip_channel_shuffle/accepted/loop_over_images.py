"""One image at a time: draw, flip with torch.flip if u < p, index the channels with perm, stack."""
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    out = []
    for img in images:
        if torch.rand(1, generator=generator).item() < p_flip:
            img = torch.flip(img, dims=[-1])
        perm = torch.randperm(img.shape[0], generator=generator)
        out.append(img[perm])
    return torch.stack(out)
