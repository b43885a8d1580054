#!/usr/bin/python3
"""Oracle for cohesion tests. Usage: cohesion_oracle.py GRAPH.json  → prints density and, when directed, overall reciprocity."""
import json
import sys

import networkx as nx

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
G = nx.DiGraph() if data["directed"] else nx.Graph()
G.add_nodes_from(data["nodes"])
for u, v, w in data["edges"]:
    G.add_edge(u, v, weight=w)
out = [repr(nx.density(G))]
if G.is_directed():
    out.append(repr(nx.overall_reciprocity(G)) if G.number_of_edges() > 0 else "nan")
print("\t".join(out))
