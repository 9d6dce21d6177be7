import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    """Single-layer LSTM over a sequence (torch.nn.LSTM conventions, batch_first=False): the
    input projection of all steps in one matmul, then one recurrent matmul per step."""
    h, c = hx
    T, B, I = x.shape
    H = h.shape[1]
    xw = torch.addmm(b_ih + b_hh, x.reshape(T * B, I), W_ih.t()).view(T, B, 4 * H)
    w = W_hh.t()
    out = x.new_empty(T, B, H)
    for t in range(T):
        gates = torch.addmm(xw[t], h, w)
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c
        c.addcmul_(torch.sigmoid(i), torch.tanh(g))
        h = torch.mul(torch.sigmoid(o), torch.tanh(c), out=out[t])
    return out, (h.clone(), c)
