#!/usr/bin/python3
"""Prints a classic networkx data set as JSON {"nodes": [...], "edges": [[u, v, w], ...]} (w = 'weight' or 1).

Usage: classic.py karate|davis|davis_women|florentine|les_miserables
"""
import json
import sys

import networkx as nx
from networkx.algorithms import bipartite

name = sys.argv[1]
if name == "karate":
    G = nx.karate_club_graph()
elif name == "davis":
    G = nx.davis_southern_women_graph()
elif name == "davis_women":
    B = nx.davis_southern_women_graph()
    women = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    G = bipartite.weighted_projected_graph(B, women)
elif name == "florentine":
    G = nx.florentine_families_graph()
elif name == "les_miserables":
    G = nx.les_miserables_graph()
else:
    raise SystemExit("unknown data set " + name)
json.dump({"nodes": [str(n) for n in G.nodes()],
           "edges": [[str(u), str(v), d.get("weight", 1)] for u, v, d in G.edges(data=True)]}, sys.stdout)
