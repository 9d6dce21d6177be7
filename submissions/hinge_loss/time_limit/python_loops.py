"""Correct, but a Python double loop over every row and class."""


def hinge_loss(scores, labels, delta=1.0):
    rows = scores.tolist()
    ys = labels.tolist()
    total = 0.0
    for row, y in zip(rows, ys):
        sy = row[y]
        for j, sj in enumerate(row):
            if j != y:
                total += max(0.0, sj - sy + delta)
    return total / len(rows)
