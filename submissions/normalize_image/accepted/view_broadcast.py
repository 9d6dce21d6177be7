"""Constants as [C, 1, 1] tensors of x's dtype; broadcasting puts them on dim -3 for 3-D and 4-D alike."""
import torch


def normalize_image(x, mean, std):
    m = torch.tensor(mean, dtype=x.dtype, device=x.device)[:, None, None]
    s = torch.tensor(std, dtype=x.dtype, device=x.device)[:, None, None]
    return x.sub(m).div(s)
