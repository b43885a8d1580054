#!/usr/bin/env bash
# Benchmark for `mingle seed-demo`: publishes the CLI in Release, seeds PEOPLE (default 200,000) people with
# 26 weeks of interactions into a fresh SQLite file, and prints wall time, peak RSS and rows written.
# Target (issue 3): under 3 minutes and under 3 GiB. Usage: bench/seed-demo.sh [people]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-${PEOPLE:-200000}}
work=$(mktemp -d /tmp/mingle-seed-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }

echo "publishing Mingle.Cli (Release)…" >&2
dotnet publish "$root/src/Mingle.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null

cd "$work"
echo "seeding $people people into $work/bench.db…" >&2
Database__Provider=Sqlite ConnectionStrings__Mingle="Data Source=$work/bench.db" \
  /usr/bin/time -v -o "$work/time.txt" dotnet "$work/cli/Mingle.Cli.dll" seed-demo --people "$people" --seed 42 \
  2> >(cat >&2) | tee "$work/stdout.txt"

wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f s", s }' "$work/time.txt")
rows=$(sed -n 's/.*rows written //p' "$work/stdout.txt")
size=$(du -h "$work/bench.db" | cut -f1)
echo "seed-demo --people $people: wall $wall, CPU (user+sys) $cpu, peak RSS $((rss_kb / 1024)) MiB, rows written $rows, database $size"
