"""attack: inputs mutated in place: the result is still right, grading must not be confused
problem: vec_add
expect: AC
"""


def add(a, b, alpha=1.0):
    b *= alpha
    a += b
    b[:] = 0  # scribble on the other input too
    return a
