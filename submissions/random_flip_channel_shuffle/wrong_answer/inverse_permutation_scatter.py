# mistake: scatters the channels (out[perm] = img) instead of gathering them (out = img[perm]), applying the inverse permutation
# 错误：把通道散射出去（out[perm] = img）而不是收集（out = img[perm]），实际用的是逆排列
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    out = torch.empty_like(images)
    for i in range(images.shape[0]):
        img = images[i]
        if torch.rand(1, generator=generator).item() < p_flip:
            img = img.flip(-1)
        perm = torch.randperm(img.shape[0], generator=generator)
        out[i, perm] = img
    return out
