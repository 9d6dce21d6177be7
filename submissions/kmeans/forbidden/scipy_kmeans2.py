import scipy.cluster.vq as vq


def kmeans(x, init_centroids, n_iters):
    return vq.kmeans2(x, init_centroids, iter=n_iters, minit="matrix")
