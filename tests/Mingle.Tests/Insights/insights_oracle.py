#!/usr/bin/python3
"""networkx oracle for the organisation metrics of Mingle.Insights.

Usage: insights_oracle.py INPUT.json
INPUT.json: {"nodes": n, "edges": [[u, v, w], ...], "department": [label per node]}
Prints "name<TAB>value" lines: density, modularity (weighted, department partition), ei (unweighted, departments),
then "betweenness:i" (unweighted, normalised) and "constraint:i" (weighted) per node.
"""
import json
import sys

import networkx as nx
from networkx.algorithms.community import modularity

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
G = nx.Graph()
G.add_nodes_from(range(data["nodes"]))
for u, v, w in data["edges"]:
    G.add_edge(u, v, weight=w)
dept = data["department"]
print(f"density\t{nx.density(G)!r}")
groups = {}
for node, label in enumerate(dept):
    groups.setdefault(label, set()).add(node)
print(f"modularity\t{modularity(G, groups.values(), weight='weight')!r}")
external = sum(1 for u, v in G.edges() if dept[u] != dept[v])
internal = G.number_of_edges() - external
print(f"ei\t{(external - internal) / (external + internal)!r}")
for node, value in nx.betweenness_centrality(G, normalized=True).items():
    print(f"betweenness:{node}\t{value!r}")
for node, value in nx.constraint(G, weight="weight").items():
    print(f"constraint:{node}\t{value!r}")
