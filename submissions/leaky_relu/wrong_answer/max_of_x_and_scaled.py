# mistake: max(x, slope * x) is LeakyReLU only for 0 <= slope <= 1
# 错误：用 max(x, slope * x) 实现，只在 0 <= slope <= 1 时才等价
import torch


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope=0.01):
        super().__init__()
        self.negative_slope = negative_slope

    def forward(self, x):
        self.x = x
        return torch.maximum(x, self.negative_slope * x)

    def backward(self, grad_output):
        return torch.where(self.x > 0, grad_output, self.negative_slope * grad_output)
