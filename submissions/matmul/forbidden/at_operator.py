"""Uses the @ operator."""


def matmul(A, B):
    return A @ B
