# mistake: counts only pairs with s_pos > s_neg; tied positive/negative pairs should count 1/2
# 错误：只统计 s_pos > s_neg 的样本对，正负样本分数相同的对应该计 1/2
"""Classic mistake: counts only pairs with s_pos > s_neg; a tied pair should count 1/2.
(Done by counting, for each positive, the negatives strictly below it.)"""
import numpy as np


def roc_auc(y_true, scores):
    pos = np.sort(scores[y_true == 1])
    neg = np.sort(scores[y_true == 0])
    below = np.searchsorted(neg, pos, side="left")
    return below.sum() / (len(pos) * len(neg))
