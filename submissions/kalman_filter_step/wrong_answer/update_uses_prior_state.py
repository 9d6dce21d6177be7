# mistake: the update starts from the prior x instead of the predicted F x
# 错误：更新步从先验 x 出发，而不是预测值 F x
"""Classic mistake: the update starts from the prior x instead of the predicted F x."""
import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    P_pred = F @ P @ F.T + Q
    S = H @ P_pred @ H.T + R
    K = P_pred @ H.T @ np.linalg.inv(S)
    x_new = x + K @ (z - H @ x)
    P_new = (np.eye(len(x)) - K @ H) @ P_pred
    return x_new, P_new
