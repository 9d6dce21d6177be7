import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    """Predict (F x, F P F^T + Q), then update with K = P_pred H^T S^-1 and P = (I - K H) P_pred."""
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    HP = H @ P_pred                       # [m, n]
    S = HP @ H.T + R                      # [m, m], symmetric positive definite
    K = np.linalg.solve(S, HP).T          # P_pred H^T S^-1 (P_pred and S symmetric)
    x_new = x_pred + K @ (z - H @ x_pred)
    P_new = P_pred - K @ HP               # (I - K H) P_pred
    return x_new, P_new
