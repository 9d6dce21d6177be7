from sklearn.cluster import KMeans


def kmeans(x, init_centroids, n_iters):
    km = KMeans(n_clusters=len(init_centroids), init=init_centroids, n_init=1, max_iter=n_iters, tol=0.0)
    km.fit(x)
    return km.cluster_centers_, km.labels_
