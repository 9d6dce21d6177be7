import torch


def top_k_filter(logits, k):
    """Correct, but every row is sorted and filtered as a Python list."""
    rows = []
    for row in logits.tolist():
        ordered = sorted(row, reverse=True)
        kth = ordered[min(k, len(row)) - 1]
        out = []
        for v in row:
            out.append(v if v >= kth else float("-inf"))
        rows.append(out)
    return torch.tensor(rows, dtype=logits.dtype).reshape(logits.shape)
