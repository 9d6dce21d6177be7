# mistake: broadcasts mean and std over the last dim (width, as for an HWC image) instead of the channel dim -3
# 错误：mean 和 std 沿最后一维（宽度，像 HWC 图像那样）广播，而不是沿通道维（第 -3 维）
import torch


def normalize_image(x, mean, std):
    m = torch.tensor(mean, dtype=x.dtype)
    s = torch.tensor(std, dtype=x.dtype)
    return (x - m) / s
