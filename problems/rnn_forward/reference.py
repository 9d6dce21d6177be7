import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Elman tanh RNN (torch.nn.RNN conventions): the input projection of all steps in one
    matmul, then one [B, H] @ [H, H] matmul per step."""
    T, B, I = x.shape
    H = h0.shape[1]
    xw = (x.reshape(T * B, I) @ W_ih.T).reshape(T, B, H)
    xw += b_ih + b_hh
    out = np.empty((T, B, H), dtype=np.result_type(x, h0, W_ih, W_hh))
    w = W_hh.T
    h = h0
    for t in range(T):
        np.add(xw[t], h @ w, out=out[t])
        np.tanh(out[t], out=out[t])
        h = out[t]
    return out, out[T - 1].copy()
