#!/usr/bin/env bash
# Sampled betweenness against exact on a benchmark graph: for each seed, `mingle graph betweenness --samples K` with
# its compute time, and Spearman's rank correlation to exact betweenness over all nodes (scipy).
# Usage: bench/betweenness-sampled.sh [--size 10k|100k] [--samples 256] [--seeds 1,2,3,4,5]
# Exact values are computed once by the same CLI and kept in bench/out/exact-<size>.csv (100k: about 23 minutes on
# 2 cores); bench/graph.sh then also reports Spearman at that size. Needs /usr/bin/python3 with numpy and scipy.
set -euo pipefail
cd "$(dirname "$0")/.."
size="100k"
samples=256
seeds="1,2,3,4,5"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --seeds) seeds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
out="bench/out"
mkdir -p "$out"
dotnet publish src/Mingle.Cli -c Release -o "$out/mingle" --nologo -v quiet -p:TieredCompilation=false >&2
/usr/bin/python3 bench/graph/generate.py "$out" "$size"
cli="$out/mingle/Mingle.Cli"
csv="$out/pp-$size.csv"
exact="$out/exact-$size.csv"
if [[ ! -s "$exact" ]]; then
  echo "computing exact betweenness for $size (once)…" >&2
  "$cli" graph betweenness --input "$csv" --output "$exact.tmp" --timings >&2
  mv "$exact.tmp" "$exact"
fi
echo "size $size, $samples samples, load $(cut -d' ' -f1-3 /proc/loadavg)"
for seed in ${seeds//,/ }; do
  approx="$out/approx-$size-$samples-$seed.csv"
  ms=$("$cli" graph betweenness --input "$csv" --output "$approx" --samples "$samples" --seed "$seed" --timings 2>&1 \
    | sed -n 's/.*compute_ms=\([0-9.]*\).*/\1/p')
  rho=$(/usr/bin/python3 - "$exact" "$approx" <<'PY'
import sys
from scipy.stats import spearmanr
def read(path):
    with open(path, encoding="utf-8") as f:
        next(f)
        return dict(line.rstrip("\n").rsplit(",", 1) for line in f)
a, b = read(sys.argv[1]), read(sys.argv[2])
keys = sorted(a)
print(f"{spearmanr([float(a[k]) for k in keys], [float(b[k]) for k in keys]).correlation:.4f}")
PY
)
  echo "seed $seed  compute_ms $ms  spearman $rho"
done
