import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    """One LSTM step (torch.nn.LSTMCell conventions): both projections with their biases,
    gates chunked in the order i, f, g, o."""
    h, c = hx
    gates = torch.addmm(b_ih, x, W_ih.t())
    gates.addmm_(h, W_hh.t()).add_(b_hh)
    i, f, g, o = gates.chunk(4, dim=1)
    c_new = torch.sigmoid(f) * c
    c_new.addcmul_(torch.sigmoid(i), torch.tanh(g))
    h_new = torch.sigmoid(o) * torch.tanh(c_new)
    return h_new, c_new
