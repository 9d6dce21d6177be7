# mistake: multiplies by std instead of dividing by it
# 错误：乘以 std，而不是除以 std
import torch


def normalize_image(x, mean, std):
    m = torch.tensor(mean, dtype=x.dtype).view(-1, 1, 1)
    s = torch.tensor(std, dtype=x.dtype).view(-1, 1, 1)
    return (x - m) * s
