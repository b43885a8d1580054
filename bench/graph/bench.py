#!/usr/bin/python3
"""Runs the graph benchmark on files made by generate.py and prints one table.

Usage: bench.py --mingle PATH --out DIR --sizes 10k,100k[,1m] [--measures m1,m2,...] [--perf PATH]
--measures limits the run to some of: components kcore pagerank clustering transitivity louvain betweenness
betweenness-256 betweenness-512 matching whole (default: all but betweenness-512). transitivity needs --perf (the
bench/graphperf harness, since the CLI has no transitivity command). The load averages (uptime) at the start and
end of each size are printed with the table, since the machine is shared and wall times depend on them.
Mingle runs once per measure (its CLI prints load and compute ms with --timings; peak RSS comes from /usr/bin/time).
igraph, graph-tool and networkx (10k only) load the same CSV once per size and run every measure in that process.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
BASE = ["components", "kcore", "pagerank", "clustering"]
ALL = BASE + ["transitivity", "louvain", "betweenness", "betweenness-256", "matching", "whole"]


def run_mingle(mingle, csv, measure, out, extra=()):
    cmd = ["/usr/bin/time", "-f", "MAXRSS %M WALL %e", mingle, "graph", measure, "--input", csv, "--output", out,
           "--timings", *extra]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"mingle {measure} failed: {p.stderr}")
    t = {}
    for line in p.stderr.splitlines():
        if line.startswith("timings:"):
            t = dict(kv.split("=") for kv in line.split()[1:])
        if line.startswith("MAXRSS"):
            parts = line.split()
            t["rss_mb"] = int(parts[1]) / 1024
            t["wall"] = float(parts[3])
    return {"load": float(t["load_ms"]) / 1000, "compute": float(t["compute_ms"]) / 1000, "peak_mb": t["rss_mb"],
            "wall": t["wall"], "summary": p.stdout.strip()}


def run_perf(perf, csv, measure):
    """Times one measure with the bench/graphperf harness: one run in a fresh process, like the CLI measures."""
    p = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M WALL %e", perf, csv, measure],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"graphperf {measure} failed: {p.stderr}")
    times = [float(l.split()[1]) for l in p.stdout.splitlines() if l.startswith(measure + " ")]
    rss = [int(l.split()[1]) / 1024 for l in p.stderr.splitlines() if l.startswith("MAXRSS")][-1]
    return {"load": None, "compute": times[0], "peak_mb": rss, "summary": ""}


def loadavg():
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def run_tool(tool, csv, measures, values_dir):
    p = subprocess.run([PY, os.path.join(HERE, "run_tool.py"), tool, csv, *measures, "--values-dir", values_dir],
                       capture_output=True, text=True)
    if p.returncode != 0:
        print(f"warning: {tool} failed: {p.stderr[-500:]}", file=sys.stderr)
    rows = {}
    for line in p.stdout.splitlines():
        r = json.loads(line)
        rows[r["measure"]] = r
    return rows


def read_values(path):
    d = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            k, v = line.rstrip("\n").rsplit(",", 1)
            d[k] = float(v)
    return d


def spearman(a, b):
    from scipy.stats import spearmanr
    keys = sorted(a)
    return spearmanr([a[k] for k in keys], [b[k] for k in keys]).correlation


def wall(cmd):
    p = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M WALL %e", *cmd], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{cmd} failed: {p.stderr}")
    last = [l for l in p.stderr.splitlines() if l.startswith("MAXRSS")][-1].split()
    return float(last[3]), int(last[1]) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mingle", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--sizes", default="10k,100k,1m")
    ap.add_argument("--measures", default=",".join(ALL))
    ap.add_argument("--perf")
    a = ap.parse_args()
    want = set(a.measures.split(","))
    loads = []
    table = []  # (measure, size, tool, load, compute, peak_mb, note)
    for size in a.sizes.split(","):
        csv = os.path.join(a.out, f"pp-{size}.csv")
        vals = os.path.join(a.out, f"values-{size}")
        os.makedirs(vals, exist_ok=True)
        small = size == "10k"
        print(f"== {size}", file=sys.stderr, flush=True)
        load_start = loadavg()
        mingle = {}
        # The CSV load row is taken from the pagerank run, so load always runs pagerank.
        for m in ["pagerank"] + [m for m in BASE + ["louvain"] if m in want and m != "pagerank"]:
            mingle[m] = run_mingle(a.mingle, csv, m, os.path.join(vals, f"mingle-{m}.csv"))
        if "transitivity" in want and a.perf:
            mingle["transitivity"] = run_perf(a.perf, csv, "transitivity")
        if small and "betweenness" in want:
            mingle["betweenness"] = run_mingle(a.mingle, csv, "betweenness", os.path.join(vals, "mingle-betweenness.csv"))
        for k in (256, 512):
            if f"betweenness-{k}" in want:
                mingle[f"betweenness-{k}"] = run_mingle(a.mingle, csv, "betweenness",
                                                        os.path.join(vals, f"mingle-approx-{k}.csv"),
                                                        ["--samples", str(k), "--seed", "1"])
        if size != "1m" and "matching" in want:
            mingle["matching"] = run_mingle(a.mingle, csv, "matching", os.path.join(vals, "mingle-matching.csv"),
                                            ["--weighted"])
        tools = {}
        tool_base = [m for m in BASE + ["transitivity"] if m in want or m == "pagerank"]
        bw = ["betweenness"] if small and "betweenness" in want else []
        print(f"   igraph", file=sys.stderr, flush=True)
        tools["igraph"] = run_tool("igraph", csv, tool_base + bw + (["louvain"] if "louvain" in want else []), vals)
        print(f"   graph-tool", file=sys.stderr, flush=True)
        tools["graph-tool"] = run_tool("graphtool", csv, tool_base + bw + (["matching"] if "matching" in want else []), vals)
        if small and want & set(BASE + ["louvain"]):
            print(f"   networkx", file=sys.stderr, flush=True)
            tools["networkx"] = run_tool("networkx", csv, tool_base + (["louvain"] if "louvain" in want else []), vals)
        # rows
        load_m = mingle["pagerank"]["load"]
        table.append(("load CSV", size, "mingle", load_m, None, mingle["pagerank"]["peak_mb"], ""))
        for t, rows in tools.items():
            if "load" in rows:
                table.append(("load CSV", size, t, rows["load"]["seconds"], None, rows["load"]["peak_mb"], ""))
        for m, res in mingle.items():
            note = ""
            if m == "louvain":
                note = res["summary"].splitlines()[-1]
            if m == "matching":
                note = res["summary"].splitlines()[-1] + (" (exact)" if small else " (approx, ≥½)")
            # Exact values: computed in this run at 10k; at 100k only if bench/betweenness-sampled.sh has left them.
            exact_file = (os.path.join(vals, "mingle-betweenness.csv") if small and "betweenness" in mingle
                          else os.path.join(a.out, f"exact-{size}.csv"))
            if m.startswith("betweenness-") and os.path.exists(exact_file):
                exact = read_values(exact_file)
                approx = read_values(os.path.join(vals, f"mingle-approx-{m.split('-')[1]}.csv"))
                note = f"spearman vs exact {spearman(exact, approx):.4f}"
            table.append((m, size, "mingle", None, res["compute"], res["peak_mb"], note))
            for t, rows in tools.items():
                key = m
                if key in rows:
                    r = rows[key]
                    n2 = ""
                    if "modularity" in r:
                        n2 = f"modularity {r['modularity']:.6f}"
                    if "total_weight" in r:
                        n2 = f"total_weight {r['total_weight']:g}" + (" (heuristic)" if t == "graph-tool" else "")
                    table.append((m, size, t, None, r["seconds"], r["peak_mb"], n2))
        if "whole" in want and (size != "10k" or a.sizes == "10k"):
            out1 = os.path.join(vals, "whole-mingle.csv")
            w_m, r_m = wall([a.mingle, "graph", "pagerank", "--input", csv, "--output", out1])
            w_i, r_i = wall([PY, os.path.join(HERE, "whole_igraph.py"), csv, os.path.join(vals, "whole-igraph.csv")])
            table.append(("whole-process pagerank", size, "mingle", None, w_m, r_m, "start+read+compute+write"))
            table.append(("whole-process pagerank", size, "igraph", None, w_i, r_i, "start+read+compute+write"))
        loads.append(f"{size}: load average {load_start} at start, {loadavg()} at end")
    print_table(table)
    for line in loads:
        print(line)


def print_table(table):
    ref = {}
    for m, s, t, load, comp, mb, note in table:
        ref[(m, s, t)] = load if comp is None else comp
    hdr = f"{'measure':<24}{'size':<6}{'tool':<12}{'load s':>9}{'compute s':>11}{'peak MB':>9}{'÷igraph':>9}{'÷gt':>8}  note"
    print(hdr)
    print("-" * len(hdr))
    for m, s, t, load, comp, mb, note in table:
        x = load if comp is None else comp
        ri = rg = ""
        if t == "mingle":
            if (m, s, "igraph") in ref and ref[(m, s, "igraph")]:
                ri = f"{x / ref[(m, s, 'igraph')]:.2f}x"
            if (m, s, "graph-tool") in ref and ref[(m, s, "graph-tool")]:
                rg = f"{x / ref[(m, s, 'graph-tool')]:.2f}x"
        ls = f"{load:.3f}" if load is not None else ""
        cs = f"{comp:.3f}" if comp is not None else ""
        print(f"{m:<24}{s:<6}{t:<12}{ls:>9}{cs:>11}{mb:>9.0f}{ri:>9}{rg:>8}  {note}")


if __name__ == "__main__":
    main()
