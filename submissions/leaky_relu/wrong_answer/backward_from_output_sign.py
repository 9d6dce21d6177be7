# mistake: backward decides the side from the output's sign, wrong for a negative slope
# 错误：反向传播按输出的正负判断分支，斜率为负时出错
import torch


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope=0.01):
        super().__init__()
        self.negative_slope = negative_slope

    def forward(self, x):
        self.y = torch.where(x > 0, x, self.negative_slope * x)
        return self.y

    def backward(self, grad_output):
        return torch.where(self.y > 0, grad_output, self.negative_slope * grad_output)
