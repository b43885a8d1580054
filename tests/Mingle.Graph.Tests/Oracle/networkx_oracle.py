#!/usr/bin/python3
"""networkx oracle for Mingle.Graph tests.

Usage: networkx_oracle.py GRAPH.json MEASURE [key=value ...]
GRAPH.json: {"directed": bool, "weighted": bool, "nodes": [key, ...], "edges": [[u, v, w], ...]}
Prints one "key<TAB>repr(value)" line per node (or a single "value<TAB>x" line for graph-level measures).
Run with Debian's /usr/bin/python3 (python3-networkx); other interpreters on PATH lack numpy/scipy.
"""
import json
import sys
import warnings

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _single_source_shortest_path_basic,
    _single_source_dijkstra_path_basic,
    _accumulate_basic,
    _accumulate_endpoints,
    _rescale,
)

warnings.simplefilter("ignore")


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    G = nx.DiGraph() if data["directed"] else nx.Graph()
    G.add_nodes_from(data["nodes"])
    for u, v, w in data["edges"]:
        if data["weighted"]:
            G.add_edge(u, v, weight=w)
        else:
            G.add_edge(u, v)
    return G, data["weighted"]


def betweenness_from_sources(G, sources, weight, normalized, endpoints, k):
    """networkx's betweenness_centrality body with an explicit source list (its k= path samples sources with
    Python's RNG, which we cannot reproduce; the arithmetic is the same)."""
    b = dict.fromkeys(G, 0.0)
    for s in sources:
        if weight is None:
            S, P, sigma, _ = _single_source_shortest_path_basic(G, s)
        else:
            S, P, sigma, _ = _single_source_dijkstra_path_basic(G, s, weight)
        if endpoints:
            b, _ = _accumulate_endpoints(b, S, P, sigma, s)
        else:
            b, _ = _accumulate_basic(b, S, P, sigma, s)
    return _rescale(b, len(G), normalized=normalized, directed=G.is_directed(), k=k, endpoints=endpoints)


def main():
    try:
        compute()
    except nx.PowerIterationFailedConvergence:
        sys.stdout.write("__error__\tnan\n")


def compute():
    G, weighted = load(sys.argv[1])
    measure = sys.argv[2]
    args = dict(a.split("=", 1) for a in sys.argv[3:])
    w = "weight" if weighted else None
    flag = lambda name, default: args.get(name, str(default)).lower() == "true"
    if measure == "degree":
        r = dict(G.degree())
    elif measure == "degree_centrality":
        r = nx.degree_centrality(G)
    elif measure == "strength":
        r = dict(G.degree(weight="weight"))
    elif measure == "in_strength":
        r = dict(G.in_degree(weight="weight"))
    elif measure == "out_strength":
        r = dict(G.out_degree(weight="weight"))
    elif measure == "closeness":
        r = nx.closeness_centrality(G, distance=w, wf_improved=flag("wf_improved", True))
    elif measure == "harmonic":
        r = nx.harmonic_centrality(G, distance=w)
    elif measure == "betweenness":
        if "sources" in args:
            sources = [s for s in args["sources"].split("|")]
            r = betweenness_from_sources(G, sources, w, flag("normalized", True), flag("endpoints", False),
                                         len(sources))
        else:
            r = nx.betweenness_centrality(G, weight=w, normalized=flag("normalized", True),
                                          endpoints=flag("endpoints", False))
    elif measure == "pagerank":
        pers = None
        if "personalization" in args:
            pers = {}
            for item in args["personalization"].split("|"):
                k, v = item.rsplit(":", 1)
                pers[k] = float(v)
        r = nx.pagerank(G, alpha=float(args.get("alpha", 0.85)), personalization=pers, weight=w,
                        tol=float(args.get("tol", 1e-6)), max_iter=int(args.get("max_iter", 100)))
    elif measure == "eigenvector":
        r = nx.eigenvector_centrality(G, weight=w, tol=float(args.get("tol", 1e-6)),
                                      max_iter=int(args.get("max_iter", 100)))
    elif measure == "clustering":
        r = nx.clustering(G, weight=w)
    elif measure == "transitivity":
        r = {"value": nx.transitivity(G)}
    elif measure == "constraint":
        r = nx.constraint(G, weight=w)
    elif measure == "effective_size":
        r = nx.effective_size(G, weight=w)
    elif measure == "kcore":
        r = nx.core_number(G)
    elif measure == "components":
        comps = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
        r = {}
        for c in comps:
            first = min(c, key=lambda x: order[x])
            for v in c:
                r[v] = first
    elif measure == "scc":
        r = {}
        for c in nx.strongly_connected_components(G):
            first = min(c, key=lambda x: order[x])
            for v in c:
                r[v] = first
    elif measure == "distances":
        src = args["source"]
        cutoff = float(args["cutoff"]) if "cutoff" in args else None
        r = (nx.single_source_dijkstra_path_length(G, src, cutoff=cutoff, weight="weight") if weighted
             else nx.single_source_dijkstra_path_length(G, src, cutoff=cutoff, weight=lambda u, v, d: 1) if cutoff is not None
             else nx.single_source_shortest_path_length(G, src))
    else:
        raise SystemExit("unknown measure " + measure)
    out = sys.stdout
    for k, v in r.items():
        out.write(f"{k}\t{v!r}\n")


if __name__ == "__main__":
    order = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for i, n in enumerate(json.load(f)["nodes"]):
            order[n] = i
    main()
