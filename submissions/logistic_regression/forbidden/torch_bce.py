"""Uses torch (forbidden): autograd through binary_cross_entropy_with_logits."""
import numpy as np
import torch


def logistic_regression(X, y, w0, b0, lr, n_iters):
    Xt, yt = torch.from_numpy(np.asarray(X, np.float64)), torch.from_numpy(np.asarray(y, np.float64))
    w = torch.tensor(np.asarray(w0, np.float64), requires_grad=True)
    b = torch.tensor(float(b0), dtype=torch.float64, requires_grad=True)
    for _ in range(n_iters):
        loss = torch.nn.functional.binary_cross_entropy_with_logits(Xt @ w + b, yt)
        gw, gb = torch.autograd.grad(loss, [w, b])
        with torch.no_grad():
            w -= lr * gw
            b -= lr * gb
    return w.detach().numpy().astype(X.dtype), b.item()
