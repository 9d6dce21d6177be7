"""Forbidden: loads the weights into torch.nn.RNN and runs it."""
import numpy as np
import torch


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    H, I = W_ih.shape
    rnn = torch.nn.RNN(I, H).to(torch.from_numpy(x).dtype)
    with torch.no_grad():
        for p, w in zip((rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0),
                        (W_ih, W_hh, b_ih, b_hh)):
            p.copy_(torch.from_numpy(w))
        out, h = rnn(torch.from_numpy(np.ascontiguousarray(x)), torch.from_numpy(h0)[None])
    return out.numpy(), h[0].numpy()
