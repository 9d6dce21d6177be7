# mistake: flips when the uniform draw is greater than p_flip instead of less than it
# 错误：均匀随机数大于 p_flip 时翻转，而不是小于 p_flip 时翻转
import torch


def random_flip_channel_shuffle(images, p_flip, generator):
    out = []
    for img in images:
        if torch.rand(1, generator=generator).item() > p_flip:
            img = img.flip(-1)
        out.append(img[torch.randperm(img.shape[0], generator=generator)])
    return torch.stack(out)
