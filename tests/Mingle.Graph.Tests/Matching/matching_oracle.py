#!/usr/bin/python3
"""networkx oracle for matching and flow tests.

Usage: matching_oracle.py GRAPHS.json matching
         GRAPHS.json is a JSON list of oracle graphs; prints, per graph, "weight<TAB>maxcard_weight<TAB>maxcard_size"
         from networkx.max_weight_matching with maxcardinality False and True.
       matching_oracle.py FLOWS.json flow
         FLOWS.json is a list of {"n": int, "arcs": [[u, v, cap, cost], ...], "source": s, "sink": t,
         "demand": [..] or null}; prints per instance "flow<TAB>cost" from max_flow_min_cost + cost_of_flow and,
         when demand is given, a third column with min_cost_flow_cost (or "unfeasible").
       matching_oracle.py BMATCH.json bmatching
         BMATCH.json is a list of {"capacity": [c_0, ...], "right": r, "pairs": [[left, right, score], ...]};
         each left node is copied capacity times and networkx.max_weight_matching solves the copies exactly.
         Prints per instance "best<TAB>full_weight<TAB>full_pairs" (free choice; then maximum cardinality first).
"""
import json
import sys
import warnings

import networkx as nx

warnings.simplefilter("ignore")


def graph(data):
    G = nx.Graph()
    G.add_nodes_from(data["nodes"])
    for u, v, w in data["edges"]:
        G.add_edge(u, v, weight=w)
    return G


def weight_of(G, matching):
    return sum(G[u][v]["weight"] for u, v in matching)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        items = json.load(f)
    mode = sys.argv[2]
    out = []
    if mode == "matching":
        for data in items:
            G = graph(data)
            m = nx.max_weight_matching(G, maxcardinality=False, weight="weight")
            mc = nx.max_weight_matching(G, maxcardinality=True, weight="weight")
            out.append(f"{weight_of(G, m)!r}\t{weight_of(G, mc)!r}\t{len(mc)}")
    elif mode == "flow":
        for inst in items:
            G = nx.DiGraph()
            G.add_nodes_from(range(inst["n"]))
            for u, v, cap, cost in inst["arcs"]:
                G.add_edge(u, v, capacity=cap, weight=cost)
            flow = nx.max_flow_min_cost(G, inst["source"], inst["sink"])
            value = sum(flow[inst["source"]].values()) - sum(flow[u][inst["source"]] for u in G.predecessors(inst["source"]))
            line = f"{value}\t{nx.cost_of_flow(G, flow)!r}"
            if inst.get("demand") is not None:
                for v, d in enumerate(inst["demand"]):
                    G.nodes[v]["demand"] = d
                try:
                    line += f"\t{nx.min_cost_flow_cost(G)!r}"
                except nx.NetworkXUnfeasible:
                    line += "\tunfeasible"
            out.append(line)
    elif mode == "bmatching":
        for inst in items:
            G = nx.Graph()
            G.add_nodes_from(("R", r) for r in range(inst["right"]))
            for left, cap in enumerate(inst["capacity"]):
                G.add_nodes_from(("L", left, c) for c in range(cap))
            for left, right, score in inst["pairs"]:
                for c in range(inst["capacity"][left]):
                    G.add_edge(("L", left, c), ("R", right), weight=score)
            m = nx.max_weight_matching(G, maxcardinality=False, weight="weight")
            mc = nx.max_weight_matching(G, maxcardinality=True, weight="weight")
            out.append(f"{weight_of(G, m)!r}\t{weight_of(G, mc)!r}\t{len(mc)}")
    else:
        raise SystemExit("unknown mode " + mode)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
