# mistake: splits the 4H gate axis as [H, 4] (interleaved) instead of four contiguous blocks of H
# 错误：把 4H 的门维度按 [H, 4]（交错）切分，而不是切成四个连续的 H 块
"""Wrong: splits the 4H gate axis as [H, 4] (gates interleaved) instead of four blocks of H."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    B, H = h.shape
    gates = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).view(B, H, 4)
    i, f, g, o = gates.unbind(dim=2)
    c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return torch.sigmoid(o) * torch.tanh(c_new), c_new
