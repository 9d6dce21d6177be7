"""The library call the exercise is about."""
import torch
import torch.nn.functional as F


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope=0.01):
        super().__init__()
        self.negative_slope = negative_slope

    def forward(self, x):
        self.x = x
        return F.leaky_relu(x, self.negative_slope)

    def backward(self, grad_output):
        return torch.where(self.x > 0, grad_output, self.negative_slope * grad_output)
