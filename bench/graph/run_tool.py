#!/usr/bin/python3
"""Times one reference tool on one edge-list CSV: loads it once, then runs each measure, printing one JSON line per
step: {"tool", "measure", "seconds", "peak_mb", ...}. peak_mb is the process's peak RSS so far (ru_maxrss), so it
includes the loaded graph and any earlier measure.

Usage: run_tool.py igraph|graphtool|networkx CSV MEASURE [MEASURE ...] [--values-dir DIR]
Measures: load components kcore pagerank clustering transitivity betweenness louvain matching
With --values-dir, per-node betweenness values are saved (for the Spearman check).
"""
import csv
import json
import resource
import sys
import time


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def emit(tool, measure, seconds, **extra):
    print(json.dumps({"tool": tool, "measure": measure, "seconds": seconds, "peak_mb": peak_mb(), **extra}), flush=True)


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        for s, t, w in r:
            yield s, t, float(w)


def run_igraph(path, measures, values_dir):
    import igraph as ig
    t = time.perf_counter()
    g = ig.Graph.TupleList(read_rows(path), directed=False, weights=True)
    emit("igraph", "load", time.perf_counter() - t, nodes=g.vcount(), edges=g.ecount())
    for m in measures:
        t = time.perf_counter()
        extra = {}
        if m == "components":
            r = g.connected_components()
            extra["count"] = len(r)
        elif m == "kcore":
            g.coreness()
        elif m == "pagerank":
            g.pagerank()
        elif m == "clustering":
            g.transitivity_local_undirected(mode="zero")
        elif m == "transitivity":
            g.transitivity_undirected()
        elif m == "betweenness":
            b = g.betweenness()
            if values_dir:
                save(values_dir, "igraph-betweenness", g.vs["name"], b)
        elif m == "louvain":
            c = g.community_multilevel()
            extra["modularity"] = c.modularity
        else:
            continue
        emit("igraph", m, time.perf_counter() - t, **extra)


def run_graphtool(path, measures, values_dir):
    import graph_tool.all as gt
    t = time.perf_counter()
    g = gt.load_graph_from_csv(path, directed=False, eprop_types=["double"], eprop_names=["weight"], hashed=True,
                               skip_first=True)
    emit("graph-tool", "load", time.perf_counter() - t, nodes=g.num_vertices(), edges=g.num_edges())
    for m in measures:
        t = time.perf_counter()
        extra = {}
        if m == "components":
            gt.label_components(g)
        elif m == "kcore":
            gt.kcore_decomposition(g)
        elif m == "pagerank":
            gt.pagerank(g)
        elif m == "clustering":
            gt.local_clustering(g)
        elif m == "transitivity":
            gt.global_clustering(g)
        elif m == "betweenness":
            gt.betweenness(g)
        elif m == "matching":
            # The exact weighted mode takes minutes even at 10k nodes; the linear-time heuristic is the fair peer
            # of Mingle's approximate matching.
            match = gt.max_cardinality_matching(g, weight=g.ep["weight"], heuristic=True, edges=True)
            extra["total_weight"] = float(sum(g.ep["weight"].a[match.a.astype(bool)]))
        else:
            continue
        emit("graph-tool", m, time.perf_counter() - t, **extra)


def run_networkx(path, measures, values_dir):
    import networkx as nx
    t = time.perf_counter()
    g = nx.Graph()
    g.add_weighted_edges_from(read_rows(path))
    emit("networkx", "load", time.perf_counter() - t, nodes=g.number_of_nodes(), edges=g.number_of_edges())
    for m in measures:
        t = time.perf_counter()
        extra = {}
        if m == "components":
            sum(1 for _ in nx.connected_components(g))
        elif m == "kcore":
            nx.core_number(g)
        elif m == "pagerank":
            nx.pagerank(g, weight=None)
        elif m == "clustering":
            nx.clustering(g)
        elif m == "transitivity":
            nx.transitivity(g)
        elif m == "louvain":
            c = nx.community.louvain_communities(g, weight=None, seed=1)
            extra["modularity"] = nx.community.modularity(g, c, weight=None)
        elif m == "matching":
            mt = nx.max_weight_matching(g)
            extra["total_weight"] = float(sum(g[u][v]["weight"] for u, v in mt))
        else:
            continue
        emit("networkx", m, time.perf_counter() - t, **extra)


def save(values_dir, name, keys, values):
    with open(f"{values_dir}/{name}.csv", "w", encoding="utf-8") as f:
        f.write("node,value\n")
        for k, v in zip(keys, values):
            f.write(f"{k},{v!r}\n")


def main():
    args = sys.argv[1:]
    values_dir = None
    if "--values-dir" in args:
        i = args.index("--values-dir")
        values_dir = args[i + 1]
        del args[i:i + 2]
    tool, path, measures = args[0], args[1], args[2:]
    {"igraph": run_igraph, "graphtool": run_graphtool, "networkx": run_networkx}[tool](path, measures, values_dir)


if __name__ == "__main__":
    main()
