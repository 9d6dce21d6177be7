# mistake: ignores the constructor's negative_slope and always uses 0.01
# 错误：忽略构造函数传入的 negative_slope，始终使用 0.01
import torch


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope=0.01):
        super().__init__()

    def forward(self, x):
        self.x = x
        return torch.where(x > 0, x, 0.01 * x)

    def backward(self, grad_output):
        return torch.where(self.x > 0, grad_output, 0.01 * grad_output)
