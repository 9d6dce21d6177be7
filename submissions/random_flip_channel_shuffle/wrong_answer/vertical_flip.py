# mistake: flips vertically (reverses the rows, dim -2) instead of horizontally (the columns, dim -1)
# 错误：做了垂直翻转（把行倒过来，dim -2），而不是水平翻转（把列倒过来，dim -1）
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    out = []
    for img in images:
        if torch.rand(1, generator=generator).item() < p_flip:
            img = img.flip(-2)
        out.append(img[torch.randperm(img.shape[0], generator=generator)])
    return torch.stack(out)
