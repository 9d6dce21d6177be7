"""Textbook style: explicit inverse of S and the Joseph-form covariance update."""
import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    S = H @ P_pred @ H.T + R
    K = P_pred @ H.T @ np.linalg.inv(S)
    x_new = x_pred + K @ (z - H @ x_pred)
    A = np.eye(len(x), dtype=x.dtype) - K @ H
    P_new = A @ P_pred @ A.T + K @ R @ K.T
    return x_new, P_new
