import torch


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """Correct, but every dot product in Python."""
    n_in = x.shape[-1]
    rows = x.reshape(-1, n_in).tolist()
    W, A, B = weight.tolist(), lora_a.tolist(), lora_b.tolist()
    b = bias.tolist() if bias is not None else [0.0] * len(W)
    s = alpha / len(A)
    out = []
    for row in rows:
        down = [sum(a[k] * row[k] for k in range(n_in)) for a in A]
        out.append([sum(w[k] * row[k] for k in range(n_in)) + b[o] + s * sum(B[o][j] * down[j] for j in range(len(A)))
                    for o, w in enumerate(W)])
    return torch.tensor(out, dtype=x.dtype).reshape(*x.shape[:-1], len(W))
