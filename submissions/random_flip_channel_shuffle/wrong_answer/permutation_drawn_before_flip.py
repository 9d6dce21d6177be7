# mistake: draws the channel permutation before the flip number for each image (randperm, then rand)
# 错误：对每张图像先抽通道排列再抽翻转用的随机数（先 randperm 后 rand），顺序反了
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    out = []
    for img in images:
        perm = torch.randperm(img.shape[0], generator=generator)
        if torch.rand(1, generator=generator).item() < p_flip:
            img = img.flip(-1)
        out.append(img[perm])
    return torch.stack(out)
