# mistake: predicts the covariance as F P F^T, forgetting + Q
# 错误：预测协方差写成 F P F^T，漏掉了 + Q
"""Classic mistake: predicts the covariance as F P F^T, forgetting + Q."""
import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    x_pred = F @ x
    P_pred = F @ P @ F.T
    S = H @ P_pred @ H.T + R
    K = P_pred @ H.T @ np.linalg.inv(S)
    x_new = x_pred + K @ (z - H @ x_pred)
    P_new = (np.eye(len(x)) - K @ H) @ P_pred
    return x_new, P_new
