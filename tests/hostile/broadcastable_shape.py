"""attack: a shape that broadcasts against the answer ([N, 1] for [N])
problem: vec_add
expect: WA
"""


def add(a, b, alpha=1.0):
    return (a + alpha * b)[:, None]
