"""Two boxes [x1, y1, x2, y2] (x2 >= x1, y2 >= y1) as lists of Python floats.

Modes cover overlap, containment, touching edges, boxes apart on one or both axes (where a
missing clamp at 0 multiplies two negative extents into a positive "intersection"), small
integer boxes (where a +1 in widths changes the value), zero-area boxes (union 0: IoU 0) and
random pairs drawn to overlap about half the time.
"""


def _box(x, y, w, h):
    return [float(x), float(y), float(x + w), float(y + h)]


def generate(rng, mode="random", scale=10.0, offset=0.0):
    if mode == "example":
        a, b = [0.0, 0.0, 2.0, 2.0], [1.0, 0.0, 3.0, 2.0]
    elif mode == "example_disjoint":
        a, b = [0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 3.0, 3.0]
    elif mode == "identical":
        a = _box(*rng.uniform(0, 10, 2), *rng.uniform(1, 5, 2))
        b = list(a)
    elif mode == "contained":
        a = _box(0, 0, 10, 8)
        b = _box(*rng.uniform(1, 3, 2), *rng.uniform(1, 4, 2))
    elif mode == "touching":
        a, b = _box(0, 0, 2, 3), _box(2, 1, 4, 3)
    elif mode == "diagonal_apart":
        a, b = _box(0, 0, 2, 2), _box(5, 6, 2, 3)
    elif mode == "one_axis_apart":
        a, b = _box(0, 0, 2, 2), _box(1, 4, 3, 2)
    elif mode == "integer":
        xy = rng.integers(0, 6, size=4)
        wh = rng.integers(1, 5, size=4)
        a, b = _box(xy[0], xy[1], wh[0], wh[1]), _box(xy[2], xy[3], wh[2], wh[3])
        if a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]:  # make them overlap
            b = _box(a[0] + 1, a[1], wh[2], wh[3])
    elif mode == "zero_area":
        a, b = _box(1, 1, 0, 3), _box(1, 1, 0, 3)
    elif mode == "swapped":
        a, b = _box(0, 0, 4, 4), _box(2, 1, 5, 2)
        a, b = b, a
    elif mode == "random":
        a = _box(*(rng.uniform(0, 1, 2) * scale + offset), *rng.uniform(0.2, 1, 2) * scale)
        shift = rng.uniform(-0.8, 0.8, 2) * scale
        b = _box(a[0] + shift[0], a[1] + shift[1], *rng.uniform(0.2, 1, 2) * scale)
    else:
        raise ValueError(mode)
    return {"box_a": a, "box_b": b}
