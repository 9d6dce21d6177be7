"""Linear solve for the gain (no inverse) and P_new = (I - K H) P_pred, symmetrised."""
import numpy as np


def kalman_filter_step(x, P, F, Q, H, R, z):
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    PHt = P_pred @ H.T
    S = H @ PHt + R
    K = np.linalg.solve(S.T, PHt.T).T
    x_new = x_pred + K @ (z - H @ x_pred)
    P_new = (np.eye(len(x), dtype=P.dtype) - K @ H) @ P_pred
    return x_new, 0.5 * (P_new + P_new.T)
