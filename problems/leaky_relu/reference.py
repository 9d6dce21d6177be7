import torch


class LeakyReLU(torch.nn.Module):
    """y = x where x > 0, else negative_slope * x; backward from the last forward's input."""

    def __init__(self, negative_slope: float = 0.01) -> None:
        super().__init__()
        self.negative_slope = negative_slope
        self.x = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.x = x
        return torch.where(x > 0, x, x * self.negative_slope)

    def backward(self, grad_output: torch.Tensor) -> torch.Tensor:
        return torch.where(self.x > 0, grad_output, grad_output * self.negative_slope)
