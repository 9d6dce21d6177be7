"""The same step with torch tensors and torch.linalg.solve (torch is forbidden here)."""
import torch


def kalman_filter_step(x, P, F, Q, H, R, z):
    x, P, F, Q, H, R, z = (torch.from_numpy(a) for a in (x, P, F, Q, H, R, z))
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    HP = H @ P_pred
    K = torch.linalg.solve(HP @ H.T + R, HP).T
    return (x_pred + K @ (z - H @ x_pred)).numpy(), (P_pred - K @ HP).numpy()
