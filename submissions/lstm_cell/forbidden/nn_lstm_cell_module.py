"""Forbidden: loads the weights into torch.nn.LSTMCell and runs it."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    cell = torch.nn.LSTMCell(W_ih.shape[1], W_hh.shape[1]).to(x.dtype)
    with torch.no_grad():
        cell.weight_ih.copy_(W_ih)
        cell.weight_hh.copy_(W_hh)
        cell.bias_ih.copy_(b_ih)
        cell.bias_hh.copy_(b_hh)
        return cell(x, hx)
