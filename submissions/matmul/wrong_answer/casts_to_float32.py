# mistake: casts inputs to float32 and accumulates there regardless of the input dtype (loses float64 precision)
# 错误：不管输入 dtype 都转成 float32 累加，float64 输入丢失精度
"""Classic mistake: accumulates in float32 whatever the input; float64 products lose precision."""
import numpy as np


def matmul(A, B):
    A = A.astype(np.float32)
    B = B.astype(np.float32)
    C = np.zeros((A.shape[0], B.shape[1]), dtype=np.float32)
    for t in range(A.shape[1]):
        C += A[:, t, None] * B[t]
    return C
