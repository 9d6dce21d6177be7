"""Correct gradients, accumulated sample by sample and unit by unit in Python loops."""
import numpy as np


def mlp_backward(x, W1, b1, W2, b2, t):
    N, D_in = x.shape
    H, D_out = W2.shape
    dW1 = np.zeros(W1.shape)
    db1 = np.zeros(H)
    dW2 = np.zeros(W2.shape)
    db2 = np.zeros(D_out)
    scale = 2.0 / (N * D_out)
    for n in range(N):
        z = [sum(float(x[n, i]) * float(W1[i, j]) for i in range(D_in)) + float(b1[j]) for j in range(H)]
        h = [v if v > 0 else 0.0 for v in z]
        for k in range(D_out):
            y = sum(h[j] * float(W2[j, k]) for j in range(H)) + float(b2[k])
            g = scale * (y - float(t[n, k]))
            db2[k] += g
            for j in range(H):
                dW2[j, k] += h[j] * g
                if z[j] > 0:
                    gz = g * float(W2[j, k])
                    db1[j] += gz
                    for i in range(D_in):
                        dW1[i, j] += float(x[n, i]) * gz
    dt = x.dtype
    return dW1.astype(dt), db1.astype(dt), dW2.astype(dt), db2.astype(dt)
