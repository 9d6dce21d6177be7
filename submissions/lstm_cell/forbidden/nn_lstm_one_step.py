"""Forbidden: a one-step torch.nn.LSTM sequence does the cell's work."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    lstm = torch.nn.LSTM(W_ih.shape[1], W_hh.shape[1]).to(x.dtype)
    with torch.no_grad():
        for p, w in zip(lstm.parameters(), (W_ih, W_hh, b_ih, b_hh)):
            p.copy_(w)
        _, (h, c) = lstm(x[None], (hx[0][None], hx[1][None]))
    return h[0], c[0]
