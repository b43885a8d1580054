#!/usr/bin/env bash
# Graph engine benchmark: Mingle vs python-igraph, graph-tool and networkx on the same planted-partition CSVs.
# Usage: bench/graph.sh [--sizes 10k,100k,1m] [--measures clustering,betweenness,...]
#   (default all sizes and measures; --sizes 10k for a quick run; see bench/graph/bench.py for measure names)
# Needs Debian python3-igraph, python3-graph-tool, python3-networkx, python3-scipy (under /usr/bin/python3) and
# /usr/bin/time. Outputs go to bench/out/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="10k,100k,1m"
measures=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --measures) measures="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
out="bench/out"
mkdir -p "$out"
echo "publishing mingle (Release)…" >&2
# Tiered compilation off: a one-shot CLI spends its time in a few hot loops, which should be fully optimised at
# their first (and only) call rather than start in tier-0 code.
dotnet publish src/Mingle.Cli -c Release -o "$out/mingle" --nologo -v quiet -p:TieredCompilation=false >&2
# The kernel harness (bench/graphperf) times measures the CLI has no command for (transitivity).
dotnet build bench/graphperf -c Release -o "$out/perf" --nologo -v quiet >&2
echo "generating graphs ($sizes)…" >&2
/usr/bin/python3 bench/graph/generate.py "$out" ${sizes//,/ }
/usr/bin/python3 bench/graph/bench.py --mingle "$out/mingle/Mingle.Cli" --perf "$out/perf/GraphPerf" --out "$out" \
  --sizes "$sizes" ${measures:+--measures "$measures"}
