#!/usr/bin/python3
"""Generates the benchmark graphs: planted partition (communities of ~100 nodes, 80 % of edges inside), undirected,
no self-loops or duplicate edges, integer weights 1..9. Writes OUT/pp-<size>.csv with header source,target,weight.

Usage: generate.py OUT_DIR SIZE [SIZE ...]   sizes: 10k (10k nodes/100k edges), 100k (100k/1M), 1m (1M/10M)
Run with /usr/bin/python3 (Debian's numpy). Skips files that already exist.
"""
import os
import sys

import numpy as np

SIZES = {"10k": (10_000, 100_000), "100k": (100_000, 1_000_000), "1m": (1_000_000, 10_000_000)}


def planted_partition(n, m, seed, community=100, p_inside=0.8):
    rng = np.random.default_rng(seed)
    k = max(1, n // community)
    comm = rng.integers(0, k, size=n)
    order = np.argsort(comm, kind="stable")
    starts = np.searchsorted(comm[order], np.arange(k + 1))
    pairs = np.empty((0, 2), dtype=np.int64)
    while len(pairs) < m:
        want = int((m - len(pairs)) * 1.1) + 1000
        u = rng.integers(0, n, size=want)
        inside = rng.random(want) < p_inside
        cu = comm[u]
        lo, hi = starts[cu], starts[cu + 1]
        v_in = order[lo + (rng.random(want) * (hi - lo)).astype(np.int64)]
        v_out = rng.integers(0, n, size=want)
        v = np.where(inside, v_in, v_out)
        keep = u != v
        a, b = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
        new = np.stack([a, b], axis=1)
        pairs = np.unique(np.concatenate([pairs, new]), axis=0)
    # unique() sorts; shuffle so the file is not ordered by node, then keep exactly m edges.
    pairs = pairs[rng.permutation(len(pairs))[:m]]
    w = rng.integers(1, 10, size=m)
    return pairs, w


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for size in sys.argv[2:]:
        n, m = SIZES[size]
        path = os.path.join(out, f"pp-{size}.csv")
        if os.path.exists(path):
            continue
        pairs, w = planted_partition(n, m, seed=42)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="ascii") as f:
            f.write("source,target,weight\n")
            chunk = 500_000
            for i in range(0, m, chunk):
                p = pairs[i:i + chunk]
                ww = w[i:i + chunk]
                f.write("".join(f"{a},{b},{c}\n" for a, b, c in zip(p[:, 0].tolist(), p[:, 1].tolist(), ww.tolist())))
        os.replace(tmp, path)
        print(f"generated {path}: {n} nodes (max), {m} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
