#!/usr/bin/python3
"""Oracle for assortativity tests.

Usage: assortativity_oracle.py GRAPH.json assortativity attr=a0,a1,...   (networkx attribute_assortativity_coefficient)
       assortativity_oracle.py GRAPH.json ei group=g0,g1,... [weighted=true]
         E-I index computed directly from networkx's edge list: overall, then one value per group.
       assortativity_oracle.py - nmi "cases=a0,a1,...|b0,b1,...;..."   (one line per case)
         scikit-learn's normalized_mutual_info_score (arithmetic mean) re-implemented with numpy.
"""
import json
import math
import sys
import warnings

import networkx as nx
import numpy as np

warnings.simplefilter("ignore")


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    G = nx.DiGraph() if data["directed"] else nx.Graph()
    G.add_nodes_from(data["nodes"])
    for u, v, w in data["edges"]:
        G.add_edge(u, v, weight=w)
    return G, data["nodes"]


def nmi(a, b):
    a = np.asarray(a)
    b = np.asarray(b)
    classes, ai = np.unique(a, return_inverse=True)
    clusters, bi = np.unique(b, return_inverse=True)
    if (len(classes) == len(clusters) == 1) or (len(classes) == len(clusters) == 0):
        return 1.0
    c = np.zeros((len(classes), len(clusters)))
    np.add.at(c, (ai, bi), 1)
    n = c.sum()
    pij = c / n
    pi = pij.sum(axis=1, keepdims=True)
    pj = pij.sum(axis=0, keepdims=True)
    nz = pij > 0
    mi = max(float((pij[nz] * np.log(pij[nz] / (pi @ pj)[nz])).sum()), 0.0)
    if mi == 0:
        return 0.0
    h = lambda p: float(-(p[p > 0] * np.log(p[p > 0])).sum())
    return mi / ((h(pi.ravel()) + h(pj.ravel())) / 2)


def main():
    mode = sys.argv[2]
    args = dict(a.split("=", 1) for a in sys.argv[3:])
    if mode == "nmi":
        for case in args["cases"].split(";"):
            a, b = case.split("|")
            print(repr(nmi([int(x) for x in a.split(",")], [int(x) for x in b.split(",")])))
        return
    G, nodes = load(sys.argv[1])
    if mode == "assortativity":
        for node, a in zip(nodes, args["attr"].split(",")):
            G.nodes[node]["attr"] = int(a)
        print(repr(nx.attribute_assortativity_coefficient(G, "attr")))
    elif mode == "ei":
        group = {node: int(g) for node, g in zip(nodes, args["group"].split(","))}
        weighted = args.get("weighted", "false") == "true"
        k = max(group.values()) + 1
        E = I = 0.0
        ge = [0.0] * k
        gi = [0.0] * k
        for u, v, w in G.edges(data="weight"):
            x = w if weighted else 1.0
            if group[u] == group[v]:
                I += x
                gi[group[u]] += x
            else:
                E += x
                ge[group[u]] += x
                ge[group[v]] += x
        ratio = lambda e, i: (e - i) / (e + i) if e + i > 0 else float("nan")
        print("\t".join(repr(r) for r in [ratio(E, I)] + [ratio(ge[g], gi[g]) for g in range(k)]))
    else:
        raise SystemExit("unknown mode " + mode)


if __name__ == "__main__":
    main()
