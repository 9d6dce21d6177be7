"""Correct, but tests every position's 3x3 neighbourhood in Python loops, then sorts a Python list."""


def centernet_decode(heatmap, k):
    import torch

    B, K, H, W = heatmap.shape
    h = heatmap.tolist()
    out = ([], [], [], [])
    for b in range(B):
        found = []
        for c in range(K):
            m = h[b][c]
            for y in range(H):
                for x in range(W):
                    v = m[y][x]
                    best = max(m[yy][xx] for yy in range(max(0, y - 1), min(H, y + 2))
                               for xx in range(max(0, x - 1), min(W, x + 2)))
                    if v == best:
                        found.append((-v, c * H * W + y * W + x, c, y, x))
        found.sort()
        top = found[:k]
        out[0].append([-t[0] for t in top])
        out[1].append([t[2] for t in top])
        out[2].append([t[3] for t in top])
        out[3].append([t[4] for t in top])
    return (torch.tensor(out[0], dtype=heatmap.dtype), torch.tensor(out[1]), torch.tensor(out[2]),
            torch.tensor(out[3]))
