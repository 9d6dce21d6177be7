# mistake: divides by std first, then subtracts the mean (x / std - mean instead of (x - mean) / std)
# 错误：先除以 std 再减均值（x / std - mean，而不是 (x - mean) / std）
import torch


def normalize_image(x, mean, std):
    m = torch.tensor(mean, dtype=x.dtype).view(-1, 1, 1)
    s = torch.tensor(std, dtype=x.dtype).view(-1, 1, 1)
    return x / s - m
