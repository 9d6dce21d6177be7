"""Calls the library: sklearn.neighbors.KNeighborsClassifier."""
from sklearn.neighbors import KNeighborsClassifier


def knn_classify(train_x, train_y, test_x, k):
    return KNeighborsClassifier(n_neighbors=k).fit(train_x, train_y).predict(test_x)
