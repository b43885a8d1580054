#!/usr/bin/env bash
# Graph engine benchmark: Mingle vs python-igraph, graph-tool and networkx on the same planted-partition CSVs.
# Usage: bench/graph.sh [--sizes 10k,100k,1m]   (default all three; --sizes 10k for a quick run)
# Needs Debian python3-igraph, python3-graph-tool, python3-networkx, python3-scipy (under /usr/bin/python3) and
# /usr/bin/time. Outputs go to bench/out/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="10k,100k,1m"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
out="bench/out"
mkdir -p "$out"
echo "publishing mingle (Release)…" >&2
# Tiered compilation off: a one-shot CLI spends its time in a few hot loops, which should be fully optimised at
# their first (and only) call rather than start in tier-0 code.
dotnet publish src/Mingle.Cli -c Release -o "$out/mingle" --nologo -v quiet -p:TieredCompilation=false >&2
echo "generating graphs ($sizes)…" >&2
/usr/bin/python3 bench/graph/generate.py "$out" ${sizes//,/ }
/usr/bin/python3 bench/graph/bench.py --mingle "$out/mingle/Mingle.Cli" --out "$out" --sizes "$sizes"
