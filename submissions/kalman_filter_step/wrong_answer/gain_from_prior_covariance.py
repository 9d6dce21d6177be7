# mistake: computes S and K with the prior P instead of the predicted P
# 错误：用先验 P 而不是预测后的 P 计算 S 和 K
"""Classic mistake: S and K are computed with the prior P instead of the predicted P."""
import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x_new = x_pred + K @ (z - H @ x_pred)
    P_new = (np.eye(len(x)) - K @ H) @ P_pred
    return x_new, P_new
