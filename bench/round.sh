#!/usr/bin/env bash
# Benchmark for coffee-round planning (issue 6): publishes the CLI in Release, builds a demo organisation of PEOPLE
# (default 100,000) in memory, all opted in, and plans one silo-aware round (`mingle simulate --strategies mingle
# --rounds 1`). Prints the planning time and the process's wall time and peak RSS (which includes generating the
# demo organisation and its interactions). Target: plan under 10 s, under 2 GiB. Usage: bench/round.sh [people]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-${PEOPLE:-100000}}
work=$(mktemp -d /tmp/mingle-round-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }

echo "publishing Mingle.Cli (Release)…" >&2
dotnet publish "$root/src/Mingle.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null

cd "$work"
echo "planning one round for $people people…" >&2
/usr/bin/time -v -o "$work/time.txt" dotnet "$work/cli/Mingle.Cli.dll" simulate --people "$people" --rounds 1 \
  --strategies mingle --seed 42 --json > "$work/out.json"

wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
plan_ms=$(sed -n 's/.*"planMs": \([0-9]*\).*/\1/p' "$work/out.json")
plan_cpu_ms=$(sed -n 's/.*"planCpuMs": \([0-9]*\).*/\1/p' "$work/out.json")
user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
unmatched=$(sed -n 's/.*"unmatched": \([0-9]*\).*/\1/p' "$work/out.json")
stages=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["strategies"]["mingle"]["stageMs"]; print(", ".join(f"{k} {v}" for k,v in d.items()))' "$work/out.json")
echo "stages (ms wall): $stages"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "round plan for $people people: plan ${plan_ms} ms wall (${plan_cpu_ms} ms CPU), unmatched ${unmatched}; process wall $wall, user CPU ${user} s, peak RSS $((rss_kb / 1024)) MiB"
