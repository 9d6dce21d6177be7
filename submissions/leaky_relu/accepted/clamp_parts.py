"""The positive part plus the slope times the negative part; backward from a 0/1 mask."""
import torch


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope: float = 0.01):
        super().__init__()
        self.slope = negative_slope
        self.saved = None

    def forward(self, x):
        self.saved = x
        return x.clamp(min=0) + self.slope * x.clamp(max=0)

    def backward(self, grad_output):
        pos = (self.saved > 0).to(grad_output.dtype)
        return grad_output * (pos + self.slope * (1 - pos))
