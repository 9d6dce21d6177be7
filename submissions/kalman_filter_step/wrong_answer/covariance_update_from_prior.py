# mistake: the covariance update applies (I - K H) to the prior P instead of the predicted P
# 错误：协方差更新把 (I - K H) 乘在先验 P 上，而不是预测后的 P
"""Classic mistake: the gain is right but the covariance update applies (I - K H) to the prior P."""
import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    S = H @ P_pred @ H.T + R
    K = P_pred @ H.T @ np.linalg.inv(S)
    x_new = x_pred + K @ (z - H @ x_pred)
    P_new = (np.eye(len(x)) - K @ H) @ P
    return x_new, P_new
