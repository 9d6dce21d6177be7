# mistake: builds mean and std as float32 tensors (torch.tensor's default), so a float64 image gets float32-rounded constants
# 错误：mean 和 std 建成 float32 张量（torch.tensor 的默认类型），float64 图像用的是舍入到 float32 的常数
import torch


def normalize_image(x, mean, std):
    m = torch.tensor(mean).view(-1, 1, 1)
    s = torch.tensor(std).view(-1, 1, 1)
    return (x - m) / s
