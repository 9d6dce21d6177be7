import torch


def normalize_image(x, mean, std):
    """torchvision's normalize: the constants as tensors of x's dtype, broadcast on the channel dim -3."""
    m = torch.as_tensor(mean, dtype=x.dtype).view(-1, 1, 1)
    s = torch.as_tensor(std, dtype=x.dtype).view(-1, 1, 1)
    return (x - m) / s
