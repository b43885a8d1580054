#!/usr/bin/python3
"""networkx oracle for community tests.

Usage: communities_oracle.py GRAPH.json modularity "cases=R|0,1,...;R|..."
       communities_oracle.py GRAPH.json louvain [resolution=R] [seeds=N]
modularity: prints, one line per case, networkx.community.modularity at resolution R of the partition given by
            the labels (in node order).
louvain: prints the mean modularity networkx.community.louvain_communities reaches over seeds 0..N-1 (Louvain
         is randomised; a mean compares the algorithms rather than one lucky or unlucky order).
"""
import json
import sys
import warnings

import networkx as nx
from networkx.algorithms import community

warnings.simplefilter("ignore")


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    G = nx.DiGraph() if data["directed"] else nx.Graph()
    G.add_nodes_from(data["nodes"])
    for u, v, w in data["edges"]:
        G.add_edge(u, v, weight=w)
    return G, data["nodes"]


def main():
    G, nodes = load(sys.argv[1])
    measure = sys.argv[2]
    args = dict(a.split("=", 1) for a in sys.argv[3:])
    resolution = float(args.get("resolution", 1.0))
    if measure == "modularity":
        for case in args["cases"].split(";"):
            r, labels = case.split("|")
            groups = {}
            for node, c in zip(nodes, labels.split(",")):
                groups.setdefault(int(c), set()).add(node)
            print(repr(community.modularity(G, list(groups.values()), weight="weight", resolution=float(r))))
    elif measure == "louvain":
        seeds = int(args.get("seeds", 1))
        total = sum(
            community.modularity(G, community.louvain_communities(G, weight="weight", resolution=resolution, seed=s),
                                 weight="weight", resolution=resolution)
            for s in range(seeds))
        print(repr(total / seeds))
    else:
        raise SystemExit("unknown measure " + measure)


if __name__ == "__main__":
    main()
