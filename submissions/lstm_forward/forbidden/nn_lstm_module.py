"""Forbidden: loads the weights into torch.nn.LSTM and runs it."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    lstm = torch.nn.LSTM(W_ih.shape[1], W_hh.shape[1]).to(x.dtype)
    with torch.no_grad():
        for p, w in zip(lstm.parameters(), (W_ih, W_hh, b_ih, b_hh)):
            p.copy_(w)
        out, (h, c) = lstm(x, (hx[0][None], hx[1][None]))
    return out, (h[0], c[0])
