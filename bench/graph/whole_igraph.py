#!/usr/bin/python3
"""Whole-process PageRank with python-igraph, the way an analyst would: read the edge-list CSV (string node names),
compute PageRank, write node,value CSV. Usage: whole_igraph.py IN.csv OUT.csv"""
import csv
import sys

import igraph as ig

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    next(r)
    g = ig.Graph.TupleList(((s, t) for s, t, *_ in r), directed=False)
pr = g.pagerank()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("node,value\n")
    for name, v in zip(g.vs["name"], pr):
        f.write(f"{name},{v!r}\n")
