import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    """One GRU step (torch.nn.GRUCell conventions): gates r, z, n; the reset gate scales
    W_hn h + b_hn; h' = (1 - z) * n + z * h."""
    gi = torch.addmm(b_ih, x, W_ih.t())
    gh = torch.addmm(b_hh, h, W_hh.t())
    i_r, i_z, i_n = gi.chunk(3, dim=1)
    h_r, h_z, h_n = gh.chunk(3, dim=1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(torch.addcmul(i_n, r, h_n))
    return n + z * (h - n)
